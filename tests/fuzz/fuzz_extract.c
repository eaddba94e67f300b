/* forumkg fuzzing: the whole extract path on one document, as `forumkg extract` runs it:
 * fkg_text_load -> fkg_segment_doc -> fkg_extract_doc -> fkg_writer (a file in a private temp
 * directory), plus the --facts tsv writer. The written graph must parse again with raptor2 in
 * its own syntax: any input text, however hostile, has to come out as valid RDF. */
#include "forumkg/context.h"
#include "forumkg/extract.h"
#include "forumkg/graph.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"
#include "fuzz_common.h"

#include <raptor2.h>

static FkgContext *ctx;
static FkgDiag diag = {fuzz_quiet, NULL, 0, 0};
static raptor_world *check_world;
static FILE *devnull;
static char out_path[128];

static const char *const kFormats[] = {"ntriples", "turtle", "nquads", "rdfxml"};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  FkgOptions opts = {FKG_FUZZ_ONTOLOGY_DIR, "https://w3id.org/forumkg/id/", 64u << 20, NULL};
  FkgStatus st;
  ctx = fkg_context_new(&opts, &diag, &st);
  check_world = raptor_new_world();
  devnull = fopen("/dev/null", "w");
  if (!ctx || !check_world || raptor_world_open(check_world) || !devnull) {
    fprintf(stderr, "fuzz_extract: cannot initialise (ontology %s)\n", FKG_FUZZ_ONTOLOGY_DIR);
    abort();
  }
  snprintf(out_path, sizeof out_path, "%s/extract.out", fuzz_tmpdir());
  return 0;
}

static int parse_errors;

static void
count_errors(void *user, raptor_log_message *msg)
{
  (void)user;
  if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
    parse_errors++;
    fprintf(stderr, "fuzz_extract: our output does not parse: %s (line %d)\n",
            msg->text ? msg->text : "?", msg->locator ? msg->locator->line : -1);
  }
}

/* Parses what the writer wrote; aborts (a finding) when raptor2 rejects it. */
static void
check_output(const char *format)
{
  FILE *f = fopen(out_path, "rb");
  if (!f) abort(); /* the writer said it succeeded */
  raptor_world_set_log_handler(check_world, NULL, count_errors);
  raptor_parser *p = raptor_new_parser(check_world, format);
  raptor_uri *base = raptor_new_uri(check_world, (const unsigned char *)"file:///fuzz/out");
  parse_errors = 0;
  raptor_parser_parse_file_stream(p, f, NULL, base);
  raptor_free_uri(base);
  raptor_free_parser(p);
  fclose(f);
  if (parse_errors) abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FkgDoc doc;
  FkgStatus st = fkg_text_load(ctx, &doc, "fuzz.txt", "fuzz.txt", data, size);
  if (!st) st = fkg_segment_doc(ctx, &doc);
  FkgFacts facts;
  memset(&facts, 0, sizeof facts);
  facts.doc = &doc;
  if (!st) st = fkg_extract_doc(ctx, &doc, &facts);
  if (!st) {
    fkg_facts_write_tsv(&facts, devnull);
    const char *format = kFormats[fuzz_pick(data, size, 4)];
    FkgWriter *w = fkg_writer_new(ctx, format, out_path, &st);
    if (w) {
      st = fkg_writer_add_doc(w, &doc, &facts);
      if (!st) st = fkg_writer_finish(w);
      fkg_writer_free(w);
      if (!st) check_output(format);
    }
    unlink(out_path);
  }
  fkg_doc_clear(&doc);
  return 0;
}
