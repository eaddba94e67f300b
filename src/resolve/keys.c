/* forumkg: resolve stage, name keys (see include/forumkg/resolve.h for the folding rules). */
#include "context_int.h"
#include "forumkg/hash.h"
#include "forumkg/lexicon.h"
#include "forumkg/resolve.h"
#include "forumkg/segment.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

char *
fkg_resolve_name_key(FkgContext *ctx, FkgArena *arena, const char *word)
{
  char *lat = fkg_translit_name(ctx, arena, word);
  if (!lat) return NULL;
  char *ascii = fkg_slug(ctx, arena, lat, 128);
  if (!ascii) return NULL;
  size_t n = strlen(ascii);
  char *out = fkg_arena_alloc(arena, n * 2 + 1);
  if (!out) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    char c = ascii[i], next = ascii[i + 1];
    if (!isalpha((unsigned char)c)) continue;
    char prev = o ? out[o - 1] : 0;
    if ((c == 'y') && (next == 'e' || next == 'o')) {
      out[o++] = 'e';
      i++;
      continue;
    }
    if (c == 'i' && (next == 'y' || next == 'i')) {
      out[o++] = 'i';
      i++;
      continue;
    }
    if (c == 'y' && next == 'y') {
      out[o++] = 'i';
      i++;
      continue;
    }
    if (c == 'y' && !isalpha((unsigned char)next) && o > 0) {
      if (prev != 'i') out[o++] = 'i';
      continue;
    }
    if (c == 'h' && prev != 'k' && prev != 'z' && prev != 's' && prev != 'c') {
      out[o++] = 'g';
      continue;
    }
    if (c == 'x') {
      out[o++] = 'k';
      out[o++] = 's';
      continue;
    }
    /* French transcription: ou is u (Kouznetsov = Kuznetsov, Ouliana = Uliana), and a final
     * -ine after a consonant is -in (Sobianine = Sobyanin, Poutine = Putin). */
    if (c == 'o' && next == 'u') continue;
    if (c == 'i' && next == 'n' && ascii[i + 2] == 'e' && !isalpha((unsigned char)ascii[i + 3]) &&
        prev && !strchr("aeiouy", prev)) {
      out[o++] = 'i';
      out[o++] = 'n';
      i += 2;
      continue;
    }
    out[o++] = c;
  }
  out[o] = '\0';
  /* Second pass, the semivowel: "yi" is "i" (Ilyin = Ilin); "y" after a vowel and before a
   * consonant is "i" (Shoygu = Shoigu); "i" before "a" or "u" is "y" (Natalia = Natalya,
   * Tatiana = Tatyana, Iakov = Yakov), which keeps the common spelling (Kagramanyan). */
  size_t m = 0;
  for (size_t i = 0; i < o; i++) {
    char c = out[i], next = out[i + 1], prev = m ? out[m - 1] : 0;
    int vprev = prev && strchr("aeiou", prev), vnext = next && strchr("aeiouy", next);
    if (c == 'y' && next == 'i') continue;
    /* French gu before e, i (Sergueï = Sergei); English -er after a consonant at the end
     * (Alexander = Aleksandr). */
    if (c == 'u' && prev == 'g' && (next == 'e' || next == 'i')) continue;
    if (c == 'e' && next == 'r' && out[i + 2] == '\0' && prev && !strchr("aeiouy", prev) && i >= 2)
      continue;
    if (c == 'y' && vprev && !vnext)
      c = 'i';
    else if (c == 'i' && (next == 'a' || next == 'u'))
      c = 'y';
    out[m++] = c;
  }
  out[m] = '\0';
  return out;
}

char *
fkg_resolve_person_key(FkgContext *ctx, FkgArena *arena, const char *family, const char *given)
{
  char *f = fkg_resolve_name_key(ctx, arena, family);
  char *g = given ? fkg_resolve_name_key(ctx, arena, given) : NULL;
  if (!f) return NULL;
  if (g && *g) return fkg_arena_printf(arena, "person/%s-%s", f, g);
  return fkg_arena_printf(arena, "person/%s", f);
}

static void
index_given_latin(FkgContext *ctx, const FkgLexicon *lex)
{
  ctx->given_latin_built = 1;
  int32_t rows = fkg_lexicon_rows(lex, FKG_LX_GIVEN);
  uint32_t n = 16;
  while (n < (uint32_t)rows * 2 + 16)
    n <<= 1;
  ctx->given_latin_keys = calloc(n, sizeof(char *));
  ctx->given_latin_rows = calloc(n, sizeof(int32_t));
  if (!ctx->given_latin_keys || !ctx->given_latin_rows) return; /* then nothing is found */
  ctx->ngiven_latin = n;
  for (int32_t r = 0; r < rows; r++) {
    if (strcmp(fkg_lexicon_cell(lex, FKG_LX_GIVEN, r, "lang"), "ru") != 0) continue;
    const char *key = fkg_resolve_name_key(ctx, &ctx->lines_arena,
                                           fkg_lexicon_cell(lex, FKG_LX_GIVEN, r, "name"));
    /* Short keys (Ли, Ян) would turn common Latin words into given names. */
    if (!key || strlen(key) < 4) continue;
    uint32_t h = fkg_hash_str(0, key, SIZE_MAX) & (n - 1);
    while (ctx->given_latin_keys[h] && strcmp(ctx->given_latin_keys[h], key) != 0)
      h = (h + 1) & (n - 1);
    if (ctx->given_latin_keys[h]) continue; /* the first row with a key keeps it */
    ctx->given_latin_keys[h] = key;
    ctx->given_latin_rows[h] = r;
  }
}

int32_t
fkg_resolve_given_latin(FkgContext *ctx, const FkgLexicon *lex, const char *key)
{
  if (!key) return -1;
  if (!ctx->given_latin_built) index_given_latin(ctx, lex);
  if (!ctx->ngiven_latin) return -1;
  uint32_t mask = ctx->ngiven_latin - 1;
  for (uint32_t h = fkg_hash_str(0, key, SIZE_MAX) & mask; ctx->given_latin_keys[h];
       h = (h + 1) & mask)
    if (strcmp(ctx->given_latin_keys[h], key) == 0) return ctx->given_latin_rows[h];
  return -1;
}
