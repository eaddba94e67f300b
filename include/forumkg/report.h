/* forumkg: the report core behind `forumkg report`. Reads graphs that forumkg wrote (Turtle,
 * N-Triples, N-Quads) with raptor2 into an in-memory index of its own, and writes one
 * self-contained HTML page: counts per class, tables of editions, events, sessions, officials,
 * regions and practices with links to every mention, and an SVG drawing of the graph laid out
 * by Graphviz's `dot`. Every text from the graph is escaped for HTML, for DOT and for SVG.
 * Needs no FkgContext: no lexicon or ICU object is involved. */
#ifndef FORUMKG_REPORT_H
#define FORUMKG_REPORT_H

#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stddef.h>

typedef struct FkgReport FkgReport;

typedef struct {
  /* "ru", "en" or "fr": labels with this language tag are preferred, then others (see
   * docs/report.md); the page's own words are in this language too. NULL means "en". */
  const char *lang;
  /* The Graphviz program run as `PROGRAM -Tsvg` with the DOT on standard input; a name
   * without '/' is looked up in PATH. NULL means "dot". */
  const char *dot_program;
  /* Leave the drawing out (then `dot` is never run). */
  int no_drawing;
  /* At most this many entities are drawn (the others are counted in a note); 0 means 400. */
  size_t max_nodes;
  /* The page's title; NULL for a title in the chosen language. */
  const char *title;
} FkgReportOptions;

/* Creates an empty report. `opts` is copied (its strings too); `diag` is borrowed and must
 * outlive the report. Returns NULL with *st = FKG_BAD_ARG (unknown language), FKG_BAD_ALLOC or
 * FKG_BAD_LIBRARY (raptor2 failed to start) on failure. */
FkgReport *fkg_report_new(const FkgReportOptions *opts, FkgDiag *diag, FkgStatus *st);

/* Frees the report and everything it holds. Accepts NULL. */
void fkg_report_free(FkgReport *r);

/* Reads one graph file; its syntax comes from the extension (fkg_report_syntax_for_path).
 * Blank nodes of different files are kept apart; N-Quads graph names are ignored. On failure
 * the file's statements are dropped, a located message is reported, and the report stays
 * usable: FKG_BAD_ARG (unknown extension), FKG_BAD_READ (unreadable), FKG_BAD_SYNTAX (not
 * valid in its syntax), FKG_BAD_ALLOC. */
FkgStatus fkg_report_add_file(FkgReport *r, const char *path);

/* Builds the page from every graph read so far. On success *html receives the page
 * (malloc'd, NUL-terminated, caller frees) and *len its length. Fails with FKG_BAD_LIBRARY
 * when `dot` cannot be run or fails (the message names the program and says how to install
 * it), FKG_BAD_INPUT when its SVG does not pass the safety check, FKG_BAD_ALLOC. */
FkgStatus fkg_report_render(FkgReport *r, char **html, size_t *len);

/* The DOT text of the drawing (malloc'd, caller frees) in *dot, for tests and debugging. */
FkgStatus fkg_report_render_dot(FkgReport *r, char **dot, size_t *len);

/* The raptor2 parser for a path's extension: .ttl turtle, .nt ntriples, .nq nquads; NULL for
 * any other. Static storage. */
const char *fkg_report_syntax_for_path(const char *path);

/* True for the languages a report can be written in: "ru", "en", "fr". */
int fkg_report_lang_ok(const char *lang);

#endif
