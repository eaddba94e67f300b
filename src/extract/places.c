/* forumkg: extract rule, regions. Every federal subject named in the text, by official name,
 * short name, adjective with its kind noun, informal name or abbreviation (regions.tsv), in
 * any case: Ярославской области, в Югре, ХМАО-Югры, подмосковный, région de Yaroslavl, Perm
 * region. Coordinated adjectives sharing one plural kind noun name several subjects:
 * губернаторы Челябинской и Сахалинской областей, the Kursk and Oryol regions. The region the
 * article is mostly about (most mentions, its cities counted for it) is kept for the rules
 * that resolve "regional" posts and delegations. */
#include "extract_int.h"

#include <stdio.h>
#include <string.h>

int32_t
fkg_region_entity(FkgWork *w, int32_t row)
{
  /* Every region entity is made here and holds the row it was last asked for, and its key
   * is a function of that row: a region already made for `row` is that entity, found by the
   * row without building the key (a long document asks once per mention). */
  int32_t rows = fkg_lexicon_rows(w->lex, FKG_LX_REGION);
  if (rows < 0) rows = 0;
  if (!w->region_ent) {
    w->region_ent = fkg_arena_alloc_uninit(&w->doc->arena, sizeof(int32_t) * ((size_t)rows + 1));
    if (!w->region_ent) return -1;
    for (int32_t r = 0; r <= rows; r++)
      w->region_ent[r] = -1;
  }
  int cached = row >= 0 && row < rows;
  int32_t known = cached ? w->region_ent[row] : -1;
  if (known >= 0) {
    w->facts->ents[known].row = row;
    return known;
  }
  const char *iso = fkg_lexicon_cell(w->lex, FKG_LX_REGION, row, "iso");
  /* "region/" + iso, cut to the buffer as snprintf did; without snprintf, which cost more than
   * the rest of the rule. */
  static const char prefix[] = "region/";
  char key[64];
  size_t n = strlen(iso), room = sizeof key - sizeof prefix;
  if (n > room) n = room;
  memcpy(key, prefix, sizeof prefix - 1);
  memcpy(key + sizeof prefix - 1, iso, n);
  key[sizeof prefix - 1 + n] = '\0';
  for (char *p = key; *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  int32_t e = fkg_facts_entity(w->facts, FKG_E_REGION, key);
  if (e >= 0) {
    w->facts->ents[e].row = row;
    if (cached) w->region_ent[row] = e;
  }
  return e;
}

static FkgStatus
mention(FkgWork *w, int32_t row, int32_t first, int32_t last)
{
  int32_t e = fkg_region_entity(w, row);
  if (e < 0) return FKG_BAD_ALLOC;
  for (int32_t t = first; t < last; t++)
    w->region_at[t] = e;
  return fkg_facts_span(w->facts, e, tok(w, first)->b, tok(w, last - 1)->e);
}

/* Coordinated adjectives: tokens [first, i] are an adjective (one word, or two joined by a
 * hyphen) whose region form needs the kind noun that ends the region phrase starting after
 * "и" / "and" / "," at j: "Ханты-Мансийского и Ямало-Ненецкого автономных округов". */
static int32_t
coordinated_row(FkgWork *w, int32_t first, int32_t i, int32_t j)
{
  const FkgLayer *l = layer(w, j, FKG_LX_REGION);
  if (!l->entry || l->entry->nwords < 2) return -1;
  /* The phrase's own adjective is one word or a hyphenated pair. */
  int skip = l->entry->nwords > 3 && fkg_tok_is(w, j + 1, "-") ? 3 : 1;
  int head = (int)(i - first) + 1;
  int n = head + l->entry->nwords - skip;
  if (n > 8 || n <= head) return -1;
  const char *keys[8];
  for (int k = 0; k < head; k++)
    keys[k] = tok(w, first + k)->key;
  for (int k = head; k < n; k++)
    keys[k] = l->entry->words[k - head + skip];
  const FkgLexEntry *e = fkg_lexicon_lookup(w->lex, FKG_LX_MASK(FKG_LX_REGION), keys, n);
  return e && e->row != l->entry->row ? e->row : -1;
}

/* The kind noun first, the names after it: "des régions de Tambov, de Lipetsk et de Voronej",
 * "the regions of Kursk and Oryol". After the region phrase [first, last) whose last word is
 * its name, each further ", de X" / "et de X" / "and X" is the region the phrase would name
 * with X in its place. Returns the end of the list. */
static int32_t
listed_after(FkgWork *w, const FkgLexEntry *e, int32_t last, FkgStatus *st)
{
  int32_t n = w->doc->ntoks, k = last;
  int nw = e->nwords;
  if (nw < 2 || nw > 8) return last;
  static const char *const conj[] = {"и", "and", "et", ",", NULL};
  static const char *const of[] = {"de", "d'", "of", NULL};
  while (k + 1 < n && fkg_tok_is_any(w, k, conj)) {
    int32_t x = k + 1;
    if (fkg_tok_is(w, k, ",") && x < n && fkg_tok_is_any(w, x, conj)) x++; /* ", et" */
    if (x < n && fkg_tok_is_any(w, x, of)) x++;
    if (x >= n || !(tok(w, x)->flags & FKG_TOK_CAP) || w->region_at[x] >= 0 ||
        layer(w, x, FKG_LX_REGION)->entry)
      break;
    const char *keys[8];
    for (int q = 0; q < nw - 1; q++)
      keys[q] = e->words[q];
    keys[nw - 1] = tok(w, x)->key;
    const FkgLexEntry *r = fkg_lexicon_lookup(w->lex, FKG_LX_MASK(FKG_LX_REGION), keys, nw);
    if (!r || r->row == e->row) break;
    if ((*st = mention(w, r->row, x, x + 1))) return x + 1;
    k = x + 1;
  }
  return k;
}

/* The region named by a capitalised Russian adjective at token i followed by an adjective of
 * a region's level (областной, краевой, региональный), or -1. */
static int32_t
level_row(FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_CYR) || !(t->flags & FKG_TOK_CAP) || i + 1 >= w->doc->ntoks ||
      (tok(w, i + 1)->flags & FKG_TOK_CAP))
    return -1;
  static const char *const oblast[] = {"областн", "регионал", NULL};
  static const char *const krai[] = {"краев", "регионал", NULL};
  static const char *const kinds[] = {"область", "край"};
  const char *const *levels[] = {oblast, krai};
  const char *next = tok(w, i + 1)->lower;
  /* Most capitalised words are followed by no level adjective: its two-byte first letter
   * (о, к, р) settles it before the adjective test. */
  int lead = 0;
  for (int k = 0; k < 2; k++)
    for (int q = 0; levels[k][q]; q++)
      lead |= next[0] == levels[k][q][0] && next[1] == levels[k][q][1];
  if (!lead) return -1;
  if (!fkg_tok_ru_adjective(w, i)) return -1;
  for (int k = 0; k < 2; k++)
    for (int q = 0; levels[k][q]; q++) {
      if (strncmp(next, levels[k][q], strlen(levels[k][q])) != 0) continue;
      char kind[64];
      fkg_word_key(w->ctx, kinds[k], kind, sizeof kind);
      const char *keys[2] = {t->key, kind};
      const FkgLexEntry *e = fkg_lexicon_lookup(w->lex, FKG_LX_MASK(FKG_LX_REGION), keys, 2);
      if (e) return e->row;
    }
  return -1;
}

FkgStatus
fkg_rule_places(FkgWork *w)
{
  FkgStatus st = FKG_SUCCESS;
  int32_t n = w->doc->ntoks;
  for (int32_t i = 0; i < n; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_REGION);
    if (l->entry) {
      if ((st = mention(w, l->entry->row, i, l->last))) return st;
      int32_t end = listed_after(w, l->entry, l->last, &st);
      if (st) return st;
      i = end - 1;
      continue;
    }
    /* A region's adjective before an adjective of its level: "Кировского областного ресурсного
     * центра", "Пензенского регионального отделения", "Пермского краевого центра": the region
     * its adjective names with the kind noun the level says (область, край). */
    int32_t level = level_row(w, i);
    if (level >= 0) {
      if ((st = mention(w, level, i, i + 1))) return st;
      continue;
    }
    /* Adjectives sharing the kind noun of the region phrase that ends the list: "Тамбовской,
     * Липецкой и Воронежской областей", "the Tambov, Lipetsk and Voronezh regions". */
    static const char *const conj[] = {"и", "and", "et", ",", NULL};
    if ((tok(w, i)->flags & FKG_TOK_WORD) && i + 2 < n && fkg_tok_is_any(w, i + 1, conj)) {
      int32_t j = i + 2;
      while (j + 2 < n && j < i + 12 && !layer(w, j, FKG_LX_REGION)->entry &&
             (tok(w, j)->flags & FKG_TOK_WORD) && fkg_tok_is_any(w, j + 1, conj))
        j += 2 + (fkg_tok_is(w, j + 1, ",") && fkg_tok_is_any(w, j + 2, conj) && j + 3 < n);
      /* The second half of a hyphenated adjective is never one on its own ("Ямало-Ненецкого
       * и Ханты-Мансийского …" is not the Nenets okrug). */
      int32_t first =
          i >= 2 && fkg_tok_is(w, i - 1, "-") && (tok(w, i - 2)->flags & FKG_TOK_CAP) ? i - 2 : i;
      int32_t row = coordinated_row(w, first, i, j);
      if (row >= 0 && (w->region_at[first] < 0 || w->facts->ents[w->region_at[first]].row != row) &&
          (st = mention(w, row, first, i + 1)))
        return st;
    }
  }
  /* The article's main region: most mentions, the first named among equals; a city counts for
   * its region. Moscow, the venue of most federal events, counts only when nothing else is
   * named. */
  int count[128] = {0};
  int32_t first_at[128];
  int32_t rows = fkg_lexicon_rows(w->lex, FKG_LX_REGION);
  for (int r = 0; r < 128; r++)
    first_at[r] = n;
  for (int32_t i = 0; i < n; i++) {
    int32_t row = -1;
    if (w->region_at[i] >= 0 && (i == 0 || w->region_at[i - 1] != w->region_at[i]))
      row = w->facts->ents[w->region_at[i]].row;
    else if (layer(w, i, FKG_LX_CITY)->entry && w->region_at[i] < 0)
      row = fkg_region_row_of(w, FKG_LX_CITY, layer(w, i, FKG_LX_CITY)->entry->row);
    if (row >= 0 && row < 128 && row < rows) {
      count[row]++;
      if (first_at[row] > i) first_at[row] = i;
    }
  }
  int32_t best = -1, moscow = fkg_lexicon_find(w->lex, FKG_LX_REGION, "iso", "RU-MOW");
  for (int32_t r = 0; r < rows && r < 128; r++) {
    if (!count[r] || r == moscow) continue;
    /* Equal counts: the region named first (in the title, as a rule) is the article's. */
    if (best < 0 || count[r] > count[best] ||
        (count[r] == count[best] && first_at[r] < first_at[best]))
      best = r;
  }
  if (best < 0 && moscow >= 0 && moscow < 128 && count[moscow]) best = moscow;
  w->main_region = best >= 0 ? fkg_region_entity(w, best) : -1;
  /* Asking for the entity must not make it look mentioned when only its city was named. */
  return FKG_SUCCESS;
}
