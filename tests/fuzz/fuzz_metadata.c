/* forumkg fuzzing: the text stage alone, fkg_text_load on any bytes: BOM, NUL and control
 * checks, UTF-8 validation, charset detection and conversion, NFC, the code-point map, the
 * header metadata patterns (dates, sources) and the page-chrome patterns. */
#include "forumkg/context.h"
#include "forumkg/text.h"
#include "fuzz_common.h"

static FkgContext *ctx;
static FkgDiag diag = {fuzz_quiet, NULL, 0, 0};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  FkgOptions opts = {FKG_FUZZ_ONTOLOGY_DIR, "https://w3id.org/forumkg/id/", 64u << 20, NULL};
  FkgStatus st;
  ctx = fkg_context_new(&opts, &diag, &st);
  if (!ctx) {
    fprintf(stderr, "fuzz_metadata: cannot initialise (ontology %s)\n", FKG_FUZZ_ONTOLOGY_DIR);
    abort();
  }
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  FkgDoc doc;
  FkgStatus st = fkg_text_load(ctx, &doc, "fuzz.txt", "fuzz.txt", data, size);
  if (!st) {
    /* The invariants the later stages rely on. */
    if (!doc.text || !doc.cp || !doc.skip || doc.len < 0) abort();
    for (int32_t i = 0; i < doc.len; i++)
      if (doc.cp[i + 1] < doc.cp[i]) abort();
    if (doc.date.month < 0 || doc.date.month > 12 || doc.date.day < 0 || doc.date.day > 31) abort();
  }
  fkg_doc_clear(&doc);
  return 0;
}
