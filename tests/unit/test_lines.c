/* forumkg unit tests: the graph stage's N-Triples and N-Quads lines (fkg_quads_render_lines in
 * src/graph/writer.c). That renderer copies the statements whose terms serd would write
 * unchanged and hands the others to serd; these checks hold it to serd itself. Every statement
 * list is also written the plain way, each statement through serd_writer_write_statement (as the
 * writer did before the copy path), and the two outputs must be the same bytes with the same
 * status: over every byte value in IRIs, literals, language tags and datatypes, every two-byte
 * and many longer byte sequences (well-formed UTF-8 or not), hand-picked adversarial terms, and
 * random mixes of copied and escaped statements in one buffer. The sort that orders the lines
 * (fkg_quads_normalise) is held to qsort with the same order. */
#include "check.h"
#include "forumkg/extract.h"
#include "forumkg/text.h"
#include "graph/graph_int.h"

#include <serd/serd.h>
#include <stdint.h>

/* ---- the reference: plain serd ---- */

static size_t
ref_sink(const void *buf, size_t len, void *stream)
{
  FkgBytes *b = stream;
  if (b->len + len > b->cap) {
    size_t ncap = b->cap ? b->cap * 2 : 4096;
    while (ncap < b->len + len)
      ncap *= 2;
    char *nb = realloc(b->bytes, ncap);
    if (!nb) {
      b->oom = 1;
      return 0;
    }
    b->bytes = nb;
    b->cap = ncap;
  }
  memcpy(b->bytes + b->len, buf, len);
  b->len += len;
  return len;
}

/* What serd makes of `q`, the statements one by one through one writer, as the writer did:
 * SERD_STYLE_BULK, stop at the first statement serd refuses. */
static FkgStatus
ref_render(const FkgQuads *q, int nquads, FkgBytes *out)
{
  SerdEnv *env = serd_env_new(NULL);
  SerdWriter *sw = serd_writer_new(nquads ? SERD_NQUADS : SERD_NTRIPLES, SERD_STYLE_BULK, env, NULL,
                                   ref_sink, out);
  FkgStatus st = FKG_SUCCESS;
  SerdNode g = serd_node_from_string(SERD_URI, (const uint8_t *)q->graph);
  for (size_t i = 0; i < q->n; i++) {
    const FkgQuad *x = &q->v[i];
    SerdNode s = serd_node_from_string(SERD_URI, (const uint8_t *)x->s);
    SerdNode p = serd_node_from_string(SERD_URI, (const uint8_t *)x->p);
    SerdNode o = serd_node_from_string(x->lit ? SERD_LITERAL : SERD_URI, (const uint8_t *)x->o);
    SerdNode dt = serd_node_from_string(SERD_URI, (const uint8_t *)x->dt);
    SerdNode lang = serd_node_from_string(SERD_LITERAL, (const uint8_t *)x->lang);
    if (serd_writer_write_statement(sw, 0, nquads ? &g : NULL, &s, &p, &o, x->dt ? &dt : NULL,
                                    x->lang ? &lang : NULL)) {
      st = FKG_BAD_WRITE;
      break;
    }
  }
  serd_writer_free(sw);
  serd_env_free(env);
  return out->oom ? FKG_BAD_ALLOC : st;
}

/* ---- statement lists ---- */

typedef struct {
  FkgQuads q;
  char **owned; /* strings made by the test */
  size_t nowned, capowned;
} List;

static void
list_push(List *l, const char *s, const char *p, const char *o, const char *dt, const char *lang,
          int lit)
{
  if (l->q.n == l->q.cap) {
    l->q.cap = l->q.cap ? l->q.cap * 2 : 256;
    l->q.v = realloc(l->q.v, sizeof *l->q.v * l->q.cap);
    if (!l->q.v) abort();
  }
  l->q.v[l->q.n++] = (FkgQuad){s, p, o, dt, lang, (uint8_t)lit, 0, 0, 0};
}

/* A copy of `len` bytes of `s` that the list frees. */
static const char *
list_str(List *l, const char *s, size_t len)
{
  if (l->nowned == l->capowned) {
    l->capowned = l->capowned ? l->capowned * 2 : 256;
    l->owned = realloc(l->owned, sizeof *l->owned * l->capowned);
    if (!l->owned) abort();
  }
  char *c = malloc(len + 1);
  if (!c) abort();
  memcpy(c, s, len);
  c[len] = '\0';
  l->owned[l->nowned++] = c;
  return c;
}

static void
list_free(List *l)
{
  for (size_t i = 0; i < l->nowned; i++)
    free(l->owned[i]);
  free(l->owned);
  free(l->q.v);
  memset(l, 0, sizeof *l);
}

/* Prints where two outputs part, escaped. */
static void
show_diff(const FkgBytes *a, const FkgBytes *b)
{
  size_t i = 0;
  while (i < a->len && i < b->len && a->bytes[i] == b->bytes[i])
    i++;
  size_t from = i > 40 ? i - 40 : 0;
  for (int k = 0; k < 2; k++) {
    const FkgBytes *x = k ? b : a;
    printf("    %s at byte %zu: ", k ? "serd  " : "copied", i);
    for (size_t j = from; j < x->len && j < i + 40; j++) {
      unsigned char c = (unsigned char)x->bytes[j];
      if (c >= 0x20 && c < 0x7F)
        putchar(c);
      else
        printf("\\x%02X", c);
    }
    putchar('\n');
  }
}

/* Renders `l` both ways in N-Triples and N-Quads and checks that they agree. */
static void
check_same(const List *l, const char *what)
{
  for (int nq = 0; nq < 2; nq++) {
    FkgBytes a = {0}, b = {0};
    FkgStatus sa = fkg_quads_render_lines(&l->q, nq, &a);
    FkgStatus sb = ref_render(&l->q, nq, &b);
    int same = sa == sb && a.len == b.len && (a.len == 0 || !memcmp(a.bytes, b.bytes, a.len));
    if (!CHECK(same, "%s, %s: %zu statements, %zu bytes (status %d), serd %zu bytes (status %d)",
               what, nq ? "N-Quads" : "N-Triples", l->q.n, a.len, (int)sa, b.len, (int)sb))
      show_diff(&a, &b);
    free(a.bytes);
    free(b.bytes);
  }
}

#define IRI_S "https://w3id.org/forumkg/id/article/0123456789abcdef"
#define IRI_P "http://www.w3.org/2000/01/rdf-schema#label"
#define XSD_DATE "http://www.w3.org/2001/XMLSchema#date"

/* ---- the checks ---- */

/* Each byte value 1..255 inside an IRI (subject, predicate, object, datatype, graph), a literal
 * and a language tag. Bytes after it keep serd's lenient UTF-8 decoding inside the string. */
static void
check_every_byte(void)
{
  List l = {0};
  l.q.graph = IRI_S;
  for (int c = 1; c < 256; c++) {
    char buf[32];
    int n = snprintf(buf, sizeof buf, "http://x.example/a%czzzz", c);
    const char *iri = list_str(&l, buf, (size_t)n);
    n = snprintf(buf, sizeof buf, "a%czzzz", c);
    const char *lit = list_str(&l, buf, (size_t)n);
    n = snprintf(buf, sizeof buf, "e%cn", c);
    const char *lang = list_str(&l, buf, (size_t)n);
    list_push(&l, iri, IRI_P, IRI_S, NULL, NULL, 0);
    list_push(&l, IRI_S, iri, IRI_S, NULL, NULL, 0);
    list_push(&l, IRI_S, IRI_P, iri, NULL, NULL, 0);
    list_push(&l, IRI_S, IRI_P, lit, NULL, NULL, 1);
    list_push(&l, IRI_S, IRI_P, lit, NULL, lang, 1);
    list_push(&l, IRI_S, IRI_P, lit, iri, NULL, 1);
    list_push(&l, IRI_S, IRI_P, "v", NULL, lang, 1);
    list_push(&l, IRI_S, IRI_P, "v", iri, NULL, 1);
  }
  check_same(&l, "every byte in every term");
  /* As the graph name: one list per byte. */
  int bad = 0;
  for (int c = 1; c < 256 && !bad; c++) {
    List g = {0};
    char buf[32];
    int n = snprintf(buf, sizeof buf, "http://x.example/g%czzzz", c);
    g.q.graph = list_str(&g, buf, (size_t)n);
    list_push(&g, IRI_S, IRI_P, "v", NULL, NULL, 1);
    FkgBytes a = {0}, b = {0};
    FkgStatus sa = fkg_quads_render_lines(&g.q, 1, &a), sb = ref_render(&g.q, 1, &b);
    if (sa != sb || a.len != b.len || memcmp(a.bytes, b.bytes, a.len)) {
      bad = c;
      show_diff(&a, &b);
    }
    free(a.bytes);
    free(b.bytes);
    list_free(&g);
  }
  CHECK(!bad, "every byte in the graph name (first difference at byte 0x%02X)", bad);
  list_free(&l);
}

/* Every pair of bytes with a non-ASCII first byte, and three- and four-byte sequences over
 * the boundaries of well-formed UTF-8 (overlong forms, surrogates, above U+10FFFF, cut
 * sequences), in literals and IRIs. */
static void
check_sequences(void)
{
  List l = {0};
  for (int a = 0x80; a < 256; a++)
    for (int b = 1; b < 256; b++) {
      char buf[16] = {'a', (char)a, (char)b, 'z', 'z', 'z', 'z', 0};
      const char *lit = list_str(&l, buf, 7);
      memcpy(buf, "http:", 5);
      buf[5] = (char)a, buf[6] = (char)b;
      memcpy(buf + 7, "zzzz", 5);
      const char *iri = list_str(&l, buf, 11);
      list_push(&l, IRI_S, IRI_P, lit, NULL, NULL, 1);
      list_push(&l, IRI_S, IRI_P, iri, NULL, NULL, 0);
    }
  check_same(&l, "two-byte sequences");
  list_free(&l);

  static const unsigned char kSecond[] = {0x00, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                          0xA0, 0xBF, 0xC0, 0xE0, 0xFF, '"',  '\\'};
  static const unsigned char kThird[] = {0x00, 0x22, 0x5C, 0x7F, 0x80, 0xBF, 0xC0, 0xFF};
  size_t n2 = sizeof kSecond, n3 = sizeof kThird;
  for (int a = 0xC0; a < 256; a++)
    for (size_t i = 0; i < n2; i++)
      for (size_t j = 0; j < n3; j++)
        for (size_t k = 0; k < n3; k++) {
          /* The bytes after a NUL are not part of the string: those stand for cut sequences. */
          char buf[16] = {
              'a', (char)a, (char)kSecond[i], (char)kThird[j], (char)kThird[k], 'z', 'z', 'z',
              'z', 0};
          const char *lit = list_str(&l, buf, 9);
          char ib[20] = "urn:";
          memcpy(ib + 4, buf + 1, 9);
          const char *iri = list_str(&l, ib, 13);
          list_push(&l, IRI_S, IRI_P, lit, NULL, NULL, 1);
          list_push(&l, IRI_S, IRI_P, iri, NULL, NULL, 0);
        }
  check_same(&l, "three- and four-byte sequences");
  list_free(&l);
}

/* Hand-picked terms, each alone (a statement serd refuses ends its list) and all together. */
static const char *const kIris[] = {
    IRI_S,
    IRI_P,
    XSD_DATE,
    "https://w3id.org/forumkg/id/mention/0123456789abcdef/10-25-person-3f2a9c1d",
    "http://x.example/with space",
    "http://x.example/<angle>",
    "http://x.example/{brace}",
    "http://x.example/pipe|caret^back`tick",
    "http://x.example/back\\slash",
    "http://x.example/quote\"",
    "http://x.example/tab\there",
    "http://x.example/nl\nhere",
    "http://x.example/del\x7fhere",
    "http://ru.example/Москва",
    "http://x.example/\xe2\x80\xa8line-separator",
    "http://x.example/\xef\xbb\xbf"
    "bom",
    "http://x.example/\xf0\x9f\x98\x80"
    "emoji",
    "http://x.example/%20already-escaped?q=1&r=2#frag",
    "urn:isbn:978-5-00000-000-0",
    "mailto:someone@example.org",
    "a+b-c.d:opaque",
    "http:",
};
static const char *const kRelative[] = {"",         "relative/path", "#frag", "1http://bad.scheme",
                                        ":nothing", "Москва:x"};
static const char *const kLits[] = {
    "",
    "plain text",
    "Губернатор Ярославской области",
    "say \"hi\"",
    "back\\slash",
    "trailing backslash\\",
    "line\nbreak",
    "carriage\rreturn",
    "tab\there",
    "\x01\x02\x03\x07\x08\x0b\x0c\x0e\x1b\x1f",
    "del\x7f",
    "\xe2\x80\xa8 line separator \xe2\x80\xa9",
    "\xef\xbb\xbf"
    "bom",
    "\xf0\x9f\x98\x80 emoji \xf4\x8f\xbf\xbf",
    "«ёлочки» — тире",
    "bad \xff utf-8",
    "cut \xd0",
    "\"",
    "\\",
    "2024-05-17",
};
static const char *const kLangs[] = {"ru", "en",  "ru-Latn", "en-US", "x_y",
                                     "ру", "a b", "",        "@",     "fr\n"};

static void
check_terms(void)
{
  size_t ni = sizeof kIris / sizeof *kIris, nl = sizeof kLits / sizeof *kLits,
         ng = sizeof kLangs / sizeof *kLangs, nr = sizeof kRelative / sizeof *kRelative;
  List all = {0};
  all.q.graph = IRI_S;
  for (size_t i = 0; i < ni; i++)
    for (size_t j = 0; j < ni; j++) {
      list_push(&all, kIris[i], kIris[j], kIris[(i + j) % ni], NULL, NULL, 0);
      list_push(&all, kIris[j], kIris[i], kIris[i], NULL, NULL, 0);
    }
  for (size_t i = 0; i < nl; i++) {
    list_push(&all, IRI_S, IRI_P, kLits[i], NULL, NULL, 1);
    for (size_t j = 0; j < ng; j++)
      list_push(&all, IRI_S, IRI_P, kLits[i], NULL, kLangs[j], 1);
    for (size_t j = 0; j < ni; j++)
      list_push(&all, IRI_S, IRI_P, kLits[i], kIris[j], NULL, 1);
    /* Both set: serd writes the language tag. */
    list_push(&all, IRI_S, IRI_P, kLits[i], XSD_DATE, "ru", 1);
    list_push(&all, IRI_S, IRI_P, kLits[i], "http://x.example/d t", "ru", 1);
  }
  /* An IRI as literal and a language tag as IRI: the same pointers as other kinds of term. */
  list_push(&all, IRI_S, IRI_P, IRI_S, NULL, NULL, 1);
  list_push(&all, IRI_S, IRI_P, "ru", NULL, "ru", 1);
  /* Neither literal flag nor IRI: serd ignores a datatype or tag on an IRI object. */
  list_push(&all, IRI_S, IRI_P, IRI_S, XSD_DATE, "en", 0);
  for (size_t g = 0; g < ni; g++) {
    all.q.graph = kIris[g];
    check_same(&all, kIris[g]);
  }
  all.q.graph = NULL;
  check_same(&all, "no graph name");
  /* Relative IRIs, which serd refuses: anywhere in a statement, after copied statements. */
  for (size_t r = 0; r < nr; r++) {
    for (int where = 0; where < 5; where++) {
      List l = {0};
      l.q.graph = where == 4 ? kRelative[r] : IRI_S;
      list_push(&l, IRI_S, IRI_P, "before", NULL, NULL, 1);
      list_push(&l, where == 0 ? kRelative[r] : IRI_S, where == 1 ? kRelative[r] : IRI_P,
                where == 2 ? kRelative[r] : IRI_S, NULL, NULL, 0);
      if (where == 3) list_push(&l, IRI_S, IRI_P, "v", kRelative[r], NULL, 1);
      list_push(&l, IRI_S, IRI_P, "after", NULL, NULL, 1);
      char what[96];
      snprintf(what, sizeof what, "relative IRI \"%s\" as %s", kRelative[r],
               (const char *[]){"subject", "predicate", "object", "datatype", "graph"}[where]);
      check_same(&l, what);
      list_free(&l);
    }
  }
  list_free(&all);
}

/* Random statements from pools of safe and unsafe terms, so that copied lines and lines serd
 * wrote follow each other in one buffer; the same content also through other pointers. */
static void
check_random(void)
{
  uint64_t r = 0x9E3779B97F4A7C15ULL;
  size_t ni = sizeof kIris / sizeof *kIris, nl = sizeof kLits / sizeof *kLits,
         ng = sizeof kLangs / sizeof *kLangs;
  for (int round = 0; round < 20; round++) {
    List l = {0};
    l.q.graph = round % 3 ? IRI_S : kIris[round % ni];
    for (int i = 0; i < 2000; i++) {
      r ^= r << 13, r ^= r >> 7, r ^= r << 17;
      const char *s = kIris[r % ni], *p = kIris[(r >> 8) % ni];
      if ((r >> 16) & 1) s = list_str(&l, s, strlen(s));
      unsigned pick = (unsigned)(r >> 20) % 4;
      if (pick == 0)
        list_push(&l, s, p, kIris[(r >> 24) % ni], NULL, NULL, 0);
      else if (pick == 1)
        list_push(&l, s, p, kLits[(r >> 24) % nl], NULL, NULL, 1);
      else if (pick == 2)
        list_push(&l, s, p, kLits[(r >> 24) % nl], NULL, kLangs[(r >> 32) % ng], 1);
      else
        list_push(&l, s, p, kLits[(r >> 24) % nl], kIris[(r >> 32) % ni], NULL, 1);
    }
    char what[64];
    snprintf(what, sizeof what, "random mix %d", round);
    check_same(&l, what);
    list_free(&l);
  }
}

/* A few lines by value: the other checks compare the renderer with serd only. */
static void
check_known_lines(void)
{
  List l = {0};
  l.q.graph = IRI_S;
  list_push(&l, IRI_S, IRI_P, "Губернатор", NULL, "ru", 1);
  list_push(&l, IRI_S, IRI_P, "2024-05-17", XSD_DATE, NULL, 1);
  list_push(&l, IRI_S, IRI_P, IRI_S, NULL, NULL, 0);
  FkgBytes a = {0};
  FkgStatus st = fkg_quads_render_lines(&l.q, 1, &a);
  const char *want = "<" IRI_S "> <" IRI_P "> \"Губернатор\"@ru <" IRI_S "> .\n"
                     "<" IRI_S "> <" IRI_P "> \"2024-05-17\"^^<" XSD_DATE "> <" IRI_S "> .\n"
                     "<" IRI_S "> <" IRI_P "> <" IRI_S "> <" IRI_S "> .\n";
  CHECK(st == FKG_SUCCESS && a.len == strlen(want) && !memcmp(a.bytes, want, a.len),
        "three N-Quads lines as expected");
  free(a.bytes);
  list_free(&l);
}

/* ---- the sort ---- */

/* The order fkg_quads_normalise promises, written out again: subject, predicate, IRIs before
 * literals, object, datatype, language tag; NULL before any string. */
static int
ref_cmp_str(const char *a, const char *b)
{
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  return strcmp(a, b);
}

static int
ref_cmp(const FkgQuad *a, const FkgQuad *b)
{
  int c;
  if ((c = ref_cmp_str(a->s, b->s)) || (c = ref_cmp_str(a->p, b->p))) return c;
  if (a->lit != b->lit) return a->lit ? 1 : -1;
  if ((c = ref_cmp_str(a->o, b->o)) || (c = ref_cmp_str(a->dt, b->dt))) return c;
  return ref_cmp_str(a->lang, b->lang);
}

static int
ref_cmp_qsort(const void *a, const void *b)
{
  return ref_cmp(a, b);
}

/* Random lists, of every length up to 300 and some longer, with runs of one subject pointer and
 * repeated statements through the same and through other pointers (subjects, predicates and
 * objects, some of them prefixes of others): normalising gives what qsort and a dedupe give. */
static void
check_sort(void)
{
  static const char *const kS[] = {"http://a/1",   "http://a/2",   "http://a/10", "http://b/",
                                   "http://a/1/x", "http://a/1/y", "http://a/",   "http://a/1/"};
  static const char *const kO[] = {"x", "y", "", "http://a/1", "Москва", "z"};
  static const char *const kDt[] = {NULL, XSD_DATE, "http://a/1"};
  static const char *const kLg[] = {NULL, "ru", "en"};
  uint64_t r = 0x2545F4914F6CDD1DULL;
  int bad = 0;
  for (size_t n = 0; n < 400 && !bad; n += n < 300 ? 1 : 37) {
    List l = {0};
    for (size_t i = 0; i < n; i++) {
      r ^= r << 13, r ^= r >> 7, r ^= r << 17;
      const char *s = kS[r % 8], *p = kS[(r >> 16) % 5], *o = kO[(r >> 8) % 6];
      /* The same content through another pointer. */
      if ((r >> 12) & 1) s = list_str(&l, s, strlen(s));
      /* Runs of one subject pointer, as the builder writes them. */
      if (i && (r >> 40) % 4) s = l.q.v[l.q.n - 1].s;
      if ((r >> 13) & 1) o = list_str(&l, o, strlen(o));
      /* Predicates too: the sort ranks subjects and predicates by pointer, then by content. */
      if (((r >> 44) & 7) == 0) p = list_str(&l, p, strlen(p));
      list_push(&l, s, p, o, kDt[(r >> 20) % 3], kLg[(r >> 24) % 3], (int)((r >> 28) & 1));
    }
    FkgQuad *want = malloc(sizeof *want * (n ? n : 1));
    if (!want) abort();
    if (n) memcpy(want, l.q.v, sizeof *want * n); /* l.q.v is NULL while empty */
    qsort(want, n, sizeof *want, ref_cmp_qsort);
    size_t m = n ? 1 : 0;
    for (size_t i = 1; i < n; i++)
      if (ref_cmp(&want[i], &want[m - 1])) want[m++] = want[i];
    fkg_quads_normalise(&l.q);
    if (l.q.n != m) bad = 1;
    for (size_t i = 0; i < m && !bad; i++)
      if (ref_cmp(&l.q.v[i], &want[i])) bad = 1;
    if (bad) printf("    %zu statements: %zu after normalising, %zu wanted\n", n, l.q.n, m);
    free(want);
    free(l.q.scratch);
    free(l.q.rank_table);
    list_free(&l);
  }
  CHECK(!bad, "fkg_quads_normalise: qsort's order, duplicates dropped");
}

/* The builder gives each statement its predicate's index in fkg_graph_predicates' table as
 * the predicate's rank: the table must be in strcmp order, each IRI once. */
static void
check_predicates(void)
{
  size_t n = 0;
  const char *const *p = fkg_graph_predicates(&n);
  int bad = n < 2;
  for (size_t i = 1; i < n && !bad; i++)
    if (!p[i - 1] || !p[i] || strcmp(p[i - 1], p[i]) >= 0) {
      printf("    out of order: %s, %s\n", p[i - 1] ? p[i - 1] : "(null)", p[i] ? p[i] : "(null)");
      bad = 1;
    }
  CHECK(!bad, "the builder's %zu predicates are in strcmp order, each once", n);
  /* The builder marks them FKG_PLAIN_P: serd must write them unchanged. */
  List l = {0};
  l.q.graph = IRI_S;
  for (size_t i = 0; i < n; i++) {
    list_push(&l, IRI_S, p[i], IRI_S, NULL, NULL, 0);
    l.q.v[l.q.n - 1].plain = FKG_PLAIN_P;
  }
  FkgBytes a = {0}, w = {0};
  FkgStatus sa = fkg_quads_render_lines(&l.q, 1, &a), sw = ref_render(&l.q, 1, &w);
  CHECK(sa == sw && a.len == w.len && !memcmp(a.bytes, w.bytes, a.len),
        "the builder's predicates render as serd writes them");
  free(a.bytes);
  free(w.bytes);
  list_free(&l);
}

/* fkg_quads_iri_plain against serd: strings it calls plain, whole with their scheme or as pieces
 * after one, marked plain and so copied without a look, are what serd writes. */
static void
check_iri_plain(void)
{
  static const char kAlpha[] = "ab09-/:#?.%_~<> \"{}^`|\\\x7f\x01\xd0\xb0\xff";
  uint64_t r = 0x5DEECE66DULL;
  size_t yes = 0, no = 0;
  List l = {0};
  l.q.graph = IRI_S;
  for (int t = 0; t < 4000; t++) {
    char str[64];
    size_t n = 0;
    int whole = t & 1;
    if (whole && (t & 2)) n = (size_t)snprintf(str, sizeof str, "http://x/");
    r ^= r << 13, r ^= r >> 7, r ^= r << 17;
    size_t len = r % 12;
    for (size_t i = 0; i < len; i++) {
      r ^= r << 13, r ^= r >> 7, r ^= r << 17;
      str[n++] = kAlpha[r % (sizeof kAlpha - 1)];
    }
    str[n] = '\0';
    int ok = whole ? fkg_quads_iri_plain(str, SIZE_MAX, 1) : fkg_quads_iri_plain(str, n, 0);
    if (!ok) {
      no++;
      continue;
    }
    yes++;
    char iri[80];
    snprintf(iri, sizeof iri, "%s%s", whole ? "" : "http://x/", str);
    list_push(&l, list_str(&l, iri, strlen(iri)), IRI_P, IRI_S, NULL, NULL, 0);
    l.q.v[l.q.n - 1].plain = FKG_PLAIN_S;
  }
  FkgBytes a = {0}, w = {0};
  FkgStatus sa = fkg_quads_render_lines(&l.q, 0, &a), sw = ref_render(&l.q, 0, &w);
  CHECK(yes && no && sa == sw && a.len == w.len && !memcmp(a.bytes, w.bytes, a.len),
        "fkg_quads_iri_plain: %zu plain, %zu not; the plain render as serd writes them", yes, no);
  free(a.bytes);
  free(w.bytes);
  list_free(&l);
}

/* ---- mention IRIs ---- */

/* fkg_graph_build's mention IRIs, made piece by piece, against snprintf of their pattern
 * "mention/%.16s/%d-%d-%.*s-%.8s" (cut at 255 bytes) after the base, for keys short and long
 * enough to be cut anywhere. A post needs no lexicon, so no context. */
static void
check_mention_iris(void)
{
  static const char kBase[] = "https://w3id.org/forumkg/id/";
  static const size_t kLens[] = {1, 10, 180, 200, 205, 208, 210, 212, 215, 220, 230, 250, 300};
  int bad = 0;
  size_t found = 0, want_n = 0;
  for (size_t t = 0; t < sizeof kLens / sizeof *kLens; t++) {
    FkgDoc doc;
    memset(&doc, 0, sizeof doc);
    fkg_arena_init(&doc.arena, 0);
    UChar text[20];
    int32_t cp[21];
    for (int i = 0; i < 20; i++)
      text[i] = (UChar)('a' + i);
    for (int i = 0; i <= 20; i++)
      cp[i] = i * 123457; /* numbers of several lengths */
    doc.text = text;
    doc.len = 20;
    doc.cp = cp;
    doc.source = "m.txt";
    memcpy(doc.sha256, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 65);
    char key[400];
    memset(key, 'k', kLens[t]);
    memcpy(key + kLens[t], "/tail", 6);
    FkgSpan spans[2] = {{0, 5}, {3, 20}};
    FkgEntity ent;
    memset(&ent, 0, sizeof ent);
    ent.kind = FKG_E_POST;
    ent.key = key;
    ent.row = -1;
    ent.mentioned = 1;
    ent.spans = spans;
    ent.nspans = 2;
    FkgFacts f;
    memset(&f, 0, sizeof f);
    f.doc = &doc;
    f.ents = &ent;
    f.nents = 1;
    FkgQuads q;
    memset(&q, 0, sizeof q);
    q.base = kBase;
    if (fkg_graph_build(NULL, &q, &doc, &f) != FKG_SUCCESS) bad = 1;
    char hex[65];
    fkg_sha256_hex((const unsigned char *)key, strlen(key), hex);
    for (int i = 0; i < 2 && !bad; i++) {
      char local[256], want[300];
      snprintf(local, sizeof local, "mention/%.16s/%d-%d-%.*s-%.8s", doc.sha256, cp[spans[i].b],
               cp[spans[i].e], (int)kLens[t], key, hex);
      snprintf(want, sizeof want, "%s%s", kBase, local);
      size_t hits = 0;
      for (size_t k = 0; k < q.n; k++)
        hits += strcmp(q.v[k].s, want) == 0;
      /* anchorOf, beginIndex, endIndex, rdf:type, inArticle, refersTo */
      if (hits != 6) {
        printf("    key of %zu bytes, span %d: %zu statements about %s\n", kLens[t], i, hits, want);
        bad = 1;
      }
      found += hits == 6;
      want_n++;
    }
    /* The builder's statements, with the terms it marked plain, render as serd writes them. */
    FkgBytes a = {0}, w = {0};
    FkgStatus sa = fkg_quads_render_lines(&q, 1, &a), sw = ref_render(&q, 1, &w);
    if (sa != sw || a.len != w.len || memcmp(a.bytes, w.bytes, a.len)) {
      printf("    key of %zu bytes: the builder's lines differ from serd's\n", kLens[t]);
      bad = 1;
    }
    free(a.bytes);
    free(w.bytes);
    fkg_quads_release(&q);
    fkg_arena_clear(&doc.arena);
  }
  CHECK(!bad && found == want_n, "mention IRIs as snprintf makes them, lines as serd's: %zu of %zu",
        found, want_n);
}

/* ---- anchors ---- */

/* fkg_graph_utf8 against fkg_doc_utf8 over random UTF-16 texts (ASCII, Cyrillic, CJK, NUL,
 * surrogate pairs, lone high and low surrogates) and every span of them; and the texts it calls
 * plain, rendered as literals marked so (copied without a look), are what serd writes. */
static void
check_utf8(void)
{
  static const UChar kUnits[] = {0x41,   0x22,   0x0A,   0x00,   0x7F,   0x80,
                                 0x41F,  0x7FF,  0x800,  0x4E2D, 0xFFFD, 0xFFFF,
                                 0xD83D, 0xDE00, 0xD800, 0xDFFF, 0xDBFF, 0xDC00};
  uint64_t r = 0x9E3779B97F4A7C15ULL;
  size_t spans = 0, nulls = 0, plains = 0;
  int bad = 0;
  List l = {0};
  for (int t = 0; t < 300 && !bad; t++) {
    FkgDoc doc;
    memset(&doc, 0, sizeof doc);
    fkg_arena_init(&doc.arena, 0);
    UChar text[24];
    int32_t len = (int32_t)(t % 24);
    for (int32_t i = 0; i < len; i++) {
      r ^= r << 13, r ^= r >> 7, r ^= r << 17;
      text[i] = kUnits[r % (sizeof kUnits / sizeof *kUnits)];
    }
    doc.text = text;
    doc.len = len;
    for (int32_t b = 0; b <= len && !bad; b++)
      for (int32_t e = b; e <= len && !bad; e++) {
        uint8_t plain = 0;
        const char *want = fkg_doc_utf8(&doc, b, e), *got = fkg_graph_utf8(&doc, b, e, &plain);
        size_t wl = want ? strlen(want) : 0;
        /* The same bytes up to and with the terminating NUL (a NUL unit ends both early). */
        if (!want != !got || (want && memcmp(want, got, wl + 1))) bad = 1;
        spans++;
        nulls += !want;
        if (got && *got && l.q.n < 20000) {
          list_push(&l, IRI_S, IRI_P, list_str(&l, got, strlen(got)), NULL, NULL, 1);
          l.q.v[l.q.n - 1].plain = plain;
          plains += plain;
        }
      }
    fkg_arena_clear(&doc.arena);
  }
  CHECK(!bad && nulls && nulls < spans, "fkg_graph_utf8 = fkg_doc_utf8: %zu spans, %zu refused",
        spans, nulls);
  FkgBytes a = {0}, want = {0};
  FkgStatus sa = fkg_quads_render_lines(&l.q, 0, &a), sw = ref_render(&l.q, 0, &want);
  CHECK(plains && plains < l.q.n && sa == sw && a.len == want.len &&
            !memcmp(a.bytes, want.bytes, a.len),
        "anchors marked plain render as serd writes them: %zu of %zu plain", plains, l.q.n);
  free(a.bytes);
  free(want.bytes);
  list_free(&l);
}

int
main(void)
{
  /* serd reports every malformed UTF-8 sequence on standard error: hundreds of thousands of
   * lines here, none of them a test result. */
  if (!freopen("/dev/null", "w", stderr)) return 1;
  check_known_lines();
  check_every_byte();
  check_sequences();
  check_terms();
  check_random();
  check_sort();
  check_predicates();
  check_iri_plain();
  check_mention_iris();
  check_utf8();
  return check_summary();
}
