/* forumkg: `forumkg report`, a self-contained HTML page about one or more graphs: counts,
 * tables of the facts with links to their mentions, and a drawing laid out by Graphviz. The
 * core is src/report/; this file is options, the atomic write of the page, and exit codes. */
#include "cli.h"
#include "options.h"
#include "forumkg/output.h"
#include "forumkg/report.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  const char *output;
  const char *lang;
  const char *dot;
  const char *title;
  size_t max_nodes;
  int no_drawing;
  int emit_dot;
  int help;
} ReportOpts;

static const FkgOption kOptions[] = {
    {"-o", "--output", FKG_ARG_STRING, offsetof(ReportOpts, output),
     "FILE  write here (atomically: temporary file, then rename); default standard output"},
    {NULL, "--lang", FKG_ARG_STRING, offsetof(ReportOpts, lang),
     "LANG  ru, en (default) or fr: labels in this language first, and the page's words"},
    {NULL, "--dot", FKG_ARG_STRING, offsetof(ReportOpts, dot),
     "PROG  Graphviz's dot program (default: dot, found in PATH)"},
    {NULL, "--no-drawing", FKG_ARG_NONE, offsetof(ReportOpts, no_drawing),
     "      leave the drawing out (dot is not needed then)"},
    {NULL, "--max-nodes", FKG_ARG_SIZE, offsetof(ReportOpts, max_nodes),
     "N     draw at most N entities (default 400)"},
    {NULL, "--title", FKG_ARG_STRING, offsetof(ReportOpts, title), "TEXT  the page's title"},
    {NULL, "--emit-dot", FKG_ARG_NONE, offsetof(ReportOpts, emit_dot),
     "      write the drawing's DOT instead of the page"},
    {"-h", "--help", FKG_ARG_NONE, offsetof(ReportOpts, help), "      this help"},
};

static void
report_usage(FILE *out)
{
  fprintf(out, "usage: forumkg report [options] GRAPH...\n"
               "GRAPH: a graph file: .ttl (Turtle), .nt (N-Triples) or .nq (N-Quads).\n"
               "Writes one self-contained HTML page (no script, nothing fetched).\n\n"
               "options:\n");
  for (size_t i = 0; i < sizeof kOptions / sizeof *kOptions; i++)
    fprintf(out, "  %-3s %-13s %s\n", kOptions[i].shortname ? kOptions[i].shortname : "",
            kOptions[i].longname, kOptions[i].help);
  fprintf(out, "\nexit status: 0 every graph read; 1 some graphs skipped (the page shows the "
               "others);\n2 usage error; 3 fatal error: no graph readable, dot missing or "
               "failing, output failed\n");
}

int
fkg_cmd_report(int argc, char **argv)
{
  ReportOpts o = {0};
  char **paths = calloc((size_t)argc + 1, sizeof *paths);
  int npaths = 0;
  if (!paths) return FKG_EXIT_FATAL;
  int rc =
      fkg_cli_parse(argc, argv, kOptions, sizeof kOptions / sizeof *kOptions, &o, paths, &npaths);
  if (rc || o.help) {
    if (o.help) report_usage(stdout);
    free(paths);
    return rc;
  }
  if (npaths == 0) {
    fprintf(stderr, "forumkg: error: no graph given\n");
    report_usage(stderr);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  if (o.lang && !fkg_report_lang_ok(o.lang)) {
    fprintf(stderr, "forumkg: error: unknown language '%s' (ru, en, fr)\n", o.lang);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  for (int i = 0; i < npaths; i++)
    if (!fkg_report_syntax_for_path(paths[i])) {
      fprintf(stderr,
              "forumkg: %s: error: unknown graph format: the name must end in .ttl, "
              ".nt or .nq\n",
              paths[i]);
      free(paths);
      return FKG_EXIT_USAGE;
    }
  FkgDiag diag = {0};
  FkgReportOptions ropts = {o.lang, o.dot, o.no_drawing, o.max_nodes, o.title};
  FkgStatus st;
  FkgReport *r = fkg_report_new(&ropts, &diag, &st);
  if (!r) {
    free(paths);
    return st == FKG_BAD_ARG ? FKG_EXIT_USAGE : FKG_EXIT_FATAL;
  }
  int read = 0, skipped = 0;
  for (int i = 0; i < npaths; i++) {
    if (fkg_report_add_file(r, paths[i]) == FKG_SUCCESS)
      read++;
    else
      skipped = 1;
  }
  free(paths);
  if (!read) {
    fprintf(stderr, "forumkg: error: no graph could be read; no page written\n");
    fkg_report_free(r);
    return FKG_EXIT_FATAL;
  }
  char *text = NULL;
  size_t len = 0;
  st = o.emit_dot ? fkg_report_render_dot(r, &text, &len) : fkg_report_render(r, &text, &len);
  fkg_report_free(r);
  if (st) {
    fprintf(stderr, "forumkg: error: no page written (%s)\n", fkg_status_string(st));
    return FKG_EXIT_FATAL;
  }
  int bad = (fkg_output_write_all(o.output, text, len, &diag) ? -1 : 0);
  free(text);
  if (bad) return FKG_EXIT_FATAL;
  return skipped ? FKG_EXIT_SKIPPED : FKG_EXIT_OK;
}
