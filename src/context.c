/* forumkg: the context, owner of every heavy object. ICU transliterators, break iterators and
 * regexes are opened once here and reused for every document (opening them per document costs
 * more than the extraction itself). */
#include "context_int.h"
#include "forumkg/lexicon.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <unicode/ustring.h>

static UTransliterator *
open_translit(const char *id)
{
  UChar uid[128];
  UErrorCode err = U_ZERO_ERROR;
  u_uastrcpy(uid, id);
  UTransliterator *t = utrans_openU(uid, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  return U_SUCCESS(err) ? t : NULL;
}

/* Compiles the ICU transliteration rules in `path` (a data file of the ontology). A rule error
 * is reported at its line and column in the file. */
static FkgStatus
load_rules(FkgContext *ctx, const char *path, UTransliterator **out)
{
  FkgLoc loc = {path, 0, 0};
  FILE *f = fopen(path, "rb");
  if (!f) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "cannot open: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  char buf[32768];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  int too_long = !feof(f);
  fclose(f);
  if (too_long) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "rules longer than %zu bytes", sizeof buf - 1);
    return FKG_BAD_INPUT;
  }
  buf[n] = '\0';
  UChar rules[32768];
  int32_t len = 0;
  UErrorCode err = U_ZERO_ERROR;
  u_strFromUTF8(rules, 32768, &len, buf, (int32_t)n, &err);
  UParseError pe = {0};
  UChar id[32];
  u_uastrcpy(id, "forumkg-names-fr");
  if (U_SUCCESS(err)) *out = utrans_openU(id, -1, UTRANS_FORWARD, rules, len, &pe, &err);
  if (U_FAILURE(err)) {
    /* ICU gives the offset in UTF-16 units of the whole rule text: turn it into a line. */
    int32_t off = pe.offset > 0 ? pe.offset : 0, line = 1, col = 1;
    for (int32_t i = 0; i < off && i < len; i++) {
      if (rules[i] == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    loc.line = line;
    loc.col = col;
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "invalid transliteration rules (%s)", u_errorName(err));
    *out = NULL;
    return FKG_BAD_SYNTAX;
  }
  return FKG_SUCCESS;
}

/* Whether a search for `re` (source `src`) may depend on text left of a match's start, or may
 * match the empty string (asked of ICU). Conservative: a backslash-b in a set, a `^` negating
 * a set, count too. */
static int
looks_left(URegularExpression *re, const char *src)
{
  static const char *const left[] = {"\\b", "\\B", "(?<=", "(?<!", "^", "\\G", "\\A"};
  for (size_t i = 0; i < sizeof left / sizeof *left; i++)
    if (strstr(src, left[i])) return 1;
  static const UChar empty[1] = {0};
  UErrorCode err = U_ZERO_ERROR;
  uregex_setText(re, empty, 0, &err);
  UBool hit = uregex_lookingAt(re, 0, &err);
  return U_FAILURE(err) || hit;
}

/* Loads a TSV of patterns (`pattern` column, optional `kind` column). */
static FkgStatus
load_patterns(FkgContext *ctx, const char *path, FkgPattern **out, int *nout)
{
  FILE *f = fopen(path, "rb");
  FkgLoc loc = {path, 0, 0};
  if (!f) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "cannot open: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t n;
  long lineno = 0;
  int pattern_col = -1, kind_col = -1, header = 1, cnt = 0, pcap = 0;
  FkgPattern *pats = NULL;
  FkgStatus st = FKG_SUCCESS;
  while ((n = getline(&line, &cap, f)) >= 0 && !st) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    if (n == 0 || line[0] == '#') continue;
    char *cols[4] = {0};
    int nc = 0;
    for (char *p = line; p && nc < 4;) {
      cols[nc++] = p;
      p = strchr(p, '\t');
      if (p) *p++ = '\0';
    }
    if (header) {
      for (int c = 0; c < nc; c++) {
        if (strcmp(cols[c], "pattern") == 0) pattern_col = c;
        if (strcmp(cols[c], "kind") == 0) kind_col = c;
      }
      header = 0;
      if (pattern_col < 0) {
        fkg_diag(ctx->diag, FKG_ERROR, &loc, "no 'pattern' column");
        st = FKG_BAD_SYNTAX;
      }
      continue;
    }
    if (pattern_col >= nc) continue;
    if (cnt == pcap) {
      pcap = pcap ? pcap * 2 : 16;
      FkgPattern *np = realloc(pats, sizeof *np * (size_t)pcap);
      if (!np) {
        st = FKG_BAD_ALLOC;
        break;
      }
      pats = np;
    }
    UChar pat[2048];
    UErrorCode err = U_ZERO_ERROR;
    UParseError pe;
    u_strFromUTF8(pat, 2048, NULL, cols[pattern_col], -1, &err);
    URegularExpression *re = uregex_open(pat, -1, 0, &pe, &err);
    /* A pattern that backtracks without end on some line (a fuzzer found one: a chrome
     * pattern over 65 digits) must not stall the run: past the limit, ICU gives up with
     * U_REGEX_TIME_OUT and the line reads as text. A line of an article takes far less than
     * one of ICU's steps (10,000 iterations of its match loop). */
    if (U_SUCCESS(err)) uregex_setTimeLimit(re, 20, &err);
    if (U_FAILURE(err)) {
      FkgLoc at = {path, lineno, pe.offset + 1};
      fkg_diag(ctx->diag, FKG_ERROR, &at, "bad regular expression: %s", u_errorName(err));
      st = FKG_BAD_SYNTAX;
      break;
    }
    int kind = 0;
    if (kind_col >= 0 && kind_col < nc) {
      if (strcmp(cols[kind_col], "date") == 0)
        kind = FKG_META_DATE_YMD;
      else if (strcmp(cols[kind_col], "source") == 0)
        kind = FKG_META_SOURCE;
      else if (strcmp(cols[kind_col], "contains") == 0)
        kind = FKG_CHROME_CONTAINS;
      else if (strcmp(cols[kind_col], "menu") == 0)
        kind = FKG_CHROME_MENU;
      else if (strcmp(cols[kind_col], "block") == 0)
        kind = FKG_CHROME_BLOCK;
    }
    pats[cnt].re = re;
    pats[cnt].kind = kind;
    pats[cnt].looks_left = looks_left(re, cols[pattern_col]);
    cnt++;
  }
  free(line);
  fclose(f);
  *out = pats;
  *nout = cnt;
  return st;
}

FkgContext *
fkg_context_new(const FkgOptions *opts, FkgDiag *diag, FkgStatus *st)
{
  FkgContext *ctx = calloc(1, sizeof *ctx);
  if (!ctx) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  ctx->opts = *opts;
  ctx->diag = diag;
  ctx->dir_fd = -1;
  UErrorCode err = U_ZERO_ERROR;
  ctx->nfc = unorm2_getNFCInstance(&err);
  ctx->nfd = unorm2_getNFDInstance(&err);
  ctx->words = ubrk_open(UBRK_WORD, "ru", NULL, 0, &err);
  ctx->sentences = ubrk_open(UBRK_SENTENCE, "ru", NULL, 0, &err);
  ctx->to_latin = open_translit("Russian-Latin/BGN");
  ctx->to_ascii = open_translit("Any-Latin; Latin-ASCII");
  ctx->stem_ru = sb_stemmer_new("russian", "UTF_8");
  /* 64k words: a few MB, the vocabulary of a large news corpus's frequent words. */
  ctx->memo = fkg_memo_new(64 * 1024);
  ctx->prefixes = fkg_table_alloc(FKG_PREFIX_SLOTS * sizeof *ctx->prefixes);
  ctx->forms = fkg_table_alloc(FKG_FORM_SLOTS * sizeof *ctx->forms);
  ctx->chunks = fkg_table_alloc(FKG_CHUNK_SLOTS * sizeof *ctx->chunks);
  ctx->cut_ok = calloc(65536, 1);
  ctx->uclass = calloc(65536, 1);
  ctx->scan_start = calloc(65536, 1);
  ctx->lines = fkg_table_alloc(FKG_LINE_SLOTS * sizeof *ctx->lines);
  fkg_arena_init(&ctx->lines_arena, 64 * 1024);
  fkg_arena_init(&ctx->forms_arena, FKG_TABLE_HUGE);
  if (!ctx->prefixes || !ctx->forms || !ctx->chunks || !ctx->cut_ok || !ctx->uclass ||
      !ctx->scan_start || !ctx->lines) {
    fkg_diag(diag, FKG_ERROR, NULL, "out of memory");
    *st = FKG_BAD_ALLOC;
    fkg_context_free(ctx);
    return NULL;
  }
  if (U_FAILURE(err) || !ctx->to_latin || !ctx->to_ascii || !ctx->stem_ru || !ctx->memo) {
    fkg_diag(diag, FKG_ERROR, NULL, "cannot open ICU or Snowball objects (%s)", u_errorName(err));
    *st = FKG_BAD_LIBRARY;
    fkg_context_free(ctx);
    return NULL;
  }
  char path[4096];
  snprintf(path, sizeof path, "%s/lexicon/chrome.tsv", opts->ontology_dir);
  *st = load_patterns(ctx, path, &ctx->chrome, &ctx->nchrome);
  if (!*st) {
    snprintf(path, sizeof path, "%s/lexicon/metadata.tsv", opts->ontology_dir);
    *st = load_patterns(ctx, path, &ctx->meta, &ctx->nmeta);
  }
  for (int k = 0; k < ctx->nchrome && k < 64; k++)
    if (ctx->chrome[k].kind == FKG_CHROME_CONTAINS && !ctx->chrome[k].looks_left)
      ctx->chrome_scan |= (uint64_t)1 << k;
  if (!*st) {
    snprintf(path, sizeof path, "%s/lexicon/names-fr.rules", opts->ontology_dir);
    *st = load_rules(ctx, path, &ctx->fr_names);
  }
  if (!*st) {
    snprintf(path, sizeof path, "%s/lexicon/names-en.rules", opts->ontology_dir);
    *st = load_rules(ctx, path, &ctx->en_names);
  }
  if (!*st) *st = fkg_lexicon_load(ctx, opts->ontology_dir, &ctx->lex);
  if (*st) {
    fkg_context_free(ctx);
    return NULL;
  }
  return ctx;
}

void
fkg_context_free(FkgContext *ctx)
{
  if (!ctx) return;
  if (ctx->dir_fd >= 0) close(ctx->dir_fd);
  for (int i = 0; i < ctx->nchrome; i++)
    uregex_close(ctx->chrome[i].re);
  for (int i = 0; i < ctx->nmeta; i++)
    uregex_close(ctx->meta[i].re);
  free(ctx->chrome);
  free(ctx->meta);
  fkg_table_free(ctx->prefixes, FKG_PREFIX_SLOTS * sizeof *ctx->prefixes);
  fkg_table_free(ctx->forms, FKG_FORM_SLOTS * sizeof *ctx->forms);
  fkg_table_free(ctx->chunks, FKG_CHUNK_SLOTS * sizeof *ctx->chunks);
  free(ctx->cut_ok);
  free(ctx->uclass);
  free(ctx->scan_start);
  fkg_table_free(ctx->lines, FKG_LINE_SLOTS * sizeof *ctx->lines);
  fkg_arena_clear(&ctx->lines_arena);
  free(ctx->given_latin_keys);
  free(ctx->given_latin_rows);
  fkg_arena_clear(&ctx->forms_arena);
  fkg_lexicon_free(ctx->lex);
  if (ctx->words) ubrk_close(ctx->words);
  if (ctx->sentences) ubrk_close(ctx->sentences);
  if (ctx->to_latin) utrans_close(ctx->to_latin);
  if (ctx->to_ascii) utrans_close(ctx->to_ascii);
  if (ctx->fr_names) utrans_close(ctx->fr_names);
  if (ctx->en_names) utrans_close(ctx->en_names);
  if (ctx->stem_ru) sb_stemmer_delete(ctx->stem_ru);
  fkg_memo_free(ctx->memo);
  free(ctx);
}

const FkgOptions *
fkg_context_options(const FkgContext *ctx)
{
  return &ctx->opts;
}

FkgDiag *
fkg_context_diag(FkgContext *ctx)
{
  return ctx->diag;
}

FkgDiag *
fkg_context_set_diag(FkgContext *ctx, FkgDiag *diag)
{
  FkgDiag *old = ctx->diag;
  ctx->diag = diag;
  return old;
}

const FkgLexicon *
fkg_context_lexicon(const FkgContext *ctx)
{
  return ctx->lex;
}
