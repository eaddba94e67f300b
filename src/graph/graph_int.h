/* forumkg: graph stage internals: a growable list of raptor statements with the helpers that
 * make terms, shared by the statement builder (build.c) and the writer (writer.c). */
#ifndef FORUMKG_GRAPH_INT_H
#define FORUMKG_GRAPH_INT_H

#include "forumkg/graph.h"

#include <raptor2.h>

typedef struct {
  raptor_world *world;
  raptor_statement **v;
  size_t n, cap;
  raptor_term *graph; /* graph name of the statements being added, or NULL */
  const char *base;   /* instance namespace */
  int failed;         /* out of memory while adding */
} FkgStatements;

void fkg_statements_clear(FkgStatements *s);
/* Sorts and removes duplicates. */
void fkg_statements_normalise(FkgStatements *s);

/* Adds the statements of one document's facts. */
FkgStatus fkg_graph_build(FkgContext *ctx, FkgStatements *out, FkgDoc *doc, const FkgFacts *f);

#endif
