/* forumkg: graph stage, operations on one document's statement list (graph_int.h): the sort
 * that makes output deterministic and groups a subject's statements for Turtle, the test for
 * statements that belong to one article alone, and the conversion to raptor2 statements for
 * the formats only raptor2 writes. */
#include "graph_int.h"
#include "forumkg/rdfsort.h"

#include <stdlib.h>
#include <string.h>

/* NULL sorts before any string. The builder passes a repeated string through one pointer:
 * equal pointers need no strcmp. */
static inline int
cmp_opt(const char *a, const char *b)
{
  if (a == b) return 0;
  if (!a) return -1;
  if (!b) return 1;
  return strcmp(a, b);
}

static inline int
cmp_quads(const void *pa, const void *pb)
{
  const FkgQuad *a = pa, *b = pb;
  int c;
  if ((c = cmp_opt(a->s, b->s))) return c;
  if ((c = cmp_opt(a->p, b->p))) return c;
  /* IRIs before literals, as in N-Triples sort order of the other serialisers. */
  if (a->lit != b->lit) return a->lit ? 1 : -1;
  if ((c = cmp_opt(a->o, b->o))) return c;
  if ((c = cmp_opt(a->dt, b->dt))) return c;
  return cmp_opt(a->lang, b->lang);
}

/* A bottom-up merge sort of pointers to the statements, with cmp_quads inlined: glibc's qsort
 * called cmp_quads through a pointer per comparison and sorted these 48-byte records through
 * an index of its own anyway (about 3% of a run). Any correct sort gives the same output: two
 * statements that compare equal are equal in every field, and all but one are dropped. */
static const FkgQuad **
sort_quads(const FkgQuad **a, const FkgQuad **b, size_t n)
{
  /* Runs of 8 by insertion, then merges of runs twice as long, from `a` to `b` and back. */
  for (size_t lo = 0; lo < n; lo += 8) {
    size_t hi = lo + 8 < n ? lo + 8 : n;
    for (size_t i = lo + 1; i < hi; i++) {
      const FkgQuad *x = a[i];
      size_t j = i;
      for (; j > lo && cmp_quads(a[j - 1], x) > 0; j--)
        a[j] = a[j - 1];
      a[j] = x;
    }
  }
  for (size_t w = 8; w < n; w *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * w) {
      size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi)
        b[k++] = cmp_quads(a[j], a[i]) < 0 ? a[j++] : a[i++];
      while (i < mid)
        b[k++] = a[i++];
      while (j < hi)
        b[k++] = a[j++];
    }
    const FkgQuad **t = a;
    a = b;
    b = t;
  }
  return a; /* the array the last pass wrote */
}

/* Sorts q->v; 0 when there is no memory for it. The builder writes a subject's statements one
 * after another through one pointer (an entity's, then each mention's six): sorting those runs
 * by their first statement and then each group of runs with one subject string costs far fewer
 * string comparisons than sorting every statement against every other, whose subjects share
 * their first 50-odd bytes (base, "mention/", the article's digest). */
static int
sort_fast(FkgQuads *q)
{
  size_t n = q->n;
  /* Run heads, and two pointer arrays for the statements, and a statement array, kept in
   * q->scratch between documents. */
  size_t need = n * (4 * sizeof(FkgQuad *) + sizeof(FkgQuad));
  if (need > q->scratch_cap) {
    void *ns = realloc(q->scratch, need);
    if (!ns) return 0;
    q->scratch = ns;
    q->scratch_cap = need;
  }
  FkgQuad *sorted = q->scratch;
  const FkgQuad **head = (const FkgQuad **)(sorted + n), **htmp = head + n, **a = htmp + n,
                **b = a + n;
  size_t nruns = 0;
  for (size_t i = 0; i < n; i++)
    if (i == 0 || q->v[i].s != q->v[i - 1].s) head[nruns++] = &q->v[i];
  const FkgQuad **runs = sort_quads(head, htmp, nruns);
  /* The runs' statements in the runs' order; then each group of runs with equal subjects
   * (other runs of one entity, or one string through two pointers) sorted whole. */
  const FkgQuad *end = q->v + n;
  size_t k = 0;
  for (size_t r = 0; r < nruns;) {
    size_t g0 = k;
    const char *subj = runs[r]->s;
    do {
      for (const FkgQuad *x = runs[r]; x < end && x->s == runs[r]->s; x++)
        a[k++] = x;
      r++;
    } while (r < nruns && cmp_opt(runs[r]->s, subj) == 0);
    const FkgQuad **res = k - g0 > 1 ? sort_quads(a + g0, b + g0, k - g0) : a + g0;
    for (size_t i = g0; i < k; i++)
      sorted[i] = *res[i - g0];
  }
  memcpy(q->v, sorted, n * sizeof *q->v);
  return 1;
}

void
fkg_quads_normalise(FkgQuads *q)
{
  if (q->n < 2) return;
  /* Without memory for the fast sort, the same order through qsort. */
  if (!sort_fast(q)) qsort(q->v, q->n, sizeof *q->v, cmp_quads);
  size_t o = 1;
  for (size_t i = 1; i < q->n; i++)
    if (cmp_quads(&q->v[i], &q->v[o - 1]) != 0) q->v[o++] = q->v[i];
  q->n = o;
}

void
fkg_quads_release(FkgQuads *q)
{
  free(q->v);
  free(q->scratch);
  for (size_t i = 0; i < q->digest_cap; i++)
    free(q->digest[i].key);
  free(q->digest);
  q->v = NULL;
  q->scratch = NULL;
  q->digest = NULL;
  q->n = q->cap = q->scratch_cap = q->digest_cap = q->digest_n = 0;
}

/* Mention IRIs are <base>mention/<16 hex of the article's digest>/...; the article's own IRI
 * is <base>article/<the same 16 hex>, the graph name. */
int
fkg_quad_is_local(const FkgQuads *q, const FkgQuad *x)
{
  if (!q->graph) return 0;
  if (strcmp(x->s, q->graph) == 0 || (!x->lit && strcmp(x->o, q->graph) == 0)) return 1;
  size_t bl = strlen(q->base);
  return strncmp(x->s, q->base, bl) == 0 && strncmp(x->s + bl, "mention/", 8) == 0;
}

static raptor_term *
term_iri(raptor_world *world, const char *iri)
{
  return raptor_new_term_from_uri_string(world, (const unsigned char *)iri);
}

static raptor_term *
term_object(raptor_world *world, const FkgQuad *x)
{
  if (!x->lit) return term_iri(world, x->o);
  raptor_uri *dt = x->dt ? raptor_new_uri(world, (const unsigned char *)x->dt) : NULL;
  if (x->dt && !dt) return NULL;
  raptor_term *t = raptor_new_term_from_counted_literal(
      world, (const unsigned char *)x->o, strlen(x->o), dt, (const unsigned char *)x->lang,
      (unsigned char)(x->lang ? strlen(x->lang) : 0));
  if (dt) raptor_free_uri(dt);
  return t;
}

FkgStatus
fkg_statements_add_quads(FkgStatements *s, const FkgQuads *q)
{
  for (size_t i = 0; i < q->n; i++) {
    if (s->n == s->cap) {
      size_t ncap = s->cap ? s->cap * 2 : 1024;
      raptor_statement **nv = realloc(s->v, sizeof *nv * ncap);
      if (!nv) return FKG_BAD_ALLOC;
      s->v = nv;
      s->cap = ncap;
    }
    raptor_term *a = term_iri(s->world, q->v[i].s);
    raptor_term *b = term_iri(s->world, q->v[i].p);
    raptor_term *c = term_object(s->world, &q->v[i]);
    if (!a || !b || !c) {
      if (a) raptor_free_term(a);
      if (b) raptor_free_term(b);
      if (c) raptor_free_term(c);
      return FKG_BAD_ALLOC;
    }
    /* raptor_new_statement_from_nodes takes the terms, and frees them when it fails. */
    raptor_statement *st = raptor_new_statement_from_nodes(s->world, a, b, c, NULL);
    if (!st) return FKG_BAD_ALLOC;
    s->v[s->n++] = st;
  }
  return FKG_SUCCESS;
}

void
fkg_statements_normalise(FkgStatements *s)
{
  s->n = fkg_rdf_sort_unique(s->v, s->n);
}

void
fkg_statements_clear(FkgStatements *s)
{
  for (size_t i = 0; i < s->n; i++)
    raptor_free_statement(s->v[i]);
  s->n = 0;
}
