/* forumkg: the merge core behind `forumkg merge`. Reads RDF graphs in any syntax raptor2
 * parses, unions them with each input's blank nodes kept apart, links our regions to foreign
 * entities that carry the same ISO 3166-2 code, optionally smushes owl:sameAs clusters onto one
 * IRI, and writes one sorted, duplicate-free graph atomically. The result is a function of the
 * set of inputs' contents: neither argument order nor grouping (merging merged graphs) changes
 * it. Needs no FkgContext: no lexicon or ICU object is involved. */
#ifndef FORUMKG_MERGE_H
#define FORUMKG_MERGE_H

#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stddef.h>

typedef struct FkgMerge FkgMerge;

typedef struct {
  /* Our instance namespace; its IRIs are preferred as the canonical member of a sameAs
   * cluster. NULL means https://w3id.org/forumkg/id/. */
  const char *base;
  /* A property, besides wdt:P300, whose literal value on a foreign entity is compared with
   * our regions' fkg:isoCode; NULL for none. */
  const char *link_property;
  /* Rewrite every owl:sameAs cluster onto one canonical IRI (see fkg_merge_finish). */
  int smush;
  /* Keep named graphs (for N-Quads output); otherwise every statement is in one graph. */
  int keep_graphs;
} FkgMergeOptions;

/* Statistics of one merge, for messages and tests. */
typedef struct {
  size_t inputs;     /* inputs read */
  size_t read;       /* statements read, duplicates included */
  size_t links;      /* owl:sameAs statements added by ISO-code linking */
  size_t rewritten;  /* IRIs that smushing replaced by their cluster's canonical IRI */
  size_t statements; /* statements in the result */
} FkgMergeStats;

/* Creates an empty merge. `opts` is copied (its strings too); `diag` is borrowed and must
 * outlive the merge. Returns NULL with *st = FKG_BAD_ALLOC or FKG_BAD_LIBRARY on failure. */
FkgMerge *fkg_merge_new(const FkgMergeOptions *opts, FkgDiag *diag, FkgStatus *st);

/* Frees the merge and every statement it holds. Accepts NULL. */
void fkg_merge_free(FkgMerge *m);

/* Reads one input: a file, or "-" for standard input. `syntax` is a raptor2 parser name
 * (turtle, ntriples, nquads, rdfxml, trig, ...) or NULL to choose by the file's extension
 * (fkg_merge_syntax_for_path), then by raptor2's guess from the content. Blank-node labels are
 * rewritten to `fkg<12 hex of the SHA-256 of the input's bytes>_<label>` (generated labels:
 * `fkg<hex>-<n>`); labels that already have this form are kept, so merging a merged graph
 * again changes nothing. Returns FKG_BAD_READ (unreadable), FKG_BAD_SYNTAX (parse error) or
 * FKG_BAD_ARG (unknown syntax) with a located message; the input's statements are then
 * dropped and the merge stays usable. */
FkgStatus fkg_merge_add_file(FkgMerge *m, const char *path, const char *syntax);

/* As fkg_merge_add_file, for bytes already in memory (borrowed). `name` is used in messages
 * and, when it is not "-", as the base IRI of relative IRIs (as a file name). */
FkgStatus fkg_merge_add_bytes(FkgMerge *m, const char *name, const unsigned char *bytes, size_t n,
                              const char *syntax);

/* Completes the union: sorts and deduplicates, adds the ISO-code links, then (with
 * opts.smush) rewrites each owl:sameAs cluster onto its canonical IRI, ours (under
 * opts.base) where the cluster has one, else the smallest IRI by code points; the other
 * members stay as `canonical owl:sameAs member`. Call once, after the last input. */
FkgStatus fkg_merge_finish(FkgMerge *m);

/* Writes the result with the raptor2 serialiser `format` (turtle, ntriples, nquads, rdfxml,
 * rdfxml-abbrev, json, ...) to `out_path`, or standard output when NULL or "-". A file is
 * written to a temporary file in its directory and renamed into place only when complete; on
 * any error the previous file stays and FKG_BAD_WRITE is returned with a located message. */
FkgStatus fkg_merge_write(FkgMerge *m, const char *format, const char *out_path);

/* Statistics so far; never NULL. */
const FkgMergeStats *fkg_merge_stats(const FkgMerge *m);

/* The raptor2 parser for a file name's extension (.ttl .turtle .n3 .nt .nq .rdf .xml .owl
 * .trig .json), or NULL when the extension is unknown. Static storage. */
const char *fkg_merge_syntax_for_path(const char *path);

/* True when `name` is a raptor2 parser (input) or serialiser (output) name of this build. */
int fkg_merge_syntax_ok(const char *name);
int fkg_merge_format_ok(const char *name);

#endif
