/* forumkg: the bounded string memo (see include/forumkg/memo.h). Open addressing over a
 * power-of-two table at most half full; keys and values live in an arena. */
#include "forumkg/memo.h"
#include "forumkg/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *key; /* NULL: empty slot */
  const char *value;
  uint64_t hash;
  int tag;
} Entry;

struct FkgMemo {
  Entry *slot;
  size_t mask, n, max;
  FkgArena arena;
};

static uint64_t
hash_of(int tag, const char *key)
{
  uint64_t h = 0xcbf29ce484222325ULL ^ (uint64_t)(unsigned)tag;
  for (const unsigned char *p = (const unsigned char *)key; *p; p++)
    h = (h ^ *p) * 0x100000001b3ULL;
  return h ^ (h >> 31);
}

FkgMemo *
fkg_memo_new(size_t max_entries)
{
  FkgMemo *m = calloc(1, sizeof *m);
  if (!m) return NULL;
  size_t cap = 1024;
  while (cap < max_entries * 2)
    cap *= 2;
  m->slot = fkg_table_alloc(cap * sizeof *m->slot);
  if (!m->slot) {
    free(m);
    return NULL;
  }
  m->mask = cap - 1;
  m->max = max_entries;
  fkg_arena_init(&m->arena, FKG_TABLE_HUGE);
  return m;
}

void
fkg_memo_free(FkgMemo *m)
{
  if (!m) return;
  fkg_arena_clear(&m->arena);
  fkg_table_free(m->slot, (m->mask + 1) * sizeof *m->slot);
  free(m);
}

static const Entry *
find(const FkgMemo *m, int tag, const char *key, uint64_t h, size_t *at)
{
  size_t i = (size_t)h & m->mask;
  while (m->slot[i].key) {
    const Entry *e = &m->slot[i];
    if (e->hash == h && e->tag == tag && strcmp(e->key, key) == 0) return e;
    i = (i + 1) & m->mask;
  }
  *at = i;
  return NULL;
}

const char *
fkg_memo_get(const FkgMemo *m, int tag, const char *key)
{
  size_t at;
  const Entry *e = find(m, tag, key, hash_of(tag, key), &at);
  return e ? e->value : NULL;
}

const char *
fkg_memo_put(FkgMemo *m, int tag, const char *key, const char *value)
{
  uint64_t h = hash_of(tag, key);
  size_t at;
  const Entry *e = find(m, tag, key, h, &at);
  if (e) return e->value;
  if (m->n >= m->max) return NULL;
  char *k = fkg_arena_strdup(&m->arena, key);
  char *v = fkg_arena_strdup(&m->arena, value);
  if (!k || !v) return NULL;
  m->slot[at] = (Entry){k, v, h, tag};
  m->n++;
  return v;
}
