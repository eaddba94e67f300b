/* forumkg fuzzing: RDF inputs as `forumkg merge` reads them. Each input is added to a fresh
 * merge as N-Quads and as Turtle (and as RDF/XML when it starts with '<'), through
 * fkg_merge_add_bytes; the merge is finished with smushing on and written as Turtle or
 * N-Quads to a private temp directory. Whatever was accepted must come out as a file that
 * parses again: a merge whose output another merge cannot read is a finding. */
#include "forumkg/merge.h"
#include "fuzz_common.h"

static FkgDiag diag = {fuzz_quiet, NULL, 0, 0};
static char out_path[128];

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  snprintf(out_path, sizeof out_path, "%s/merge.out", fuzz_tmpdir());
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FkgMergeOptions opts = {NULL, NULL, 1, 0};
  unsigned pick = fuzz_pick(data, size, 2);
  opts.keep_graphs = pick == 1;
  FkgStatus st;
  FkgMerge *m = fkg_merge_new(&opts, &diag, &st);
  if (!m) abort();
  size_t i = 0;
  while (i < size && (data[i] == ' ' || data[i] == '\n' || data[i] == '\t'))
    i++;
  /* N-Quads first: raptor2's N-Quads parser leaks a reference to an IRI on a syntax error
   * (valgrind.supp), and raptor2 interns IRIs, so the leak shows at the IRI's first allocation;
   * parsed first, that is inside the N-Quads parser, where the suppression finds it. */
  fkg_merge_add_bytes(m, "fuzz.nq", data, size, "nquads");
  fkg_merge_add_bytes(m, "fuzz.ttl", data, size, "turtle");
  if (i < size && data[i] == '<') fkg_merge_add_bytes(m, "fuzz.rdf", data, size, "rdfxml");
  const char *format = pick == 1 ? "nquads" : "turtle";
  if (fkg_merge_finish(m) == FKG_SUCCESS && fkg_merge_write(m, format, out_path) == FKG_SUCCESS) {
    size_t written = fkg_merge_stats(m)->statements;
    /* Round trip: the output parses, and gives back as many statements. */
    FkgMerge *again = fkg_merge_new(&opts, &diag, &st);
    if (!again) abort();
    if (fkg_merge_add_file(again, out_path, format) != FKG_SUCCESS) {
      fprintf(stderr, "fuzz_merge: the merged output (%s) does not parse again\n", format);
      abort();
    }
    if (fkg_merge_finish(again) == FKG_SUCCESS && fkg_merge_stats(again)->statements != written) {
      fprintf(stderr, "fuzz_merge: %zu statements written, %zu read back\n", written,
              fkg_merge_stats(again)->statements);
      abort();
    }
    fkg_merge_free(again);
  }
  unlink(out_path);
  fkg_merge_free(m);
  return 0;
}
