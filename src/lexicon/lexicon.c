/* forumkg: lexicon stage, loading the TSV tables of ontology/lexicon and indexing their
 * surface forms by the key of their first word. Tables are small (thousands of forms), but
 * every word token of every document is looked up, so the index is an open-addressing table
 * of distinct first words (with their full hashes), each heading the chain of exactly the
 * entries that start with that word: one lookup per token string, no string compares with
 * other first words. Those lookups are made once per distinct token text (fkg_lexicon_firsts,
 * called by the segmenter) and carried by the tokens, since the probes miss the cache. */
#include "context_int.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A cell of the find index: the first row holding a value in a column. */
typedef struct {
  int32_t row; /* -1 when the slot is empty */
  int32_t col;
  uint32_t hash;
} FindSlot;

typedef struct {
  int ncols;
  const char **header;
  int32_t nrows, cap;
  const char ***rows;
  /* Every cell by (column, value), for fkg_lexicon_find: rules look up ordinals and ISO codes
   * for many tokens, and a scan of the table with a strcmp per row was the cost. */
  FindSlot *find;
  uint32_t nfind; /* power of two */
} Table;

/* One distinct first word of the entries: "key", "^capkey" or "=exact form" as stored. */
typedef struct {
  const char *word;
  uint32_t hash;  /* hash_str(word) */
  int32_t head;   /* latest entry starting with word; earlier ones follow through next */
  int32_t single; /* latest one-word entry of the word; earlier ones follow through next_scan */
  int multi;      /* entries of more than one word start with the word */
} FirstWord;

/* The entries of more than one word by first word, caps mode of the second word and the second
 * word's prefix (FkgLexEntry.second): a frequent first word (министерство, department) starts
 * hundreds of entries, of which a token's next word leaves a few. */
typedef struct {
  uint64_t second;
  int32_t slot;       /* first-word slot; -1 when empty */
  int32_t caps;       /* caps mode of the second word */
  int32_t head, tail; /* latest and earliest entry; earlier ones follow through next_scan */
} SecondWord;

struct FkgLexicon {
  FkgArena arena;
  Table tables[FKG_LX_COUNT];
  FkgLexEntry *entries;
  int32_t nentries, cap;
  FirstWord *firsts; /* open addressing over first words, word NULL when empty */
  uint32_t nfirsts;  /* power of two */
  uint32_t nused;
  /* Given names are matched by exact lower-case form, not by stem: the Russian stemmer
   * cuts names unevenly (Андрей → андр, Андрея → андре; Елена → ел). */
  const char **given_keys; /* open addressing, NULL when empty */
  int32_t *given_rows;
  uint32_t ngiven;
  SecondWord *seconds; /* open addressing, power of two */
  uint32_t nseconds;
};

static const char *const kSessionNames[FKG_ST_COUNT] = {
    "plenary",    "round_table", "strategic_session", "expert_session",
    "discussion", "panel",       "thematic_site",     "other"};

static const char *const kCueNames[] = {"speaker",
                                        "moderator",
                                        "participant",
                                        "organizer",
                                        "present",
                                        "practice",
                                        "list-intro",
                                        "delegation",
                                        "since",
                                        "regional",
                                        "frame",
                                        "created",
                                        "title",
                                        "implement",
                                        "anaphor",
                                        "institution",
                                        "visit",
                                        "representatives",
                                        "greeting",
                                        "represents",
                                        "quantity",
                                        "stand",
                                        "honorific",
                                        "eponym",
                                        "edition",
                                        "opening",
                                        "speakers-label",
                                        "moderators-label",
                                        "participants-label",
                                        "held",
                                        "topic-label",
                                        "time",
                                        "jury",
                                        "author",
                                        "closed",
                                        "group",
                                        "agent",
                                        "including",
                                        "opens",
                                        "region-anaphor",
                                        "wish",
                                        "future"};
_Static_assert(sizeof kCueNames / sizeof *kCueNames == FKG_CUE_COUNT,
               "one name per cue role (include/forumkg/lexicon.h)");

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

#define FNV_BASIS 2166136261u
#define FNV_STEP(h, c) (((h) ^ (unsigned char)(c)) * 16777619u)

static uint32_t
hash_str(const char *s)
{
  uint32_t h = FNV_BASIS;
  for (; *s; s++)
    h = FNV_STEP(h, *s);
  return h;
}

/* Hash of `s` continuing from `h`; *len gets strlen(s). */
static uint32_t
hash_more(uint32_t h, const char *s, size_t *len)
{
  const char *p = s;
  for (; *p; p++)
    h = FNV_STEP(h, *p);
  *len = (size_t)(p - s);
  return h;
}

/* Slot of first word `prefix` + `s` (prefix '\0' for none) with hash `h`, or -1. */
static int32_t
first_find(const FkgLexicon *lex, uint32_t h, char prefix, const char *s)
{
  uint32_t mask = lex->nfirsts - 1;
  for (uint32_t i = h & mask; lex->firsts[i].word; i = (i + 1) & mask) {
    const FirstWord *f = &lex->firsts[i];
    if (f->hash != h) continue;
    if (prefix ? f->word[0] == prefix && strcmp(f->word + 1, s) == 0 : strcmp(f->word, s) == 0)
      return (int32_t)i;
  }
  return -1;
}

/* Doubles the first-word table. */
static FkgStatus
firsts_grow(FkgLexicon *lex)
{
  uint32_t ncap = lex->nfirsts * 2;
  FirstWord *nf = calloc(ncap, sizeof(FirstWord)); /* every slot empty (word NULL) */
  if (!nf) return FKG_BAD_ALLOC;
  for (uint32_t i = 0; i < lex->nfirsts; i++) {
    const FirstWord *f = &lex->firsts[i];
    if (!f->word) continue;
    uint32_t j = f->hash & (ncap - 1);
    while (nf[j].word)
      j = (j + 1) & (ncap - 1);
    nf[j] = *f;
  }
  free(lex->firsts);
  lex->firsts = nf;
  lex->nfirsts = ncap;
  return FKG_SUCCESS;
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

/* The first eight bytes of `s`, zero-padded: equal strings have equal prefixes, so a second
 * word is mostly told apart by one integer compare. */
static uint64_t
word_prefix(const char *s)
{
  uint64_t v = 0;
  for (int i = 0; i < 8 && s[i]; i++)
    v |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return v;
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

/* Rules ask cells by column name thousands of times per document: the first byte rules out
 * most columns before strcmp. */
static int
column(const Table *t, const char *name)
{
  for (int c = 0; c < t->ncols; c++)
    if (t->header[c][0] == name[0] && strcmp(t->header[c], name) == 0) return c;
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

static uint32_t
find_hash(int col, const char *value)
{
  return hash_str(value) ^ ((uint32_t)col * 0x9e3779b9u);
}

/* Indexes every cell of `t`; the first row with a value in a column wins, as in a scan. */
static FkgStatus
index_cells(Table *t)
{
  uint32_t cells = (uint32_t)t->nrows * (uint32_t)t->ncols;
  t->nfind = 16;
  while (t->nfind < cells * 2)
    t->nfind <<= 1;
  t->find = malloc(sizeof(FindSlot) * t->nfind);
  if (!t->find) return FKG_BAD_ALLOC;
  for (uint32_t i = 0; i < t->nfind; i++)
    t->find[i].row = -1;
  uint32_t mask = t->nfind - 1;
  for (int32_t r = 0; r < t->nrows; r++)
    for (int c = 0; c < t->ncols; c++) {
      uint32_t h = find_hash(c, t->rows[r][c]);
      uint32_t i = h & mask;
      for (; t->find[i].row >= 0; i = (i + 1) & mask) {
        const FindSlot *f = &t->find[i];
        if (f->hash == h && f->col == c && strcmp(t->rows[f->row][c], t->rows[r][c]) == 0) break;
      }
      if (t->find[i].row >= 0) continue;
      t->find[i].row = r;
      t->find[i].col = c;
      t->find[i].hash = h;
    }
  return FKG_SUCCESS;
}

int32_t
fkg_lexicon_find(const FkgLexicon *lex, FkgLexKind kind, const char *col, const char *value)
{
  const Table *t = &lex->tables[kind];
  int c = column(t, col);
  if (c < 0 || !t->find) return -1;
  uint32_t h = find_hash(c, value), mask = t->nfind - 1;
  for (uint32_t i = h & mask; t->find[i].row >= 0; i = (i + 1) & mask) {
    const FindSlot *f = &t->find[i];
    if (f->hash == h && f->col == c && strcmp(t->rows[f->row][c], value) == 0) return f->row;
  }
  return -1;
}

/* Whether a one-word region form matched by its stem is written with a capital, so that it
 * matches only a capitalised word (Коми, not кому). */
static int
capitalised(FkgLexKind kind, int n, const unsigned char *caps, const char *form)
{
  if (kind != FKG_LX_REGION || n != 1 || caps[0] != 0) return 0;
  UChar32 c;
  int32_t at = 0, len = (int32_t)strlen(form);
  U8_NEXT(form, at, len, c);
  return c > 0 && u_isupper(c);
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
  uint32_t h = hash_str(keys[0]);
  int32_t slot = first_find(lex, h, '\0', keys[0]);
  for (int32_t i = slot >= 0 ? lex->firsts[slot].head : -1; i >= 0; i = lex->entries[i].next) {
    const FkgLexEntry *e = &lex->entries[i];
    if (e->kind != kind || e->row != row || e->nwords != n || e->value != value) continue;
    int same = 1;
    for (int w = 0; w < n && same; w++)
      same = strcmp(e->words[w], keys[w]) == 0;
    /* (a form listed in lower case too, Tatar and tatars, matches in any case) */
    if (same && e->proper && !capitalised(kind, n, caps, form)) lex->entries[i].proper = 0;
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
  e->caps0 = cp[0];
  e->proper = (unsigned char)capitalised(kind, n, caps, form);
  e->second = n > 1 ? word_prefix(words[1] + (cp[1] == 2)) : 0;
  if (slot < 0) {
    if ((lex->nused + 1) * 2 > lex->nfirsts && firsts_grow(lex)) return FKG_BAD_ALLOC;
    uint32_t mask = lex->nfirsts - 1;
    uint32_t j = h & mask;
    while (lex->firsts[j].word)
      j = (j + 1) & mask;
    lex->firsts[j].word = words[0];
    lex->firsts[j].hash = h;
    lex->firsts[j].head = -1;
    lex->nused++;
    slot = (int32_t)j;
  }
  e->next = lex->firsts[slot].head;
  lex->firsts[slot].head = lex->nentries++;
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

static void index_forms(FkgContext *ctx, const FkgLexicon *lex);

static uint32_t
second_hash(int32_t slot, int32_t caps, uint64_t second)
{
  uint64_t h = (second ^ ((uint64_t)(uint32_t)slot << 2 | (uint64_t)caps)) * 0x9e3779b97f4a7c15ULL;
  return (uint32_t)(h >> 32);
}

/* The scan chain of the entries whose first word is `slot` and whose second word has caps mode
 * `caps` and prefix `second` (its latest entry), or -1. */
static int32_t
second_head(const FkgLexicon *lex, int32_t slot, int32_t caps, uint64_t second)
{
  uint32_t mask = lex->nseconds - 1;
  for (uint32_t i = second_hash(slot, caps, second) & mask; lex->seconds[i].slot >= 0;
       i = (i + 1) & mask) {
    const SecondWord *w = &lex->seconds[i];
    if (w->slot == slot && w->caps == caps && w->second == second) return w->head;
  }
  return -1;
}

/* Splits each first word's chain into the scan chains, each in the chain's own order (latest
 * entry first), so that a scan that merges them by entry index meets the entries as a walk of
 * the whole chain would. */
static FkgStatus
index_scan_chains(FkgLexicon *lex)
{
  uint32_t nmulti = 0;
  for (int32_t i = 0; i < lex->nentries; i++)
    nmulti += lex->entries[i].nwords > 1;
  lex->nseconds = 16;
  while (lex->nseconds < 2 * nmulti)
    lex->nseconds *= 2;
  lex->seconds = malloc(sizeof *lex->seconds * lex->nseconds);
  if (!lex->seconds) return FKG_BAD_ALLOC;
  for (uint32_t k = 0; k < lex->nseconds; k++)
    lex->seconds[k].slot = -1;
  uint32_t mask = lex->nseconds - 1;
  for (uint32_t slot = 0; slot < lex->nfirsts; slot++) {
    FirstWord *f = &lex->firsts[slot];
    if (!f->word) continue;
    f->single = -1;
    f->multi = 0;
    int32_t single_tail = -1;
    for (int32_t i = f->head; i >= 0; i = lex->entries[i].next) {
      FkgLexEntry *e = &lex->entries[i];
      e->next_scan = -1;
      if (e->nwords == 1) {
        if (single_tail < 0)
          f->single = i;
        else
          lex->entries[single_tail].next_scan = i;
        single_tail = i;
        continue;
      }
      f->multi = 1;
      int32_t caps = e->caps[1];
      uint32_t k = second_hash((int32_t)slot, caps, e->second) & mask;
      while (lex->seconds[k].slot >= 0 &&
             !(lex->seconds[k].slot == (int32_t)slot && lex->seconds[k].caps == caps &&
               lex->seconds[k].second == e->second))
        k = (k + 1) & mask;
      SecondWord *w = &lex->seconds[k];
      if (w->slot < 0) {
        w->slot = (int32_t)slot;
        w->caps = caps;
        w->second = e->second;
        w->head = i;
      } else {
        lex->entries[w->tail].next_scan = i;
      }
      w->tail = i;
    }
  }
  return FKG_SUCCESS;
}

FkgStatus
fkg_lexicon_load(FkgContext *ctx, const char *dir, FkgLexicon **out)
{
  /* A region's demonyms (its value 1) name it only beside a group of its people. */
  static const char *const region_cols[] = {"name_ru", "name_en",  "name_fr",
                                            "forms",   "demonyms", NULL};
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
  fkg_arena_init(&lex->arena, FKG_TABLE_HUGE);
  lex->nfirsts = 4096;
  lex->firsts = calloc(lex->nfirsts, sizeof(FirstWord)); /* every slot empty (word NULL) */
  if (!lex->firsts) {
    fkg_lexicon_free(lex);
    return FKG_BAD_ALLOC;
  }
  FkgStatus st = FKG_SUCCESS;
  for (size_t s = 0; s < sizeof specs / sizeof *specs && !st; s++) {
    const TableSpec *sp = &specs[s];
    char path[4096];
    snprintf(path, sizeof path, "%s/lexicon/%s", dir, sp->file);
    Table *t = &lex->tables[sp->kind];
    if ((st = read_table(ctx, lex, path, t)) || (st = index_cells(t))) break;
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
        /* A country's value tells its names (0) from its adjective (1); a region's, its names
         * (0) from its demonyms (1). */
        int v = sp->kind == FKG_LX_COUNTRY ? k : value;
        if (sp->kind == FKG_LX_REGION) v = strcmp(sp->form_cols[k], "demonyms") == 0;
        if (c >= 0) st = add_forms(ctx, lex, sp->kind, r, v, lang, t->rows[r][c]);
      }
    }
  }
  if (st) {
    fkg_lexicon_free(lex);
    return st;
  }
  if ((st = index_scan_chains(lex))) {
    fkg_lexicon_free(lex);
    return st;
  }
  index_forms(ctx, lex);
  *out = lex;
  return FKG_SUCCESS;
}

void
fkg_lexicon_free(FkgLexicon *lex)
{
  if (!lex) return;
  for (int k = 0; k < FKG_LX_COUNT; k++) {
    free(lex->tables[k].rows);
    free(lex->tables[k].find);
  }
  free(lex->entries);
  free(lex->firsts);
  free(lex->seconds);
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

/* Word w > 0 of `e` against token t; the first word is settled by the index. */
static int
word_matches(const FkgLexEntry *e, int w, const FkgToken *t)
{
  const char *want = e->words[w];
  const char *have;
  if (e->caps[w] == 2) {
    want++;
    have = t->lower;
  } else if (e->caps[w]) {
    if (!t->capkey) return 0;
    have = t->capkey;
  } else {
    have = t->key;
  }
  return have[0] == want[0] && strcmp(have, want) == 0;
}

/* Tries the words after the first of entry `e` at `pos`; returns the end token or -1. */
static int32_t
try_rest(const FkgLexEntry *e, const FkgDoc *doc, int32_t pos)
{
  int32_t t = pos + 1;
  int32_t sent = doc->toks[pos].sent;
  for (int w = 1; w < e->nwords; w++) {
    while (t < doc->ntoks && is_quote_tok(&doc->toks[t]))
      t++;
    if (t >= doc->ntoks) return -1;
    /* A phrase never runs across sentences. */
    if (doc->toks[t].sent != sent) return -1;
    if (!word_matches(e, w, &doc->toks[t])) return -1;
    t++;
  }
  return t;
}

/* The token's strings that can be an entry's first word: its key (entries with caps 0), its
 * capital key (caps 1) and its exact form (caps 2, stored as "=" + lower). */
enum { FIRST_KEY, FIRST_CAP, FIRST_EXACT, FIRST_COUNT };

typedef struct {
  int32_t slot[FIRST_COUNT]; /* first-word slot of each string, -1 when none */
} TokenFirsts;

/* The token after `pos` that a phrase's second word is compared with, as word prefixes of
 * its three strings; computed once per match and only when a multi-word entry is met. */
typedef struct {
  int state;       /* 0: not computed, 1: a token follows in the sentence, -1: none */
  uint64_t pre[3]; /* prefixes of key, capkey, lower (indexed by caps mode) */
  int has_cap;     /* the token has a capital key */
} NextWord;

static void
next_word(const FkgDoc *doc, int32_t pos, NextWord *nw)
{
  int32_t t = pos + 1;
  while (t < doc->ntoks && is_quote_tok(&doc->toks[t]))
    t++;
  if (t >= doc->ntoks || doc->toks[t].sent != doc->toks[pos].sent) {
    nw->state = -1;
    return;
  }
  const FkgToken *k = &doc->toks[t];
  nw->state = 1;
  nw->pre[0] = word_prefix(k->key);
  nw->has_cap = k->capkey != NULL;
  nw->pre[1] = k->capkey ? word_prefix(k->capkey) : 0;
  nw->pre[2] = word_prefix(k->lower);
}

/* Records a match, keeping the longest first (the earliest of equally long ones). */
static void
add_match(const FkgLexEntry *e, int32_t pos, int32_t end, FkgLexMatch *out, int max, int *n)
{
  int k;
  if (*n < max) {
    k = (*n)++;
  } else {
    /* Full: the new match replaces the shortest, the last, when it is longer. */
    if (out[max - 1].last >= end) return;
    k = max - 1;
  }
  while (k > 0 && out[k - 1].last < end) {
    out[k] = out[k - 1];
    k--;
  }
  out[k].entry = e;
  out[k].first = pos;
  out[k].last = end;
}

/* Reports the entries whose first word is slot `tf->slot[s]`; a slot that two of the token's
 * strings share (a lower-case key that is also the exact form) is walked once, for both. */
static void
scan_slot(const FkgLexicon *lex, const TokenFirsts *tf, int s, const FkgDoc *doc, int32_t pos,
          unsigned mask, NextWord *nw, FkgLexMatch *out, int max, int *n)
{
  int32_t slot = tf->slot[s];
  if (slot < 0) return;
  for (int q = 0; q < s; q++)
    if (tf->slot[q] == slot) return;
  /* The caps modes whose first word this slot is for this token. */
  unsigned modes = 0;
  for (int q = 0; q < FIRST_COUNT; q++)
    if (tf->slot[q] == slot) modes |= 1u << q;
  /* The one-word entries, and the longer ones whose second word is the next token's in one of
   * its caps modes, merged by entry index: the order of a walk of the word's whole chain. */
  const FirstWord *f = &lex->firsts[slot];
  int32_t at[1 + FIRST_COUNT] = {f->single, -1, -1, -1};
  if (f->multi) {
    if (!nw->state) next_word(doc, pos, nw);
    for (int c = 0; c < FIRST_COUNT && nw->state > 0; c++)
      if (c != FIRST_CAP || nw->has_cap) at[1 + c] = second_head(lex, slot, c, nw->pre[c]);
  }
  for (;;) {
    int best = 0;
    for (int k = 1; k < 1 + FIRST_COUNT; k++)
      if (at[k] > at[best]) best = k;
    int32_t i = at[best];
    if (i < 0) break;
    const FkgLexEntry *e = &lex->entries[i];
    at[best] = e->next_scan;
    if (!(mask & FKG_LX_MASK(e->kind)) || !(modes & (1u << e->caps0))) continue;
    int32_t end = e->nwords > 1 ? try_rest(e, doc, pos) : pos + 1;
    if (end >= 0) add_match(e, pos, end, out, max, n);
  }
}

void
fkg_lexicon_firsts(const FkgLexicon *lex, const char *key, const char *capkey, const char *lower,
                   int32_t slots[3])
{
  size_t len;
  slots[FIRST_KEY] = first_find(lex, hash_str(key), '\0', key);
  slots[FIRST_CAP] = capkey ? first_find(lex, hash_str(capkey), '\0', capkey) : -1;
  slots[FIRST_EXACT] = -1;
  if (lower) {
    uint32_t h = hash_more(FNV_STEP(FNV_BASIS, '='), lower, &len);
    slots[FIRST_EXACT] = first_find(lex, h, '=', lower);
  }
}

int
fkg_lexicon_match(const FkgLexicon *lex, const FkgDoc *doc, int32_t pos, unsigned mask,
                  FkgLexMatch *out, int max)
{
  if (pos < 0 || pos >= doc->ntoks || max <= 0) return 0;
  const FkgToken *t = &doc->toks[pos];
  TokenFirsts tf = {{-1, -1, -1}};
  if (doc->lexfirst_of == lex)
    memcpy(tf.slot, t->lexfirst, sizeof tf.slot);
  else
    fkg_lexicon_firsts(lex, t->key, t->capkey, (t->flags & FKG_TOK_WORD) ? t->lower : NULL,
                       tf.slot);
  if (tf.slot[0] < 0 && tf.slot[1] < 0 && tf.slot[2] < 0) return 0;
  int n = 0;
  NextWord nw = {0, {0, 0, 0}, 0};
  for (int s = 0; s < FIRST_COUNT; s++)
    scan_slot(lex, &tf, s, doc, pos, mask, &nw, out, max, &n);
  return n;
}

/* The forms the segmenter kept while the lexicon's phrases were split into words (their
 * words are the ones that match most often) get their first-word slots now; forms made
 * later get theirs when made (tokens.c). */
static void
index_forms(FkgContext *ctx, const FkgLexicon *lex)
{
  if (!ctx->forms) return;
  for (uint32_t i = 0; i < FKG_FORM_SLOTS; i++) {
    FkgTokenForm *f = &ctx->forms[i];
    if (!f->units) continue;
    fkg_lexicon_firsts(lex, f->key, f->capkey, (f->flags & FKG_TOK_WORD) ? f->lower : NULL,
                       f->lexfirst);
    f->lexfirst_of = lex;
  }
}

const FkgLexEntry *
fkg_lexicon_lookup(const FkgLexicon *lex, unsigned mask, const char *const *keys, int n)
{
  if (n <= 0) return NULL;
  int32_t slot = first_find(lex, hash_str(keys[0]), '\0', keys[0]);
  for (int32_t i = slot >= 0 ? lex->firsts[slot].head : -1; i >= 0; i = lex->entries[i].next) {
    const FkgLexEntry *e = &lex->entries[i];
    if (!(mask & FKG_LX_MASK(e->kind)) || e->nwords != n) continue;
    int same = 1;
    for (int w = 0; w < n && same; w++)
      same = !e->caps[w] && strcmp(e->words[w], keys[w]) == 0;
    if (same) return e;
  }
  return NULL;
}
