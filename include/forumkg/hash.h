/* forumkg: the string hash of the per-document hash indexes (32-bit FNV-1a, its bits mixed so
 * that a power-of-two table can take the low ones). */
#ifndef FORUMKG_HASH_H
#define FORUMKG_HASH_H

#include <stddef.h>
#include <stdint.h>

/* The bits of `h` mixed, so that the low ones depend on all of them. */
static inline uint32_t
fkg_hash_mix(uint32_t h)
{
  h ^= h >> 16;
  h *= 0x7feb352du;
  h ^= h >> 15;
  return h;
}

/* The hash of the first `max` bytes of NUL-terminated `s` (all of them when shorter), started
 * from `seed` (a kind or tag, so that equal strings of different kinds spread apart). */
static inline uint32_t
fkg_hash_str(uint32_t seed, const char *s, size_t max)
{
  uint32_t h = 2166136261u ^ seed;
  for (size_t k = 0; k < max && s[k]; k++)
    h = (h ^ (unsigned char)s[k]) * 16777619u;
  return fkg_hash_mix(h);
}

#endif
