/* forumkg: the query core behind `forumkg query` and `forumkg load`. A store is one librdf
 * model (in memory, or in Redland's sqlite or postgresql storage) with its own Redland world;
 * graphs are loaded into it with raptor2 and SPARQL runs on it with rasqal. Library messages
 * go through the caller's diagnostic sink, located in the user's own query text. */
#ifndef FORUMKG_QUERY_H
#define FORUMKG_QUERY_H

#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stddef.h>
#include <stdio.h>

typedef struct FkgStore FkgStore;

typedef enum {
  FKG_STORE_READ,  /* queries only: the store must exist, and nothing is ever written to it */
  FKG_STORE_WRITE, /* load or update: the store must exist */
  FKG_STORE_CREATE /* load: a missing sqlite file or postgresql model is created */
} FkgStoreMode;

/* Opens the store that `spec` names: NULL or "memory" (an empty in-memory model, indexed),
 * "sqlite:PATH", or "postgresql:host=H,port=P,database=D,user=U,password=W[,model=NAME]".
 * Reports through `diag` and returns NULL when the spec is malformed (*st = FKG_BAD_ARG) or the
 * store cannot be opened (*st = FKG_BAD_READ, FKG_BAD_LIBRARY or FKG_BAD_ALLOC); the message
 * names the store, never its password. A READ store is only ever read: forumkg writes nothing
 * to it (no guard transaction either: in sqlite that would lock out concurrent readers). */
FkgStore *fkg_store_open(const char *spec, FkgStoreMode mode, FkgDiag *diag, FkgStatus *st);
/* Commits what a WRITE or CREATE store holds (see fkg_store_load) and frees everything.
 * Accepts NULL. Returns FKG_BAD_WRITE when the final commit failed. */
FkgStatus fkg_store_close(FkgStore *store);

/* The store as the user named it, with any password masked; borrowed. */
const char *fkg_store_name(const FkgStore *store);

/* Parses the RDF file at `path` into the store; the syntax comes from the extension (.ttl,
 * .nt, .nq, .trig, .rdf/.xml/.owl). In sqlite each file is loaded in a transaction of its own,
 * so a file with a syntax error adds nothing (postgresql and memory keep the statements read
 * before the error). `*added` (may be NULL) receives the number of statements
 * that were new to the store. FKG_BAD_ARG: unsupported format (JSON-LD included: raptor2 has
 * no JSON-LD parser); FKG_BAD_READ: unreadable; FKG_BAD_SYNTAX: not valid in its syntax. */
FkgStatus fkg_store_load(FkgStore *store, const char *path, long *added);

/* Number of statements in the store, or -1 when the storage cannot count them. */
long fkg_store_size(FkgStore *store);

/* Result formats. SELECT/ASK: table, csv, tsv (SPARQL 1.1), json, xml; CONSTRUCT: turtle,
 * ntriples (DESCRIBE is refused: rasqal 0.9.33 answers it with nothing). CANONICAL is the test
 * form of tests/external/run-queries.mjs: TSV with full datatype IRIs, blank nodes all "_:b"
 * and rows sorted by bytes (triples as three columns). */
typedef enum {
  FKG_RESULTS_DEFAULT, /* table for solutions, turtle for graphs */
  FKG_RESULTS_TABLE,
  FKG_RESULTS_CSV,
  FKG_RESULTS_TSV,
  FKG_RESULTS_JSON,
  FKG_RESULTS_XML,
  FKG_RESULTS_TURTLE,
  FKG_RESULTS_NTRIPLES,
  FKG_RESULTS_CANONICAL
} FkgResultsFormat;

/* Parses a format name ("table", "csv", ... "ntriples"); FKG_BAD_ARG when unknown. */
FkgStatus fkg_results_format_parse(const char *name, FkgResultsFormat *format);

typedef struct {
  const char *text;   /* the query as the user wrote it (UTF-8, NUL-terminated) */
  const char *origin; /* where it came from, for messages: a file name or "<command line>" */
  int allow_update;   /* SPARQL Update requests are refused unless this is set */
  FkgResultsFormat format;
  FILE *out; /* results go here */
} FkgQueryRequest;

/* The contract's prefixes, predeclared for every query: fkg, schema, org, prov, dcterms,
 * skos, nif, wd, owl, rdfs, rdf, xsd. Returns the query text with a PREFIX line for each
 * prefix the query does not declare itself (malloc'd, caller frees) and the number of lines
 * added in front of the user's first line in *added_lines; NULL when out of memory. */
char *fkg_query_with_prefixes(const char *text, long *added_lines);

/* Runs one query on the store and writes its results, all at once when the query is done (a
 * query that fails part-way writes nothing). FKG_BAD_SYNTAX: the query does not parse (reported
 * as origin:LINE:COL in the user's own lines); FKG_BAD_ARG: an update without allow_update, an
 * update rasqal cannot execute, a DESCRIBE, or a format that does not fit the query form;
 * FKG_BAD_LIBRARY: rasqal failed while executing; FKG_BAD_WRITE: the output failed. */
FkgStatus fkg_query_run(FkgStore *store, const FkgQueryRequest *req);

#endif
