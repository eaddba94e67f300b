/* forumkg: merge stage internals, shared by the reader (merge.c), the linker and smusher
 * (link.c) and the atomic writer (output.c). The merge holds one raptor world and one growable
 * array of statements; every pass rewrites that array and normalises it again. */
#ifndef FORUMKG_MERGE_INT_H
#define FORUMKG_MERGE_INT_H

#include "forumkg/merge.h"

#include <raptor2.h>

#define FKG_MERGE_NS_FKG "https://w3id.org/forumkg/ontology#"
#define FKG_MERGE_NS_WD "http://www.wikidata.org/entity/"
#define FKG_MERGE_NS_WDT "http://www.wikidata.org/prop/direct/"
#define FKG_MERGE_RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define FKG_MERGE_OWL_SAMEAS "http://www.w3.org/2002/07/owl#sameAs"
#define FKG_MERGE_FKG_REGION FKG_MERGE_NS_FKG "Region"
#define FKG_MERGE_FKG_ISOCODE FKG_MERGE_NS_FKG "isoCode"
#define FKG_MERGE_WDT_P300 FKG_MERGE_NS_WDT "P300"
#define FKG_MERGE_DEFAULT_BASE "https://w3id.org/forumkg/id/"

/* Blank-node labels after renaming: "fkg" + 12 hex digits of the input's SHA-256 + '_' + the
 * input's own label, or + '-' + a counter for nodes the input left unlabelled. */
#define FKG_MERGE_BNODE_HEX 12

typedef struct {
  raptor_statement **v;
  size_t n, cap;
} FkgStmtList;

/* A term refused at the gate (terms.c), for the message. */
typedef struct {
  const char *what;          /* "IRI", "datatype IRI", "literal", "language tag", "blank node" */
  const unsigned char *text; /* the term's text as read (borrowed from the term) */
  size_t len;
  char reason[128]; /* "holds '<', which RDF 1.1 does not allow in an IRI" */
} FkgTermProblem;

/* The input being parsed: where its statements go and how its blank nodes are renamed. */
typedef struct {
  FkgMerge *m;
  const char *name;                  /* for messages */
  char hex[FKG_MERGE_BNODE_HEX + 1]; /* content prefix */
  unsigned long generated;           /* counter of unlabelled blank nodes */
  size_t first;                      /* index of its first statement in m->all */
  int errors;                        /* parse errors seen */
  int failed;                        /* out of memory while adding */
  int refused;                       /* a term broke RDF 1.1: reported, parse aborted */
  raptor_parser *parser;             /* for the locator of a refused term */
} FkgMergeInput;

struct FkgMerge {
  FkgDiag *diag;
  raptor_world *world;
  char *base;
  char *link_property;
  int smush;
  int keep_graphs;
  int finished;
  unsigned long generated; /* blank nodes made outside any input (not expected) */
  FkgStmtList all;
  FkgMergeInput *current; /* during a parse, for the raptor handlers */
  int quiet;              /* count raptor's errors but print none (reading our own output back) */
  FkgMergeStats stats;
};

/* Appends `st` (ownership taken; freed on failure). Returns FKG_BAD_ALLOC on failure. */
FkgStatus fkg_merge_list_push(FkgStmtList *l, raptor_statement *st);
/* Sorts by raptor_statement_compare (subject, predicate, object, graph) and drops
 * duplicates. */
void fkg_merge_list_normalise(FkgStmtList *l);
/* Frees the statements from index `from` on and shortens the list to `from`. */
void fkg_merge_list_truncate(FkgStmtList *l, size_t from);

/* A new statement `s p o` in the default graph, built from strings (IRIs). Returns NULL
 * when out of memory. */
raptor_statement *fkg_merge_new_iri_statement(raptor_world *w, const char *s, const char *p,
                                              const char *o);

/* The IRI string of a term, or NULL when the term is not an IRI. Borrowed. */
const char *fkg_merge_term_iri(const raptor_term *t);

/* The byte offset of the first byte of s[0, n) that is not part of well-formed UTF-8
 * (surrogates and overlong forms included), or -1 when all of it is. */
long fkg_merge_utf8_invalid_at(const unsigned char *s, size_t n);
/* Line (from 1, after each LF) and column (from 1, in code points) of byte `off` of `s`. */
void fkg_merge_locate_byte(const unsigned char *s, size_t off, long *line, long *col);

/* What the screen found in an input's bytes, first in the input first. */
typedef enum {
  FKG_SCREEN_CLEAN,            /* nothing */
  FKG_SCREEN_UTF8,             /* a byte that is not part of well-formed UTF-8 */
  FKG_SCREEN_NUL,              /* a NUL byte */
  FKG_SCREEN_ESCAPED_NUL,      /* \u0000 or \U00000000, which raptor2 would cut a literal at */
  FKG_SCREEN_ESCAPE,           /* N-Triples, N-Quads: a backslash raptor2 cannot read safely */
  FKG_SCREEN_LINE_JOIN,        /* N-Triples, N-Quads: a quote or backslash that joins lines */
  FKG_SCREEN_EMPTY_GRAPH_NAME, /* Turtle, TriG: `<>` before '{', which crashes raptor2 */
  FKG_SCREEN_TURTLE_GRAPH,     /* Turtle: a '{', which only TriG has (raptor2 leaks on it) */
  FKG_SCREEN_NO_MEMORY,        /* not screened: out of memory */
} FkgScreenFault;

/* Screens the bytes of an input in `syntax` (a raptor2 parser name) before raptor2 reads them;
 * sets *off to the fault's byte offset, or -1 when clean. When clean, *blanked is NULL or a
 * copy of the n bytes (the caller frees it) for raptor2 to read instead: N-Triples and N-Quads
 * comments that raptor2 would misread are blanked with spaces in it. */
FkgScreenFault fkg_merge_screen(const unsigned char *s, size_t n, const char *syntax, long *off,
                                unsigned char **blanked);

/* The gate: checks term `t` (borrowed) as it enters the merge and returns in *out the term for
 * the merged graph: `t` itself (a new reference) or a normalised copy (language tag in lower
 * case, dot segments removed from IRIs and datatype IRIs). Returns FKG_BAD_SYNTAX with *why
 * filled when RDF 1.1 forbids the term (invalid UTF-8, an IRI with a forbidden character or no
 * scheme, a malformed language tag, a literal holding U+0000), FKG_BAD_ALLOC when out of
 * memory; *out is then NULL. Never changes `t`: parsers share their terms. */
FkgStatus fkg_merge_term_normalise(raptor_world *w, raptor_term *t, raptor_term **out,
                                   FkgTermProblem *why);
/* "IRI <http://e/a<b> holds '<', which ..." into buf: the term shortened and escaped. */
void fkg_merge_term_problem_format(const FkgTermProblem *why, char *buf, size_t cap);

/* Adds `ourRegion owl:sameAs foreign` for every fkg:Region with an fkg:isoCode equal to a
 * foreign IRI's wdt:P300 (or opts.link_property) value. Expects a normalised list; leaves it
 * normalised. */
FkgStatus fkg_merge_link(FkgMerge *m);
/* Rewrites each owl:sameAs cluster onto its canonical IRI. Expects a normalised list; leaves
 * it normalised. */
FkgStatus fkg_merge_smush(FkgMerge *m);

#endif
