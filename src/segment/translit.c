/* forumkg: segment stage, transliteration. Names are romanised with ICU's Russian-Latin/BGN
 * transform (BGN/PCGN 1947); IRI slugs go through Any-Latin; Latin-ASCII. Only short strings
 * (names, titles) pass here: whole texts are never transliterated. */
#include "context_int.h"
#include "forumkg/segment.h"

#include <ctype.h>
#include <string.h>
#include <unicode/ustring.h>

/* Runs `tr` over UTF-8 `in`; returns a UTF-8 arena string or NULL. */
static char *
transliterate(UTransliterator *tr, FkgArena *arena, const char *in)
{
  UChar buf[2048];
  int32_t len = 0, limit;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(buf, 1024, &len, in, -1, &err);
  if (U_FAILURE(err)) return NULL;
  limit = len;
  utrans_transUChars(tr, buf, &len, 2048, 0, &limit, &err);
  if (U_FAILURE(err)) return NULL;
  int32_t need = 0;
  u_strToUTF8(NULL, 0, &need, buf, len, &err);
  err = U_ZERO_ERROR;
  char *out = fkg_arena_alloc(arena, (size_t)need + 1);
  if (!out) return NULL;
  u_strToUTF8(out, need + 1, NULL, buf, len, &err);
  return U_SUCCESS(err) ? out : NULL;
}

char *
fkg_translit_name(FkgContext *ctx, FkgArena *arena, const char *utf8)
{
  char *lat = transliterate(ctx->to_latin, arena, utf8);
  if (!lat) return NULL;
  /* Drop the prime marks BGN uses for ь and ъ (U+02B9, U+02BA) and for ambiguous letter
   * pairs (U+00B7): readable names, as the press writes them. */
  char *w = lat;
  for (char *r = lat; *r;) {
    unsigned char c = (unsigned char)*r;
    if (c == 0xCA && ((unsigned char)r[1] == 0xB9 || (unsigned char)r[1] == 0xBA)) {
      r += 2;
      continue;
    }
    if (c == 0xC2 && (unsigned char)r[1] == 0xB7) {
      r += 2;
      continue;
    }
    *w++ = *r++;
  }
  *w = '\0';
  return lat;
}

char *
fkg_slug(FkgContext *ctx, FkgArena *arena, const char *utf8, size_t max)
{
  char *ascii = transliterate(ctx->to_ascii, arena, utf8);
  if (!ascii) return NULL;
  char *out = fkg_arena_alloc(arena, max + 1);
  if (!out) return NULL;
  size_t o = 0;
  int dash = 0;
  for (const char *p = ascii; *p && o < max; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c)) {
      if (dash && o > 0 && o + 1 < max) out[o++] = '-';
      out[o++] = (char)tolower(c);
      dash = 0;
    } else if (c != '\'' ) {
      dash = 1;
    }
  }
  out[o] = '\0';
  return out;
}
