/* forumkg: graph stage internals. One document's statements as plain strings in the document's
 * arena (the builder, build.c, makes them; the writer, writer.c, serialises them), and the
 * raptor2 statement list that the formats only raptor2 writes still need. Plain strings keep
 * the per-document cost at a few pointer stores per statement: no library objects, no URI
 * interning, no reference counts. */
#ifndef FORUMKG_GRAPH_INT_H
#define FORUMKG_GRAPH_INT_H

#include "forumkg/arena.h"
#include "forumkg/graph.h"

#include <raptor2.h>
#include <stdint.h>

/* One statement. Subject and predicate are absolute IRIs; the object is an IRI, or the lexical
 * form of a literal when `dt` or `lang` is set or `lit` is 1. */
typedef struct {
  const char *s, *p, *o;
  const char *dt;   /* datatype IRI of a typed literal, or NULL */
  const char *lang; /* language tag of a language-tagged literal, or NULL */
  uint8_t lit;      /* the object is a literal */
  /* FKG_PLAIN_*: terms that serd writes unchanged, as the builder knows from making them
   * (fkg_quads_render_lines then need not look at their bytes); 0: not known. */
  uint8_t plain;
  /* fkg_quads_normalise's: the subject's and predicate's places in the document's sorted
   * subjects and predicates (in the padding: the statement stays 48 bytes). */
  uint16_t rp;
  uint32_t rs;
} FkgQuad;

/* FkgQuad.plain: the object (an IRI with a scheme or a literal, as `lit` says), the subject,
 * the predicate. */
enum { FKG_PLAIN_O = 1, FKG_PLAIN_S = 2, FKG_PLAIN_P = 4 };

typedef struct {
  FkgArena *arena; /* where the strings live: the document's arena */
  FkgQuad *v;      /* kept between documents, grown with realloc */
  size_t n, cap;
  const char *graph; /* the article IRI: graph name of every statement in N-Quads */
  const char *base;  /* instance namespace */
  int failed;        /* out of memory while adding */
  void *scratch;     /* fkg_quads_normalise's, kept between documents */
  size_t scratch_cap;
  void *rank_table;  /* fkg_quads_normalise's pointer table, empty between documents */
  size_t rank_slots; /* its size */
  /* 1: every statement's rp is already its predicate's rank in fkg_graph_predicates' table
   * (the builder's statements); 0: fkg_quads_normalise ranks the predicates itself. */
  int preds_ranked;
  const char *plain_subj; /* the builder's: a subject known to be FKG_PLAIN_S, or NULL */
} FkgQuads;

/* Frees what `q` keeps between documents; `q` can be used again. */
void fkg_quads_release(FkgQuads *q);
/* Adds the statements of one document's facts to `q` (emptied first). */
FkgStatus fkg_graph_build(FkgContext *ctx, FkgQuads *q, FkgDoc *doc, const FkgFacts *f);
/* fkg_doc_utf8's answer, the same bytes or NULL alike (an unpaired surrogate, no memory), in
 * one pass over the units; `*plain` is set to 1 when serd would write the text unchanged as a
 * literal (no control character, '"' or '\\'), else 0. */
const char *fkg_graph_utf8(FkgDoc *doc, int32_t b, int32_t e, uint8_t *plain);
/* The builder's predicate IRIs, in strcmp order, and how many. */
const char *const *fkg_graph_predicates(size_t *n);
/* Sorts by subject, predicate, object and removes duplicates. */
void fkg_quads_normalise(FkgQuads *q);
/* 1 when the statement belongs to its article alone: its subject or object is the article or
 * one of its mentions (their IRIs hold the article's digest). */
int fkg_quad_is_local(const FkgQuads *q, const FkgQuad *x);

/* Bytes rendered for the line formats, grown with realloc; `oom` is set when growing failed. */
typedef struct {
  char *bytes;
  size_t len, cap;
  int oom;
} FkgBytes;

/* 1 when serd writes the first `n` bytes of `s` (fewer at a NUL) unchanged inside an IRI,
 * and `s` starts with a scheme if `scheme` is set. */
int fkg_quads_iri_plain(const char *s, size_t n, int scheme);

/* Appends `q`'s statements to `out` as N-Triples lines, or as N-Quads lines in the graph
 * `q->graph` when `nquads` is set: byte for byte what serd's N-Triples/N-Quads writer makes of
 * them (writer.c says how). FKG_BAD_WRITE when serd refuses a statement (a relative IRI),
 * FKG_BAD_ALLOC when `out` cannot grow. */
FkgStatus fkg_quads_render_lines(const FkgQuads *q, int nquads, FkgBytes *out);

/* Statements as raptor2 terms, for the formats only raptor2 writes (RDF/XML, RDF/JSON). */
typedef struct {
  raptor_world *world;
  raptor_statement **v;
  size_t n, cap;
  int failed;
} FkgStatements;

/* Appends `q`'s statements (without graph names) to `s`. */
FkgStatus fkg_statements_add_quads(FkgStatements *s, const FkgQuads *q);
void fkg_statements_clear(FkgStatements *s);
/* Sorts and removes duplicates. */
void fkg_statements_normalise(FkgStatements *s);

#endif
