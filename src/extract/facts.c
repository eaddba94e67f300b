/* forumkg: extract stage, the per-document fact store. Entities are found by (kind, key),
 * relations by (kind, subject, object) and by (kind, subject) through hash indexes: an article
 * has tens of each, but a long document given as one (a digest, a concatenation) has
 * thousands, and a scan per lookup made it quadratic. */
#include "forumkg/extract.h"
#include "forumkg/hash.h"

#include <stdint.h>
#include <string.h>

static uint32_t
ent_hash(FkgEntityKind kind, const char *key)
{
  return fkg_hash_str((uint32_t)kind, key, SIZE_MAX);
}

static uint32_t
rel_hash(FkgRelKind kind, int32_t s, int32_t o)
{
  return fkg_hash_mix((uint32_t)kind * 0x9e3779b9u ^ fkg_hash_mix((uint32_t)s) * 31u ^ (uint32_t)o);
}

static uint32_t
ks_hash(FkgRelKind kind, int32_t s)
{
  return fkg_hash_mix((uint32_t)kind * 0x9e3779b9u ^ (uint32_t)s);
}

static uint32_t
ent_hash_at(const FkgFacts *f, int32_t i)
{
  return ent_hash(f->ents[i].kind, f->ents[i].key);
}

static uint32_t
rel_hash_at(const FkgFacts *f, int32_t i)
{
  const FkgRel *r = &f->rels[i];
  return rel_hash(r->kind, r->s, r->o);
}

/* The (kind, subject) index holds the first relation of each chain only. */
static uint32_t
ks_hash_at(const FkgFacts *f, int32_t i)
{
  return ks_hash(f->rels[i].kind, f->rels[i].s);
}

static int
ks_first(const FkgFacts *f, int32_t i)
{
  return f->rels[i].last_ks >= 0;
}

/* Room in `ix` for one more item, `held` being held now: a table twice the size, the items
 * 0 .. n-1 that `keep` takes (all when NULL) hashed again by `hash_at`, when it would pass
 * half full. */
static FkgStatus
index_room(FkgFacts *f, FkgFactIndex *ix, int32_t held, int32_t n,
           uint32_t (*hash_at)(const FkgFacts *, int32_t), int (*keep)(const FkgFacts *, int32_t))
{
  uint32_t slots = ix->mask + 1;
  if (ix->slot && (uint32_t)(held + 1) * 2 <= slots) return FKG_SUCCESS;
  slots = ix->slot ? slots * 2 : 64;
  int32_t *t = fkg_arena_alloc_uninit(&f->doc->arena, sizeof *t * slots);
  if (!t) return FKG_BAD_ALLOC;
  memset(t, -1, sizeof *t * slots);
  for (int32_t i = 0; i < n; i++) {
    if (keep && !keep(f, i)) continue;
    uint32_t k = hash_at(f, i) & (slots - 1);
    while (t[k] >= 0)
      k = (k + 1) & (slots - 1);
    t[k] = i;
  }
  ix->slot = t;
  ix->mask = slots - 1;
  return FKG_SUCCESS;
}

int32_t
fkg_facts_entity(FkgFacts *f, FkgEntityKind kind, const char *key)
{
  if (index_room(f, &f->ent_index, f->nents, f->nents, ent_hash_at, NULL)) return -1;
  uint32_t k = ent_hash(kind, key) & f->ent_index.mask;
  for (int32_t i; (i = f->ent_index.slot[k]) >= 0; k = (k + 1) & f->ent_index.mask)
    if (f->ents[i].kind == kind && strcmp(f->ents[i].key, key) == 0) return i;
  if (f->nents == f->capents) {
    int32_t ncap = f->capents ? f->capents * 2 : 64;
    /* Not zeroed: a new entity is cleared when it is added, and the old ones are copied. */
    FkgEntity *ne = fkg_arena_alloc_uninit(&f->doc->arena, sizeof(FkgEntity) * (size_t)ncap);
    if (!ne) return -1;
    if (f->nents) memcpy(ne, f->ents, sizeof(FkgEntity) * (size_t)f->nents);
    f->ents = ne;
    f->capents = ncap;
  }
  FkgEntity *e = &f->ents[f->nents];
  memset(e, 0, sizeof *e);
  e->kind = kind;
  e->key = fkg_arena_strdup(&f->doc->arena, key);
  if (!e->key) return -1;
  e->row = -1;
  e->lang = f->doc->lang;
  e->stype = -1;
  f->ent_index.slot[k] = f->nents;
  return f->nents++;
}

FkgStatus
fkg_facts_span(FkgFacts *f, int32_t ent, int32_t b, int32_t e)
{
  if (ent < 0 || ent >= f->nents || b >= e) return FKG_BAD_ARG;
  FkgEntity *x = &f->ents[ent];
  x->mentioned = 1;
  for (int i = 0; i < x->nspans; i++)
    if (x->spans[i].b == b && x->spans[i].e == e) return FKG_SUCCESS;
  if (x->nspans == x->capspans) {
    int ncap = x->capspans ? x->capspans * 2 : 4;
    FkgSpan *ns = fkg_arena_alloc(&f->doc->arena, sizeof(FkgSpan) * (size_t)ncap);
    if (!ns) return FKG_BAD_ALLOC;
    if (x->nspans) memcpy(ns, x->spans, sizeof(FkgSpan) * (size_t)x->nspans);
    x->spans = ns;
    x->capspans = ncap;
  }
  x->spans[x->nspans].b = b;
  x->spans[x->nspans].e = e;
  x->nspans++;
  return FKG_SUCCESS;
}

/* Where relation (kind, s, o) is in the index, or the empty slot that ends its probe. */
static uint32_t
rel_slot(const FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o)
{
  const FkgFactIndex *ix = &f->rel_index;
  uint32_t k = rel_hash(kind, s, o) & ix->mask;
  for (int32_t i; (i = ix->slot[k]) >= 0; k = (k + 1) & ix->mask) {
    const FkgRel *r = &f->rels[i];
    if (r->kind == kind && r->s == s && r->o == o) break;
  }
  return k;
}

int
fkg_facts_has_rel(const FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o)
{
  return f->rel_index.slot && f->rel_index.slot[rel_slot(f, kind, s, o)] >= 0;
}

/* Where the chain of (kind, s) starts in the index, or the empty slot that ends its probe. */
static uint32_t
ks_slot(const FkgFacts *f, FkgRelKind kind, int32_t s)
{
  const FkgFactIndex *ix = &f->ks_index;
  uint32_t k = ks_hash(kind, s) & ix->mask;
  for (int32_t i; (i = ix->slot[k]) >= 0; k = (k + 1) & ix->mask)
    if (f->rels[i].kind == kind && f->rels[i].s == s) break;
  return k;
}

int32_t
fkg_facts_first_rel(const FkgFacts *f, FkgRelKind kind, int32_t s)
{
  return f->ks_index.slot ? f->ks_index.slot[ks_slot(f, kind, s)] : -1;
}

FkgStatus
fkg_facts_rel(FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o)
{
  if (s < 0 || o < 0 || s == o) return FKG_BAD_ARG;
  if (index_room(f, &f->rel_index, f->nrels, f->nrels, rel_hash_at, NULL) ||
      index_room(f, &f->ks_index, f->nks, f->nrels, ks_hash_at, ks_first))
    return FKG_BAD_ALLOC;
  uint32_t k = rel_slot(f, kind, s, o);
  if (f->rel_index.slot[k] >= 0) return FKG_SUCCESS;
  if (f->nrels == f->caprels) {
    int32_t ncap = f->caprels ? f->caprels * 2 : 64;
    FkgRel *nr = fkg_arena_alloc(&f->doc->arena, sizeof(FkgRel) * (size_t)ncap);
    if (!nr) return FKG_BAD_ALLOC;
    if (f->nrels) memcpy(nr, f->rels, sizeof(FkgRel) * (size_t)f->nrels);
    f->rels = nr;
    f->caprels = ncap;
  }
  FkgRel *r = &f->rels[f->nrels];
  r->kind = kind;
  r->s = s;
  r->o = o;
  r->next_ks = -1;
  r->last_ks = -1;
  f->rel_index.slot[k] = f->nrels;
  /* Appended to the chain of (kind, s), or the first of a new one. */
  uint32_t c = ks_slot(f, kind, s);
  int32_t first = f->ks_index.slot[c];
  if (first >= 0) {
    f->rels[f->rels[first].last_ks].next_ks = f->nrels;
    f->rels[first].last_ks = f->nrels;
  } else {
    r->last_ks = f->nrels;
    f->ks_index.slot[c] = f->nrels;
    f->nks++;
  }
  f->nrels++;
  return FKG_SUCCESS;
}
