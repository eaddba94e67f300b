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
  char last[1024]; /* the last diagnostic, as "file:line: message" */
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
  (void)sev;
  snprintf(t->last, sizeof t->last, "%s:%ld: %s", loc && loc->file ? loc->file : "",
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
  Tally t = {0, 0, ""};
  FkgDiag diag = {capture, &t, 0, 0};
  test_blank_nodes(&t, &diag);
  test_errors(&t, &diag);
  test_graphs(&t, &diag);
  test_link_and_smush(&t, &diag);
  test_names(&t);
  printf("%d passed, %d failed\n", t.passed, t.failed);
  return t.failed ? 1 : 0;
}
