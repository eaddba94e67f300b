/* forumkg: text stage, header metadata and page chrome. Metadata lines (`date 2019-06 Source:
 * …`, `Дата новости … 11.02.2018`) give the article's own date and are masked from extraction;
 * lines that are entirely page furniture (font-size toggles, "back to list") are masked too.
 * Both pattern sets are data: ontology/lexicon/metadata.tsv and chrome.tsv.
 *
 * Trying every pattern on every short line is what costs: ICU runs each big case-insensitive
 * alternation to its end before failing. Most patterns are ruled out by a line's first code
 * points alone ("Губернатор …" cannot be "размер шрифта: …"), and ICU itself says which:
 * matched against that prefix alone, a pattern that fails without touching the end of the text
 * (uregex_hitEnd false) fails on every text that starts with it. The answer is learnt once per
 * prefix (1 to FKG_PREFIX_CPS code points) and context, so no pattern needs a hand-written
 * prefilter. "contains" patterns are ruled out the same way at each position of the line. */
#include "context_int.h"
#include "forumkg/text.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

static int
group_int(URegularExpression *re, const char *name, const UChar *text)
{
  UErrorCode err = U_ZERO_ERROR;
  int32_t g = uregex_groupNumberFromCName(re, name, -1, &err);
  if (U_FAILURE(err)) return 0;
  int32_t s = uregex_start(re, g, &err), e = uregex_end(re, g, &err);
  if (U_FAILURE(err) || s < 0 || e <= s) return 0;
  int v = 0;
  for (int32_t i = s; i < e && i - s < 6; i++)
    if (text[i] >= '0' && text[i] <= '9') v = v * 10 + (text[i] - '0');
  return v;
}

/* The text of named group `name`, in UTF-8 in `arena`; NULL when it matched nothing. */
static const char *
group_utf8(FkgArena *arena, URegularExpression *re, const char *name, const UChar *text)
{
  UErrorCode err = U_ZERO_ERROR;
  int32_t g = uregex_groupNumberFromCName(re, name, -1, &err);
  if (U_FAILURE(err)) return NULL;
  int32_t s = uregex_start(re, g, &err), e = uregex_end(re, g, &err);
  if (U_FAILURE(err) || s < 0 || e <= s || e - s > 32) return NULL;
  char buf[128];
  int32_t n = 0;
  u_strToUTF8(buf, sizeof buf, &n, text + s, e - s, &err);
  if (U_FAILURE(err) || n >= (int32_t)sizeof buf) return NULL;
  return fkg_arena_strndup(arena, buf, (size_t)n);
}

static void
mask(FkgDoc *doc, int32_t b, int32_t e)
{
  for (int32_t i = b; i < e && i < doc->len; i++)
    doc->skip[i] = 1;
}

/* Whether `re` can match some text that starts with `u` (n units), anchored at the start
 * (matches when `whole`, else lookingAt). False only when ICU failed on `u` alone without
 * reaching its end: then more text after `u` cannot make it match. */
static int
may_start_with(URegularExpression *re, int whole, const UChar *u, int32_t n)
{
  UErrorCode err = U_ZERO_ERROR;
  uregex_setText(re, u, n, &err);
  UBool hit = whole ? uregex_matches(re, 0, &err) : uregex_lookingAt(re, 0, &err);
  UBool end = uregex_hitEnd(re, &err);
  static const UChar empty[1] = {0};
  UErrorCode ignored = U_ZERO_ERROR;
  uregex_setText(re, empty, 0, &ignored); /* unhooked: learning is rare, a later doc may ask */
  return U_FAILURE(err) || hit || end;
}

/* Keys are 1 to FKG_PREFIX_UNITS units: a loop beats a call to memcmp. */
static int
same_units(const UChar *a, const UChar *b, int32_t n)
{
  for (int32_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

static uint32_t
prefix_hash(int table, const UChar *u, int32_t n)
{
  uint32_t h = 2166136261u ^ (uint32_t)table;
  for (int32_t i = 0; i < n; i++)
    h = (h ^ u[i]) * 16777619u;
  return h;
}

static int
is_date(const FkgPattern *p)
{
  return p->kind == FKG_META_DATE_YMD || p->kind == FKG_META_DATE_DMY;
}

/* The learnt set of `table` for the prefix u[0, n), learning it from `parent` (the set of the
 * prefix one code point shorter) when new. NULL when the table is full. */
static const FkgPrefixSet *
prefix_set(FkgContext *ctx, int table, const UChar *u, int32_t n, uint64_t parent)
{
  uint32_t h = prefix_hash(table, u, n) & (FKG_PREFIX_SLOTS - 1);
  FkgPrefixSet *s;
  for (;; h = (h + 1) & (FKG_PREFIX_SLOTS - 1)) {
    s = &ctx->prefixes[h];
    if (s->len == 0) break;
    if (s->len == n && s->table == table && same_units(s->key, u, n)) return s;
  }
  if (ctx->nprefixes >= FKG_PREFIX_MAX) return NULL;
  int meta = table == FKG_PREFIX_META || table == FKG_PREFIX_META_UNDATED;
  const FkgPattern *pats = meta ? ctx->meta : ctx->chrome;
  int npats = meta ? ctx->nmeta : ctx->nchrome;
  /* Only bits of patterns that exist, so that a set ruling out all of them is 0. */
  s->mask = npats >= 64 ? parent : parent & (((uint64_t)1 << npats) - 1);
  for (int k = 0; k < npats && k < 64; k++) {
    if (!((parent >> k) & 1)) continue;
    /* The chrome table holds the whole-line patterns, the contains table the others. */
    int contains = !meta && pats[k].kind == FKG_CHROME_CONTAINS;
    /* (a menu pattern may start with any letter: its separator, not its start, rules it out) */
    int menu = !meta && pats[k].kind == FKG_CHROME_MENU;
    if ((table == FKG_PREFIX_CHROME && (contains || menu)) ||
        (table == FKG_PREFIX_CONTAINS && !contains) ||
        (table == FKG_PREFIX_META_UNDATED && is_date(&pats[k])) ||
        !may_start_with(pats[k].re, table == FKG_PREFIX_CHROME, u, n))
      s->mask &= ~((uint64_t)1 << k);
  }
  s->len = (uint8_t)n;
  s->table = (uint8_t)table;
  memcpy(s->key, u, sizeof *u * (size_t)n);
  ctx->nprefixes++;
  return s;
}

/* The patterns of `table` worth trying on text[b, e): those not ruled out by the line's first
 * one to FKG_PREFIX_CPS code points. */
static uint64_t
candidates(FkgContext *ctx, int table, const UChar *text, int32_t b, int32_t e)
{
  uint64_t set = ~(uint64_t)0;
  int32_t i = b;
  for (int cps = 0; cps < FKG_PREFIX_CPS && i < e && set; cps++) {
    U16_FWD_1(text, i, e);
    const FkgPrefixSet *s = prefix_set(ctx, table, text + b, i - b, set);
    if (!s) break;
    set = s->mask;
  }
  return set;
}

/* The "contains" chrome patterns (of ctx->chrome_scan) that may match somewhere in text[b, e):
 * a match starts at some position, and the text from there rules patterns out as a line's
 * start does for whole-line patterns. */
static uint64_t
scan_candidates(FkgContext *ctx, const UChar *text, int32_t b, int32_t e)
{
  uint64_t found = 0;
  for (int32_t i = b; i < e && found != ctx->chrome_scan; i++) {
    /* Most code units start no match of any: ctx->scan_start remembers which, one byte each
     * (0 not yet known, 1 none, 2 some may). Surrogates take the general path. */
    UChar c = text[i];
    uint8_t known = U16_IS_SURROGATE(c) ? 2 : ctx->scan_start[c];
    if (known == 1) continue;
    uint64_t m = candidates(ctx, FKG_PREFIX_CONTAINS, text, i, e) & ctx->chrome_scan;
    found |= m;
    /* Only the first code unit's own set can say "none" for every text after it. */
    if (!known) {
      int32_t one = i + 1;
      uint64_t first = candidates(ctx, FKG_PREFIX_CONTAINS, text, i, one) & ctx->chrome_scan;
      ctx->scan_start[c] = first ? 2 : 1;
    }
  }
  return found;
}

static int
may_try(uint64_t set, int k)
{
  return k >= 64 || ((set >> k) & 1);
}

/* Marks pattern k as pointing into the document, to be unhooked at the end. */
static void
hooked(uint64_t *used, int k)
{
  if (k < 64) *used |= (uint64_t)1 << k;
}

/* Whether text[b, e) holds a year (four digits from 1900 to 2099): every date pattern of
 * metadata.tsv needs one within a line's first 64 units (a date line, a label and a date, a
 * dateline's place and date), or within the last 24 of a line of 128 units at most (a press
 * office's long name before its date), and most lines have none there, so they skip those patterns
 * without running ICU (a pattern that may start with any word cannot be ruled out by its
 * prefix). */
static int
holds_year(const UChar *text, int32_t b, int32_t e)
{
  int32_t run = 0;
  for (int32_t i = b; i < e; i++) {
    if (text[i] >= '0' && text[i] <= '9') {
      run++;
      continue;
    }
    if (run == 4 &&
        ((text[i - 4] == '1' && text[i - 3] == '9') || (text[i - 4] == '2' && text[i - 3] == '0')))
      return 1;
    run = 0;
  }
  return run == 4 &&
         ((text[e - 4] == '1' && text[e - 3] == '9') || (text[e - 4] == '2' && text[e - 3] == '0'));
}

/* Applies the metadata patterns at the start of one line [b, e). */
static void
read_line_metadata(FkgContext *ctx, FkgDoc *doc, int32_t b, int32_t e, uint64_t *used)
{
  int32_t pos = b;
  int year = holds_year(doc->text, b, e - b > 64 ? b + 64 : e) ||
             (e - b > 64 && e - b <= 128 && holds_year(doc->text, e - 24, e));
  for (int guard = 0; guard < 4 && pos < e; guard++) {
    int matched = 0;
    uint64_t set =
        candidates(ctx, year ? FKG_PREFIX_META : FKG_PREFIX_META_UNDATED, doc->text, pos, e);
    for (int k = 0; k < ctx->nmeta && !matched; k++) {
      if (!may_try(set, k) || (!year && is_date(&ctx->meta[k]))) continue;
      URegularExpression *re = ctx->meta[k].re;
      UErrorCode err = U_ZERO_ERROR;
      hooked(used, k);
      uregex_setText(re, doc->text + pos, e - pos, &err);
      if (U_FAILURE(err) || !uregex_lookingAt(re, 0, &err) || U_FAILURE(err)) continue;
      int32_t end = uregex_end(re, 0, &err);
      if (end <= 0) continue;
      if (is_date(&ctx->meta[k])) {
        int y = group_int(re, "y", doc->text + pos), m = group_int(re, "m", doc->text + pos),
            d = group_int(re, "d", doc->text + pos);
        /* A month written as a word is kept as written: the lexicon knows month names, and
         * the dates rule, which has it, reads this one (the text stage runs before it). */
        const char *mname = m ? NULL : group_utf8(&doc->arena, re, "m", doc->text + pos);
        /* A pattern without a month ("Novosibirsk, 2022") gives the year alone. */
        int year_only = !m && !mname && !d;
        if (y && ((m >= 1 && m <= 12) || mname || year_only) && d <= 31 && !doc->date.year) {
          doc->date.year = y;
          doc->date.month = m;
          doc->date.day = d;
          doc->date_month = mname;
        }
      }
      mask(doc, pos, pos + end);
      pos += end;
      matched = 1;
    }
    if (!matched) break;
  }
}

/* Whether chrome pattern k is worth trying on a line, given the line's learnt sets. */
static int
worth_trying(const FkgContext *ctx, int k, uint64_t set, uint64_t scan, int menu)
{
  if (ctx->chrome[k].kind == FKG_CHROME_MENU) return menu;
  if (ctx->chrome[k].kind != FKG_CHROME_CONTAINS) return may_try(set, k);
  return k >= 64 || !((ctx->chrome_scan >> k) & 1) || ((scan >> k) & 1);
}

/* The decision kept for a line that ICU had to decide, or NULL; `h` is the line's hash. */
static FkgLineDecision *
known_line(FkgContext *ctx, const UChar *u, int32_t n, uint32_t h)
{
  for (uint32_t slot = h & (FKG_LINE_SLOTS - 1);; slot = (slot + 1) & (FKG_LINE_SLOTS - 1)) {
    FkgLineDecision *d = &ctx->lines[slot];
    if (!d->units || (d->hash == h && d->len == n && same_units(d->units, u, n))) return d;
  }
}

static int
line_is_chrome(FkgContext *ctx, FkgDoc *doc, int32_t b, int32_t e, uint64_t *used)
{
  while (b < e && (doc->text[b] == ' ' || doc->text[b] == '\t' || doc->text[b] == '\r'))
    b++;
  while (e > b && (doc->text[e - 1] == ' ' || doc->text[e - 1] == '\t' || doc->text[e - 1] == '\r'))
    e--;
  /* Page furniture is a short line; article sentences are not tried against every pattern. */
  if (b == e || e - b > 160) return 0;
  const UChar *u = doc->text + b;
  int32_t n = e - b;
  uint64_t set = candidates(ctx, FKG_PREFIX_CHROME, doc->text, b, e);
  uint64_t scan = ctx->chrome_scan ? scan_candidates(ctx, doc->text, b, e) : 0;
  /* A menu pattern may start with any letter: only a line with a separator tries it (|, ·, •,
   * and a breadcrumb's > or ›). */
  int menu = 0;
  for (int32_t i = 0; i < n && !menu; i++)
    menu = u[i] == 0x7C || u[i] == 0xB7 || u[i] == 0x2022 || u[i] == 0x3E || u[i] == 0x203A;
  int any = 0;
  for (int k = 0; k < ctx->nchrome && !any; k++)
    any = worth_trying(ctx, k, set, scan, menu);
  if (!any) return 0;
  /* The same furniture comes back in every article of a site: a line ICU decided once is not
   * asked again (the decision is a function of the trimmed line alone). */
  uint32_t h = prefix_hash(0, u, n);
  FkgLineDecision *d = known_line(ctx, u, n, h);
  if (d->units) return d->chrome;
  int chrome = 0;
  for (int k = 0; k < ctx->nchrome && !chrome; k++) {
    if (!worth_trying(ctx, k, set, scan, menu)) continue;
    UErrorCode err = U_ZERO_ERROR;
    URegularExpression *re = ctx->chrome[k].re;
    hooked(used, k);
    uregex_setText(re, u, n, &err);
    int hit = ctx->chrome[k].kind == FKG_CHROME_CONTAINS ? uregex_find(re, 0, &err)
                                                         : uregex_matches(re, 0, &err);
    chrome = U_SUCCESS(err) && hit ? 1 + (ctx->chrome[k].kind == FKG_CHROME_BLOCK) : 0;
  }
  if (ctx->nlines < FKG_LINE_MAX) {
    UChar *units = fkg_arena_alloc_uninit(&ctx->lines_arena, sizeof *u * (size_t)n);
    if (units) {
      memcpy(units, u, sizeof *u * (size_t)n);
      d->units = units;
      d->len = n;
      d->hash = h;
      d->chrome = chrome;
      ctx->nlines++;
    }
  }
  return chrome;
}

/* Whether text[b, e) holds nothing but white space. */
static int
blank_line(const FkgDoc *doc, int32_t b, int32_t e)
{
  for (int32_t i = b; i < e; i++)
    if (doc->text[i] != ' ' && doc->text[i] != '\t' && doc->text[i] != '\r') return 0;
  return 1;
}

/* Page chrome that heads a block of links ("À lire aussi :", "Читайте также:", "Related:"):
 * the lines under it are other articles' headlines, to the first blank line; a long line (an
 * article's own paragraph, where a site puts no blank line) ends the block, and so does a
 * twelfth line. Returns where the line after the block starts. */
static int32_t
mask_block(FkgDoc *doc, int32_t b)
{
  for (int n = 0; n < 12 && b < doc->len; n++) {
    int32_t e = b;
    while (e < doc->len && doc->text[e] != '\n')
      e++;
    if (blank_line(doc, b, e) || e - b > 160) break;
    mask(doc, b, e);
    b = e + 1;
  }
  return b;
}

void
fkg_text_read_metadata(FkgContext *ctx, FkgDoc *doc)
{
  uint64_t used_chrome = 0, used_meta = 0;
  int32_t b = 0;
  while (b <= doc->len) {
    int32_t e = b;
    while (e < doc->len && doc->text[e] != '\n')
      e++;
    int chrome = line_is_chrome(ctx, doc, b, e, &used_chrome);
    if (chrome)
      mask(doc, b, e);
    else
      read_line_metadata(ctx, doc, b, e, &used_meta);
    b = chrome == 2 ? mask_block(doc, e + 1) : e + 1;
  }
  /* Unhook the regexes that saw the document text before the doc goes away (only those:
   * uregex_setText is not free, and most patterns were ruled out on every line). */
  static const UChar empty[1] = {0};
  for (int k = 0; k < ctx->nmeta; k++) {
    UErrorCode err = U_ZERO_ERROR;
    if (may_try(used_meta, k)) uregex_setText(ctx->meta[k].re, empty, 0, &err);
  }
  for (int k = 0; k < ctx->nchrome; k++) {
    UErrorCode err = U_ZERO_ERROR;
    if (may_try(used_chrome, k)) uregex_setText(ctx->chrome[k].re, empty, 0, &err);
  }
}
