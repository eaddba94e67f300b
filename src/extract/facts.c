/* forumkg: extract stage, the per-document fact store. Entities are found by (kind, key) with
 * a linear scan: a news article has tens of entities, not thousands. */
#include "forumkg/extract.h"

#include <string.h>

int32_t
fkg_facts_entity(FkgFacts *f, FkgEntityKind kind, const char *key)
{
  for (int32_t i = 0; i < f->nents; i++)
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

int
fkg_facts_has_rel(const FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o)
{
  for (int32_t i = 0; i < f->nrels; i++)
    if (f->rels[i].kind == kind && f->rels[i].s == s && f->rels[i].o == o) return 1;
  return 0;
}

FkgStatus
fkg_facts_rel(FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o)
{
  if (s < 0 || o < 0 || s == o) return FKG_BAD_ARG;
  if (fkg_facts_has_rel(f, kind, s, o)) return FKG_SUCCESS;
  if (f->nrels == f->caprels) {
    int32_t ncap = f->caprels ? f->caprels * 2 : 64;
    FkgRel *nr = fkg_arena_alloc(&f->doc->arena, sizeof(FkgRel) * (size_t)ncap);
    if (!nr) return FKG_BAD_ALLOC;
    if (f->nrels) memcpy(nr, f->rels, sizeof(FkgRel) * (size_t)f->nrels);
    f->rels = nr;
    f->caprels = ncap;
  }
  f->rels[f->nrels].kind = kind;
  f->rels[f->nrels].s = s;
  f->rels[f->nrels].o = o;
  f->nrels++;
  return FKG_SUCCESS;
}
