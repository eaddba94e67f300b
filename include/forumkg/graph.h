/* forumkg: the graph stage. Turns each document's facts into RDF statements on the contract's
 * vocabulary and writes them through raptor2's serialisers. Output goes to a temporary file in
 * the target's directory and is renamed into place only when complete, so no reader ever sees
 * a half-written graph. N-Triples and N-Quads are streamed one article at a time; the other
 * formats are written at the end, sorted and deduplicated. */
#ifndef FORUMKG_GRAPH_H
#define FORUMKG_GRAPH_H

#include "forumkg/context.h"
#include "forumkg/doc.h"
#include "forumkg/extract.h"

typedef struct FkgWriter FkgWriter;

/* `format` is a raptor2 serialiser name (turtle, ntriples, nquads, rdfxml, json, dot);
 * `out_path` is a file or NULL for standard output. */
FkgWriter *fkg_writer_new(FkgContext *ctx, const char *format, const char *out_path, FkgStatus *st);
/* Adds one document's statements (in the named graph of its article for nquads). */
FkgStatus fkg_writer_add_doc(FkgWriter *w, FkgDoc *doc, const FkgFacts *facts);
/* Writes what is buffered, closes and renames the output into place. */
FkgStatus fkg_writer_finish(FkgWriter *w);
/* Frees the writer; an unfinished output's temporary file is removed. Accepts NULL. */
void fkg_writer_free(FkgWriter *w);

/* True when `format` names a serialiser this build can write. */
int fkg_writer_format_ok(const char *format);

#endif
