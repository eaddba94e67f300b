/* forumkg: segment stage, transliteration. Names are romanised with ICU's Russian-Latin/BGN
 * transform (BGN/PCGN 1947); IRI slugs go through Any-Latin; Latin-ASCII. Only short strings
 * (names, titles) pass here: whole texts are never transliterated. */
#include "context_int.h"
#include "forumkg/segment.h"

#include <ctype.h>
#include <string.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

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

static char *
translit_name(FkgContext *ctx, FkgArena *arena, const char *utf8)
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

/* A title romanised word by word, through `to_latin` (BGN/PCGN, then the prime marks dropped)
 * or `to_ascii` (Any-Latin; Latin-ASCII). Both only rewrite the letters their filters take, and
 * their rules' contexts see a space as they see the text's start or end (BGN's contexts: the
 * set [^[:L:][:M:][:N:]] holds both, its other sets neither; Cyrillic-Latin has no contexts;
 * Latin-ASCII's one context, [[:Latin:][0-9]], holds neither). So a title's romanisation is its
 * words' joined by its spaces, and words (names, "социальной", "области") recur across titles
 * where whole titles do not: each word is memoised. Callers keep other scripts, whose
 * transforms do have contexts, on the whole-title path; long titles and invalid UTF-8 go whole
 * too, so that ICU's buffer limits decide as before. */
static char *
translit_words(FkgContext *ctx, FkgArena *arena, const char *utf8, int ascii)
{
  int32_t n = (int32_t)strlen(utf8);
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(utf8, i, n, c);
    if (c < 0) break;
  }
  if (n > 256 || i < n)
    return ascii ? transliterate(ctx->to_ascii, arena, utf8) : translit_name(ctx, arena, utf8);
  /* Either transform writes at most 4 bytes for one 2-byte letter (щ → shch, « → <<). */
  size_t cap = (size_t)n * 4;
  char *out = fkg_arena_alloc_uninit(arena, cap + 1);
  if (!out) return NULL;
  size_t o = 0;
  char word[257];
  for (const char *p = utf8; *p;) {
    if (*p == ' ') {
      out[o++] = *p++;
      continue;
    }
    size_t k = strcspn(p, " ");
    /* BGN takes Cyrillic letters only (lead bytes 0xD0, 0xD1); Any-Latin; Latin-ASCII leaves
     * ASCII as it is. Other words pass unchanged. */
    int touched = 0;
    for (size_t j = 0; j < k; j++) {
      unsigned char c = (unsigned char)p[j];
      if (ascii ? c >= 0x80 : (c == 0xD0 || c == 0xD1)) touched = 1;
    }
    const char *lat = p;
    size_t latn = k;
    if (touched) {
      memcpy(word, p, k);
      word[k] = '\0';
      const char *w;
      if (!ascii) {
        w = fkg_translit_name(ctx, arena, word);
      } else if (!(w = fkg_memo_get(ctx->memo, FKG_MEMO_ASCII_WORD, word))) {
        w = transliterate(ctx->to_ascii, arena, word);
        if (w) fkg_memo_put(ctx->memo, FKG_MEMO_ASCII_WORD, word, w);
      }
      if (!w) return NULL;
      lat = w;
      latn = strlen(w);
    }
    if (o + latn > cap) /* cannot happen (see cap); the whole title then, as before */
      return ascii ? transliterate(ctx->to_ascii, arena, utf8) : translit_name(ctx, arena, utf8);
    memcpy(out + o, lat, latn);
    o += latn;
    p += k;
  }
  out[o] = '\0';
  return out;
}

/* Latin and Cyrillic text (nearly all of ours) takes a fast path: BGN/PCGN for the Cyrillic
 * letters, then diacritics dropped through NFD. Any other script goes through ICU's
 * Any-Latin; Latin-ASCII, which is several times slower. */
static char *
ascii_of(FkgContext *ctx, FkgArena *arena, const char *utf8)
{
  int other = 0, cyr = 0, guillemets_only = 1;
  for (const unsigned char *p = (const unsigned char *)utf8; *p; p++) {
    if (*p < 0x80) continue;
    if (*p == 0xD0 || *p == 0xD1)
      cyr = 1;
    else if (*p >= 0xC3 && *p <= 0xC5)
      continue; /* Latin-1 and Latin Extended-A lead bytes */
    else if (*p >= 0xE2 && *p <= 0xE2)
      continue; /* punctuation: dashes, quotes, ellipsis */
    else if (*p >= 0xC0) {
      other = 1;
      /* « and » alone keep a title on the word-by-word path (see translit_words). */
      if (!(*p == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB))) guillemets_only = 0;
    }
  }
  if (other)
    return guillemets_only ? translit_words(ctx, arena, utf8, 1)
                           : transliterate(ctx->to_ascii, arena, utf8);
  const char *lat = cyr ? translit_words(ctx, arena, utf8, 0) : utf8;
  if (!lat) return NULL;
  UChar u[2048], d[4096];
  int32_t ul = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(u, 2048, &ul, lat, -1, &err);
  int32_t dl = U_SUCCESS(err) ? unorm2_normalize(ctx->nfd, u, ul, d, 4096, &err) : 0;
  if (U_FAILURE(err)) return transliterate(ctx->to_ascii, arena, utf8);
  char *out = fkg_arena_alloc(arena, (size_t)dl + 1);
  if (!out) return NULL;
  size_t o = 0;
  for (int32_t i = 0; i < dl; i++)
    if (d[i] < 0x80) out[o++] = (char)d[i];
  out[o] = '\0';
  return out;
}

/* The same names and titles come back in article after article: answers are memoised. */
char *
fkg_translit_name(FkgContext *ctx, FkgArena *arena, const char *utf8)
{
  const char *known = fkg_memo_get(ctx->memo, FKG_MEMO_NAME_LATIN, utf8);
  if (known) return fkg_arena_strdup(arena, known);
  char *lat = translit_name(ctx, arena, utf8);
  if (lat) fkg_memo_put(ctx->memo, FKG_MEMO_NAME_LATIN, utf8, lat);
  return lat;
}

int
fkg_utf8_starts_cyrillic(const char *s)
{
  return s && (unsigned char)s[0] >= 0xD0 && (unsigned char)s[0] <= 0xD3;
}

int
fkg_name_transcription(const char *utf8)
{
  int french = 0;
  char prev = 0;
  size_t n = strlen(utf8);
  /* й written ï (Rudnitskaïa, Saïfoullina) is French whatever else the name keeps of an
   * English spelling (its u, where French writes ou). */
  if (strstr(utf8, "\xC3\xAF") && !fkg_utf8_starts_cyrillic(utf8)) return 1;
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)utf8[i];
    if (b == 0xD0 || b == 0xD1) return 0; /* Cyrillic: no transcription */
    if (b == 0xC3 && (unsigned char)utf8[i + 1] == 0xAF) french = 1; /* ï */
    char c = (char)tolower(b);
    if (c == 'w') return -1;
    if (c == 'u' && prev != 'o' && prev != 'g' && prev != 'q') return -1;
    if ((c == 'h' && (prev == 's' || prev == 'z')) ||
        (prev == 'y' && (c == 'a' || c == 'u' || c == 'e' || c == 'o')))
      return -1;
    if ((prev == 'o' && c == 'u') || (prev == 'd' && c == 'j') ||
        (prev == 't' && c == 'c' && tolower((unsigned char)utf8[i + 1]) == 'h'))
      french = 1;
    /* ж written j (Jdanova; English writes zh), and я, ё, ю, е written with i at the start
     * (Iachina, Iouri; English writes Ya, Yo, Yu, Ye) */
    if (c == 'j' && prev != 'd') french = 1;
    /* ш written ch before a consonant (Chvetsova, Chkolnik): English writes sh, and its ch
     * (ч) comes before a vowel, or before r or l in a Greek name (Christina) */
    if (c == 'h' && prev == 'c' && utf8[i + 1] && isalpha((unsigned char)utf8[i + 1]) &&
        !strchr("aeiouyrl", tolower((unsigned char)utf8[i + 1])))
      french = 1;
    /* с between vowels written ss (Vassilenko, Beloussova; BGN writes one s), and г before e
     * or i written gu (Evguenia, Edilgueriev) */
    if (c == 's' && prev == 's' && i >= 2 &&
        strchr("aeiouy", tolower((unsigned char)utf8[i - 2])) && utf8[i + 1] &&
        strchr("aeiouy", tolower((unsigned char)utf8[i + 1])))
      french = 1;
    if (c == 'u' && prev == 'g' && utf8[i + 1] && strchr("ei", tolower((unsigned char)utf8[i + 1])))
      french = 1;
    if (i == 1 && prev == 'i' && strchr("aoeu", c)) french = 1;
    prev = c;
  }
  /* -ine for -ин: Kalinine, Poutine; -yne for -ын: Sinitsyne */
  if (n > 4 && (!strcmp(utf8 + n - 3, "ine") || !strcmp(utf8 + n - 3, "yne")) &&
      !strchr("aeiouy", utf8[n - 4]))
    french = 1;
  return french;
}

char *
fkg_translit_french_name(FkgContext *ctx, FkgArena *arena, const char *utf8)
{
  if (fkg_name_transcription(utf8) < 0) return NULL;
  const char *known = fkg_memo_get(ctx->memo, FKG_MEMO_FRENCH_NAME, utf8);
  if (known) return fkg_arena_strdup(arena, known);
  char *out = transliterate(ctx->fr_names, arena, utf8);
  if (out) fkg_memo_put(ctx->memo, FKG_MEMO_FRENCH_NAME, utf8, out);
  return out;
}

char *
fkg_translit_english_name(FkgContext *ctx, FkgArena *arena, const char *utf8)
{
  if (fkg_utf8_starts_cyrillic(utf8)) return NULL;
  const char *known = fkg_memo_get(ctx->memo, FKG_MEMO_ENGLISH_NAME, utf8);
  char *out = known ? fkg_arena_strdup(arena, known) : transliterate(ctx->en_names, arena, utf8);
  if (!out) return NULL;
  if (!known) fkg_memo_put(ctx->memo, FKG_MEMO_ENGLISH_NAME, utf8, out);
  return strcmp(out, utf8) != 0 ? out : NULL;
}

static char *slug(FkgContext *ctx, FkgArena *arena, const char *utf8, size_t max);

char *
fkg_slug(FkgContext *ctx, FkgArena *arena, const char *utf8, size_t max)
{
  int tag = FKG_MEMO_SLUG + (int)(max < 4096 ? max : 4096);
  const char *known = fkg_memo_get(ctx->memo, tag, utf8);
  if (known) return fkg_arena_strdup(arena, known);
  char *out = slug(ctx, arena, utf8, max);
  if (out) fkg_memo_put(ctx->memo, tag, utf8, out);
  return out;
}

static char *
slug(FkgContext *ctx, FkgArena *arena, const char *utf8, size_t max)
{
  char *ascii = ascii_of(ctx, arena, utf8);
  if (!ascii) return NULL;
  char *out = fkg_arena_alloc(arena, max + 1);
  if (!out) return NULL;
  size_t o = 0;
  int dash = 0;
  for (const char *p = ascii; *p && o < max; p++) {
    unsigned char c = (unsigned char)*p;
    if (isalnum(c)) {
      if (dash && o > 0) {
        if (o + 2 > max) break; /* no room for a dash and a letter: stop at a word end */
        out[o++] = '-';
      }
      out[o++] = (char)tolower(c);
      dash = 0;
    } else if (c != '\'') {
      dash = 1;
    }
  }
  out[o] = '\0';
  return out;
}
