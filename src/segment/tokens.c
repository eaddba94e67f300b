/* forumkg: segment stage, tokens and sentences. The word break iterator gives the tokens;
 * each gets flags (script, case, quote, dash, preceding line break) and a matching key. The
 * sentence iterator gives sentences, which are rejoined when ICU breaks at a bare line break
 * that sits inside a sentence (the next line starts in lower case). */
#include "context_int.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

static int
is_quote(UChar32 c)
{
  return c == '"' || c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D || c == 0x201E ||
         c == 0x201F || c == 0x2039 || c == 0x203A || c == '\'' || c == 0x2018 || c == 0x2019;
}

static int
is_open_quote(UChar32 c)
{
  return c == 0x00AB || c == 0x201E || c == 0x201C || c == 0x2039 || c == 0x2018;
}

static int
is_dash(UChar32 c)
{
  return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
         c == 0x2015 || c == 0x2212;
}

char *
fkg_fold_lower(FkgArena *arena, const char *utf8)
{
  size_t n = strlen(utf8);
  /* Lower-casing Cyrillic and Latin keeps the UTF-8 length within 3x. */
  char *out = fkg_arena_alloc(arena, n * 3 + 4);
  if (!out) return NULL;
  int32_t i = 0, len = (int32_t)n, o = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(utf8, i, len, c);
    if (c < 0) continue;
    if (c == 0x0451 || c == 0x0401)
      c = 0x0435; /* ё → е */
    else if (is_dash(c))
      c = '-';
    else if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '\'')
      c = '\'';
    else if (is_quote(c))
      c = '"';
    else
      c = u_tolower(c);
    UBool bad = 0;
    U8_APPEND((uint8_t *)out, o, (int32_t)(n * 3 + 3), c, bad);
    if (bad) break; /* cannot happen: the buffer holds 3 bytes per input byte */
  }
  out[o] = '\0';
  return out;
}

const char *
fkg_capitalise(FkgArena *arena, const char *utf8)
{
  UChar buf[256];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = 0;
  u_strFromUTF8(buf, 256, &n, utf8, -1, &err);
  if (U_FAILURE(err) || n == 0) return utf8;
  UChar first[4];
  int32_t fl = u_strToUpper(first, 4, buf, 1, "", &err);
  if (U_FAILURE(err) || fl != 1) return utf8;
  buf[0] = first[0];
  char out[768];
  u_strToUTF8(out, sizeof out, NULL, buf, n, &err);
  return U_SUCCESS(err) ? fkg_arena_strdup(arena, out) : utf8;
}

/* What classify asks of ICU about one code point, as bits (UC_KNOWN: asked). */
enum { UC_KNOWN = 1, UC_ALPHA = 2, UC_UPPER = 4, UC_DIGIT = 8, UC_CYR = 16, UC_LAT = 32 };

static uint8_t
ask_uclass(UChar32 c)
{
  uint8_t k = UC_KNOWN;
  if (u_isalpha(c)) {
    k |= UC_ALPHA;
    if (u_isupper(c)) k |= UC_UPPER;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &err);
    if (sc == USCRIPT_CYRILLIC)
      k |= UC_CYR;
    else if (sc == USCRIPT_LATIN)
      k |= UC_LAT;
  } else if (u_isdigit(c)) {
    k |= UC_DIGIT;
  }
  return k;
}

/* The bits of c, from the context's table for the BMP (filled as code units are met). */
static uint8_t
uclass(FkgContext *ctx, UChar32 c)
{
  if (c > 0xFFFF) return ask_uclass(c);
  uint8_t k = ctx->uclass[c];
  if (!k) k = ctx->uclass[c] = ask_uclass(c);
  return k;
}

static uint32_t
classify(FkgContext *ctx, const UChar *s, int32_t n)
{
  uint32_t fl = 0;
  int letters = 0, uppers = 0, digits = 0, first = 1;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U16_NEXT(s, i, n, c);
    uint8_t k = uclass(ctx, c);
    if (k & UC_ALPHA) {
      letters++;
      if (k & UC_UPPER) {
        uppers++;
        if (first) fl |= FKG_TOK_CAP;
      }
      first = 0;
      if (k & UC_CYR)
        fl |= FKG_TOK_CYR;
      else if (k & UC_LAT)
        fl |= FKG_TOK_LAT;
    } else if (k & UC_DIGIT) {
      digits++;
      first = 0;
    }
  }
  if (letters) {
    fl |= FKG_TOK_WORD;
    if (uppers == letters && letters >= 2) fl |= FKG_TOK_ALLCAPS;
  } else if (digits) {
    fl |= FKG_TOK_NUM;
  } else {
    fl |= FKG_TOK_PUNCT;
    UChar32 c;
    int32_t i = 0;
    U16_NEXT(s, i, n, c);
    if (is_quote(c)) fl |= is_open_quote(c) ? FKG_TOK_QOPEN : FKG_TOK_QCLOSE;
    if (is_dash(c)) fl |= FKG_TOK_DASH;
  }
  return fl;
}

/* Latin keys: lower case without diacritics, a plural -s/-x and a final -e dropped, so that
 * English and French inflection (sociales, sociale, social; sessions, session) meet. */
static void
latin_key(FkgContext *ctx, const char *lower, char *out, size_t cap)
{
  UChar u[256], d[512];
  int32_t ul = 0, dl;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(u, 256, &ul, lower, -1, &err);
  if (U_FAILURE(err)) {
    snprintf(out, cap, "%s", lower);
    return;
  }
  dl = unorm2_normalize(ctx->nfd, u, ul, d, 512, &err);
  size_t o = 0;
  for (int32_t i = 0; U_SUCCESS(err) && i < dl && o + 4 < cap; i++) {
    UChar c = d[i];
    if (u_getCombiningClass(c) != 0 || (c >= 0x300 && c <= 0x36F)) continue;
    if (c < 0x80)
      out[o++] = (char)c;
    else {
      int32_t oo = (int32_t)o;
      UBool bad = 0;
      U8_APPEND((uint8_t *)out, oo, (int32_t)cap - 1, c, bad);
      if (bad) break;
      o = (size_t)oo;
    }
  }
  out[o] = '\0';
  if (o > 3 && (out[o - 1] == 's' || out[o - 1] == 'x') && out[o - 2] != 's') out[--o] = '\0';
  if (o > 4 && out[o - 1] == 'e') out[--o] = '\0';
}

void
fkg_word_key(FkgContext *ctx, const char *lower, char *out, size_t cap)
{
  int cyr = 0, lat = 0;
  for (const unsigned char *p = (const unsigned char *)lower; *p; p++) {
    if (*p == 0xD0 || *p == 0xD1)
      cyr = 1;
    else if ((*p >= 'a' && *p <= 'z'))
      lat = 1;
  }
  if (cyr) {
    const sb_symbol *st =
        sb_stemmer_stem(ctx->stem_ru, (const sb_symbol *)lower, (int)strlen(lower));
    int sl = st ? sb_stemmer_length(ctx->stem_ru) : 0;
    if (!st || (size_t)sl >= cap) {
      snprintf(out, cap, "%s", lower);
      return;
    }
    memcpy(out, st, (size_t)sl);
    out[sl] = '\0';
  } else if (lat) {
    latin_key(ctx, lower, out, cap);
  } else {
    snprintf(out, cap, "%s", lower);
  }
}

/* Derives a token's class and strings from its text u[0, n) into `arena`; 0 when out of
 * memory or when the text is not convertible (an unpaired surrogate). */
static int
make_form(FkgContext *ctx, FkgArena *arena, const UChar *u, int32_t n, FkgTokenForm *f)
{
  f->flags = classify(ctx, u, n);
  /* One conversion into a buffer sized for the worst case (3 bytes per UTF-16 unit). */
  char *surface = fkg_arena_alloc_uninit(arena, (size_t)n * 3 + 1);
  if (!surface) return 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strToUTF8(surface, n * 3 + 1, NULL, u, n, &err);
  if (U_FAILURE(err)) return 0;
  f->surface = surface;
  f->lower = fkg_fold_lower(arena, surface);
  if (!f->lower) return 0;
  f->capkey = NULL;
  if (f->flags & FKG_TOK_WORD) {
    const char *known = fkg_memo_get(ctx->memo, FKG_MEMO_WORD_KEY, f->lower);
    if (known) {
      f->key = fkg_arena_strdup(arena, known);
    } else {
      char key[256];
      fkg_word_key(ctx, f->lower, key, sizeof key);
      fkg_memo_put(ctx->memo, FKG_MEMO_WORD_KEY, f->lower, key);
      f->key = fkg_arena_strdup(arena, key);
    }
    if (f->flags & FKG_TOK_ALLCAPS) {
      f->capkey = fkg_arena_printf(arena, "^%s", f->lower);
      if (!f->capkey) return 0;
    }
  } else {
    f->key = f->lower;
  }
  if (!f->key) return 0;
  /* Once the lexicon is loaded, every token of this text starts its match from these. */
  f->given = 0;
  f->lexfirst_of = ctx->lex;
  if (ctx->lex)
    fkg_lexicon_firsts(ctx->lex, f->key, f->capkey, (f->flags & FKG_TOK_WORD) ? f->lower : NULL,
                       f->lexfirst);
  else
    f->lexfirst[0] = f->lexfirst[1] = f->lexfirst[2] = -1;
  return 1;
}

/* The form of the token text u[0, n): from the context's table when seen before, else made and
 * kept there (its strings then live as long as the context), or made in `arena` when the token
 * is long or the table full. NULL on failure. */
static const FkgTokenForm *
token_form(FkgContext *ctx, FkgArena *arena, const UChar *u, int32_t n, FkgTokenForm *tmp)
{
  if (n > FKG_FORM_UNITS) return make_form(ctx, arena, u, n, tmp) ? tmp : NULL;
  uint32_t h = 2166136261u;
  for (int32_t i = 0; i < n; i++)
    h = (h ^ u[i]) * 16777619u;
  uint32_t slot = h & (FKG_FORM_SLOTS - 1);
  FkgTokenForm *f;
  for (;; slot = (slot + 1) & (FKG_FORM_SLOTS - 1)) {
    f = &ctx->forms[slot];
    if (!f->units) break;
    if (f->hash == h && f->len == n && memcmp(f->units, u, sizeof *u * (size_t)n) == 0) return f;
  }
  if (ctx->nforms >= FKG_FORM_MAX) return make_form(ctx, arena, u, n, tmp) ? tmp : NULL;
  UChar *units = fkg_arena_alloc_uninit(&ctx->forms_arena, sizeof *u * (size_t)n);
  if (!units || !make_form(ctx, &ctx->forms_arena, u, n, tmp)) return NULL;
  memcpy(units, u, sizeof *u * (size_t)n);
  *f = *tmp;
  f->units = units;
  f->len = n;
  f->hash = h;
  ctx->nforms++;
  return f;
}

static FkgStatus
push_token(FkgContext *ctx, FkgDoc *doc, int32_t b, int32_t e, uint32_t flags, int32_t *cap,
           const FkgTokenForm *known)
{
  /* tokens_of sizes the array for every token the segments can give; this growth is the
   * guard should the splitting rules below ever give more than that bound. */
  if (doc->ntoks == *cap) {
    int32_t ncap = *cap ? *cap * 2 : 1024;
    /* Not zeroed: every field of a token is set below. */
    FkgToken *nt = fkg_arena_alloc_uninit(&doc->arena, sizeof(FkgToken) * (size_t)ncap);
    if (!nt) return FKG_BAD_ALLOC;
    if (doc->ntoks) memcpy(nt, doc->toks, sizeof(FkgToken) * (size_t)doc->ntoks);
    doc->toks = nt;
    *cap = ncap;
  }
  FkgTokenForm tmp;
  const FkgTokenForm *f = known ? known : token_form(ctx, &doc->arena, doc->text + b, e - b, &tmp);
  if (!f) return FKG_BAD_ALLOC;
  FkgToken *t = &doc->toks[doc->ntoks];
  t->b = b;
  t->e = e;
  t->flags = flags | f->flags;
  t->sent = 0;
  t->surface = f->surface;
  t->lower = f->lower;
  t->key = f->key;
  t->capkey = f->capkey;
  t->form = f >= ctx->forms && f < ctx->forms + FKG_FORM_SLOTS ? (int32_t)(f - ctx->forms) : -1;
  if (ctx->lex && f->lexfirst_of != ctx->lex)
    fkg_lexicon_firsts(ctx->lex, t->key, t->capkey, (f->flags & FKG_TOK_WORD) ? t->lower : NULL,
                       t->lexfirst);
  else
    memcpy(t->lexfirst, f->lexfirst, sizeof t->lexfirst);
  doc->lexfirst_of = ctx->lex;
  doc->ntoks++;
  return FKG_SUCCESS;
}

/* French elision: l’organisation, d’experts, qu’il are one ICU word; split the article off so
 * that the noun is matched on its own. */
static int32_t
elision_split(const UChar *s, int32_t b, int32_t e)
{
  for (int32_t i = b + 1; i < e - 1 && i <= b + 3; i++)
    if (s[i] == 0x2019 || s[i] == '\'') return i + 1;
  return -1;
}

/* An initial glued to a name (В.Логинов) or to another initial (O.S. Kryukova: ICU's word
 * "O.S") is one ICU word, to be split as "В" "." "Логинов": the initial's length when s[b, e)
 * starts so, else 0. A Latin transcription's initial may be two letters, one Cyrillic letter
 * in BGN/PCGN (Yu.A. Ogorodnikova: Ю.А.). */
static int32_t
glued_initial(const UChar *s, int32_t b, int32_t e)
{
  if (e - b >= 3 && u_isupper(s[b]) && s[b + 1] == '.' && u_isupper(s[b + 2])) return 1;
  return e - b >= 4 && s[b] >= 'A' && s[b] <= 'Z' && s[b + 1] >= 'a' && s[b + 1] <= 'z' &&
                 s[b + 2] == '.' && u_isupper(s[b + 3]) && fkg_initial_digraph(s[b], s[b + 1])
             ? 2
             : 0;
}

int
fkg_initial_digraph(int a, int b)
{
  static const char digraphs[][2] = {{'y', 'u'}, {'y', 'a'}, {'y', 'o'}, {'y', 'e'}, {'z', 'h'},
                                     {'k', 'h'}, {'t', 's'}, {'c', 'h'}, {'s', 'h'}};
  a = a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a;
  b = b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b;
  for (size_t k = 0; k < sizeof digraphs / sizeof *digraphs; k++)
    if (a == digraphs[k][0] && b == digraphs[k][1]) return 1;
  return 0;
}

/* Where s[b, e) is split after an elided article (elision_split, with a letter after), or -1. */
static int32_t
elision_cut(const UChar *s, int32_t b, int32_t e)
{
  int32_t cut = elision_split(s, b, e);
  return cut > 0 && u_isalpha(s[cut]) ? cut : -1;
}

/* Where s[b, e) is split before an English possessive ending (Tatarstan's, Krai’s: the name
 * then matches the lexicon as written), or -1. */
static int32_t
possessive_cut(const UChar *s, int32_t b, int32_t e)
{
  if (e - b < 4 || (s[e - 1] != 's' && s[e - 1] != 'S')) return -1;
  if (s[e - 2] != '\'' && s[e - 2] != 0x2019) return -1;
  return u_isalpha(s[e - 3]) ? e - 2 : -1;
}

/* What a word segment is, for the token loop: a token (SEG_WHOLE: one that neither an initial
 * nor an elision splits), or white space (with or without a line break in it); SEG_UNKNOWN
 * when not worked out in advance (the loop tests the text). */
enum { SEG_TOKEN = 0, SEG_BLANK = 1, SEG_BLANK_NL = 2, SEG_UNKNOWN = 3, SEG_WHOLE = 4 };

typedef struct {
  int32_t e; /* the segment's end: its start is the previous segment's end (or 0) */
  uint8_t kind;
  const FkgTokenForm *form; /* the form of the whole segment when known, else NULL */
} Segment;

static int
blank_unit(UChar c)
{
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

static int
newline_unit(UChar c)
{
  return c == '\n' || c == 0x2028 || c == 0x2029;
}

/* ICU's word breaks of u[0, n) appended to `out` as segment ends offset by `base`, of unknown
 * kind and form. */
static FkgStatus
icu_segments(FkgContext *ctx, const UChar *u, int32_t n, int32_t base, Segment *out, int32_t *nout)
{
  UErrorCode err = U_ZERO_ERROR;
  ubrk_setText(ctx->words, u, n, &err);
  if (U_FAILURE(err)) return FKG_BAD_LIBRARY;
  ubrk_first(ctx->words);
  for (int32_t e = ubrk_next(ctx->words); e != UBRK_DONE; e = ubrk_next(ctx->words)) {
    out[*nout].e = base + e;
    out[*nout].kind = SEG_UNKNOWN;
    out[*nout].form = NULL;
    (*nout)++;
  }
  return FKG_SUCCESS;
}

/* Whether ICU's word breaker has a boundary before text[p] (0 < p < len) whatever comes before
 * the space or line feed at p - 1 and whatever follows text[p], so that the text on either side
 * can be given to ICU on its own. ICU's rules say how to move forward to the next boundary from
 * a known one, so the breaks after p depend on text[p, ...) alone; and no word rule of UAX #29
 * carries on past a space or a line feed except into more white space or into a character that
 * attaches to it (Extend, Format, ZWJ: WB3d, WB4). Those are asked of ICU's own properties, and
 * anything unusual (a surrogate, a grapheme extender of any kind) simply leaves no cut. The
 * differential check in tests/unit/test_segment.c compares the result with ICU's over whole
 * texts. */
static int
cut_before(FkgContext *ctx, const UChar *text, int32_t p)
{
  UChar c = text[p];
  if (U16_IS_SURROGATE(c)) return 0;
  /* The answer for each code unit is asked of ICU once per context (0: not yet asked). */
  uint8_t known = ctx->cut_ok[c];
  if (known) return known == 2;
  int32_t wb = u_getIntPropertyValue(c, UCHAR_WORD_BREAK);
  int ok = wb != U_WB_EXTEND && wb != U_WB_FORMAT && wb != U_WB_ZWJ && wb != U_WB_WSEGSPACE &&
           wb != U_WB_CR && wb != U_WB_LF && wb != U_WB_NEWLINE &&
           u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK) == U_GCB_OTHER;
  ctx->cut_ok[c] = ok ? 2 : 1;
  return ok;
}

/* The chunk u[0, n) (FNV-1a hash h) from the context's table, or learnt from ICU and kept there;
 * NULL when the chunk is long, the table full, or memory or ICU failed (the caller then asks ICU
 * itself). */
static const FkgChunk *
chunk_of(FkgContext *ctx, const UChar *u, int32_t n, uint32_t h)
{
  if (n > FKG_CHUNK_UNITS) return NULL;
  FkgChunk *c;
  for (uint32_t slot = h & (FKG_CHUNK_SLOTS - 1);; slot = (slot + 1) & (FKG_CHUNK_SLOTS - 1)) {
    c = &ctx->chunks[slot];
    if (!c->units) break;
    if (c->hash == h && c->len == n && memcmp(c->units, u, sizeof *u * (size_t)n) == 0) return c;
  }
  if (ctx->nchunks >= FKG_CHUNK_MAX) return NULL;
  FkgArena *a = &ctx->forms_arena;
  UChar *units = fkg_arena_alloc_uninit(a, sizeof *u * (size_t)n);
  if (!units) return NULL;
  memcpy(units, u, sizeof *u * (size_t)n);
  /* ICU reads the context's own copy, so that nothing points into a document afterwards. */
  Segment segs[FKG_CHUNK_UNITS];
  int32_t nseg = 0;
  if (icu_segments(ctx, units, n, 0, segs, &nseg)) return NULL;
  uint8_t *ends = fkg_arena_alloc_uninit(a, (size_t)nseg);
  const FkgTokenForm **forms = fkg_arena_alloc(a, sizeof *forms * (size_t)nseg);
  if (!ends || !forms) return NULL;
  for (int32_t k = 0, b = 0; k < nseg; b = segs[k].e, k++) {
    int32_t e = segs[k].e;
    ends[k] = (uint8_t)e;
    int blank = 1, nl = 0;
    for (int32_t i = b; i < e && blank; i++)
      blank = blank_unit(units[i]);
    for (int32_t i = b; blank && i < e && !nl; i++)
      nl = newline_unit(units[i]);
    if (blank)
      segs[k].kind = nl ? SEG_BLANK_NL : SEG_BLANK;
    else if (glued_initial(units, b, e) || elision_cut(units, b, e) > 0 ||
             possessive_cut(units, b, e) > 0)
      segs[k].kind = SEG_TOKEN;
    else
      segs[k].kind = SEG_WHOLE;
    forms[k] = NULL;
    if (!blank) {
      /* Only a form of the context's table may be kept (a made one lives in `tmp`). */
      FkgTokenForm tmp;
      const FkgTokenForm *f = token_form(ctx, a, units + b, e - b, &tmp);
      if (f != &tmp) forms[k] = f;
    }
  }
  uint8_t *kinds = fkg_arena_alloc_uninit(a, (size_t)nseg);
  if (!kinds) return NULL;
  for (int32_t k = 0; k < nseg; k++)
    kinds[k] = segs[k].kind;
  c->units = units;
  c->len = n;
  c->hash = h;
  c->nseg = nseg;
  c->ends = ends;
  c->kinds = kinds;
  c->forms = forms;
  ctx->nchunks++;
  return c;
}

/* The word segments of text[0, len) into `out` (room for len segments), as ICU's word breaker
 * gives them: chunk by chunk from the context's table where a cut allows (see cut_before), or
 * from ICU over the whole text when `direct`. *hooked tells whether ctx->words was left on
 * `text` (to be unhooked before the text goes away). */
static FkgStatus
word_segments(FkgContext *ctx, const UChar *text, int32_t len, int direct, Segment *out,
              int32_t *nout, int *hooked)
{
  *nout = 0;
  *hooked = 1;
  if (direct) return icu_segments(ctx, text, len, 0, out, nout);
  *hooked = 0;
  FkgStatus st;
  for (int32_t a = 0; a < len;) {
    /* The chunk's end and its hash in one pass. */
    uint32_t h = (2166136261u ^ text[a]) * 16777619u;
    int32_t p = a + 1;
    for (; p < len; p++) {
      UChar prev = text[p - 1];
      if ((prev == ' ' || prev == '\n') && cut_before(ctx, text, p)) break;
      h = (h ^ text[p]) * 16777619u;
    }
    const FkgChunk *c = chunk_of(ctx, text + a, p - a, h);
    if (c) {
      for (int32_t k = 0; k < c->nseg; k++) {
        out[*nout].e = a + c->ends[k];
        out[*nout].kind = c->kinds[k];
        out[*nout].form = c->forms[k];
        (*nout)++;
      }
    } else {
      *hooked = 1;
      if ((st = icu_segments(ctx, text + a, p - a, a, out, nout))) return st;
    }
    a = p;
  }
  return FKG_SUCCESS;
}

int32_t
fkg_segment_word_ends(FkgContext *ctx, FkgArena *arena, const UChar *text, int32_t len, int direct,
                      int32_t **ends)
{
  Segment *segs = fkg_arena_alloc_uninit(arena, sizeof *segs * (size_t)(len + 1));
  *ends = fkg_arena_alloc_uninit(arena, sizeof **ends * (size_t)(len + 1));
  if (!segs || !*ends) return -1;
  int32_t n = 0;
  int hooked;
  FkgStatus st = word_segments(ctx, text, len, direct, segs, &n, &hooked);
  static const UChar empty[1] = {0};
  UErrorCode err = U_ZERO_ERROR;
  ubrk_setText(ctx->words, empty, 0, &err);
  if (st) return -1;
  for (int32_t k = 0; k < n; k++)
    (*ends)[k] = segs[k].e;
  return n;
}

/* Whether token t's text is exactly the one code unit c (its surface is that character). */
static int
token_is(const FkgDoc *doc, const FkgToken *t, UChar c)
{
  return t->e - t->b == 1 && doc->text[t->b] == c;
}

/* The quotations open at some point of a text: guillemets nest, double quotes pair “ with ”
 * and „ with “, and straight double quotes alternate. */
typedef struct {
  int guillemets, curly, straight;
} QuotesOpen;

/* The quotations open after tokens [from, to) of `doc`, `open` being open before them (a
 * closing mark with none open is ignored). */
static QuotesOpen
quotes_open(const FkgDoc *doc, QuotesOpen open, int32_t from, int32_t to)
{
  for (int32_t k = from; k < to; k++) {
    const FkgToken *t = &doc->toks[k];
    if (t->e - t->b != 1) continue;
    switch (doc->text[t->b]) {
    case 0x00AB:
      open.guillemets++;
      break;
    case 0x00BB:
      open.guillemets -= open.guillemets > 0;
      break;
    case 0x201E:
      open.curly++;
      break;
    case 0x201C: /* closes after „ (tokens_of has flagged it), opens otherwise */
      if (t->flags & FKG_TOK_QCLOSE)
        open.curly -= open.curly > 0;
      else
        open.curly++;
      break;
    case 0x201D:
      open.curly -= open.curly > 0;
      break;
    case 0x0022:
      open.straight = !open.straight;
      break;
    default:
      break;
    }
  }
  return open;
}

/* Whether a sentence that starts at token `first` continues a quotation of the one before:
 * guillemets hold titles and speech alike («Демография 2.0. Перезагрузка»), and any open one
 * joins; double quotes join when they close within a few tokens, a title with a full stop in
 * it ("Social entrepreneurship. A new agenda"), not sentences of quoted speech, whose words
 * the rules read sentence by sentence. */
static int
continues_quote(const FkgDoc *doc, QuotesOpen open, int32_t first)
{
  if (open.guillemets > 0) return 1;
  if (!open.curly && !open.straight) return 0;
  for (int32_t k = first; k < doc->ntoks && k < first + 12; k++) {
    if (k > first && (doc->toks[k].flags & FKG_TOK_NL)) return 0;
    open = quotes_open(doc, open, k, k + 1);
    if (!open.curly && !open.straight) return 1;
  }
  return 0;
}

/* The tokens and sentences of `doc` from its word segments segs[0, nseg). */

/* The end of the sentence that starts at token `from` within [from, to): `to`, or the token
 * after a full stop where a new sentence opens with a number ("… регионов. 14 ноября в
 * Ханты-Мансийске пройдёт …", "… forum. 15 regions took part"). ICU's rules keep a full stop
 * and a lower-case word after a number together (UAX #29, SB8: "etc. 5 more"); a full stop
 * after a lower-case word of four letters or more (no abbreviation: г., тыс., руб.) ends the
 * sentence. */
static int32_t
number_starts_sentence(const FkgDoc *doc, int32_t from, int32_t to)
{
  for (int32_t k = from + 1; k + 2 < to; k++) {
    const FkgToken *dot = &doc->toks[k], *w = &doc->toks[k - 1], *num = &doc->toks[k + 1],
                   *after = &doc->toks[k + 2];
    if (dot->lower[0] == '.' && !dot->lower[1] && (w->flags & FKG_TOK_WORD) &&
        !(w->flags & FKG_TOK_CAP) && w->e - w->b >= 4 && (num->flags & FKG_TOK_NUM) &&
        (num->flags & FKG_TOK_SPACE) && num->e - num->b <= 2 && (after->flags & FKG_TOK_WORD) &&
        !(after->flags & FKG_TOK_CAP))
      return k + 1;
  }
  return to;
}

static FkgStatus
tokens_of(FkgContext *ctx, FkgDoc *doc, const Segment *segs, int32_t nseg, int hooked)
{
  UErrorCode err = U_ZERO_ERROR;
  FkgStatus st;
  /* The token array is sized once, for the most tokens the segments can give (a whole word
   * one, white space none, any other segment at most one per unit): grown by doubling in the
   * document's arena, it would keep every smaller copy until the document is done, as much
   * again as the tokens of a long document. */
  int32_t cap = 16;
  for (int32_t si = 0, b = 0; si < nseg; b = segs[si].e, si++)
    cap += segs[si].kind == SEG_WHOLE                                    ? 1
           : segs[si].kind == SEG_BLANK || segs[si].kind == SEG_BLANK_NL ? 0
                                                                         : segs[si].e - b;
  doc->toks = fkg_arena_alloc_uninit(&doc->arena, sizeof(FkgToken) * (size_t)cap);
  if (!doc->toks) return FKG_BAD_ALLOC;
  uint32_t pending = 0;
  int32_t skip_to = 0;
  int32_t b = 0;
  /* The first masked unit at or after b (doc->len when none): most text is not masked, and
   * memchr finds the next one faster than a test per unit. */
  int32_t masked = -1;
  for (int32_t si = 0; si < nseg; b = segs[si].e, si++) {
    int32_t e = segs[si].e;
    if (b < skip_to) continue;
    /* ICU joins l’organisation (U+2019) but splits l'organisation (U+0027): give the ASCII
     * elision the same shape, article and apostrophe as one token. */
    if (e - b <= 3 && e + 1 < doc->len && doc->text[e] == '\'' && u_isalpha(doc->text[e + 1]) &&
        u_isalpha(doc->text[b]) && !doc->skip[b]) {
      if ((st = push_token(ctx, doc, b, e + 1, pending, &cap, NULL))) return st;
      pending = 0;
      skip_to = e + 1;
      continue;
    }
    /* Each question stops at its first answer: a word is settled by its first character and
     * its mask, and line breaks only matter for the blank or masked runs. A segment met in a
     * chunk before comes with its answers. */
    if (masked < b) {
      const unsigned char *m = memchr(doc->skip + b, 1, (size_t)(doc->len - b));
      masked = m ? (int32_t)(m - doc->skip) : doc->len;
    }
    int blank, skipped = masked < e, nl;
    if (segs[si].kind != SEG_UNKNOWN) {
      blank = segs[si].kind == SEG_BLANK || segs[si].kind == SEG_BLANK_NL;
      nl = skipped || segs[si].kind == SEG_BLANK_NL;
    } else {
      blank = 1;
      for (int32_t i = b; i < e && blank; i++)
        blank = blank_unit(doc->text[i]);
      nl = skipped;
      for (int32_t i = b; (blank || skipped) && i < e && !nl; i++)
        nl = newline_unit(doc->text[i]);
    }
    if (blank || skipped) {
      if (nl) pending |= FKG_TOK_NL;
      pending |= FKG_TOK_SPACE;
      continue;
    }
    const FkgTokenForm *known = segs[si].form;
    if (segs[si].kind == SEG_WHOLE) {
      if ((st = push_token(ctx, doc, b, e, pending, &cap, known))) return st;
      pending = 0;
      continue;
    }
    for (int32_t g; (g = glued_initial(doc->text, b, e)) > 0;) {
      if ((st = push_token(ctx, doc, b, b + g, pending, &cap, NULL))) return st;
      if ((st = push_token(ctx, doc, b + g, b + g + 1, 0, &cap, NULL))) return st;
      pending = 0;
      b += g + 1;
      known = NULL;
    }
    int32_t cut = elision_cut(doc->text, b, e);
    if (cut > 0) {
      if ((st = push_token(ctx, doc, b, cut, pending, &cap, NULL))) return st;
      pending = 0;
      b = cut;
      known = NULL;
    }
    cut = possessive_cut(doc->text, b, e);
    if (cut > 0) {
      if ((st = push_token(ctx, doc, b, cut, pending, &cap, NULL))) return st;
      pending = 0;
      b = cut;
      known = NULL;
    }
    if ((st = push_token(ctx, doc, b, e, pending, &cap, known))) return st;
    pending = 0;
  }
  /* (the bound's spare slots hold nothing: a read of toks[ntoks] is a bug, caught as one under
   * AddressSanitizer) */
  fkg_arena_unused(doc->toks + doc->ntoks, sizeof(FkgToken) * (size_t)(cap - doc->ntoks));
  /* „…“: after a low-9 opening quote, U+201C closes (German and Russian typography). */
  for (int32_t i = 0, low9 = 0; i < doc->ntoks; i++) {
    FkgToken *t = &doc->toks[i];
    if (token_is(doc, t, 0x201E))
      low9 = 1;
    else if (low9 && token_is(doc, t, 0x201C)) {
      t->flags = (t->flags & ~(uint32_t)FKG_TOK_QOPEN) | FKG_TOK_QCLOSE;
      low9 = 0;
    }
  }
  /* Sentences: ICU boundaries mapped onto tokens. */
  ubrk_setText(ctx->sentences, doc->text, doc->len, &err);
  if (U_FAILURE(err)) return FKG_BAD_LIBRARY;
  int32_t scap = 64, ti = 0;
  /* The quotations left open at the end of the last sentence so far: a fold over its tokens,
   * carried on over the tokens a join adds, so that a run of joined sentences (an unclosed «
   * joins every sentence after it on its line) is read once, not once per join. */
  const QuotesOpen none = {0, 0, 0};
  QuotesOpen open = none;
  doc->sents = fkg_arena_alloc(&doc->arena, sizeof(FkgSentence) * (size_t)scap);
  if (!doc->sents) return FKG_BAD_ALLOC;
  doc->nsents = 0;
  ubrk_first(ctx->sentences);
  for (int32_t se = ubrk_next(ctx->sentences); se != UBRK_DONE; se = ubrk_next(ctx->sentences)) {
    int32_t first = ti;
    while (ti < doc->ntoks && doc->toks[ti].b < se)
      ti++;
    if (ti == first) continue;
    /* Rejoin across a line break that ICU took for a sentence end when the line ends with no
     * terminal punctuation and the next line starts in lower case or with punctuation. */
    if (doc->nsents > 0) {
      FkgSentence *prev = &doc->sents[doc->nsents - 1];
      const FkgToken *lastt = &doc->toks[prev->last - 1];
      const FkgToken *ft = &doc->toks[first];
      int terminal = (lastt->flags & FKG_TOK_PUNCT) && strchr(".!?:;…", lastt->lower[0]) &&
                     lastt->lower[0] != '\0';
      int lowerstart = (ft->flags & FKG_TOK_WORD) && !(ft->flags & FKG_TOK_CAP);
      /* "г. Москва", "ул. Ленина", "им. Пушкина", "тыс. человек": a full stop after a short
       * lower-case abbreviation does not end the sentence. A three-letter word before a
       * capital is a word that ends one (старше 65 лет. Министр …), and a paragraph break
       * always ends one. */
      int abbrev = 0;
      if (prev->last - prev->first >= 2 && strcmp(lastt->lower, ".") == 0 &&
          !(ft->flags & FKG_TOK_NL)) {
        const FkgToken *ab = &doc->toks[prev->last - 2];
        abbrev = (ab->flags & FKG_TOK_WORD) && !(ab->flags & FKG_TOK_CAP) &&
                 (ab->flags & FKG_TOK_CYR) &&
                 (ab->e - ab->b <= 2 || (ab->e - ab->b == 3 && !(ft->flags & FKG_TOK_CAP)));
        /* "С. Ларина", "V. Sinichkin": an initial before a capitalised word on the same line
         * starts a name, not a sentence. */
        abbrev |= (ab->flags & FKG_TOK_WORD) && (ab->flags & FKG_TOK_CAP) && ab->e - ab->b == 1 &&
                  (ft->flags & FKG_TOK_CAP) && !(ft->flags & FKG_TOK_NL);
        /* "St. Petersburg", "Mr. Ivanov", "Dr. Smith": a Latin capital and a lower-case letter
         * before a capitalised word on the same line (ICU's own suppressions, ss=standard,
         * keep "Mr." but not "St."). */
        abbrev |= (ab->flags & FKG_TOK_WORD) && (ab->flags & FKG_TOK_LAT) &&
                  (ab->flags & FKG_TOK_CAP) && !(ab->flags & FKG_TOK_ALLCAPS) &&
                  ab->e - ab->b == 2 && (ft->flags & FKG_TOK_CAP) && !(ft->flags & FKG_TOK_NL);
      }
      /* Inside a quotation a full stop does not end the sentence («Демография 2.0.
       * Перезагрузка», «Инклюзивная занятость. Взгляд из регионов», "Social entrepreneurship.
       * A new agenda"). */
      if ((!terminal && lowerstart) || abbrev ||
          (!(ft->flags & FKG_TOK_NL) && continues_quote(doc, open, first))) {
        prev->last = ti;
        open = quotes_open(doc, open, first, ti);
        continue;
      }
    }
    open = quotes_open(doc, none, first, ti);
    for (int32_t from = first; from < ti;) {
      int32_t to = number_starts_sentence(doc, from, ti);
      if (doc->nsents == scap) {
        FkgSentence *ns = fkg_arena_alloc(&doc->arena, sizeof(FkgSentence) * (size_t)scap * 2);
        if (!ns) return FKG_BAD_ALLOC;
        memcpy(ns, doc->sents, sizeof(FkgSentence) * (size_t)scap);
        doc->sents = ns;
        scap *= 2;
      }
      doc->sents[doc->nsents].first = from;
      doc->sents[doc->nsents].last = to;
      doc->nsents++;
      from = to;
    }
  }
  fkg_arena_unused(doc->sents + doc->nsents, sizeof(FkgSentence) * (size_t)(scap - doc->nsents));
  for (int32_t s = 0; s < doc->nsents; s++)
    for (int32_t t = doc->sents[s].first; t < doc->sents[s].last; t++)
      doc->toks[t].sent = s;
  static const UChar empty[1] = {0};
  if (hooked) ubrk_setText(ctx->words, empty, 0, &err);
  ubrk_setText(ctx->sentences, empty, 0, &err);
  return FKG_SUCCESS;
}

FkgStatus
fkg_segment_doc(FkgContext *ctx, FkgDoc *doc)
{
  /* The segments are needed only until the tokens are made: outside the document's arena, so
   * that a long document gives their memory back before its rules and statements need some. */
  Segment *segs = malloc(sizeof *segs * (size_t)(doc->len + 1));
  if (!segs) return FKG_BAD_ALLOC;
  int32_t nseg = 0;
  int hooked;
  FkgStatus st = word_segments(ctx, doc->text, doc->len, 0, segs, &nseg, &hooked);
  if (!st) st = tokens_of(ctx, doc, segs, nseg, hooked);
  free(segs);
  return st;
}

int
fkg_segment_phrase_keys(FkgContext *ctx, FkgArena *arena, const char *utf8, const char **keys,
                        unsigned char *caps, int max)
{
  UChar buf[1024];
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(buf, 1024, &len, utf8, -1, &err);
  if (U_FAILURE(err)) return 0;
  /* An ASCII apostrophe between letters is an elision: make it the one ICU joins. */
  for (int32_t i = 1; i + 1 < len; i++)
    if (buf[i] == '\'' && u_isalpha(buf[i - 1]) && u_isalpha(buf[i + 1])) buf[i] = 0x2019;
  UChar nfc[2048];
  len = unorm2_normalize(ctx->nfc, buf, len, nfc, 2048, &err);
  if (U_FAILURE(err)) return 0;
  /* Phrases share the documents' chunks: the lexicon's words are most of what articles say. */
  Segment segs[2048];
  int32_t nseg = 0, hooked;
  FkgStatus st = word_segments(ctx, nfc, len, 0, segs, &nseg, &hooked);
  /* Unhooked only when ICU saw `nfc` itself: a chunk learnt is read from the context's copy. */
  static const UChar empty[1] = {0};
  if (hooked) ubrk_setText(ctx->words, empty, 0, &err);
  if (st) return 0;
  err = U_ZERO_ERROR;
  int n = 0;
  for (int32_t si = 0, b = 0; si < nseg && n < max; b = segs[si].e, si++) {
    int32_t e = segs[si].e;
    /* White space is punctuation that is neither a dash nor a dot nor a comma: dropped below. */
    if (segs[si].kind == SEG_BLANK || segs[si].kind == SEG_BLANK_NL) continue;
    /* The pieces a document's token loop makes of the segment: an elided article, the word,
     * a possessive ending. */
    int32_t bounds[4] = {b}, nb = 1;
    int32_t cut = elision_split(nfc, b, e);
    if (cut > 0) bounds[nb++] = cut;
    int32_t pos = possessive_cut(nfc, bounds[nb - 1], e);
    if (pos > 0) bounds[nb++] = pos;
    bounds[nb] = e;
    if (nb > 1) cut = bounds[1];
    for (int part = 0; part < nb && n < max; part++) {
      int32_t pb = bounds[part], pe = bounds[part + 1];
      /* The piece's class and strings are those of a document token with the same text. */
      FkgTokenForm tmp;
      const FkgTokenForm *f = cut <= 0 && segs[si].form ? segs[si].form
                              : pe - pb <= FKG_FORM_UNITS
                                  ? token_form(ctx, arena, nfc + pb, pe - pb, &tmp)
                                  : NULL;
      uint32_t fl = f ? f->flags : classify(ctx, nfc + pb, pe - pb);
      /* Quotes are skipped on both sides at match time; dashes, dots and commas count. */
      if ((fl & FKG_TOK_PUNCT) && !(fl & FKG_TOK_DASH) && nfc[pb] != '.' && nfc[pb] != ',')
        continue;
      if (!(fl & (FKG_TOK_WORD | FKG_TOK_NUM | FKG_TOK_PUNCT))) continue;
      if (U_FAILURE(err)) break; /* an earlier piece failed: no more keys */
      if (f) {
        /* Copies in the caller's arena: the keys may outlive the context's table. */
        if ((fl & FKG_TOK_ALLCAPS) && strlen(f->surface) <= 12) {
          keys[n] = fkg_arena_strdup(arena, f->capkey);
          caps[n] = 1;
        } else {
          keys[n] = fkg_arena_strdup(arena, f->key);
          caps[n] = 0;
        }
        if (!keys[n]) break;
        n++;
        continue;
      }
      if (pe - pb <= FKG_FORM_UNITS) {
        /* Out of memory or not convertible: as below, where the failed conversion leaves
         * `err` set and so ends the phrase. */
        err = U_INVALID_CHAR_FOUND;
        break;
      }
      char u8[512];
      int32_t ul = 0;
      u_strToUTF8(u8, 512, &ul, nfc + pb, pe - pb, &err);
      if (U_FAILURE(err)) break;
      char *lower = fkg_fold_lower(arena, u8);
      if (!lower) break;
      if (fl & FKG_TOK_WORD) {
        char key[256];
        fkg_word_key(ctx, lower, key, sizeof key);
        if ((fl & FKG_TOK_ALLCAPS) && ul <= 12) {
          keys[n] = fkg_arena_printf(arena, "^%s", lower);
          caps[n] = 1;
        } else {
          keys[n] = fkg_arena_strdup(arena, key);
          caps[n] = 0;
        }
      } else {
        keys[n] = lower;
        caps[n] = 0;
      }
      if (!keys[n]) break;
      n++;
    }
  }
  return n;
}

int32_t *
fkg_segment_given_slot(FkgContext *ctx, const FkgToken *t)
{
  return t->form >= 0 ? &ctx->forms[t->form].given : NULL;
}
