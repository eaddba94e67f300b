/* forumkg unit tests: the arenas and tables of src/util/arena.c: the array growth that
 * extraction's mention tables use (fkg_arena_room), and the huge-page tables and arena blocks of
 * a context's long-lived caches (fkg_table_alloc). */
#include "check.h"
#include "forumkg/arena.h"

#include <stdint.h>

static void
check_room(void)
{
  FkgArena a;
  fkg_arena_init(&a, 4096);
  int32_t *v = NULL;
  int grew = 0, kept = 1, zero = 1;
  for (int32_t n = 0; n < 5000; n++) {
    int32_t *r = fkg_arena_room(&a, v, (size_t)n, sizeof *r);
    if (!r) break;
    if (r != v) {
      grew++;
      /* A fresh array is zero past the items it copied, and holds them unchanged. */
      for (int32_t k = 0; k < n; k++)
        kept &= r[k] == k * 7;
      zero &= r[n] == 0;
    }
    v = r;
    v[n] = n * 7;
  }
  /* 16, 32, ..., 8192: 10 arrays for 5000 items, not one every 16 items. */
  CHECK(grew == 10, "5000 appends grow the array 10 times (got %d)", grew);
  CHECK(kept, "every grown array keeps the items before it");
  CHECK(zero, "the room a grown array adds is zero");
  int all = v != NULL;
  for (int32_t k = 0; all && k < 5000; k++)
    all = v[k] == k * 7;
  CHECK(all, "all 5000 items read back");
  fkg_arena_clear(&a);
}

static void
check_tables(void)
{
  /* A huge table: 2 MiB aligned, zeroed over its whole size, writable to the last byte. */
  size_t sizes[] = {FKG_TABLE_HUGE, FKG_TABLE_HUGE + 1, 3 * FKG_TABLE_HUGE - 8, 4096, 1};
  for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
    size_t n = sizes[k];
    unsigned char *p = fkg_table_alloc(n);
    if (!CHECK(p != NULL, "table of %zu bytes allocated", n)) continue;
    int zero = 1;
    for (size_t i = 0; i < n; i += 509)
      zero &= p[i] == 0;
    zero &= p[n - 1] == 0;
    p[0] = 1;
    p[n - 1] = 2;
    CHECK(zero, "table of %zu bytes is zero", n);
    if (n >= FKG_TABLE_HUGE)
      CHECK(((uintptr_t)p & (FKG_TABLE_HUGE - 1)) == 0, "table of %zu bytes is 2 MiB aligned", n);
    fkg_table_free(p, n);
  }
  /* A huge-block arena: blocks of its own size and larger ones, all readable after. */
  FkgArena a;
  fkg_arena_init(&a, FKG_TABLE_HUGE);
  char *first = fkg_arena_strdup(&a, "first");
  char *big = fkg_arena_alloc(&a, 3 * (size_t)FKG_TABLE_HUGE);
  int ok = first && big;
  for (int i = 0; ok && i < 20000; i++) {
    char *s = fkg_arena_printf(&a, "string %d", i);
    ok = s && strncmp(s, "string ", 7) == 0;
  }
  CHECK(ok && big[3 * (size_t)FKG_TABLE_HUGE - 1] == 0 && strcmp(first, "first") == 0,
        "a huge-block arena holds small and oversized allocations");
  fkg_arena_reset(&a);
  CHECK(fkg_arena_strdup(&a, "again") != NULL, "a reset huge-block arena allocates again");
  fkg_arena_clear(&a);
}

/* Under AddressSanitizer an arena is as strict as malloc: past each allocation, past the item
 * fkg_arena_room made room for, in what fkg_arena_unused marks, and after a reset, a read is
 * reported (extraction's look-aheads once read the token array's spare room, unseen). In a
 * build without it there is no shadow memory to ask, and this says so. */
#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>

static void
check_poison(void)
{
  FkgArena a;
  fkg_arena_init(&a, 4096);
  char *p = fkg_arena_alloc(&a, 10), *q = fkg_arena_alloc(&a, 10);
  CHECK(p && !__asan_region_is_poisoned(p, 10) && __asan_address_is_poisoned(p + 10),
        "an arena allocation of 10 bytes ends at its tenth byte");
  CHECK(q && q > p + 10 && !__asan_region_is_poisoned(q, 10),
        "the next allocation starts after a red zone");
  int32_t *v = NULL;
  int exact = 1;
  for (size_t n = 0; n < 40; n++) {
    v = fkg_arena_room(&a, v, n, sizeof *v);
    exact &= v && !__asan_address_is_poisoned(v + n) && __asan_address_is_poisoned(v + n + 1);
    if (v) v[n] = (int32_t)n;
  }
  CHECK(exact, "fkg_arena_room opens one item at a time, grown or not");
  char *t = fkg_arena_alloc(&a, 64);
  fkg_arena_unused(t + 40, 24);
  CHECK(t && !__asan_address_is_poisoned(t + 39) && __asan_address_is_poisoned(t + 40) &&
            __asan_address_is_poisoned(t + 63),
        "fkg_arena_unused closes the spare room of an allocation");
  fkg_arena_reset(&a);
  CHECK(__asan_address_is_poisoned(p), "a reset arena's old allocations are closed");
  fkg_arena_clear(&a);
}
#else
static void
check_poison(void)
{
  printf("(no AddressSanitizer in this build: the arena's red zones are checked in the "
         "-DFKG_SANITIZE=ON build)\n");
}
#endif

int
main(void)
{
  check_room();
  check_tables();
  check_poison();
  return check_summary();
}
