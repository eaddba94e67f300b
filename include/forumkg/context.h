/* forumkg: the context. It owns every heavy object (ICU transliterators and break iterators,
 * Snowball stemmers, the Redland world, the loaded lexicons), the options and the diagnostic
 * sink. There is no global mutable state: every stage takes the context explicitly. */
#ifndef FORUMKG_CONTEXT_H
#define FORUMKG_CONTEXT_H

#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stddef.h>

typedef struct FkgContext FkgContext;
typedef struct FkgLexicon FkgLexicon;

typedef struct {
  const char *ontology_dir; /* where forumkg.ttl and lexicon/ live */
  const char *base;         /* instance namespace, ends with '/' or '#' */
  size_t max_bytes;         /* inputs larger than this are skipped */
  const char *encoding;     /* forced input encoding, or NULL to detect */
} FkgOptions;

/* Creates a context: opens ICU objects and stemmers, loads the lexicons from
 * opts->ontology_dir. On failure returns NULL and reports through `diag`. */
FkgContext *fkg_context_new(const FkgOptions *opts, FkgDiag *diag, FkgStatus *st);
void fkg_context_free(FkgContext *ctx);

const FkgOptions *fkg_context_options(const FkgContext *ctx);
FkgDiag *fkg_context_diag(FkgContext *ctx);
/* Redirects the context's messages (a worker collects a document's messages to print them in
 * input order); returns the previous sink. */
FkgDiag *fkg_context_set_diag(FkgContext *ctx, FkgDiag *diag);
const FkgLexicon *fkg_context_lexicon(const FkgContext *ctx);

#endif
