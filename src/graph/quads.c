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

/* cmp_quads for statements whose rs and rp fkg_quads_normalise has set: the subjects' and
 * predicates' order is then that of two integers. */
static inline int
cmp_ranked(const FkgQuad *a, const FkgQuad *b)
{
  int c;
  if (a->rs != b->rs) return a->rs < b->rs ? -1 : 1;
  if (a->rp != b->rp) return a->rp < b->rp ? -1 : 1;
  if (a->lit != b->lit) return a->lit ? 1 : -1;
  if ((c = cmp_opt(a->o, b->o))) return c;
  if ((c = cmp_opt(a->dt, b->dt))) return c;
  return cmp_opt(a->lang, b->lang);
}

/* Defines `static T *name(T *a, T *b, size_t n)`: a stable bottom-up merge sort of n items
 * with the comparison inlined (GT(x, y): x sorts after y): runs of RUN by insertion, then
 * merges of runs twice as long, from `a` to `b` and back. Returns the array the last pass
 * wrote. One definition serves both sorts here, each with its comparison inlined rather than
 * called through a pointer as qsort would. */
#define FKG_DEFINE_MERGE_SORT(name, T, RUN, GT)                                                    \
  static T *name(T *a, T *b, size_t n)                                                             \
  {                                                                                                \
    for (size_t lo = 0; lo < n; lo += (RUN)) {                                                     \
      size_t hi = lo + (RUN) < n ? lo + (RUN) : n;                                                 \
      for (size_t i = lo + 1; i < hi; i++) {                                                       \
        T x = a[i];                                                                                \
        size_t j = i;                                                                              \
        for (; j > lo && GT(a[j - 1], x); j--)                                                     \
          a[j] = a[j - 1];                                                                         \
        a[j] = x;                                                                                  \
      }                                                                                            \
    }                                                                                              \
    for (size_t w = (RUN); w < n; w *= 2) {                                                        \
      for (size_t lo = 0; lo < n; lo += 2 * w) {                                                   \
        size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;                \
        size_t i = lo, j = mid, k = lo;                                                            \
        while (i < mid && j < hi)                                                                  \
          b[k++] = GT(a[i], a[j]) ? a[j++] : a[i++];                                               \
        while (i < mid)                                                                            \
          b[k++] = a[i++];                                                                         \
        while (j < hi)                                                                             \
          b[k++] = a[j++];                                                                         \
      }                                                                                            \
      T *t = a;                                                                                    \
      a = b;                                                                                       \
      b = t;                                                                                       \
    }                                                                                              \
    return a;                                                                                      \
  }

/* Pointers to ranked statements, in runs of 8: the builder writes a subject's statements
 * nearly in order, so the insertion pass does most groups alone. */
#define RANKED_GT(x, y) (cmp_ranked((x), (y)) > 0)
FKG_DEFINE_MERGE_SORT(sort_ranked, const FkgQuad *, 8, RANKED_GT)

/* A distinct string pointer of one field and the index it got in order of first meeting. */
typedef struct {
  const char *str;
  uint32_t idx;
} Distinct;

/* `n` distinct strings by strcmp (`tmp` as long); returns the sorted array. */
#define DISTINCT_GT(x, y) (strcmp((x).str, (y).str) > 0)
FKG_DEFINE_MERGE_SORT(sort_distinct, Distinct, 4, DISTINCT_GT)

/* What ranking one field needs: the pointer table (q->rank_table) and arrays carved from
 * q->scratch. */
typedef struct {
  Distinct *slot; /* open addressing by pointer, `mask` + 1 slots, at most half full */
  size_t mask;
  Distinct *list, *tmp; /* the distinct pointers, and room to sort them */
  uint32_t *rank;       /* rank of each distinct index */
} Ranker;

static size_t
pointer_hash(const char *str, size_t mask)
{
  return (size_t)(((uintptr_t)str * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}

/* Where `str` is in the table, or the empty slot that ends its probe. */
static size_t
pointer_slot(const Distinct *slot, size_t mask, const char *str)
{
  size_t h = pointer_hash(str, mask);
  while (slot[h].str && slot[h].str != str)
    h = (h + 1) & mask;
  return h;
}

/* Doubles the pointer table, with the m distinct pointers met so far (r->list) in it again;
 * 0 when out of memory (the table is then left empty). The table is sized by the distinct
 * subjects met, not by the statements: a long document has six statements or so a subject. */
static int
grow_table(FkgQuads *q, Ranker *r, size_t m)
{
  size_t slots = (r->mask + 1) * 2;
  Distinct *t = calloc(slots, sizeof *t);
  if (!t) {
    memset(r->slot, 0, (r->mask + 1) * sizeof *r->slot);
    return 0;
  }
  for (size_t k = 0; k < m; k++)
    t[pointer_slot(t, slots - 1, r->list[k].str)] = r->list[k];
  free(q->rank_table);
  q->rank_table = r->slot = t;
  q->rank_slots = slots;
  r->mask = slots - 1;
  return 1;
}

/* Gives each statement's subject (`pred` 0) or predicate (`pred` 1) its place among the
 * document's distinct strings of that field, equal strings through other pointers alike, in
 * rs; returns how many places there are. A document names a few dozen subjects and predicates
 * through the same pointers again and again: the strings are compared a few hundred times,
 * not at every step of the statements' sort, where their shared prefixes (base, "mention/",
 * the article's digest) made every comparison long. */
static size_t
rank_field(FkgQuads *q, Ranker *r, int pred)
{
  size_t m = 0;
  const char *last = NULL;
  uint32_t last_idx = 0;
  for (size_t i = 0; i < q->n; i++) {
    FkgQuad *x = &q->v[i];
    const char *str = pred ? x->p : x->s;
    if (str != last) {
      size_t h = pointer_slot(r->slot, r->mask, str);
      if (!r->slot[h].str) {
        if ((m + 1) * 2 > r->mask + 1) {
          if (!grow_table(q, r, m)) return SIZE_MAX;
          h = pointer_slot(r->slot, r->mask, str);
        }
        r->slot[h] = (Distinct){str, (uint32_t)m};
        r->list[m++] = r->slot[h];
      }
      last = str;
      last_idx = r->slot[h].idx;
    }
    x->rs = last_idx;
  }
  /* Empties the slots again for the next field or document: clearing only those used costs
   * less than clearing the table. */
  for (size_t k = 0; k < m; k++) {
    /* Past the holes the slots cleared before this one leave in its probe. */
    size_t h = pointer_hash(r->list[k].str, r->mask);
    while (r->slot[h].str != r->list[k].str)
      h = (h + 1) & r->mask;
    r->slot[h].str = NULL;
  }
  Distinct *sorted = sort_distinct(r->list, r->tmp, m);
  uint32_t place = 0;
  for (size_t k = 0; k < m; k++) {
    if (k && strcmp(sorted[k - 1].str, sorted[k].str) != 0) place++;
    r->rank[sorted[k].idx] = place;
  }
  for (size_t i = 0; i < q->n; i++)
    q->v[i].rs = r->rank[q->v[i].rs];
  return m ? place + 1 : 0;
}

/* Moves the statements of q->v so that position o holds the one at perm[o], for o < n, where
 * perm is a permutation of 0 .. n-1; perm is used up. Each statement moves once, following
 * the permutation's cycles, with no second array of statements. */
static void
permute(FkgQuad *v, uint32_t *perm, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (perm[i] == UINT32_MAX || perm[i] == i) continue;
    FkgQuad held = v[i];
    size_t j = i;
    for (;;) {
      size_t k = perm[j];
      perm[j] = UINT32_MAX;
      if (k == i) {
        v[j] = held;
        break;
      }
      v[j] = v[k];
      j = k;
    }
  }
}

/* Sorts q->v and drops duplicates; 0 when there is no memory for it (q->v is then unchanged
 * but for rs and rp). Subjects and predicates are ranked first (rank_field), the statements
 * then bucketed by subject (a counting sort) and each subject's few statements sorted by
 * cmp_ranked; the order found is applied in place (permute), so that a long document's
 * statements are not held twice. */
static int
sort_fast(FkgQuads *q)
{
  size_t n = q->n;
  if (n >= UINT32_MAX / 4) return 0;
  /* The pointer table stays empty between calls (rank_field empties what it used) and only
   * grows, by the distinct pointers met. */
  if (!q->rank_table) {
    q->rank_table = calloc(64, sizeof(Distinct));
    if (!q->rank_table) return 0;
    q->rank_slots = 64;
  }
  size_t need =
      2 * n * sizeof(Distinct) + 2 * n * sizeof(FkgQuad *) + (n + 1) * sizeof(uint32_t) * 2;
  if (need > q->scratch_cap) {
    void *ns = realloc(q->scratch, need);
    if (!ns) return 0;
    q->scratch = ns;
    q->scratch_cap = need;
  }
  /* Largest alignment first. */
  Ranker r = {.slot = q->rank_table, .mask = q->rank_slots - 1};
  r.list = q->scratch;
  r.tmp = r.list + n;
  const FkgQuad **a = (const FkgQuad **)(r.tmp + n), **b = a + n;
  r.rank = (uint32_t *)(b + n);
  uint32_t *start = r.rank + n + 1;
  /* Predicates first, moved to rp, unless the builder ranked them; a document with more
   * distinct predicates than rp holds goes the slow way. */
  if (!q->preds_ranked) {
    if (rank_field(q, &r, 1) > (size_t)UINT16_MAX + 1) return 0; /* SIZE_MAX too */
    for (size_t i = 0; i < n; i++)
      q->v[i].rp = (uint16_t)q->v[i].rs;
  }
  size_t ns = rank_field(q, &r, 0);
  if (ns == SIZE_MAX) return 0;
  /* Bucket by subject, keeping the builder's order within a subject. */
  memset(start, 0, (ns + 1) * sizeof *start);
  for (size_t i = 0; i < n; i++)
    start[q->v[i].rs + 1]++;
  for (size_t k = 0; k < ns; k++)
    start[k + 1] += start[k];
  for (size_t i = 0; i < n; i++)
    a[start[q->v[i].rs]++] = &q->v[i];
  /* start[k] is now where bucket k ends. Sort each bucket, and note in `perm` (the ranks'
   * room, free once the ranks are given) where each statement that differs from the one
   * before comes from. */
  uint32_t *perm = r.rank;
  size_t lo = 0, o = 0;
  for (size_t k = 0; k < ns; k++) {
    size_t hi = start[k];
    const FkgQuad **res = hi - lo > 1 ? sort_ranked(a + lo, b + lo, hi - lo) : a + lo;
    for (size_t i = 0; i < hi - lo; i++)
      if (!o || cmp_ranked(res[i], &q->v[perm[o - 1]]) != 0) perm[o++] = (uint32_t)(res[i] - q->v);
    lo = hi;
  }
  /* The duplicates left out go after the kept ones, so that perm is a permutation (the
   * pointer arrays, done with, hold a flag per statement). */
  if (o < n) {
    unsigned char *kept = (unsigned char *)a;
    memset(kept, 0, n);
    for (size_t i = 0; i < o; i++)
      kept[perm[i]] = 1;
    for (size_t i = 0, d = o; i < n; i++)
      if (!kept[i]) perm[d++] = (uint32_t)i;
  }
  permute(q->v, perm, n);
  q->n = o;
  return 1;
}

void
fkg_quads_normalise(FkgQuads *q)
{
  if (q->n < 2) return;
  if (sort_fast(q)) return;
  /* Without memory for the fast sort, the same order through qsort. */
  qsort(q->v, q->n, sizeof *q->v, cmp_quads);
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
  free(q->rank_table);
  q->rank_table = NULL;
  q->v = NULL;
  q->scratch = NULL;
  q->n = q->cap = q->scratch_cap = q->rank_slots = 0;
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
