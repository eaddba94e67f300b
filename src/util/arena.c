/* forumkg: the bump allocator behind per-document memory (see include/forumkg/arena.h). */
#include "forumkg/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Under AddressSanitizer a block's free room is poisoned and each allocation is followed by a
 * poisoned red zone, so that reading past an array kept in an arena is reported where it
 * happens, as it is for malloc'ed memory, rather than returning a neighbour's bytes. */
#if defined(__SANITIZE_ADDRESS__)
#define FKG_ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FKG_ARENA_ASAN 1
#endif
#endif
#ifdef FKG_ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { REDZONE = 32 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
enum { REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct FkgArenaBlock {
  FkgArenaBlock *next;
  size_t size;
  size_t used;
  max_align_t data[];
};

static size_t
huge_size(size_t size)
{
  return (size + FKG_TABLE_HUGE - 1) / FKG_TABLE_HUGE * FKG_TABLE_HUGE;
}

void *
fkg_table_alloc(size_t size)
{
  if (size < FKG_TABLE_HUGE) return calloc(1, size ? size : 1);
  size_t len = huge_size(size);
  /* Twice the alignment's worth more, then the unaligned ends given back. */
  char *raw =
      mmap(NULL, len + FKG_TABLE_HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return NULL;
  uintptr_t at = ((uintptr_t)raw + FKG_TABLE_HUGE - 1) & ~(uintptr_t)(FKG_TABLE_HUGE - 1);
  char *p = (char *)at;
  if (p > raw) munmap(raw, (size_t)(p - raw));
  size_t tail = (size_t)(raw + len + FKG_TABLE_HUGE - (p + len));
  if (tail) munmap(p + len, tail);
#ifdef MADV_HUGEPAGE
  /* Advice only: without transparent huge pages the table works the same. */
  (void)madvise(p, len, MADV_HUGEPAGE);
#endif
  return p;
}

void
fkg_table_free(void *p, size_t size)
{
  if (!p) return;
  if (size < FKG_TABLE_HUGE)
    free(p);
  else
    munmap(p, huge_size(size));
}

void
fkg_arena_init(FkgArena *arena, size_t block_size)
{
  arena->head = NULL;
  arena->block_size = block_size ? block_size : 64 * 1024;
}

static FkgArenaBlock *
block_new(const FkgArena *arena, size_t cap)
{
  if (arena->block_size >= FKG_TABLE_HUGE) return fkg_table_alloc(sizeof(FkgArenaBlock) + cap);
  return malloc(sizeof(FkgArenaBlock) + cap);
}

static void
block_free(const FkgArena *arena, FkgArenaBlock *b)
{
  UNPOISON(b->data, b->size);
  if (arena->block_size >= FKG_TABLE_HUGE)
    fkg_table_free(b, sizeof(FkgArenaBlock) + b->size);
  else
    free(b);
}

void
fkg_arena_clear(FkgArena *arena)
{
  FkgArenaBlock *b = arena->head;
  while (b) {
    FkgArenaBlock *next = b->next;
    block_free(arena, b);
    b = next;
  }
  arena->head = NULL;
}

void
fkg_arena_reset(FkgArena *arena)
{
  if (!arena->head) return;
  /* Keep the last block in the chain (the first allocated, usually the default size). */
  FkgArenaBlock *keep = arena->head;
  while (keep->next) {
    FkgArenaBlock *next = keep->next;
    block_free(arena, keep);
    keep = next;
  }
  keep->used = 0;
  keep->next = NULL;
  POISON(keep->data, keep->size);
  arena->head = keep;
}

void *
fkg_arena_alloc_uninit(FkgArena *arena, size_t size)
{
  const size_t align = sizeof(max_align_t), asked = size;
  size = (size + REDZONE + align - 1) / align * align;
  if (size == 0) size = align;
  FkgArenaBlock *b = arena->head;
  if (!b || b->size - b->used < size) {
    /* A huge block is exactly its pages, header included. */
    size_t cap = arena->block_size;
    if (cap >= FKG_TABLE_HUGE) cap -= sizeof(FkgArenaBlock);
    if (size > cap) cap = size;
    b = block_new(arena, cap);
    if (!b) return NULL;
    b->size = cap;
    b->used = 0;
    b->next = arena->head;
    arena->head = b;
    POISON(b->data, cap);
  }
  void *p = (char *)b->data + b->used;
  b->used += size;
  UNPOISON(p, asked);
  return p;
}

void *
fkg_arena_alloc(FkgArena *arena, size_t size)
{
  void *p = fkg_arena_alloc_uninit(arena, size);
  if (p) memset(p, 0, size);
  return p;
}

void
fkg_arena_unused(void *p, size_t size)
{
  POISON(p, size);
}

void *
fkg_arena_room(FkgArena *arena, void *items, size_t n, size_t size)
{
  /* (the slots past the one asked for stay poisoned under AddressSanitizer until asked for:
   * reading items[n] after n items is an overflow, whatever room is left) */
  if (n != 0 && (n < 16 || (n & (n - 1)) != 0)) {
    UNPOISON((char *)items + n * size, size);
    return items;
  }
  size_t cap = n ? 2 * n : 16;
  char *grown = fkg_arena_alloc_uninit(arena, cap * size);
  if (!grown) return NULL;
  if (n) memcpy(grown, items, n * size);
  memset(grown + n * size, 0, (cap - n) * size);
  POISON(grown + (n + 1) * size, (cap - n - 1) * size);
  return grown;
}

char *
fkg_arena_strndup(FkgArena *arena, const char *s, size_t len)
{
  char *p = fkg_arena_alloc_uninit(arena, len + 1);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *
fkg_arena_strdup(FkgArena *arena, const char *s)
{
  return fkg_arena_strndup(arena, s, strlen(s));
}

char *
fkg_arena_printf(FkgArena *arena, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return NULL;
  char *p = fkg_arena_alloc_uninit(arena, (size_t)n + 1);
  if (!p) return NULL;
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}
