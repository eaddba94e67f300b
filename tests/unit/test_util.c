/* forumkg unit tests: the per-document arena (src/util/arena.c), in particular the array growth
 * that extraction's mention tables use (fkg_arena_room). */
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

int
main(void)
{
  check_room();
  return check_summary();
}
