/* forumkg: the graph stage. Turns each document's facts into RDF statements on the contract's
 * vocabulary and writes them. Output goes to a temporary file in the target's directory and is
 * renamed into place only when complete, so no reader ever sees a half-written graph.
 * N-Triples, N-Quads (serd, or the line as is when serd would write it unchanged) and Turtle
 * (serd) are streamed one article at a time; RDF/XML and RDF/JSON (raptor2) are written at the
 * end, sorted and deduplicated. */
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
/* One document's statements, prepared by any thread and handed to the writer in input order
 * (`extract --jobs`: workers prepare, the main thread commits). */
typedef struct FkgGraphPart FkgGraphPart;
FkgGraphPart *fkg_graph_part_new(void);
void fkg_graph_part_free(FkgGraphPart *p);
/* Builds `doc`'s statements for `w`'s format with `ctx` (the calling thread's context). For the
 * line formats (N-Triples, N-Quads) they are also rendered to bytes, and `doc` may be cleared
 * before the commit, unless the part kept its statements (fkg_graph_part_kept); otherwise the
 * statements point into `doc`, which must live until then. Only reads `w`: any number of
 * threads may prepare at once. */
FkgStatus fkg_writer_prepare(const FkgWriter *w, FkgContext *ctx, FkgGraphPart *p, FkgDoc *doc,
                             const FkgFacts *facts);
/* Trades the rendered bytes of two parts (line formats): a thread prepares into a part of its
 * own, whose statement buffers stay warm in its cache, and hands the bytes to the slot that
 * commits them. */
void fkg_graph_part_trade_bytes(FkgGraphPart *a, FkgGraphPart *b);
/* 1 when prepared parts no longer need their document (the line formats), but see below. */
int fkg_writer_renders(const FkgWriter *w);
/* 1 when a line-format part kept its statements for the commit to render a slice at a time (a
 * document with very many statements): its document must live until the commit, and the part
 * holds the statement buffers, not rendered bytes. */
int fkg_graph_part_kept(const FkgGraphPart *p);
/* Writes a prepared part, in input order, from one thread; the part can then be reused. */
FkgStatus fkg_writer_commit(FkgWriter *w, FkgGraphPart *p);
/* Writes what is buffered, closes and renames the output into place. */
FkgStatus fkg_writer_finish(FkgWriter *w);
/* Frees the writer; an unfinished output's temporary file is removed. Accepts NULL. */
void fkg_writer_free(FkgWriter *w);

/* True when `format` names a serialiser this build can write. */
int fkg_writer_format_ok(const char *format);

#endif
