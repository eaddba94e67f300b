/* forumkg: report stage, the entity model. From the triple index it finds the instances of
 * the contract's classes, picks each one's label in the report's language, and answers the
 * page's questions (objects, subjects, literals, mentions) with results sorted by label, so
 * the page is the same whatever order the graphs were read in. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FKG_NS "https://w3id.org/forumkg/ontology#"
#define SCHEMA_NS "https://schema.org/"
#define ORG_NS "http://www.w3.org/ns/org#"
#define NIF_NS "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

static const char *const kPropIris[FKG_P_NPROPS] = {
    [FKG_P_TYPE] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    [FKG_P_LABEL] = "http://www.w3.org/2000/01/rdf-schema#label",
    [FKG_P_NAME] = SCHEMA_NS "name",
    [FKG_P_PREFLABEL] = "http://www.w3.org/2004/02/skos/core#prefLabel",
    [FKG_P_SERIES] = FKG_NS "series",
    [FKG_P_EDITION_NUMBER] = FKG_NS "editionNumber",
    [FKG_P_START] = SCHEMA_NS "startDate",
    [FKG_P_END] = SCHEMA_NS "endDate",
    [FKG_P_LOCATION] = SCHEMA_NS "location",
    [FKG_P_ORGANIZER] = SCHEMA_NS "organizer",
    [FKG_P_SUPER_EVENT] = SCHEMA_NS "superEvent",
    [FKG_P_SESSION_TYPE] = FKG_NS "sessionType",
    [FKG_P_SPEAKER] = FKG_NS "speaker",
    [FKG_P_MODERATOR] = FKG_NS "moderator",
    [FKG_P_PARTICIPANT] = FKG_NS "participant",
    [FKG_P_HOLDS] = ORG_NS "holds",
    [FKG_P_POST_IN] = ORG_NS "postIn",
    [FKG_P_REPRESENTS] = FKG_NS "represents",
    [FKG_P_REGION] = FKG_NS "region",
    [FKG_P_ISO] = FKG_NS "isoCode",
    [FKG_P_PRESENTED_BY] = FKG_NS "presentedBy",
    [FKG_P_PRESENTED_AT] = FKG_NS "presentedAt",
    [FKG_P_MENTIONED_IN] = FKG_NS "mentionedIn",
    [FKG_P_SOURCE] = "http://purl.org/dc/terms/source",
    [FKG_P_REFERS_TO] = FKG_NS "refersTo",
    [FKG_P_IN_ARTICLE] = FKG_NS "inArticle",
    [FKG_P_BEGIN] = NIF_NS "beginIndex",
    [FKG_P_END_INDEX] = NIF_NS "endIndex",
    [FKG_P_ANCHOR] = NIF_NS "anchorOf",
};

static const char *const kClassIris[FKG_C_NCLASSES] = {
    [FKG_C_SERIES] = FKG_NS "ForumSeries", [FKG_C_EDITION] = FKG_NS "ForumEdition",
    [FKG_C_EVENT] = FKG_NS "Event",        [FKG_C_SESSION] = FKG_NS "Session",
    [FKG_C_OFFICIAL] = FKG_NS "Official",  [FKG_C_POST] = ORG_NS "Post",
    [FKG_C_ORG] = ORG_NS "Organization",   [FKG_C_REGION] = FKG_NS "Region",
    [FKG_C_CITY] = SCHEMA_NS "City",       [FKG_C_PRACTICE] = FKG_NS "Practice",
    [FKG_C_ARTICLE] = FKG_NS "Article",    [FKG_C_MENTION] = FKG_NS "Mention",
};

/* ---- labels --------------------------------------------------------------------------- */

/* How well a language tag suits the report's language; lower is better. For en and fr, a
 * Russian name's Latin form (ru-Latn) comes right after the language itself. */
static int
lang_rank(const char *tag, FkgLang lang)
{
  const char *code = fkg_report_lang_code(lang);
  if (tag && strcasecmp(tag, code) == 0) return 0;
  if (lang != FKG_LANG_RU && tag && strcasecmp(tag, "ru-latn") == 0) return 1;
  if (!tag || !*tag) return 2;
  if (strcasecmp(tag, "en") == 0) return 3;
  if (strcasecmp(tag, "fr") == 0) return 4;
  if (strcasecmp(tag, "ru") == 0) return 5;
  return 6;
}

const char *
fkg_rmodel_iri(const FkgRModel *m, FkgTermId t)
{
  const FkgRTerm *term = fkg_rstore_term(m->store, t);
  return term ? term->value : "";
}

/* The best literal of (t, p) for the language, or NULL; *rank receives its rank. */
static const char *
best_literal(const FkgRModel *m, FkgTermId t, FkgProp p, int *rank)
{
  size_t n;
  const FkgRTriple *v = fkg_rstore_match_sp(m->store, t, m->prop[p], &n);
  const char *best = NULL;
  int best_rank = 99;
  for (size_t i = 0; i < n; i++) {
    const FkgRTerm *o = fkg_rstore_term(m->store, v[i].o);
    if (!o || o->kind != FKG_RTERM_LITERAL || !*o->value) continue;
    int r = lang_rank(o->lang, m->lang);
    if (r < best_rank || (r == best_rank && best && strcmp(o->value, best) < 0)) {
      best = o->value;
      best_rank = r;
    }
  }
  *rank = best_rank;
  return best;
}

/* The last segment of an IRI, or the whole IRI when it ends in '/' or '#'. */
static const char *
iri_tail(const char *iri)
{
  size_t n = strlen(iri);
  for (size_t i = n; i > 0; i--)
    if (iri[i - 1] == '/' || iri[i - 1] == '#') return i < n ? iri + i : iri;
  return iri;
}

static const char *
compute_label(FkgRModel *m, FkgTermId t)
{
  static const FkgProp kLabelProps[] = {FKG_P_LABEL, FKG_P_NAME, FKG_P_PREFLABEL};
  const char *best = NULL;
  int best_rank = 99;
  for (size_t k = 0; k < sizeof kLabelProps / sizeof *kLabelProps; k++) {
    int r;
    const char *s = best_literal(m, t, kLabelProps[k], &r);
    if (s && r < best_rank) {
      best = s;
      best_rank = r;
    }
  }
  if (best) return best;
  const FkgRTerm *term = fkg_rstore_term(m->store, t);
  if (!term) return "";
  if (term->kind == FKG_RTERM_LITERAL) return term->value;
  if (term->kind == FKG_RTERM_IRI) {
    /* Session types: the ontology's labels when the graph does not carry them. */
    const char *tail = iri_tail(term->value);
    if (strncmp(term->value, FKG_NS, strlen(FKG_NS)) == 0) {
      const char *st = fkg_report_session_type_label(m->lang, tail);
      if (st) return st;
    }
    return tail;
  }
  const char *b = fkg_arena_printf(&m->arena, "_:%s", term->value);
  if (!b) m->failed = 1;
  return b ? b : "";
}

const char *
fkg_rmodel_label(FkgRModel *m, FkgTermId t)
{
  if (!t || t >= fkg_rstore_nterms(m->store)) return "";
  if (!m->label_of_term[t]) m->label_of_term[t] = compute_label(m, t);
  return m->label_of_term[t];
}

const char *
fkg_rmodel_literal(const FkgRModel *m, FkgTermId s, FkgProp p)
{
  int r;
  return best_literal(m, s, p, &r);
}

/* ---- sorted term lists ---------------------------------------------------------------- */

typedef struct {
  const char *label, *iri;
  FkgTermId id;
} SortItem;

static int
cmp_items(const void *a, const void *b)
{
  const SortItem *x = a, *y = b;
  int c = strcmp(x->label, y->label);
  if (c) return c;
  c = strcmp(x->iri, y->iri);
  if (c) return c;
  return x->id < y->id ? -1 : x->id > y->id;
}

/* Sorts ids by label, dropping literals and repeats; returns the new count. */
static size_t
sort_terms(FkgRModel *m, FkgTermId *ids, size_t n)
{
  SortItem *items = malloc((n ? n : 1) * sizeof *items);
  if (!items) {
    m->failed = 1;
    return 0;
  }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    const FkgRTerm *t = fkg_rstore_term(m->store, ids[i]);
    if (!t || t->kind == FKG_RTERM_LITERAL) continue;
    items[k].label = fkg_rmodel_label(m, ids[i]);
    items[k].iri = t->value;
    items[k].id = ids[i];
    k++;
  }
  qsort(items, k, sizeof *items, cmp_items);
  size_t o = 0;
  for (size_t i = 0; i < k; i++)
    if (o == 0 || ids[o - 1] != items[i].id) ids[o++] = items[i].id;
  free(items);
  return o;
}

static FkgTermId *
collect(FkgRModel *m, const FkgRTriple *v, size_t n, int subjects, size_t *count)
{
  *count = 0;
  if (!n) return NULL;
  FkgTermId *ids = malloc(n * sizeof *ids);
  if (!ids) {
    m->failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < n; i++)
    ids[i] = subjects ? v[i].s : v[i].o;
  *count = sort_terms(m, ids, n);
  if (!*count) {
    free(ids);
    return NULL;
  }
  return ids;
}

FkgTermId *
fkg_rmodel_objects(FkgRModel *m, FkgTermId s, FkgProp p, size_t *n)
{
  size_t k;
  const FkgRTriple *v = fkg_rstore_match_sp(m->store, s, m->prop[p], &k);
  return collect(m, v, k, 0, n);
}

FkgTermId *
fkg_rmodel_subjects(FkgRModel *m, FkgProp p, FkgTermId o, size_t *n)
{
  size_t k;
  const FkgRTriple *v = fkg_rstore_match_po(m->store, m->prop[p], o, &k);
  return collect(m, v, k, 1, n);
}

FkgTermId *
fkg_rmodel_instances(FkgRModel *m, FkgClass c, size_t *n)
{
  return fkg_rmodel_subjects(m, FKG_P_TYPE, m->cls[c], n);
}

/* ---- entities ------------------------------------------------------------------------- */

static int
primary_class(unsigned classes)
{
  for (int c = 0; c < FKG_C_NCLASSES; c++)
    if (classes & (1u << c)) return c;
  return FKG_C_NCLASSES;
}

typedef struct {
  int primary;
  const char *label, *iri;
  FkgREntity e;
} EntItem;

static int
cmp_ents(const void *a, const void *b)
{
  const EntItem *x = a, *y = b;
  if (x->primary != y->primary) return x->primary < y->primary ? -1 : 1;
  int c = strcmp(x->label, y->label);
  if (c) return c;
  return strcmp(x->iri, y->iri);
}

FkgREntity *
fkg_rmodel_entity(const FkgRModel *m, FkgTermId t)
{
  if (!t || t >= fkg_rstore_nterms(m->store) || !m->ent_of_term[t]) return NULL;
  return &m->ents[m->ent_of_term[t] - 1];
}

size_t
fkg_rmodel_index(const FkgRModel *m, const FkgREntity *e)
{
  return (size_t)(e - m->ents);
}

/* Adds `t` with `classes` to the entity table being built (ent_of_term doubles as its
 * index while building). */
static int
add_entity(FkgRModel *m, EntItem **items, size_t *n, size_t *cap, FkgTermId t, unsigned classes)
{
  const FkgRTerm *term = fkg_rstore_term(m->store, t);
  if (!term || term->kind == FKG_RTERM_LITERAL) return 0;
  if (m->ent_of_term[t]) {
    (*items)[m->ent_of_term[t] - 1].e.classes |= classes;
    return 0;
  }
  if (*n == *cap) {
    size_t ncap = *cap ? *cap * 2 : 256;
    EntItem *nv = realloc(*items, ncap * sizeof *nv);
    if (!nv) return -1;
    *items = nv;
    *cap = ncap;
  }
  EntItem *it = &(*items)[(*n)++];
  memset(it, 0, sizeof *it);
  it->e.term = t;
  it->e.classes = classes;
  m->ent_of_term[t] = (uint32_t)*n;
  return 0;
}

FkgStatus
fkg_rmodel_init(FkgRModel *m, const FkgRStore *store, FkgLang lang)
{
  memset(m, 0, sizeof *m);
  m->store = store;
  m->lang = lang;
  fkg_arena_init(&m->arena, 1 << 14);
  for (int p = 0; p < FKG_P_NPROPS; p++)
    m->prop[p] = fkg_rstore_iri(store, kPropIris[p]);
  for (int c = 0; c < FKG_C_NCLASSES; c++)
    m->cls[c] = fkg_rstore_iri(store, kClassIris[c]);
  size_t nterms = fkg_rstore_nterms(store);
  m->label_of_term = calloc(nterms, sizeof *m->label_of_term);
  m->ent_of_term = calloc(nterms, sizeof *m->ent_of_term);
  if (!m->label_of_term || !m->ent_of_term) return FKG_BAD_ALLOC;

  EntItem *items = NULL;
  size_t n = 0, cap = 0;
  int oom = 0;
  for (int c = 0; c < FKG_C_NCLASSES && !oom; c++) {
    size_t k;
    const FkgRTriple *v = fkg_rstore_match_po(store, m->prop[FKG_P_TYPE], m->cls[c], &k);
    m->count[c] = k;
    for (size_t i = 0; i < k && !oom; i++)
      oom = add_entity(m, &items, &n, &cap, v[i].s, 1u << c) != 0;
  }
  /* Whatever is mentioned is an entity too, typed or not, so its mentions are listed. */
  size_t k;
  const FkgRTriple *v = fkg_rstore_match_po(store, m->prop[FKG_P_TYPE], m->cls[FKG_C_MENTION], &k);
  for (size_t i = 0; i < k && !oom; i++) {
    size_t nr;
    const FkgRTriple *r = fkg_rstore_match_sp(store, v[i].s, m->prop[FKG_P_REFERS_TO], &nr);
    for (size_t j = 0; j < nr && !oom; j++) {
      oom = add_entity(m, &items, &n, &cap, r[j].o, 0) != 0;
      if (!oom) items[m->ent_of_term[r[j].o] - 1].e.has_mentions = 1;
    }
  }
  if (m->prop[FKG_P_MENTIONED_IN]) {
    const FkgRTriple *w = fkg_rstore_match_p(store, m->prop[FKG_P_MENTIONED_IN], &k);
    for (size_t i = 0; i < k && !oom; i++) {
      oom = add_entity(m, &items, &n, &cap, w[i].s, 0) != 0;
      if (!oom) items[m->ent_of_term[w[i].s] - 1].e.has_mentions = 1;
    }
  }
  if (oom) {
    free(items);
    return FKG_BAD_ALLOC;
  }
  for (size_t i = 0; i < n; i++) {
    items[i].primary = primary_class(items[i].e.classes);
    items[i].label = fkg_rmodel_label(m, items[i].e.term);
    items[i].iri = fkg_rmodel_iri(m, items[i].e.term);
    items[i].e.label = items[i].label;
  }
  if (n) qsort(items, n, sizeof *items, cmp_ents);
  m->ents = malloc((n ? n : 1) * sizeof *m->ents);
  if (!m->ents) {
    free(items);
    return FKG_BAD_ALLOC;
  }
  for (size_t i = 0; i < n; i++) {
    m->ents[i] = items[i].e;
    m->ent_of_term[items[i].e.term] = (uint32_t)(i + 1);
  }
  m->nents = n;
  free(items);
  return m->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}

void
fkg_rmodel_clear(FkgRModel *m)
{
  fkg_arena_clear(&m->arena);
  free(m->label_of_term);
  free(m->ent_of_term);
  free(m->ents);
  memset(m, 0, sizeof *m);
}

/* ---- mentions ------------------------------------------------------------------------- */

static long
literal_long(const FkgRModel *m, FkgTermId s, FkgProp p)
{
  const char *v = fkg_rmodel_literal(m, s, p);
  if (!v) return -1;
  char *end;
  long x = strtol(v, &end, 10);
  return *end || end == v || x < 0 ? -1 : x;
}

static int
cmp_mentions(const void *a, const void *b)
{
  const FkgRMention *x = a, *y = b;
  int c = strcmp(x->source, y->source);
  if (c) return c;
  if (x->begin != y->begin) return x->begin < y->begin ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return x->mention < y->mention ? -1 : x->mention > y->mention;
}

FkgRMention *
fkg_rmodel_mentions(FkgRModel *m, FkgTermId t, size_t *n)
{
  size_t k;
  const FkgRTriple *v = fkg_rstore_match_po(m->store, m->prop[FKG_P_REFERS_TO], t, &k);
  *n = 0;
  if (!k) return NULL;
  FkgRMention *ms = calloc(k, sizeof *ms);
  if (!ms) {
    m->failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < k; i++) {
    FkgRMention *x = &ms[i];
    x->mention = v[i].s;
    size_t na;
    const FkgRTriple *a = fkg_rstore_match_sp(m->store, x->mention, m->prop[FKG_P_IN_ARTICLE], &na);
    x->article = na ? a[0].o : 0;
    x->source = x->article ? fkg_rmodel_literal(m, x->article, FKG_P_SOURCE) : NULL;
    if (!x->source) x->source = x->article ? fkg_rmodel_iri(m, x->article) : "";
    x->anchor = fkg_rmodel_literal(m, x->mention, FKG_P_ANCHOR);
    x->begin = literal_long(m, x->mention, FKG_P_BEGIN);
    x->end = literal_long(m, x->mention, FKG_P_END_INDEX);
  }
  qsort(ms, k, sizeof *ms, cmp_mentions);
  *n = k;
  return ms;
}

FkgTermId *
fkg_rmodel_bare_articles(FkgRModel *m, FkgTermId t, const FkgRMention *ms, size_t nm, size_t *n)
{
  size_t k;
  const FkgRTriple *v = fkg_rstore_match_sp(m->store, t, m->prop[FKG_P_MENTIONED_IN], &k);
  *n = 0;
  if (!k) return NULL;
  FkgTermId *ids = malloc(k * sizeof *ids);
  if (!ids) {
    m->failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < k; i++) {
    int seen = 0;
    for (size_t j = 0; j < nm && !seen; j++)
      seen = ms[j].article == v[i].o;
    if (!seen) ids[(*n)++] = v[i].o;
  }
  if (!*n) {
    free(ids);
    return NULL;
  }
  return ids;
}
