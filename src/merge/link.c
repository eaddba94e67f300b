/* forumkg: merge stage, linking and smushing. Linking joins our regions to foreign entities by
 * ISO 3166-2 code (wdt:P300 or a chosen property); smushing rewrites every owl:sameAs cluster
 * onto one canonical IRI so that plain SPARQL joins work in stores without reasoning. Both are
 * functions of the statement set alone, so they commute with the order and grouping of inputs:
 * links only add owl:sameAs statements, and a smushed graph keeps each cluster as a star of
 * `canonical owl:sameAs member` statements from which the same cluster is found again. */
#include "merge_int.h"

#include <stdlib.h>
#include <string.h>

/* ---- linking ------------------------------------------------------------------------ */

typedef struct {
  const char *code; /* literal value, borrowed from a statement */
  const char *iri;  /* subject IRI, borrowed from a statement */
} CodedIri;

typedef struct {
  CodedIri *v;
  size_t n, cap;
} CodedList;

static int
push_coded(CodedList *l, const char *code, const char *iri)
{
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 128;
    CodedIri *nv = realloc(l->v, ncap * sizeof *nv);
    if (!nv) return -1;
    l->v = nv;
    l->cap = ncap;
  }
  l->v[l->n].code = code;
  l->v[l->n].iri = iri;
  l->n++;
  return 0;
}

/* ISO codes are ASCII; compare them without regard to case and without the C locale's help. */
static int
ascii_casecmp(const char *a, const char *b)
{
  for (;; a++, b++) {
    int ca = (unsigned char)*a, cb = (unsigned char)*b;
    if (ca >= 'A' && ca <= 'Z') ca += 'a' - 'A';
    if (cb >= 'A' && cb <= 'Z') cb += 'a' - 'A';
    if (ca != cb || !ca) return ca - cb;
  }
}

static int
compare_coded(const void *a, const void *b)
{
  const CodedIri *x = a, *y = b;
  int d = ascii_casecmp(x->code, y->code);
  return d ? d : strcmp(x->iri, y->iri);
}

static int
compare_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char *
literal_value(const raptor_term *t)
{
  if (!t || t->type != RAPTOR_TERM_TYPE_LITERAL) return NULL;
  return (const char *)t->value.literal.string;
}

FkgStatus
fkg_merge_link(FkgMerge *m)
{
  FkgStmtList *all = &m->all;
  FkgStatus st = FKG_SUCCESS;
  const char **regions = NULL;
  size_t nregions = 0;
  CodedList ours = {0}, foreign = {0};

  /* Our regions: the IRI subjects of `?r rdf:type fkg:Region`. */
  regions = malloc((all->n ? all->n : 1) * sizeof *regions);
  if (!regions) return FKG_BAD_ALLOC;
  for (size_t i = 0; i < all->n; i++) {
    const raptor_statement *s = all->v[i];
    const char *subj = fkg_merge_term_iri(s->subject);
    const char *pred = fkg_merge_term_iri(s->predicate);
    const char *obj = fkg_merge_term_iri(s->object);
    if (subj && pred && obj && strcmp(pred, FKG_MERGE_RDF_TYPE) == 0 &&
        strcmp(obj, FKG_MERGE_FKG_REGION) == 0)
      regions[nregions++] = subj;
  }
  qsort(regions, nregions, sizeof *regions, compare_str);

  /* Codes on both sides: our regions' fkg:isoCode, foreign IRIs' wdt:P300 / link property. */
  for (size_t i = 0; i < all->n && !st; i++) {
    const raptor_statement *s = all->v[i];
    const char *subj = fkg_merge_term_iri(s->subject);
    const char *pred = fkg_merge_term_iri(s->predicate);
    const char *code = literal_value(s->object);
    if (!subj || !pred || !code || !*code) continue;
    if (strcmp(pred, FKG_MERGE_FKG_ISOCODE) == 0) {
      if (bsearch(&subj, regions, nregions, sizeof *regions, compare_str) &&
          push_coded(&ours, code, subj))
        st = FKG_BAD_ALLOC;
    }
    if (strcmp(pred, FKG_MERGE_WDT_P300) == 0 ||
        (m->link_property && strcmp(pred, m->link_property) == 0)) {
      if (push_coded(&foreign, code, subj)) st = FKG_BAD_ALLOC;
    }
  }
  if (foreign.n > 1) qsort(foreign.v, foreign.n, sizeof *foreign.v, compare_coded);

  /* Join on the code. An entity that already is our region (the same IRI) needs no link, and
   * one sharing our Wikidata IRI is the same node already. */
  size_t before = all->n;
  for (size_t i = 0; i < ours.n && !st; i++) {
    size_t lo = 0, hi = foreign.n;
    while (lo < hi) { /* first foreign entry with code >= ours */
      size_t mid = lo + (hi - lo) / 2;
      if (ascii_casecmp(foreign.v[mid].code, ours.v[i].code) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (size_t k = lo; k < foreign.n && !ascii_casecmp(foreign.v[k].code, ours.v[i].code); k++) {
      if (strcmp(foreign.v[k].iri, ours.v[i].iri) == 0) continue;
      st = fkg_merge_list_push(all,
                               fkg_merge_new_iri_statement(m->world, ours.v[i].iri,
                                                           FKG_MERGE_OWL_SAMEAS, foreign.v[k].iri));
      if (st) break;
    }
  }
  free(regions);
  free(ours.v);
  free(foreign.v);
  if (st) {
    fkg_merge_list_truncate(all, before);
    return st;
  }
  fkg_merge_list_normalise(all);
  /* Only links that were new count: a region may already carry the same owl:sameAs. */
  m->stats.links = all->n - before;
  return FKG_SUCCESS;
}

/* ---- smushing ----------------------------------------------------------------------- */

typedef struct {
  raptor_term *term; /* a counted copy, so the IRI outlives rewritten statements */
  size_t parent;     /* union-find */
  size_t canon;      /* for roots: the index of the cluster's canonical IRI */
} Node;

static const char *
node_iri(const Node *n)
{
  return fkg_merge_term_iri(n->term);
}

static int
compare_nodes(const void *a, const void *b)
{
  return strcmp(node_iri(a), node_iri(b));
}

static int
compare_key_node(const void *key, const void *n)
{
  return strcmp(key, node_iri(n));
}

static size_t
find_root(Node *v, size_t i)
{
  size_t r = i;
  while (v[r].parent != r)
    r = v[r].parent;
  while (v[i].parent != r) { /* path compression */
    size_t next = v[i].parent;
    v[i].parent = r;
    i = next;
  }
  return r;
}

static Node *
find_node(Node *v, size_t n, const raptor_term *t)
{
  const char *iri = fkg_merge_term_iri(t);
  return iri ? bsearch(iri, v, n, sizeof *v, compare_key_node) : NULL;
}

static int
is_same_as(const raptor_statement *s)
{
  const char *p = fkg_merge_term_iri(s->predicate);
  return p && strcmp(p, FKG_MERGE_OWL_SAMEAS) == 0 && fkg_merge_term_iri(s->subject) &&
         fkg_merge_term_iri(s->object);
}

/* Replaces *slot by the canonical IRI of its cluster, when it has one other than itself. */
static void
rewrite_slot(Node *v, size_t n, raptor_term **slot)
{
  Node *node = find_node(v, n, *slot);
  if (!node) return;
  Node *canon = &v[v[find_root(v, (size_t)(node - v))].canon];
  if (canon == node) return;
  raptor_free_term(*slot);
  *slot = raptor_term_copy(canon->term);
}

FkgStatus
fkg_merge_smush(FkgMerge *m)
{
  FkgStmtList *all = &m->all;
  size_t cap = 0, n = 0;
  for (size_t i = 0; i < all->n; i++)
    cap += is_same_as(all->v[i]) ? 2 : 0;
  if (cap == 0) return FKG_SUCCESS;
  Node *v = malloc(cap * sizeof *v);
  if (!v) return FKG_BAD_ALLOC;

  /* The nodes: every IRI on either side of an owl:sameAs between IRIs. */
  for (size_t i = 0; i < all->n; i++) {
    if (!is_same_as(all->v[i])) continue;
    v[n++].term = raptor_term_copy(all->v[i]->subject);
    v[n++].term = raptor_term_copy(all->v[i]->object);
  }
  qsort(v, n, sizeof *v, compare_nodes);
  size_t u = 0;
  for (size_t i = 0; i < n; i++) {
    if (u && strcmp(node_iri(&v[u - 1]), node_iri(&v[i])) == 0)
      raptor_free_term(v[i].term);
    else
      v[u++] = v[i];
  }
  n = u;
  for (size_t i = 0; i < n; i++)
    v[i].parent = v[i].canon = i;

  /* Clusters: owl:sameAs read in both directions. */
  for (size_t i = 0; i < all->n; i++) {
    if (!is_same_as(all->v[i])) continue;
    size_t a = find_root(v, (size_t)(find_node(v, n, all->v[i]->subject) - v));
    size_t b = find_root(v, (size_t)(find_node(v, n, all->v[i]->object) - v));
    if (a != b) v[a < b ? b : a].parent = a < b ? a : b;
  }

  /* The canonical member: ours (under the base) first, then the smallest IRI. Nodes are
   * visited in IRI order, so the first of each kind met is its smallest. */
  size_t baselen = strlen(m->base);
  for (size_t i = 0; i < n; i++) {
    size_t r = find_root(v, i);
    if (r == i) continue;
    int ours_i = strncmp(node_iri(&v[i]), m->base, baselen) == 0;
    int ours_c = strncmp(node_iri(&v[v[r].canon]), m->base, baselen) == 0;
    if (ours_i && !ours_c) v[r].canon = i;
  }

  /* Rewrite subjects and objects. An owl:sameAs inside a cluster becomes
   * `canonical owl:sameAs member`, keeping its graph; `c owl:sameAs c` is dropped. */
  FkgStatus st = FKG_SUCCESS;
  size_t kept = 0;
  for (size_t i = 0; i < all->n; i++) {
    raptor_statement *s = all->v[i];
    if (is_same_as(s)) {
      Node *a = find_node(v, n, s->subject), *b = find_node(v, n, s->object);
      Node *c = &v[v[find_root(v, (size_t)(a - v))].canon];
      Node *member = b != c ? b : a != c ? a : NULL;
      if (!member) {
        raptor_free_statement(s);
        continue;
      }
      raptor_term *ns = raptor_term_copy(c->term), *no = raptor_term_copy(member->term);
      raptor_free_term(s->subject);
      raptor_free_term(s->object);
      s->subject = ns;
      s->object = no;
    } else {
      rewrite_slot(v, n, &s->subject);
      if (s->object->type == RAPTOR_TERM_TYPE_URI) rewrite_slot(v, n, &s->object);
    }
    all->v[kept++] = s;
  }
  all->n = kept;

  /* The star: every other member hangs from the canonical IRI. */
  for (size_t i = 0; i < n && !st; i++) {
    size_t c = v[find_root(v, i)].canon;
    if (c == i) continue;
    m->stats.rewritten++;
    st = fkg_merge_list_push(all,
                             fkg_merge_new_iri_statement(m->world, node_iri(&v[c]),
                                                         FKG_MERGE_OWL_SAMEAS, node_iri(&v[i])));
  }
  for (size_t i = 0; i < n; i++)
    raptor_free_term(v[i].term);
  free(v);
  fkg_merge_list_normalise(all);
  return st;
}
