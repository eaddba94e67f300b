/* forumkg: lexicon stage, loading the TSV tables of ontology/lexicon and indexing their
 * surface forms by the key of their first word. Tables are small (thousands of forms); the
 * index is a chained hash table over first keys, matching walks the chain. */
#include "context_int.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int ncols;
  const char **header;
  int32_t nrows, cap;
  const char ***rows;
} Table;

struct FkgLexicon {
  FkgArena arena;
  Table tables[FKG_LX_COUNT];
  FkgLexEntry *entries;
  int32_t nentries, cap;
  int32_t *buckets; /* heads of chains, -1 when empty */
  uint32_t nbuckets;
  /* Given names are matched by exact lower-case form, not by stem: the Russian stemmer
   * cuts names unevenly (Андрей → андр, Андрея → андре; Елена → ел). */
  const char **given_keys; /* open addressing, NULL when empty */
  int32_t *given_rows;
  uint32_t ngiven;
};

static const char *const kSessionNames[FKG_ST_COUNT] = {
    "plenary",    "round_table", "strategic_session", "expert_session",
    "discussion", "panel",       "thematic_site",     "other"};

static const char *const kCueNames[FKG_CUE_COUNT] = {
    "speaker",    "moderator",  "participant", "organizer", "present", "practice",
    "list-intro", "delegation", "since",       "regional",  "frame",   "created"};

FkgSessionType
fkg_session_type_from_name(const char *name)
{
  for (int i = 0; i < FKG_ST_COUNT; i++)
    if (strcmp(kSessionNames[i], name) == 0) return (FkgSessionType)i;
  return FKG_ST_COUNT;
}

const char *
fkg_session_type_name(FkgSessionType t)
{
  return t < FKG_ST_COUNT ? kSessionNames[t] : "other";
}

static uint32_t
hash_str(const char *s)
{
  uint32_t h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static int
lang_of(const char *code)
{
  if (!code || !*code) return -1;
  if (strcmp(code, "ru") == 0) return FKG_LANG_RU;
  if (strcmp(code, "en") == 0) return FKG_LANG_EN;
  if (strcmp(code, "fr") == 0) return FKG_LANG_FR;
  return -1;
}

/* Reads a whole TSV file into `t`; reports syntax errors with file:line. */
static FkgStatus
read_table(FkgContext *ctx, FkgLexicon *lex, const char *path, Table *t)
{
  FILE *f = fopen(path, "rb");
  FkgLoc loc = {path, 0, 0};
  if (!f) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "cannot open lexicon: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  char *line = NULL;
  size_t lcap = 0;
  ssize_t n;
  long lineno = 0;
  FkgStatus st = FKG_SUCCESS;
  while ((n = getline(&line, &lcap, f)) >= 0) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    if (n == 0 || line[0] == '#') continue;
    int ncols = 1;
    for (char *p = line; *p; p++)
      ncols += *p == '\t';
    const char **cells = fkg_arena_alloc(&lex->arena, sizeof(char *) * (size_t)ncols);
    if (!cells) {
      st = FKG_BAD_ALLOC;
      break;
    }
    char *p = line;
    for (int c = 0; c < ncols; c++) {
      char *tab = strchr(p, '\t');
      size_t len = tab ? (size_t)(tab - p) : strlen(p);
      cells[c] = fkg_arena_strndup(&lex->arena, p, len);
      if (!cells[c]) {
        st = FKG_BAD_ALLOC;
        break;
      }
      p = tab ? tab + 1 : p + len;
    }
    if (st) break;
    if (!t->header) {
      t->header = cells;
      t->ncols = ncols;
      continue;
    }
    if (ncols != t->ncols) {
      FkgLoc at = {path, lineno, 1};
      fkg_diag(ctx->diag, FKG_ERROR, &at, "expected %d tab-separated columns, found %d", t->ncols,
               ncols);
      st = FKG_BAD_SYNTAX;
      break;
    }
    if (t->nrows == t->cap) {
      int32_t ncap = t->cap ? t->cap * 2 : 256;
      const char ***nr = realloc(t->rows, sizeof(char **) * (size_t)ncap);
      if (!nr) {
        st = FKG_BAD_ALLOC;
        break;
      }
      t->rows = nr;
      t->cap = ncap;
    }
    t->rows[t->nrows++] = cells;
  }
  free(line);
  fclose(f);
  if (!st && !t->header) {
    fkg_diag(ctx->diag, FKG_ERROR, &loc, "lexicon has no header line");
    st = FKG_BAD_SYNTAX;
  }
  return st;
}

static int
column(const Table *t, const char *name)
{
  for (int c = 0; c < t->ncols; c++)
    if (strcmp(t->header[c], name) == 0) return c;
  return -1;
}

const char *
fkg_lexicon_cell(const FkgLexicon *lex, FkgLexKind kind, int32_t row, const char *col)
{
  const Table *t = &lex->tables[kind];
  int c = column(t, col);
  if (c < 0 || row < 0 || row >= t->nrows) return "";
  return t->rows[row][c];
}

int32_t
fkg_lexicon_rows(const FkgLexicon *lex, FkgLexKind kind)
{
  return lex->tables[kind].nrows;
}

int32_t
fkg_lexicon_find(const FkgLexicon *lex, FkgLexKind kind, const char *col, const char *value)
{
  const Table *t = &lex->tables[kind];
  int c = column(t, col);
  if (c < 0) return -1;
  for (int32_t r = 0; r < t->nrows; r++)
    if (strcmp(t->rows[r][c], value) == 0) return r;
  return -1;
}

static FkgStatus
add_form(FkgContext *ctx, FkgLexicon *lex, FkgLexKind kind, int32_t row, int value, int lang,
         const char *form)
{
  const char *keys[32];
  unsigned char caps[32];
  int n;
  if (form[0] == '=' && form[1] && !strchr(form, ' ')) {
    /* "=word": this word form only, not every word of its stem (=фотограф matches the
     * photographer, not фотографией). */
    keys[0] = fkg_arena_printf(&lex->arena, "=%s", fkg_fold_lower(&lex->arena, form + 1));
    if (!keys[0]) return FKG_BAD_ALLOC;
    caps[0] = 2;
    n = 1;
  } else {
    n = fkg_segment_phrase_keys(ctx, &lex->arena, form, keys, caps, 32);
  }
  if (n == 0) return FKG_SUCCESS;
  /* Informal region names in -ье (Ставрополье, Подмосковье) share their stem with the
   * capital (Ставрополь): such one-word forms, listed with all their case forms, match
   * exactly. */
  /* One-word country names are listed with their case forms and match exactly: their stems
   * would also catch family and given names (Франция → франц: Франц; Чехия → чех: Чехов). */
  if (n == 1 && kind == FKG_LX_COUNTRY && value == 0 && !caps[0]) {
    keys[0] = fkg_arena_printf(&lex->arena, "=%s", fkg_fold_lower(&lex->arena, form));
    caps[0] = 2;
  }
  if (n == 1 && kind == FKG_LX_REGION && !caps[0]) {
    char *low = fkg_fold_lower(&lex->arena, form);
    size_t L = low ? strlen(low) : 0;
    static const char *const soft[] = {"ье", "ья", "ью", "ьем", "ьи", NULL};
    for (int k = 0; low && soft[k]; k++) {
      size_t m = strlen(soft[k]);
      if (L > m && strcmp(low + L - m, soft[k]) == 0) {
        keys[0] = fkg_arena_printf(&lex->arena, "=%s", low);
        caps[0] = 2;
        break;
      }
    }
  }
  /* The same form listed twice (a name in two columns) is indexed once. */
  uint32_t h = hash_str(keys[0]) % lex->nbuckets;
  for (int32_t i = lex->buckets[h]; i >= 0; i = lex->entries[i].next) {
    const FkgLexEntry *e = &lex->entries[i];
    if (e->kind != kind || e->row != row || e->nwords != n || e->value != value) continue;
    int same = 1;
    for (int w = 0; w < n && same; w++)
      same = strcmp(e->words[w], keys[w]) == 0;
    if (same) return FKG_SUCCESS;
  }
  if (lex->nentries == lex->cap) {
    int32_t ncap = lex->cap ? lex->cap * 2 : 4096;
    FkgLexEntry *ne = realloc(lex->entries, sizeof(FkgLexEntry) * (size_t)ncap);
    if (!ne) return FKG_BAD_ALLOC;
    lex->entries = ne;
    lex->cap = ncap;
  }
  FkgLexEntry *e = &lex->entries[lex->nentries];
  e->kind = kind;
  e->row = row;
  e->value = value;
  e->lang = lang;
  e->nwords = n;
  const char **words = fkg_arena_alloc(&lex->arena, sizeof(char *) * (size_t)n);
  unsigned char *cp = fkg_arena_alloc(&lex->arena, (size_t)n);
  if (!words || !cp) return FKG_BAD_ALLOC;
  memcpy(words, keys, sizeof(char *) * (size_t)n);
  memcpy(cp, caps, (size_t)n);
  e->words = words;
  e->caps = cp;
  e->next = lex->buckets[h];
  lex->buckets[h] = lex->nentries++;
  return FKG_SUCCESS;
}

/* Adds every '|'-separated form of a cell. */
static FkgStatus
add_forms(FkgContext *ctx, FkgLexicon *lex, FkgLexKind kind, int32_t row, int value, int lang,
          const char *cell)
{
  char buf[2048];
  const char *p = cell;
  while (*p) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len > 0 && len < sizeof buf) {
      memcpy(buf, p, len);
      buf[len] = '\0';
      FkgStatus st = add_form(ctx, lex, kind, row, value, lang, buf);
      if (st) return st;
    }
    p += len;
    if (*p == '|') p++;
  }
  return FKG_SUCCESS;
}

typedef struct {
  FkgLexKind kind;
  const char *file;
  const char *const *form_cols; /* columns whose cells are forms */
  const char *value_col;        /* column giving the entry value, or NULL */
  const char *lang_col;         /* column giving the form language, or NULL */
} TableSpec;

static int
value_of(FkgLexKind kind, const char *v)
{
  switch (kind) {
  case FKG_LX_MONTH:
  case FKG_LX_ORDINAL:
    return atoi(v);
  case FKG_LX_SESSION:
    return (int)fkg_session_type_from_name(v);
  case FKG_LX_GIVEN:
    return v[0];
  case FKG_LX_CUE:
    for (int i = 0; i < FKG_CUE_COUNT; i++)
      if (strcmp(kCueNames[i], v) == 0) return i;
    return -1;
  default:
    return 0;
  }
}

static FkgStatus
index_given(FkgContext *ctx, FkgLexicon *lex, const Table *t)
{
  (void)ctx;
  int c = column(t, "name");
  if (c < 0) return FKG_BAD_SYNTAX;
  lex->ngiven = 1;
  while (lex->ngiven < (uint32_t)t->nrows * 2 + 16)
    lex->ngiven <<= 1;
  lex->given_keys = calloc(lex->ngiven, sizeof(char *));
  lex->given_rows = calloc(lex->ngiven, sizeof(int32_t));
  if (!lex->given_keys || !lex->given_rows) return FKG_BAD_ALLOC;
  for (int32_t r = 0; r < t->nrows; r++) {
    char *low = fkg_fold_lower(&lex->arena, t->rows[r][c]);
    if (!low) return FKG_BAD_ALLOC;
    uint32_t h = hash_str(low) & (lex->ngiven - 1);
    while (lex->given_keys[h] && strcmp(lex->given_keys[h], low) != 0)
      h = (h + 1) & (lex->ngiven - 1);
    if (lex->given_keys[h]) continue; /* first row wins */
    lex->given_keys[h] = low;
    lex->given_rows[h] = r;
  }
  return FKG_SUCCESS;
}

int32_t
fkg_lexicon_given(const FkgLexicon *lex, const char *lower)
{
  if (!lex->ngiven) return -1;
  uint32_t h = hash_str(lower) & (lex->ngiven - 1);
  while (lex->given_keys[h]) {
    if (strcmp(lex->given_keys[h], lower) == 0) return lex->given_rows[h];
    h = (h + 1) & (lex->ngiven - 1);
  }
  return -1;
}

FkgStatus
fkg_lexicon_load(FkgContext *ctx, const char *dir, FkgLexicon **out)
{
  static const char *const region_cols[] = {"name_ru", "name_en", "name_fr", "forms", NULL};
  /* Cities: only the listed forms; a bare name that is also a family name or a common word
   * (Иваново, Курган) is listed only in its unambiguous forms (город Иваново). */
  static const char *const city_cols[] = {"forms", NULL};
  static const char *const label_cols[] = {"label_ru", "label_en", "label_fr", "forms", NULL};
  static const char *const form_col[] = {"form", NULL};
  static const char *const name_col[] = {"name", NULL};
  static const char *const country_cols[] = {"forms", "adj_ru", NULL};
  static const TableSpec specs[] = {
      {FKG_LX_REGION, "regions.tsv", region_cols, NULL, NULL},
      {FKG_LX_CITY, "cities.tsv", city_cols, NULL, NULL},
      {FKG_LX_ORG, "organizations.tsv", label_cols, NULL, NULL},
      {FKG_LX_ORGHEAD, "org-heads.tsv", form_col, NULL, "lang"},
      {FKG_LX_POST, "posts.tsv", form_col, NULL, "lang"},
      {FKG_LX_SESSION, "session-types.tsv", form_col, "type", "lang"},
      {FKG_LX_EVENTTYPE, "event-types.tsv", form_col, NULL, "lang"},
      {FKG_LX_SERIES, "series.tsv", label_cols, NULL, NULL},
      {FKG_LX_MONTH, "months.tsv", form_col, "month", "lang"},
      {FKG_LX_ORDINAL, "ordinals.tsv", form_col, "n", "lang"},
      {FKG_LX_GIVEN, "given-names.tsv", name_col, "gender", "lang"},
      {FKG_LX_CUE, "cues.tsv", form_col, "role", "lang"},
      {FKG_LX_COUNTRY, "countries.tsv", country_cols, NULL, NULL},
  };
  FkgLexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return FKG_BAD_ALLOC;
  fkg_arena_init(&lex->arena, 1 << 20);
  lex->nbuckets = 8192;
  lex->buckets = malloc(sizeof(int32_t) * lex->nbuckets);
  if (!lex->buckets) {
    fkg_lexicon_free(lex);
    return FKG_BAD_ALLOC;
  }
  memset(lex->buckets, 0xff, sizeof(int32_t) * lex->nbuckets);
  FkgStatus st = FKG_SUCCESS;
  for (size_t s = 0; s < sizeof specs / sizeof *specs && !st; s++) {
    const TableSpec *sp = &specs[s];
    char path[4096];
    snprintf(path, sizeof path, "%s/lexicon/%s", dir, sp->file);
    Table *t = &lex->tables[sp->kind];
    if ((st = read_table(ctx, lex, path, t))) break;
    int vc = sp->value_col ? column(t, sp->value_col) : -1;
    int lc = sp->lang_col ? column(t, sp->lang_col) : -1;
    if (sp->kind == FKG_LX_GIVEN) {
      st = index_given(ctx, lex, t);
      continue;
    }
    for (int32_t r = 0; r < t->nrows && !st; r++) {
      int value = vc >= 0 ? value_of(sp->kind, t->rows[r][vc]) : 0;
      int lang = lc >= 0 ? lang_of(t->rows[r][lc]) : -1;
      if (value < 0) continue;
      for (int k = 0; sp->form_cols[k] && !st; k++) {
        int c = column(t, sp->form_cols[k]);
        /* A country's value tells its names (0) from its adjective (1). */
        int v = sp->kind == FKG_LX_COUNTRY ? k : value;
        if (c >= 0) st = add_forms(ctx, lex, sp->kind, r, v, lang, t->rows[r][c]);
      }
    }
  }
  if (st) {
    fkg_lexicon_free(lex);
    return st;
  }
  *out = lex;
  return FKG_SUCCESS;
}

void
fkg_lexicon_free(FkgLexicon *lex)
{
  if (!lex) return;
  for (int k = 0; k < FKG_LX_COUNT; k++)
    free(lex->tables[k].rows);
  free(lex->entries);
  free(lex->buckets);
  free(lex->given_keys);
  free(lex->given_rows);
  fkg_arena_clear(&lex->arena);
  free(lex);
}

static int
is_quote_tok(const FkgToken *t)
{
  return (t->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE)) != 0;
}

static int
word_matches(const FkgLexEntry *e, int w, const FkgToken *t)
{
  if (e->caps[w] == 2) return strcmp(t->lower, e->words[w] + 1) == 0;
  if (e->caps[w]) return t->capkey && strcmp(t->capkey, e->words[w]) == 0;
  return strcmp(t->key, e->words[w]) == 0;
}

/* Tries entry `e` at `pos`; returns the end token or -1. */
static int32_t
try_entry(const FkgLexEntry *e, const FkgDoc *doc, int32_t pos)
{
  int32_t t = pos;
  for (int w = 0; w < e->nwords; w++) {
    while (w > 0 && t < doc->ntoks && is_quote_tok(&doc->toks[t]))
      t++;
    if (t >= doc->ntoks) return -1;
    /* A phrase never runs across sentences. */
    if (doc->toks[t].sent != doc->toks[pos].sent) return -1;
    if (!word_matches(e, w, &doc->toks[t])) return -1;
    t++;
  }
  return t;
}

static void
scan_chain(const FkgLexicon *lex, const char *key, const FkgDoc *doc, int32_t pos, unsigned mask,
           FkgLexMatch *out, int max, int *n)
{
  uint32_t h = hash_str(key) % lex->nbuckets;
  for (int32_t i = lex->buckets[h]; i >= 0; i = lex->entries[i].next) {
    const FkgLexEntry *e = &lex->entries[i];
    if (!(mask & FKG_LX_MASK(e->kind))) continue;
    int32_t end = try_entry(e, doc, pos);
    if (end < 0) continue;
    /* Insert keeping the longest first. */
    int k = *n < max ? (*n)++ : max - 1;
    if (*n == max && k == max - 1 && out[k].last >= end) continue;
    while (k > 0 && out[k - 1].last < end) {
      out[k] = out[k - 1];
      k--;
    }
    out[k].entry = e;
    out[k].first = pos;
    out[k].last = end;
  }
}

int
fkg_lexicon_match(const FkgLexicon *lex, const FkgDoc *doc, int32_t pos, unsigned mask,
                  FkgLexMatch *out, int max)
{
  if (pos < 0 || pos >= doc->ntoks || max <= 0) return 0;
  const FkgToken *t = &doc->toks[pos];
  int n = 0;
  scan_chain(lex, t->key, doc, pos, mask, out, max, &n);
  if (t->capkey) scan_chain(lex, t->capkey, doc, pos, mask, out, max, &n);
  if (t->flags & FKG_TOK_WORD) {
    char exact[256];
    if (snprintf(exact, sizeof exact, "=%s", t->lower) < (int)sizeof exact)
      scan_chain(lex, exact, doc, pos, mask, out, max, &n);
  }
  return n;
}

const FkgLexEntry *
fkg_lexicon_lookup(const FkgLexicon *lex, unsigned mask, const char *const *keys, int n)
{
  if (n <= 0) return NULL;
  uint32_t h = hash_str(keys[0]) % lex->nbuckets;
  for (int32_t i = lex->buckets[h]; i >= 0; i = lex->entries[i].next) {
    const FkgLexEntry *e = &lex->entries[i];
    if (!(mask & FKG_LX_MASK(e->kind)) || e->nwords != n) continue;
    int same = 1;
    for (int w = 0; w < n && same; w++)
      same = !e->caps[w] && strcmp(e->words[w], keys[w]) == 0;
    if (same) return e;
  }
  return NULL;
}
