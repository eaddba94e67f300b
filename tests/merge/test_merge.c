/* forumkg tests: unit checks of the merge stage through its public API (include/forumkg/merge.h)
 * with a look at the statement array (merge_int.h): blank-node renaming, located parse errors,
 * named graphs, linking, smushing, the atomic writer's failures. Prints one line per check and
 * "N passed, N failed"; exit 1 on any failure. */
#include "forumkg/merge.h"
#include "forumkg/text.h"
#include "merge/merge_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int passed, failed;
  char last[1024];  /* the last diagnostic, as "file:line: message" or "file:line:col: message" */
  char notes[1024]; /* the last note */
} Tally;

static void
check(Tally *t, int ok, const char *what)
{
  printf("%s: %s\n", ok ? "ok" : "FAIL", what);
  if (ok)
    t->passed++;
  else
    t->failed++;
}

static void
capture(void *user, FkgSeverity sev, const FkgLoc *loc, const char *msg)
{
  Tally *t = user;
  char *to = sev == FKG_NOTE ? t->notes : t->last;
  if (loc && loc->col > 0)
    snprintf(to, sizeof t->last, "%s:%ld:%ld: %s", loc->file ? loc->file : "", loc->line, loc->col,
             msg);
  else
    snprintf(to, sizeof t->last, "%s:%ld: %s", loc && loc->file ? loc->file : "",
             loc ? loc->line : 0L, msg);
}

static FkgMerge *
new_merge(FkgDiag *diag, int smush, int keep_graphs)
{
  FkgMergeOptions o = {NULL, NULL, smush, keep_graphs};
  FkgStatus st;
  return fkg_merge_new(&o, diag, &st);
}

static FkgStatus
add(FkgMerge *m, const char *name, const char *text, const char *syntax)
{
  return fkg_merge_add_bytes(m, name, (const unsigned char *)text, strlen(text), syntax);
}

/* Number of statements whose N-Triples form contains `needle`. */
static size_t
count_with(FkgMerge *m, const char *needle)
{
  size_t n = 0;
  for (size_t i = 0; i < m->all.n; i++) {
    raptor_statement *s = m->all.v[i];
    raptor_term *parts[4] = {s->subject, s->predicate, s->object, s->graph};
    char line[2048] = "";
    for (int k = 0; k < 4; k++) {
      if (!parts[k]) continue;
      unsigned char *str = raptor_term_to_string(parts[k]);
      strncat(line, (const char *)str, sizeof line - strlen(line) - 2);
      strcat(line, " ");
      raptor_free_memory(str);
    }
    if (strstr(line, needle)) n++;
  }
  return n;
}

static void
test_blank_nodes(Tally *t, FkgDiag *diag)
{
  const char *a = "_:b1 <http://e/p> \"a\" .\n";
  const char *b = "_:b1 <http://e/p> \"b\" .\n";
  FkgMerge *m = new_merge(diag, 0, 0);
  check(t, !add(m, "a.nt", a, NULL) && !add(m, "b.nt", b, NULL) && !add(m, "a2.nt", a, NULL),
        "three N-Triples inputs read");
  check(t, !fkg_merge_finish(m), "finish");
  check(t, m->all.n == 2, "equal _:b1 of different inputs: two nodes; equal bytes: one");
  char sha[65], want[64];
  fkg_sha256_hex((const unsigned char *)a, strlen(a), sha);
  snprintf(want, sizeof want, "_:fkg%.12s_b1", sha);
  check(t, count_with(m, want) == 1, "label is fkg + 12 hex of the SHA-256 + _ + label");
  fkg_merge_free(m);

  m = new_merge(diag, 0, 0);
  add(m, "k.nt", "_:fkg0123456789ab_x <http://e/p> _:fkg0123456789ab-7 .\n", NULL);
  add(m, "g.ttl", "@prefix e: <http://e/> . _:genid1 e:p \"l\" . e:s e:p [ e:q \"anon\" ] .\n",
      NULL);
  fkg_merge_finish(m);
  check(t, count_with(m, "_:fkg0123456789ab_x <http://e/p> _:fkg0123456789ab-7") == 1,
        "labels that carry a content prefix are kept");
  check(t, count_with(m, "_genid1 ") == 1 && count_with(m, "-1 <http://e/q>") == 1,
        "a written genid1 and an anonymous node stay apart");
  fkg_merge_free(m);
}

static void
test_errors(Tally *t, FkgDiag *diag)
{
  FkgMerge *m = new_merge(diag, 0, 0);
  FkgStatus st =
      add(m, "bad.ttl",
          "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/a> <http://e/b> \"x .\n", NULL);
  check(t, st == FKG_BAD_SYNTAX, "parse error: FKG_BAD_SYNTAX");
  Tally *tally = diag->user;
  check(t, strncmp(tally->last, "bad.ttl:2: ", 11) == 0, "parse error located at bad.ttl:2");
  check(t, m->all.n == 0 && fkg_merge_stats(m)->inputs == 0, "a failed input leaves nothing");
  check(t, add(m, "x.ttl", "<http://e/a> <http://e/b> 1 .", "nosuch") == FKG_BAD_ARG,
        "unknown syntax: FKG_BAD_ARG");
  check(t, !add(m, "ok.ttl", "<http://e/a> <http://e/b> 1 .", NULL) && m->all.n == 1,
        "the merge stays usable");
  check(t, fkg_merge_add_file(m, "/nonexistent/x.ttl", NULL) == FKG_BAD_READ,
        "missing file: FKG_BAD_READ");
  fkg_merge_finish(m);
  check(t, fkg_merge_write(m, "nosuch", NULL) == FKG_BAD_ARG, "unknown format: FKG_BAD_ARG");
  check(t, fkg_merge_write(m, "ntriples", "/nonexistent/dir/out.nt") == FKG_BAD_WRITE,
        "unwritable target: FKG_BAD_WRITE");
  check(t, strstr(tally->last, "/nonexistent/dir/out.nt:0: cannot create output") != NULL,
        "write error located at the target");
  fkg_merge_free(m);
}

/* Inputs raptor2 accepts but RDF 1.1 forbids (docs/reliability.md, regressions/merge/): each
 * is a syntax error of its input with one located message, and the merge goes on. */
static void
expect_refused(Tally *t, FkgDiag *diag, const char *name, const char *text, size_t len,
               const char *syntax, const char *message, const char *what)
{
  FkgMerge *m = new_merge(diag, 0, 0);
  Tally *tally = diag->user;
  tally->last[0] = '\0';
  unsigned errors = diag->errors;
  FkgStatus st = fkg_merge_add_bytes(m, name, (const unsigned char *)text, len, syntax);
  char desc[256];
  snprintf(desc, sizeof desc, "%s: FKG_BAD_SYNTAX, one message", what);
  check(t, st == FKG_BAD_SYNTAX && diag->errors == errors + 1, desc);
  snprintf(desc, sizeof desc, "%s: message '%s'", what, message);
  check(t, strstr(tally->last, message) != NULL, desc);
  if (!strstr(tally->last, message)) printf("  got: %s\n", tally->last);
  snprintf(desc, sizeof desc, "%s: nothing of it kept, the next input merged", what);
  check(t,
        m->all.n == 0 && !add(m, "ok.nt", "<http://e/s> <http://e/p> \"ok\" .\n", NULL) &&
            m->all.n == 1,
        desc);
  fkg_merge_free(m);
}

static void
test_refused_terms(Tally *t, FkgDiag *diag)
{
  const char utf8[] = "<http://e/s> <http://e/p> \"Yaros\xBB"
                      "avl\"@en ; <http://e/q> \"kept\" .\n";
  expect_refused(t, diag, "u.ttl", utf8, sizeof utf8 - 1, NULL,
                 "u.ttl:1:33: invalid UTF-8 (byte 0xBB at offset 32)", "invalid UTF-8 in Turtle");
  expect_refused(t, diag, "u.nq", utf8, sizeof utf8 - 1, "nquads",
                 "u.nq:1:33: invalid UTF-8 (byte 0xBB at offset 32)", "invalid UTF-8 in N-Quads");
  const char nul[] = "<http://e/s> <http://e/p> \"1.\0\0"
                     "5e3\"^^<http://www.w3.org/2001/"
                     "XMLSchema#double> .\n";
  expect_refused(t, diag, "n.nt", nul, sizeof nul - 1, NULL,
                 "n.nt:1:30: NUL byte at offset 29 (binary file?)", "raw NUL byte");
  /* raptor2's N-Triples parser ends the literal at an escaped NUL and says nothing. */
  const char *esc = "<http://e/s> <http://e/p> \"a\\u0000b\" .\n";
  expect_refused(t, diag, "e.nt", esc, strlen(esc), NULL,
                 "e.nt:1:29: escaped NUL (\\u0000) at offset 28", "escaped NUL in a literal");
  const char *esc2 = "<http://e/s> <http://e/p> \"a\\\\u0000b\" .\n";
  FkgMerge *m = new_merge(diag, 0, 0);
  check(t, !add(m, "e2.nt", esc2, NULL) && count_with(m, "\"a\\\\u0000b\"") == 1,
        "an escaped backslash before u0000 is no NUL");
  fkg_merge_free(m);
  const char *angle = "<http://e/a<b> <http://e/p> \"x\" <http://e/g> .\n";
  expect_refused(t, diag, "a.nq", angle, strlen(angle), NULL,
                 "a.nq:1:", "IRI holding '<' (located)");
  expect_refused(t, diag, "a.nq", angle, strlen(angle), NULL,
                 "IRI <http://e/a<b> holds '<', which RDF 1.1 does not allow in an IRI",
                 "IRI holding '<'");
  const char *tab = "<http://e/a\tb> <http://e/p> \"x\" .\n";
  expect_refused(t, diag, "s.nt", tab, strlen(tab), NULL,
                 "IRI <http://e/a\\x09b> holds the control character U+0009",
                 "IRI holding a raw tab");
  const char *hat = "<http://e/a\\u005Eb> <http://e/p> \"x\" .\n";
  expect_refused(t, diag, "h.nt", hat, strlen(hat), NULL, "IRI <http://e/a^b> holds '^'",
                 "IRI holding an escaped '^'");
  const char *caret = "<http://e/a> <http://e/p^q> \"x\" .\n";
  expect_refused(t, diag, "c.nt", caret, strlen(caret), NULL, "holds '^'", "IRI holding '^'");
  const char *dtype = "<http://e/a> <http://e/p> \"1.5e3\"^^<http://w<https://e/x> .\n";
  expect_refused(t, diag, "d.nt", dtype, strlen(dtype), NULL,
                 "datatype IRI <http://w<https://e/x> holds '<'", "datatype IRI holding '<'");
  const char *rdfxml = "<?xml version=\"1.0\"?>\n"
                       "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                       "         xmlns:ex=\"http*//example.org/\">\n"
                       "  <rdf:Description rdf:about=\"http://example.org/s\">\n"
                       "    <ex:p>x</ex:p>\n"
                       "  </rdf:Description>\n"
                       "</rdf:RDF>\n";
  expect_refused(t, diag, "r.rdf", rdfxml, strlen(rdfxml), NULL,
                 "IRI <http*//example.org/p> has no scheme", "RDF/XML relative IRI");
  const char *lang = "<http://e/a> <http://e/p> \"x\"@fr--ca .\n";
  expect_refused(t, diag, "l.nq", lang, strlen(lang), "nquads",
                 "language tag @fr--ca is not of the BCP 47 form", "malformed language tag");
  const char *longsub = "<http://e/a> <http://e/p> \"x\"@en-abcdefghi .\n";
  expect_refused(t, diag, "l.nt", longsub, strlen(longsub), NULL,
                 "language tag @en-abcdefghi is not of the BCP 47 form", "subtag over 8 letters");
}

/* The same term read from different syntaxes is one node: tags in lower case, dot segments
 * removed as raptor2's Turtle parser removes them. */
static void
test_normalised_terms(Tally *t, FkgDiag *diag)
{
  FkgMerge *m = new_merge(diag, 0, 0);
  check(t,
        !add(m, "a.nt", "<http://e/x/../s> <http://e/p> \"x\"@fr-CA .\n", NULL) &&
            !add(m, "a.ttl", "<http://e/s> <http://e/p> \"x\"@fr-cA .\n", NULL) &&
            !add(m, "b.nq", "<http://e/s> <http://e/./p> \"x\"@FR-ca <http://e/g> .\n", NULL),
        "the same statement in three syntaxes read");
  fkg_merge_finish(m);
  check(t, m->all.n == 1, "one statement, not three");
  check(t, count_with(m, "<http://e/s> <http://e/p> \"x\"@fr-ca") == 1,
        "language tag lowered, dot segments removed");
  fkg_merge_free(m);

  m = new_merge(diag, 0, 0);
  add(m, "d.nt",
      "<http://e/s> <http://e/p> \"1\"^^<http://e/t/../decimal> .\n"
      "<http:.//e/s> <http://e/p> \"2\" .\n",
      NULL);
  fkg_merge_finish(m);
  check(t, count_with(m, "\"1\"^^<http://e/decimal>") == 1, "datatype IRI: dot segments removed");
  check(t, count_with(m, "<http:/e/s>") == 1, "'http:./' becomes 'http:/', as Turtle reads it");
  fkg_merge_free(m);
}

/* Reads `path` back as `syntax` into a fresh merge. */
static FkgMerge *
read_back(FkgDiag *diag, const char *path, const char *syntax)
{
  FkgMerge *m = new_merge(diag, 0, 0);
  if (fkg_merge_add_file(m, path, syntax) != FKG_SUCCESS) {
    fkg_merge_free(m);
    return NULL;
  }
  fkg_merge_finish(m);
  return m;
}

static int
file_has(const char *path, const char *needle)
{
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  char buf[8192];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = '\0';
  return strstr(buf, needle) != NULL;
}

static void
test_turtle_writer(Tally *t, FkgDiag *diag)
{
  Tally *tally = diag->user;
  /* Literals raptor2's Turtle writer writes bare or with a raw CR: as N-Triples lines, the
   * file reads back as the same statements. */
  static const char *const kLiterals[] = {
      "\"1.\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
      "\"1\"^^<http://www.w3.org/2001/XMLSchema#decimal>",
      "\"1.5\"^^<http://www.w3.org/2001/XMLSchema#double>",
      "\"INF\"^^<http://www.w3.org/2001/XMLSchema#double>",
      "\"1\"^^<http://www.w3.org/2001/XMLSchema#boolean>",
      "\" 12\"^^<http://www.w3.org/2001/XMLSchema#integer>",
      "\"a\\rb\"",
  };
  for (size_t i = 0; i < sizeof kLiterals / sizeof *kLiterals; i++) {
    char text[256], desc[256];
    snprintf(text, sizeof text,
             "<http://e/s> <http://e/p> %s .\n<http://e/s> <http://e/q> \"plain\" .\n",
             kLiterals[i]);
    FkgMerge *m = new_merge(diag, 0, 0);
    add(m, "w.nt", text, NULL);
    fkg_merge_finish(m);
    tally->notes[0] = '\0';
    remove("merge-writer.ttl");
    snprintf(desc, sizeof desc, "turtle output with %s written", kLiterals[i]);
    check(t, fkg_merge_write(m, "turtle", "merge-writer.ttl") == FKG_SUCCESS, desc);
    snprintf(desc, sizeof desc, "  ... as N-Triples lines, with a note");
    check(t,
          strstr(tally->notes, "written as N-Triples lines, which are Turtle") != NULL &&
              !file_has("merge-writer.ttl", "@prefix"),
          desc);
    FkgMerge *again = read_back(diag, "merge-writer.ttl", "turtle");
    char lit[256];
    /* raptor_term_to_string leaves a CR raw. */
    snprintf(lit, sizeof lit, "<http://e/p> %s",
             strcmp(kLiterals[i], "\"a\\rb\"") ? kLiterals[i] : "\"a\rb\"");
    snprintf(desc, sizeof desc, "  ... and reads back as the same two statements");
    check(t, again && again->all.n == 2 && count_with(again, lit) == 1, desc);
    fkg_merge_free(again);
    fkg_merge_free(m);
  }

  /* Literals it writes right keep the pretty form. */
  FkgMerge *m = new_merge(diag, 0, 0);
  add(m, "ok.nt",
      "<http://e/s> <http://e/p> \"1.5\"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n"
      "<http://e/s> <http://e/p> \"-2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
      "<http://e/s> <http://e/p> \"1.5E3\"^^<http://www.w3.org/2001/XMLSchema#double> .\n"
      "<http://e/s> <http://e/p> \"true\"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n"
      "<http://e/s> <http://e/p> \"a\\r\\nb\" .\n",
      NULL);
  fkg_merge_finish(m);
  tally->notes[0] = '\0';
  check(t,
        fkg_merge_write(m, "turtle", "merge-writer.ttl") == FKG_SUCCESS && !tally->notes[0] &&
            file_has("merge-writer.ttl", "@prefix"),
        "literals raptor2 writes right: pretty Turtle, no note");
  FkgMerge *again = read_back(diag, "merge-writer.ttl", "turtle");
  check(t, again && again->all.n == 5, "  ... reads back as the same five statements");
  fkg_merge_free(again);
  fkg_merge_free(m);

  /* The net: an rdf:List node used twice, which raptor2's Turtle writer writes as a list that
   * does not parse. The file is read back before the rename, so the previous one stays. */
  FILE *f = fopen("merge-writer.ttl", "wb");
  if (f) {
    fputs("previous\n", f);
    fclose(f);
  }
  m = new_merge(diag, 0, 0);
  add(m, "list.nt",
      "_:l <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> \"1\" .\n"
      "_:l <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> "
      "<http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .\n"
      "<http://e/a> <http://e/p> _:l .\n<http://e/b> <http://e/p> _:l .\n",
      NULL);
  fkg_merge_finish(m);
  unsigned errors = diag->errors;
  check(t, fkg_merge_write(m, "turtle", "merge-writer.ttl") == FKG_BAD_WRITE,
        "a Turtle file that does not read back: FKG_BAD_WRITE");
  check(t,
        diag->errors == errors + 1 &&
            strstr(tally->last, "merge-writer.ttl:0: raptor2's turtle writer made a file that "
                                "does not parse again") &&
            strstr(tally->last, "-f ntriples"),
        "  ... one message, suggesting -f ntriples");
  check(t, file_has("merge-writer.ttl", "previous"), "  ... previous file kept");
  check(t, fkg_merge_write(m, "ntriples", "merge-writer.ttl") == FKG_SUCCESS,
        "  ... and the same graph as N-Triples is written");
  fkg_merge_free(m);
  remove("merge-writer.ttl");
}

static void
test_graphs(Tally *t, FkgDiag *diag)
{
  const char *q = "<http://e/s> <http://e/p> \"o\" <http://e/g1> .\n"
                  "<http://e/s> <http://e/p> \"o\" <http://e/g2> .\n"
                  "<http://e/s> <http://e/p> \"o\" .\n";
  FkgMerge *m = new_merge(diag, 0, 1);
  add(m, "q.nq", q, NULL);
  fkg_merge_finish(m);
  check(t, m->all.n == 3, "keep_graphs: one statement per graph");
  fkg_merge_free(m);
  m = new_merge(diag, 0, 0);
  add(m, "q.nq", q, NULL);
  fkg_merge_finish(m);
  check(t, m->all.n == 1, "without keep_graphs: graphs joined");
  fkg_merge_free(m);
}

static void
test_link_and_smush(Tally *t, FkgDiag *diag)
{
  const char *ours =
      "@prefix fkg: <https://w3id.org/forumkg/ontology#> .\n"
      "<https://w3id.org/forumkg/id/region/ru-x> a fkg:Region ; fkg:isoCode \"RU-X\" .\n"
      "<https://w3id.org/forumkg/id/region/ru-x> <http://www.wikidata.org/prop/direct/P300> "
      "\"RU-X\" .\n";
  const char *theirs =
      "@prefix wdt: <http://www.wikidata.org/prop/direct/> .\n"
      "<http://a.example/x> wdt:P300 \"ru-x\" ; wdt:P361 <http://a.example/d> .\n"
      "<http://a.example/y> <http://www.w3.org/2002/07/owl#sameAs> <http://a.example/x> .\n";
  FkgMerge *m = new_merge(diag, 0, 0);
  add(m, "ours.ttl", ours, NULL);
  add(m, "theirs.ttl", theirs, NULL);
  fkg_merge_finish(m);
  check(t, fkg_merge_stats(m)->links == 1, "one link (case ignored; a region never links itself)");
  check(t, count_with(m, "ru-x> <http://www.w3.org/2002/07/owl#sameAs> <http://a.example/x>") == 1,
        "region owl:sameAs entity");
  fkg_merge_free(m);

  m = new_merge(diag, 1, 0);
  add(m, "theirs.ttl", theirs, NULL);
  add(m, "ours.ttl", ours, NULL);
  fkg_merge_finish(m);
  check(t, fkg_merge_stats(m)->rewritten == 2, "smush: two IRIs rewritten");
  check(t,
        count_with(m, "ru-x> <http://www.wikidata.org/prop/direct/P361> <http://a.example/d>") == 1,
        "smush: ours is canonical even where not the smallest IRI");
  check(t, count_with(m, "<http://a.example/x> <http://www.wikidata.org") == 0,
        "smush: the other members keep no statement of their own");
  check(t, count_with(m, "owl#sameAs") == 2, "smush: one owl:sameAs per other member");
  fkg_merge_free(m);
}

static void
test_names(Tally *t)
{
  check(t,
        fkg_merge_syntax_for_path("a/B.TTL") &&
            !strcmp(fkg_merge_syntax_for_path("a/B.TTL"), "turtle"),
        ".TTL is turtle");
  check(t, !strcmp(fkg_merge_syntax_for_path("x.nq"), "nquads"), ".nq is nquads");
  check(t, fkg_merge_syntax_for_path("README") == NULL, "no extension: NULL");
  check(t,
        fkg_merge_format_ok("turtle") && fkg_merge_format_ok("rdfxml") &&
            !fkg_merge_format_ok("nosuch"),
        "serialiser names");
  check(t, fkg_merge_syntax_ok("trig") && !fkg_merge_syntax_ok("nosuch"), "parser names");
}

int
main(void)
{
  Tally t = {0, 0, "", ""};
  FkgDiag diag = {capture, &t, 0, 0};
  test_blank_nodes(&t, &diag);
  test_errors(&t, &diag);
  test_refused_terms(&t, &diag);
  test_normalised_terms(&t, &diag);
  test_turtle_writer(&t, &diag);
  test_graphs(&t, &diag);
  test_link_and_smush(&t, &diag);
  test_names(&t);
  printf("%d passed, %d failed\n", t.passed, t.failed);
  return t.failed ? 1 : 0;
}
