/* forumkg report tests: the escapers (HTML, DOT, label wrapping, the SVG check), reading
 * graphs in each syntax with located errors, label languages, the page's safety with the
 * markup-like graph tests/report/escape.ttl, the message when `dot` is missing, and the
 * command's exit codes. Needs Graphviz's dot for the rendering checks. */
#include "check.h"
#include "cli/cli.h"
#include "forumkg/report.h"
#include "report/report_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

int fkg_cmd_report(int argc, char **argv);

#ifndef FKG_REPORT_TEST_DIR
#define FKG_REPORT_TEST_DIR "tests/report"
#endif

static char *
html_of(const char *s)
{
  FkgRBuf b = {0};
  fkg_report_html_escape(&b, s);
  fkg_rbuf_add(&b, "", 0);
  return fkg_rbuf_take(&b, NULL);
}

static char *
dot_of(const char *s)
{
  FkgRBuf b = {0};
  fkg_report_dot_escape(&b, s);
  fkg_rbuf_add(&b, "", 0);
  return fkg_rbuf_take(&b, NULL);
}

#define CHECK_ESCAPE(fn, in, want)                                                                 \
  do {                                                                                             \
    char *got_ = fn(in);                                                                           \
    CHECK_STR(got_, want, #fn " of " #in);                                                         \
    free(got_);                                                                                    \
  } while (0)

static void
test_html_escape(void)
{
  CHECK_ESCAPE(html_of, "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK_ESCAPE(html_of, "\"quotes\" & 'apostrophes'",
               "&quot;quotes&quot; &amp; &#39;apostrophes&#39;");
  CHECK_ESCAPE(html_of, "&amp; stays text", "&amp;amp; stays text");
  CHECK_ESCAPE(html_of, "Форум «Ярославль»", "Форум «Ярославль»");
  CHECK_ESCAPE(html_of, "bad \xC3 byte \xFF", "bad \xEF\xBF\xBD byte \xEF\xBF\xBD");
  CHECK_ESCAPE(html_of, "overlong \xC0\xBC", "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK_ESCAPE(html_of, "ctl \x01\x7F tab\tnl\n", "ctl \xEF\xBF\xBD\xEF\xBF\xBD tab\tnl\n");
  CHECK_ESCAPE(html_of, "", "");
}

static void
test_dot_escape(void)
{
  CHECK_ESCAPE(dot_of, "say \"hi\"", "say \\\"hi\\\"");
  CHECK_ESCAPE(dot_of, "back\\slash \\N", "back\\\\slash \\\\N");
  CHECK_ESCAPE(dot_of, "line1\nline2", "line1\\nline2");
  CHECK_ESCAPE(dot_of, "a & b &lt;", "a &#38; b &#38;lt;");
  CHECK_ESCAPE(dot_of, "<b>{x}|y</b>", "<b>{x}|y</b>");
  CHECK_ESCAPE(dot_of, "tab\there\r", "tab here ");
  CHECK_ESCAPE(dot_of, "bad \xFF", "bad \xEF\xBF\xBD");
}

static void
test_label_wrap(void)
{
  char *s = fkg_report_label_wrap("short", 20, 2);
  CHECK_STR(s, "short", "a short label is kept");
  free(s);
  s = fkg_report_label_wrap("  many   spaces\n\tand lines  ", 40, 2);
  CHECK_STR(s, "many spaces and lines", "whitespace is collapsed");
  free(s);
  s = fkg_report_label_wrap("one two three four five six", 10, 2);
  CHECK_STR(s, "one two\nthree…", "wrapped at spaces, cut with an ellipsis");
  free(s);
  s = fkg_report_label_wrap("Цифровая трансформация социальной сферы", 12, 3);
  CHECK_STR(s, "Цифровая\nтрансформаци\nя социально…", "widths count code points, not bytes");
  free(s);
  s = fkg_report_label_wrap("abcdefghijklmnop", 5, 2);
  CHECK_STR(s, "abcde\nfghi…", "a word longer than a line is cut");
  free(s);
  s = fkg_report_label_wrap("exactly ten", 11, 1);
  CHECK_STR(s, "exactly ten", "a label of exactly the width fits");
  free(s);
}

static int
svg_ok(const char *svg, char *why, size_t n)
{
  return fkg_report_svg_check(svg, strlen(svg), why, n) == FKG_SUCCESS;
}

static void
test_svg_check(void)
{
  char why[160];
  CHECK(svg_ok("<svg width=\"1\"><!-- c --><g class=\"node\"><title>a &amp; b &#60; "
               "&#x3C;</title><a xlink:href=\"#e1\"><text>x &gt; y</text></a>"
               "<polygon fill=\"url(#g)\"/></g></svg>\n",
               why, sizeof why),
        "a Graphviz-like SVG passes (%s)", why);
  static const struct {
    const char *svg, *what;
  } kBad[] = {
      {"<svg><script>alert(1)</script></svg>", "script element"},
      {"<svg><foreignObject></foreignObject></svg>", "foreignObject"},
      {"<svg onload=\"alert(1)\"></svg>", "event handler"},
      {"<svg><a xlink:href=\"http://example.org/\">x</a></svg>", "outside link"},
      {"<svg><a href=\"javascript:alert(1)\">x</a></svg>", "javascript link"},
      {"<svg><g fill=\"url(http://x/)\"/></svg>", "outside url()"},
      {"<svg><text>a & b</text></svg>", "bare ampersand"},
      {"<svg><text>&nbsp;</text></svg>", "HTML-only entity"},
      {"<svg><g></svg>", "unbalanced"},
      {"<svg><g></text></g></svg>", "mismatched end tag"},
      {"<svg x=1></svg>", "unquoted attribute"},
      {"<svg x=\"<\"></svg>", "'<' in attribute"},
      {"text<svg></svg>", "text before svg"},
      {"<svg></svg><svg></svg>", "two roots"},
      {"<g></g>", "no svg root"},
      {"<svg><image href=\"#x\"/></svg>", "image element"},
      {"<svg><!-- open</svg>", "unterminated comment"},
  };
  for (size_t i = 0; i < sizeof kBad / sizeof *kBad; i++)
    CHECK(!svg_ok(kBad[i].svg, why, sizeof why), "refused: %s (%s)", kBad[i].what, why);
}

/* Writes `text` to a new temporary file whose name ends in `ext`; returns its path. */
static char *
temp_file(const char *ext, const char *text)
{
  char *path = malloc(64);
  snprintf(path, 64, "/tmp/fkg-report-XXXXXX%s", ext);
  int fd = mkstemps(path, (int)strlen(ext));
  if (fd < 0) {
    free(path);
    return NULL;
  }
  if (write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
    close(fd);
    free(path);
    return NULL;
  }
  close(fd);
  return path;
}

static FkgReport *
report_new(FkgDiag *diag, CheckDiagLog *log, const char *lang, const char *dot)
{
  memset(diag, 0, sizeof *diag);
  memset(log, 0, sizeof *log);
  diag->func = check_diag_record;
  diag->user = log;
  FkgReportOptions o = {lang, dot, 0, 0, NULL};
  FkgStatus st;
  return fkg_report_new(&o, diag, &st);
}

static void
test_syntaxes(void)
{
  static const char kNt[] =
      "<https://w3id.org/forumkg/id/region/ru-a> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
      "<https://w3id.org/forumkg/ontology#Region> .\n"
      "<https://w3id.org/forumkg/id/region/ru-a> <http://www.w3.org/2000/01/rdf-schema#label> "
      "\"Region A\"@en .\n";
  static const char kNq[] =
      "<https://w3id.org/forumkg/id/region/ru-b> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
      "<https://w3id.org/forumkg/ontology#Region> <https://w3id.org/forumkg/id/article/1> .\n";
  static const char kBadTtl[] = "@prefix fkg: <https://w3id.org/forumkg/ontology#> .\n"
                                "<a> a fkg:Region .\n"
                                "<b> a fkg:Region ;; oops \"unterminated\n";
  char *nt = temp_file(".nt", kNt), *nq = temp_file(".nq", kNq), *bad = temp_file(".ttl", kBadTtl);
  char *other = temp_file(".rdf", "<rdf/>");
  if (!CHECK(nt && nq && bad && other, "temporary graph files")) return;
  FkgDiag diag;
  CheckDiagLog log;
  FkgReport *r = report_new(&diag, &log, "en", NULL);
  if (!CHECK(r != NULL, "a report")) return;
  CHECK_INT(fkg_report_add_file(r, nt), FKG_SUCCESS, "N-Triples are read");
  CHECK_INT(fkg_report_add_file(r, nq), FKG_SUCCESS, "N-Quads are read");
  CHECK_INT(fkg_report_add_file(r, bad), FKG_BAD_SYNTAX, "bad Turtle is refused");
  char where[96];
  snprintf(where, sizeof where, "%s:3:", bad);
  CHECK(check_diag_has(&log, where), "the Turtle error is located at line 3 (%s)",
        check_diag_last(&log));
  CHECK_INT(fkg_report_add_file(r, other), FKG_BAD_ARG, "an unknown extension is refused");
  CHECK(check_diag_has(&log, ".ttl"), "the message names the known extensions");
  CHECK_INT(fkg_report_add_file(r, "/nonexistent/graph.ttl"), FKG_BAD_READ,
            "a missing file is a read error");
  char *dot = NULL;
  size_t len = 0;
  CHECK_INT(fkg_report_render_dot(r, &dot, &len), FKG_SUCCESS, "the DOT of what was read");
  /* The bad file's first statement (<a> a fkg:Region) must not have been kept. */
  size_t nodes = 0;
  for (const char *p = dot; p && (p = strstr(p, " [label=")); p++)
    nodes++;
  CHECK_INT(nodes, 2, "two regions drawn: the bad file added nothing");
  free(dot);
  fkg_report_free(r);
  unlink(nt);
  unlink(nq);
  unlink(bad);
  unlink(other);
  free(nt);
  free(nq);
  free(bad);
  free(other);
}

/* Renders tests/report/escape.ttl; the page, or NULL. */
static char *
render_escape(const char *lang, const char *dot, FkgStatus *st, CheckDiagLog *log)
{
  FkgDiag diag;
  FkgReport *r = report_new(&diag, log, lang, dot);
  if (!r) return NULL;
  char *html = NULL;
  size_t len;
  *st = fkg_report_add_file(r, FKG_REPORT_TEST_DIR "/escape.ttl");
  if (!*st) *st = fkg_report_render(r, &html, &len);
  fkg_report_free(r);
  return html;
}

static int
has_ci(const char *hay, const char *needle)
{
  size_t n = strlen(needle);
  for (const char *p = hay; *p; p++)
    if (strncasecmp(p, needle, n) == 0) return 1;
  return 0;
}

static void
test_escape_page(void)
{
  FkgStatus st;
  CheckDiagLog log;
  char *html = render_escape("en", NULL, &st, &log);
  if (!CHECK(html && st == FKG_SUCCESS, "escape.ttl renders (status %d; %s)", (int)st,
             check_diag_last(&log)))
    return;
  CHECK(!has_ci(html, "<script"), "no <script anywhere in the page");
  CHECK(!has_ci(html, "<img"), "no <img anywhere in the page");
  CHECK(!has_ci(html, "<svg onload"), "no <svg onload in the page");
  CHECK(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL,
        "the script-like label is shown as text");
  CHECK(strstr(html, "&quot;quotes&quot; &amp; ampersands, &amp;amp; &amp;lt;b&amp;gt;") != NULL,
        "quotes, ampersands and entity-like text are shown as text");
  CHECK(strstr(html, "&lt;b&gt;bold&lt;/b&gt; &amp; &quot;name&quot;.txt") != NULL,
        "the article's source name is escaped in the mention list");
  CHECK(strstr(html, "Event with a backslash \\N \\G</text>") != NULL,
        "backslashes reach the drawing as they are, not as Graphviz escapes");
  CHECK(strstr(html, "&amp;amp; &amp;lt;b&amp;gt; an entity&#45;looking</text>") != NULL ||
            strstr(html, "&amp;amp;</text>") != NULL,
        "the drawing shows entity-like text literally");
  CHECK(strstr(html, "tooltip &lt;/title&gt;&lt;script&gt;alert(4)&lt;/script&gt;</title>") != NULL,
        "the full label of a cut node is its <title>, escaped");
  CHECK(strstr(html, "past any sensible label\xE2\x80\xA6</text>") != NULL,
        "the long label is cut with an ellipsis in the drawing");
  CHECK(strstr(html, "http-equiv=\"Content-Security-Policy\"") != NULL,
        "the page forbids scripts and fetching through its CSP");
  CHECK(strstr(html, "B. Ivanov (en)") != NULL, "--lang en takes the @en label");
  free(html);

  html = render_escape("ru", NULL, &st, &log);
  CHECK(html && strstr(html, "Б. Иванов") && strstr(html, "<html lang=\"ru\">") &&
            strstr(html, "Круглый стол"),
        "--lang ru: @ru labels, the page in Russian, session types from the ontology");
  free(html);
  html = render_escape("fr", NULL, &st, &log);
  CHECK(html && strstr(html, ">B. Ivanov<") && strstr(html, "Table ronde"),
        "--lang fr falls back to the ru-Latn name");
  free(html);
}

static void
test_missing_dot(void)
{
  FkgStatus st;
  CheckDiagLog log;
  char *html = render_escape("en", "/nonexistent/dot", &st, &log);
  CHECK(!html && st == FKG_BAD_LIBRARY, "no page without dot (status %d)", (int)st);
  CHECK(check_diag_has(&log, "cannot run '/nonexistent/dot'") &&
            check_diag_has(&log, "apt-get install graphviz") &&
            check_diag_has(&log, "--no-drawing"),
        "the message names the program and how to get it: %s", check_diag_last(&log));
  free(html);
  html = render_escape("en", "false", &st, &log);
  CHECK(!html && st == FKG_BAD_LIBRARY && check_diag_has(&log, "failed (exit status 1)"),
        "a dot that fails is reported: %s", check_diag_last(&log));
  free(html);
}

static int
run_cmd(const char **args)
{
  int argc = 0;
  while (args[argc])
    argc++;
  return fkg_cmd_report(argc, (char **)args);
}

static void
test_command(void)
{
  char *out = temp_file(".html", "old");
  const char *ok[] = {"report", "--lang", "fr", "-o", out, FKG_REPORT_TEST_DIR "/escape.ttl", NULL};
  CHECK_INT(run_cmd(ok), 0, "report -o FILE: exit 0");
  FILE *f = fopen(out, "rb");
  char head[32] = {0};
  if (f) {
    if (fread(head, 1, sizeof head - 1, f) == 0) head[0] = '\0';
    fclose(f);
  }
  CHECK(strncmp(head, "<!DOCTYPE html>", 15) == 0, "the page replaced the old file");
  const char *nodot[] = {
      "report", "--dot", "/nonexistent/dot", "-o", out, FKG_REPORT_TEST_DIR "/escape.ttl", NULL};
  CHECK_INT(run_cmd(nodot), FKG_EXIT_FATAL, "a missing dot: exit 3");
  const char *nodraw[] = {"report",
                          "--dot",
                          "/nonexistent/dot",
                          "--no-drawing",
                          "-o",
                          out,
                          FKG_REPORT_TEST_DIR "/escape.ttl",
                          NULL};
  CHECK_INT(run_cmd(nodraw), 0, "--no-drawing needs no dot");
  const char *skipped[] = {
      "report", "-o", out, FKG_REPORT_TEST_DIR "/escape.ttl", "/nonexistent/x.ttl", NULL};
  CHECK_INT(run_cmd(skipped), FKG_EXIT_SKIPPED, "an unreadable graph among good ones: exit 1");
  const char *none[] = {"report", "-o", out, "/nonexistent/x.ttl", NULL};
  CHECK_INT(run_cmd(none), FKG_EXIT_FATAL, "no readable graph: exit 3");
  const char *lang[] = {"report", "--lang", "de", FKG_REPORT_TEST_DIR "/escape.ttl", NULL};
  CHECK_INT(run_cmd(lang), FKG_EXIT_USAGE, "an unknown language: exit 2");
  const char *ext[] = {"report", "graph.rdf", NULL};
  CHECK_INT(run_cmd(ext), FKG_EXIT_USAGE, "an unknown extension: exit 2");
  const char *noarg[] = {"report", NULL};
  CHECK_INT(run_cmd(noarg), FKG_EXIT_USAGE, "no graph: exit 2");
  const char *zero[] = {"report", "--max-nodes", "0", FKG_REPORT_TEST_DIR "/escape.ttl", NULL};
  CHECK_INT(run_cmd(zero), FKG_EXIT_USAGE, "--max-nodes 0: exit 2");
  if (access("/dev/full", W_OK) == 0) {
    const char *full[] = {"report", "-o", "/dev/full", FKG_REPORT_TEST_DIR "/escape.ttl", NULL};
    CHECK_INT(run_cmd(full), FKG_EXIT_FATAL, "-o /dev/full: exit 3");
    FILE *d = fopen("/dev/full", "wb");
    CHECK(d != NULL && fputc('x', d) != EOF && fflush(d) != 0,
          "/dev/full is still the device (written in place, never renamed over)");
    if (d) fclose(d);
  }
  unlink(out);
  free(out);
}

int
main(void)
{
  test_html_escape();
  test_dot_escape();
  test_label_wrap();
  test_svg_check();
  test_syntaxes();
  test_escape_page();
  test_missing_dot();
  test_command();
  return check_summary();
}
