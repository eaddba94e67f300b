/* forumkg: report stage, the reader. Each graph file is parsed with raptor2 into one
 * in-memory index: terms are interned once (strings in an arena), triples are three term ids,
 * kept twice, sorted as (s, p, o) and as (p, o, s), so the page's lookups are binary
 * searches. A file that fails to parse adds nothing. */
#include "report_int.h"

#include <raptor2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct FkgRStore {
  FkgDiag *diag;
  raptor_world *world;
  FkgArena arena;
  FkgRTerm *terms; /* terms[0] is unused: id 0 means no term */
  size_t nterms, tcap;
  FkgTermId *hash; /* open addressing; 0 is an empty slot */
  size_t hcap;
  FkgRTriple *spo, *pos;
  size_t n, cap, npos;
  /* The file being parsed. */
  const char *current;
  size_t file_index;
  unsigned errors;
  int oom;
};

/* ---- terms ---------------------------------------------------------------------------- */

static uint64_t
hash_str(uint64_t h, const char *s)
{
  if (!s) return h * 1099511628211u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 1099511628211u;
  return (h ^ 0xFF) * 1099511628211u;
}

static uint64_t
hash_term(FkgRTermKind kind, const char *v, const char *lang, const char *dt)
{
  uint64_t h = 1469598103934665603u ^ (uint64_t)kind;
  return hash_str(hash_str(hash_str(h, v), lang), dt);
}

static int
str_eq(const char *a, const char *b)
{
  if (!a || !b) return a == b;
  return strcmp(a, b) == 0;
}

static int
term_eq(const FkgRTerm *t, FkgRTermKind kind, const char *v, const char *lang, const char *dt)
{
  return t->kind == kind && str_eq(t->value, v) && str_eq(t->lang, lang) && str_eq(t->datatype, dt);
}

static FkgTermId
find_term(const FkgRStore *s, FkgRTermKind kind, const char *v, const char *lang, const char *dt,
          size_t *slot)
{
  if (!s->hcap) return 0;
  size_t i = (size_t)hash_term(kind, v, lang, dt) & (s->hcap - 1);
  while (s->hash[i]) {
    if (term_eq(&s->terms[s->hash[i]], kind, v, lang, dt)) return s->hash[i];
    i = (i + 1) & (s->hcap - 1);
  }
  if (slot) *slot = i;
  return 0;
}

static int
grow_hash(FkgRStore *s)
{
  size_t ncap = s->hcap ? s->hcap * 2 : 4096;
  FkgTermId *nh = calloc(ncap, sizeof *nh);
  if (!nh) return -1;
  for (size_t id = 1; id < s->nterms; id++) {
    const FkgRTerm *t = &s->terms[id];
    size_t i = (size_t)hash_term(t->kind, t->value, t->lang, t->datatype) & (ncap - 1);
    while (nh[i])
      i = (i + 1) & (ncap - 1);
    nh[i] = (FkgTermId)id;
  }
  free(s->hash);
  s->hash = nh;
  s->hcap = ncap;
  return 0;
}

/* The id of a term, interned on first sight; 0 when out of memory. */
static FkgTermId
intern(FkgRStore *s, FkgRTermKind kind, const char *v, const char *lang, const char *dt)
{
  size_t slot = 0;
  FkgTermId id = find_term(s, kind, v, lang, dt, &slot);
  if (id) return id;
  if ((s->nterms + 1) * 2 > s->hcap) {
    if (grow_hash(s)) return 0;
    find_term(s, kind, v, lang, dt, &slot);
  }
  if (s->nterms == s->tcap) {
    size_t ncap = s->tcap * 2;
    FkgRTerm *nt = realloc(s->terms, ncap * sizeof *nt);
    if (!nt) return 0;
    s->terms = nt;
    s->tcap = ncap;
  }
  if (s->nterms >= UINT32_MAX) return 0;
  FkgRTerm t = {kind, fkg_arena_strdup(&s->arena, v), NULL, NULL};
  if (lang && *lang) t.lang = fkg_arena_strdup(&s->arena, lang);
  if (dt) t.datatype = fkg_arena_strdup(&s->arena, dt);
  if (!t.value || (lang && *lang && !t.lang) || (dt && !t.datatype)) return 0;
  id = (FkgTermId)s->nterms++;
  s->terms[id] = t;
  s->hash[slot] = id;
  return id;
}

static FkgTermId
intern_raptor(FkgRStore *s, const raptor_term *t)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI:
    return intern(s, FKG_RTERM_IRI, (const char *)raptor_uri_as_string(t->value.uri), NULL, NULL);
  case RAPTOR_TERM_TYPE_BLANK: {
    /* Blank nodes of different files never meet. */
    char *label =
        fkg_arena_printf(&s->arena, "f%zu_%s", s->file_index, (const char *)t->value.blank.string);
    return label ? intern(s, FKG_RTERM_BLANK, label, NULL, NULL) : 0;
  }
  case RAPTOR_TERM_TYPE_LITERAL:
    return intern(s, FKG_RTERM_LITERAL, (const char *)t->value.literal.string,
                  (const char *)t->value.literal.language,
                  t->value.literal.datatype
                      ? (const char *)raptor_uri_as_string(t->value.literal.datatype)
                      : NULL);
  case RAPTOR_TERM_TYPE_UNKNOWN:
    break;
  }
  return 0;
}

/* ---- parsing -------------------------------------------------------------------------- */

static void
log_handler(void *user, raptor_log_message *msg)
{
  FkgRStore *s = user;
  if (msg->level < RAPTOR_LOG_LEVEL_WARN) return;
  FkgSeverity sev = msg->level >= RAPTOR_LOG_LEVEL_ERROR ? FKG_ERROR : FKG_WARNING;
  FkgLoc loc = {s->current, 0, 0};
  if (sev == FKG_ERROR) s->errors++;
  if (msg->locator) {
    int line = raptor_locator_line(msg->locator);
    int col = raptor_locator_column(msg->locator);
    if (line > 0) loc.line = line;
    if (line > 0 && col > 0) loc.col = col;
  }
  fkg_diag(s->diag, sev, loc.file ? &loc : NULL, "%s", msg->text ? msg->text : "(no message)");
}

static void
handle_statement(void *user, raptor_statement *st)
{
  FkgRStore *s = user;
  if (s->oom) return;
  FkgRTriple t = {intern_raptor(s, st->subject), intern_raptor(s, st->predicate),
                  intern_raptor(s, st->object)};
  if (!t.s || !t.p || !t.o) {
    s->oom = 1;
    return;
  }
  if (s->n == s->cap) {
    size_t ncap = s->cap ? s->cap * 2 : 4096;
    FkgRTriple *nv = realloc(s->spo, ncap * sizeof *nv);
    if (!nv) {
      s->oom = 1;
      return;
    }
    s->spo = nv;
    s->cap = ncap;
  }
  s->spo[s->n++] = t;
}

FkgRStore *
fkg_rstore_new(FkgDiag *diag, FkgStatus *st)
{
  FkgRStore *s = calloc(1, sizeof *s);
  if (!s) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  s->diag = diag;
  fkg_arena_init(&s->arena, 1 << 16);
  s->tcap = 1024;
  s->terms = calloc(s->tcap, sizeof *s->terms);
  s->nterms = 1;
  if (!s->terms || grow_hash(s)) {
    fkg_rstore_free(s);
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  s->world = raptor_new_world();
  if (!s->world || raptor_world_open(s->world)) {
    fkg_diag(diag, FKG_ERROR, NULL, "raptor2 could not start");
    fkg_rstore_free(s);
    *st = FKG_BAD_LIBRARY;
    return NULL;
  }
  raptor_world_set_log_handler(s->world, s, log_handler);
  *st = FKG_SUCCESS;
  return s;
}

void
fkg_rstore_free(FkgRStore *s)
{
  if (!s) return;
  if (s->world) raptor_free_world(s->world);
  fkg_arena_clear(&s->arena);
  free(s->terms);
  free(s->hash);
  free(s->spo);
  free(s->pos);
  free(s);
}

/* Runs a parser over a file or bytes; drops what it added when anything went wrong. */
static FkgStatus
parse(FkgRStore *s, const char *name, const char *path, const char *bytes, size_t nbytes,
      const char *syntax)
{
  FkgLoc loc = {name, 0, 0};
  if (!syntax || !raptor_world_is_parser_name(s->world, syntax)) {
    fkg_diag(s->diag, FKG_ERROR, &loc, "unknown RDF syntax '%s'", syntax ? syntax : "");
    return FKG_BAD_ARG;
  }
  FILE *fp = NULL;
  if (path) {
    fp = fopen(path, "rb");
    if (!fp) {
      fkg_diag(s->diag, FKG_ERROR, &loc, "cannot read: %s", strerror(errno));
      return FKG_BAD_READ;
    }
  }
  raptor_parser *p = raptor_new_parser(s->world, syntax);
  /* Relative IRIs resolve against the file's own name, as rapper does. */
  raptor_uri *base = NULL;
  if (p) {
    unsigned char *u = raptor_uri_filename_to_uri_string(path ? path : "input");
    if (u) {
      base = raptor_new_uri(s->world, u);
      raptor_free_memory(u);
    }
  }
  if (!p || !base) {
    if (fp) fclose(fp);
    if (p) raptor_free_parser(p);
    fkg_diag(s->diag, FKG_ERROR, &loc, "raptor2 could not create a %s parser", syntax);
    return FKG_BAD_LIBRARY;
  }
  size_t before = s->n;
  s->current = name;
  s->errors = 0;
  s->oom = 0;
  s->file_index++;
  raptor_parser_set_statement_handler(p, s, handle_statement);
  int rc;
  if (fp) {
    rc = raptor_parser_parse_file_stream(p, fp, name, base);
    if (ferror(fp)) {
      fkg_diag(s->diag, FKG_ERROR, &loc, "read error: %s", strerror(errno));
      rc = -2;
    }
    fclose(fp);
  } else {
    rc = raptor_parser_parse_start(p, base);
    if (!rc) rc = raptor_parser_parse_chunk(p, (const unsigned char *)bytes, nbytes, 1);
  }
  raptor_free_parser(p);
  raptor_free_uri(base);
  s->current = NULL;
  if (rc || s->errors || s->oom) {
    s->n = before;
    if (s->oom) {
      fkg_diag(s->diag, FKG_ERROR, &loc, "out of memory");
      return FKG_BAD_ALLOC;
    }
    if (rc == -2) return FKG_BAD_READ;
    if (!s->errors) fkg_diag(s->diag, FKG_ERROR, &loc, "not valid %s", syntax);
    return FKG_BAD_SYNTAX;
  }
  return FKG_SUCCESS;
}

FkgStatus
fkg_rstore_add_file(FkgRStore *s, const char *path, const char *syntax)
{
  return parse(s, path, path, NULL, 0, syntax);
}

FkgStatus
fkg_rstore_add_bytes(FkgRStore *s, const char *name, const char *bytes, size_t n,
                     const char *syntax)
{
  return parse(s, name, NULL, bytes, n, syntax);
}

/* ---- index ---------------------------------------------------------------------------- */

static int
cmp_spo(const void *a, const void *b)
{
  const FkgRTriple *x = a, *y = b;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  if (x->p != y->p) return x->p < y->p ? -1 : 1;
  if (x->o != y->o) return x->o < y->o ? -1 : 1;
  return 0;
}

static int
cmp_pos(const void *a, const void *b)
{
  const FkgRTriple *x = a, *y = b;
  if (x->p != y->p) return x->p < y->p ? -1 : 1;
  if (x->o != y->o) return x->o < y->o ? -1 : 1;
  if (x->s != y->s) return x->s < y->s ? -1 : 1;
  return 0;
}

FkgStatus
fkg_rstore_finish(FkgRStore *s)
{
  if (s->n) {
    qsort(s->spo, s->n, sizeof *s->spo, cmp_spo);
    size_t o = 1;
    for (size_t i = 1; i < s->n; i++)
      if (cmp_spo(&s->spo[i], &s->spo[o - 1]) != 0) s->spo[o++] = s->spo[i];
    s->n = o;
  }
  free(s->pos);
  s->pos = NULL;
  s->npos = 0;
  if (!s->n) return FKG_SUCCESS;
  s->pos = malloc(s->n * sizeof *s->pos);
  if (!s->pos) return FKG_BAD_ALLOC;
  memcpy(s->pos, s->spo, s->n * sizeof *s->pos);
  qsort(s->pos, s->n, sizeof *s->pos, cmp_pos);
  s->npos = s->n;
  return FKG_SUCCESS;
}

const FkgRTerm *
fkg_rstore_term(const FkgRStore *s, FkgTermId id)
{
  return id && id < s->nterms ? &s->terms[id] : NULL;
}

size_t
fkg_rstore_nterms(const FkgRStore *s)
{
  return s->nterms;
}

size_t
fkg_rstore_ntriples(const FkgRStore *s)
{
  return s->npos;
}

FkgTermId
fkg_rstore_iri(const FkgRStore *s, const char *iri)
{
  return find_term(s, FKG_RTERM_IRI, iri, NULL, NULL, NULL);
}

/* The range of v[0, n) whose key equals `key` under `cmp`, found by binary search. */
static const FkgRTriple *
range(const FkgRTriple *v, size_t n, const FkgRTriple *key,
      int (*cmp)(const FkgRTriple *, const FkgRTriple *), size_t *count)
{
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cmp(&v[mid], key) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t end = lo;
  while (end < n && cmp(&v[end], key) == 0)
    end++;
  *count = end - lo;
  return *count ? v + lo : NULL;
}

static int
cmp_sp_key(const FkgRTriple *x, const FkgRTriple *k)
{
  if (x->s != k->s) return x->s < k->s ? -1 : 1;
  if (x->p != k->p) return x->p < k->p ? -1 : 1;
  return 0;
}

static int
cmp_po_key(const FkgRTriple *x, const FkgRTriple *k)
{
  if (x->p != k->p) return x->p < k->p ? -1 : 1;
  if (x->o != k->o) return x->o < k->o ? -1 : 1;
  return 0;
}

const FkgRTriple *
fkg_rstore_match_sp(const FkgRStore *s, FkgTermId subj, FkgTermId pred, size_t *n)
{
  FkgRTriple key = {subj, pred, 0};
  *n = 0;
  if (!subj || !pred || !s->npos) return NULL;
  return range(s->spo, s->npos, &key, cmp_sp_key, n);
}

const FkgRTriple *
fkg_rstore_match_po(const FkgRStore *s, FkgTermId pred, FkgTermId obj, size_t *n)
{
  FkgRTriple key = {0, pred, obj};
  *n = 0;
  if (!obj || !pred || !s->npos) return NULL;
  return range(s->pos, s->npos, &key, cmp_po_key, n);
}

static int
cmp_p_key(const FkgRTriple *x, const FkgRTriple *k)
{
  return x->p != k->p ? (x->p < k->p ? -1 : 1) : 0;
}

const FkgRTriple *
fkg_rstore_match_p(const FkgRStore *s, FkgTermId pred, size_t *n)
{
  FkgRTriple key = {0, pred, 0};
  *n = 0;
  if (!pred || !s->npos) return NULL;
  return range(s->pos, s->npos, &key, cmp_p_key, n);
}
