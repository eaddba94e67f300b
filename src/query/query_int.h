/* forumkg: query stage, private parts shared by store.c (opening, loading, the logger),
 * run.c (preparing and running a query) and results.c (writing solutions and graphs). */
#ifndef FORUMKG_QUERY_INT_H
#define FORUMKG_QUERY_INT_H

#include "forumkg/query.h"

#include <redland.h>

/* While a capture is installed, library messages are kept here instead of being delivered:
 * the first error (its text and where the library placed it) and how many there were. */
typedef struct {
  char first[512];
  long line; /* 0 when the library gave no line */
  long col;  /* 0 when the library gave no column */
  int has_locator;
  unsigned errors;
  int deliver_warnings; /* warnings still reach the sink; kept across fkg_store_capture */
} FkgLogCapture;

typedef enum { FKG_KIND_MEMORY, FKG_KIND_SQLITE, FKG_KIND_POSTGRESQL } FkgStoreKind;

struct FkgStore {
  librdf_world *world;
  librdf_storage *storage;
  librdf_model *model;
  FkgDiag *diag;
  FkgStoreKind kind;
  FkgStoreMode mode;
  char *name;                   /* the spec with the password masked */
  librdf_storage *copy_storage; /* an in-memory copy of the store, made when needed */
  librdf_model *copy;
  FkgLogCapture *capture;
  /* Where library messages are placed when no capture is installed. */
  const char *msg_file; /* the data file or query being processed, or NULL */
  long line_offset;     /* lines forumkg added before the user's query */
};

/* True when the storage's transactions work: sqlite's do; Redland 1.0.17's postgresql storage
 * loses track of its connection inside one ("Unable to find busy connection") and aborts. */
int fkg_store_has_transactions(const FkgStore *store);

/* An in-memory copy of the store's statements, made on first use and owned by the store;
 * NULL after a message when it cannot be made. */
librdf_model *fkg_store_memory_copy(FkgStore *store);

/* Installs `c` (cleared first) so that library messages are kept, not delivered; NULL
 * delivers them again. */
void fkg_store_capture(FkgStore *store, FkgLogCapture *c);

/* A rasqal log handler for queries that forumkg parses with rasqal alone (librdf installs its
 * own handler only around the queries it runs); `user` is the store. */
void fkg_store_rasqal_log(void *user, raptor_log_message *m);

/* Terms written in N-Triples form: <iri>, "lexical"@lang, "lexical"^^<datatype>, _:label
 * (or "_:b" when `anon_blanks`); xsd:string literals plain; inside quotes \ " LF CR TAB are
 * escaped and everything else is raw UTF-8. Appends to a growing buffer. */
typedef struct {
  char *s;
  size_t n, cap;
  int failed; /* an allocation failed; the buffer holds a prefix */
} FkgBuf;

void fkg_buf_add(FkgBuf *b, const char *s, size_t n);
void fkg_buf_adds(FkgBuf *b, const char *s);
void fkg_buf_add_term(FkgBuf *b, librdf_node *node, int anon_blanks);
void fkg_buf_clear(FkgBuf *b);

/* The contract's prefixes (fkg, schema, org, prov, dcterms, skos, nif, wd, owl, rdfs, rdf,
 * xsd), predeclared in queries and used to shorten IRIs in tables and Turtle. */
typedef struct {
  const char *prefix, *iri;
} FkgPrefix;
extern const FkgPrefix fkg_query_prefixes[];
extern const size_t fkg_query_n_prefixes;

/* SPARQL text read lexically (screen.c). A byte of a name; the position after the string
 * literal that starts at p (a quote), or at the line's end for an unclosed short one; the
 * position after the IRI that starts at p ('<'), or NULL when no '>' closes it. */
int fkg_sparql_name_char(unsigned char c);
const char *fkg_sparql_skip_string(const char *p);
const char *fkg_sparql_skip_iri(const char *p);

/* The byte offset in `text` of the first construct that rasqal 0.9.33 cannot prepare without
 * crashing, or -1. Today that is one: a bracketed GROUP BY condition that names no variable,
 * "GROUP BY (1)" or "(<iri>)", whose literal rasqal reads as a variable. */
long fkg_query_screen(const char *text);

/* The byte offset of the first invalid UTF-8 sequence in `text`, or -1. rasqal 0.9.33's lexer
 * reads past its buffer on one inside a prefixed name (rasqal_sparql_name_check), so a query
 * is checked before rasqal sees it. */
long fkg_query_bad_utf8(const char *text);

/* Writes a solution sequence or a boolean from `results` in `format` (never DEFAULT). */
FkgStatus fkg_results_write_solutions(FkgStore *store, librdf_query_results *results,
                                      FkgResultsFormat format, FILE *out);
/* Writes the statements of a CONSTRUCT result in `format` (never DEFAULT). */
FkgStatus fkg_results_write_graph(FkgStore *store, librdf_query_results *results,
                                  FkgResultsFormat format, FILE *out);

#endif
