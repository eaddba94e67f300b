/* forumkg: extract rule, people. Recognised name shapes (given names from given-names.tsv):
 *   Given [Patronymic] Family      Тереза Пономарева; Алексея Текслера; Dmitriy Y. Mironov
 *   Initial. [Initial.] Family     В.Логинов; V. Matvienko; S. Sobyanin
 *   Family alone, once the same family name was seen in full earlier in the article:
 *                                  Матвиенко отметила; Karelova
 * Russian names in an oblique case are brought to the nominative: the case is read off the
 * given name (its ending against the lexicon's nominative), and the family name is declined
 * back by gender and ending (Пономаревой → Пономарева, Текслера → Текслер, Успенской →
 * Успенская). Indeclinable family names (-ко, -их, -ых, vowel endings) stay as written. */
#include "extract_int.h"
#include "forumkg/hash.h"
#include "forumkg/resolve.h"
#include "forumkg/segment.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <string.h>

typedef enum { C_NOM, C_GEN, C_DAT, C_ACC, C_INS, C_PREP, C_UNKNOWN } Case;

static int
ends(const char *s, const char *suf)
{
  size_t n = strlen(s), m = strlen(suf);
  return n > m && strcmp(s + n - m, suf) == 0;
}

/* Case of an inflected given name, from its ending after the part it shares with the
 * nominative. */
static Case
given_case(const char *form, const char *nom, int gender)
{
  if (strcmp(form, nom) == 0) return C_NOM;
  size_t k = 0;
  while (form[k] && form[k] == nom[k])
    k++;
  while (k > 0 && ((unsigned char)form[k] & 0xC0) == 0x80)
    k--; /* UTF-8 boundary */
  const char *suf = form + k;
  const char *nsuf = nom + k;
  int a_stem = ends(nom, "а") || ends(nom, "я") || !strcmp(nsuf, "а") || !strcmp(nsuf, "я");
  if (a_stem) {
    if (!strcmp(suf, "ы") || !strcmp(suf, "и")) return C_GEN;
    if (!strcmp(suf, "е")) return C_DAT;
    if (!strcmp(suf, "у") || !strcmp(suf, "ю")) return C_ACC;
    if (!strcmp(suf, "ой") || !strcmp(suf, "ей") || !strcmp(suf, "ою") || !strcmp(suf, "ею"))
      return C_INS;
    return C_UNKNOWN;
  }
  (void)gender;
  if (!strcmp(suf, "а") || !strcmp(suf, "я") || !strcmp(suf, "ия")) return C_GEN;
  if (!strcmp(suf, "у") || !strcmp(suf, "ю") || !strcmp(suf, "ию")) return C_DAT;
  if (!strcmp(suf, "ом") || !strcmp(suf, "ем") || !strcmp(suf, "ём") || !strcmp(suf, "ием"))
    return C_INS;
  if (!strcmp(suf, "е") || !strcmp(suf, "ии")) return C_PREP;
  /* A fleeting vowel hides the ending from the comparison (Льва / Лев, Павлом / Павел):
   * read the case off the form's own ending. */
  if (ends(form, "ом") || ends(form, "ем")) return C_INS;
  if (ends(form, "а") || ends(form, "я")) return C_GEN;
  if (ends(form, "у") || ends(form, "ю")) return C_DAT;
  if (ends(form, "е")) return C_PREP;
  return C_UNKNOWN;
}

/* Replaces the suffix `suf` of `s` (known to end with it) by `rep`. */
static char *
swap(FkgArena *a, const char *s, const char *suf, const char *rep)
{
  size_t n = strlen(s) - strlen(suf);
  return fkg_arena_printf(a, "%.*s%s", (int)n, s, rep);
}

static int
ov_stem(const char *s, size_t cut)
{
  size_t n = strlen(s);
  if (n < cut + 4) return 0;
  char buf[128];
  if (n - cut >= sizeof buf) return 0;
  memcpy(buf, s, n - cut);
  buf[n - cut] = '\0';
  return ends(buf, "ов") || ends(buf, "ев") || ends(buf, "ёв") || ends(buf, "ин") ||
         ends(buf, "ын");
}

/* The nominative of a Russian family name whose case and gender nothing else tells (after
 * initials: во главе с А.Ю. Пахомовым), from the endings no nominative has: -овым, -иным,
 * -овой, -иной, -ского, -ской, -ским. Others stay as written. */
static char *
family_nominative_by_ending(FkgArena *a, const char *form)
{
  if (ends(form, "ым") && ov_stem(form, strlen("ым"))) return swap(a, form, "ым", "");
  if (ends(form, "ой") && ov_stem(form, strlen("ой"))) return swap(a, form, "ой", "а");
  if (ends(form, "ского") || ends(form, "цкого")) return swap(a, form, "ого", "ий");
  if (ends(form, "ским") || ends(form, "цким")) return swap(a, form, "им", "ий");
  if (ends(form, "ской") || ends(form, "цкой")) return swap(a, form, "ой", "ая");
  return (char *)form;
}

/* The nominative of a Russian family name written as `form` (surface, capitalised). */
static char *
family_nominative(FkgArena *a, const char *form, int gender, Case c)
{
  if (c == C_NOM) return (char *)form;
  if (gender == 'f') {
    if (ends(form, "ской")) return swap(a, form, "ской", "ская");
    if (ends(form, "цкой")) return swap(a, form, "цкой", "цкая");
    if (ends(form, "скую")) return swap(a, form, "скую", "ская");
    if (ends(form, "ой") && ov_stem(form, strlen("ой"))) return swap(a, form, "ой", "а");
    if (ends(form, "у") && ov_stem(form, strlen("у"))) return swap(a, form, "у", "а");
    return (char *)form;
  }
  if (gender == 'm' && c != C_UNKNOWN) {
    static const char *const indecl[] = {"ко", "их", "ых", "о", "е", "и", "у", "ю", "э", NULL};
    if (ends(form, "ского") || ends(form, "цкого")) return swap(a, form, "ого", "ий");
    if (ends(form, "скому") || ends(form, "цкому")) return swap(a, form, "ому", "ий");
    if (ends(form, "ским") || ends(form, "цким")) return swap(a, form, "им", "ий");
    if (ends(form, "ском") || ends(form, "цком")) return swap(a, form, "ом", "ий");
    switch (c) {
    case C_GEN:
    case C_ACC:
      if (ends(form, "а") && ov_stem(form, strlen("а"))) return swap(a, form, "а", "");
      if (ends(form, "а") || ends(form, "я")) {
        /* Consonant-final names (Текслер, Греф): strip the ending; -я after a soft stem. */
        return ends(form, "я") ? swap(a, form, "я", "ь") : swap(a, form, "а", "");
      }
      return (char *)form;
    case C_DAT:
      if (ends(form, "у")) return swap(a, form, "у", "");
      if (ends(form, "ю")) return swap(a, form, "ю", "ь");
      return (char *)form;
    case C_INS:
      if (ends(form, "ым") && ov_stem(form, strlen("ым"))) return swap(a, form, "ым", "");
      if (ends(form, "ом")) return swap(a, form, "ом", "");
      /* -ем after ж, ш, ч, щ, ц is a hard stem's ending (Януковичем → Янукович). */
      if (ends(form, "жем") || ends(form, "шем") || ends(form, "чем") || ends(form, "щем") ||
          ends(form, "цем"))
        return swap(a, form, "ем", "");
      if (ends(form, "ем")) return swap(a, form, "ем", "ь");
      return (char *)form;
    case C_PREP:
      if (ends(form, "е")) return swap(a, form, "е", "");
      return (char *)form;
    default:
      for (int k = 0; indecl[k]; k++)
        if (ends(form, indecl[k])) return (char *)form;
      return (char *)form;
    }
  }
  return (char *)form;
}

static int
is_cap_word(const FkgWork *w, int32_t i)
{
  if (i < 0 || i >= w->doc->ntoks) return 0;
  const FkgToken *t = tok(w, i);
  /* at least three bytes, without measuring the whole word */
  return (t->flags & FKG_TOK_WORD) && (t->flags & FKG_TOK_CAP) && !(t->flags & FKG_TOK_ALLCAPS) &&
         t->lower[0] && t->lower[1] && t->lower[2];
}

static int
is_initial(const FkgWork *w, int32_t i)
{
  if (i + 1 >= w->doc->ntoks) return 0;
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_WORD) || !(t->flags & FKG_TOK_CAP) || !fkg_tok_is(w, i + 1, "."))
    return 0;
  if (t->e - t->b == 1) return 1;
  /* (a Latin transcription's two-letter initial for one Cyrillic letter: Yu., Zh.) */
  return t->e - t->b == 2 && (t->flags & FKG_TOK_LAT) && !(t->flags & FKG_TOK_ALLCAPS) &&
         fkg_initial_digraph(t->lower[0], t->lower[1]);
}

/* Whether token i is written as one of the forms cities.tsv lists for the city the lexicon
 * finds there. The lexicon matches by stem, and a family name may share a city's stem (Ельцов,
 * Ельца: Елец): only a listed form is the city. */
static int
city_form(const FkgWork *w, int32_t i)
{
  const FkgLayer *l = layer(w, i, FKG_LX_CITY);
  if (!l->entry) return 0;
  if (l->last > i + 1) return 1; /* a city of several words */
  const char *forms = fkg_lexicon_cell(w->lex, FKG_LX_CITY, l->entry->row, "forms");
  const char *word = tok(w, i)->surface;
  size_t n = strlen(word);
  for (const char *p = forms; p && *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && !strncmp(p, word, n)) return 1;
    p = bar ? bar + 1 : NULL;
  }
  return 0;
}

/* Whether a lexicon knows token i as something other than a name: a region, a body, a post,
 * a session or event word, a month, a city, a country. */
static int
known_otherwise(const FkgWork *w, int32_t i)
{
  static const FkgLexKind other[] = {FKG_LX_REGION, FKG_LX_ORG,     FKG_LX_ORGHEAD,
                                     FKG_LX_POST,   FKG_LX_SESSION, FKG_LX_EVENTTYPE,
                                     FKG_LX_SERIES, FKG_LX_MONTH};
  for (size_t k = 0; k < sizeof other / sizeof *other; k++)
    if (layer(w, i, other[k])->entry) return 1;
  if (city_form(w, i) || w->region_at[i] >= 0) return 1;
  const FkgLayer *lc = layer(w, i, FKG_LX_COUNTRY);
  return lc->entry && lc->entry->value == 0;
}

/* A token that can be a family name: capitalised, same script as the given name, and not a
 * word the lexicons know as something else. */
static int
family_ok(const FkgWork *w, int32_t i, uint32_t script)
{
  if (!is_cap_word(w, i)) return 0;
  const FkgToken *t = tok(w, i);
  if (!(t->flags & script)) return 0;
  if (known_otherwise(w, i)) return 0;
  /* English and French capitalise the words of a body's name: "Vladimir Regional Social
   * Rehabilitation Centre" names no Mr Regional. */
  if ((t->flags & FKG_TOK_LAT) &&
      (fkg_tok_cue(w, i, FKG_CUE_REGIONAL, NULL) || fkg_tok_cue(w, i, FKG_CUE_PRACTICE, NULL) ||
       fkg_tok_cue(w, i, FKG_CUE_INSTITUTION, NULL)))
    return 0;
  return 1;
}

/* Whether `low` holds "ич" or "вн", as every patronymic suffix does (-ович, -ьич, -ична,
 * -овна, -евну …): most capitalised words have neither, and are no patronymic. */
static int
patronymic_letters(const char *low)
{
  return strstr(low, "ич") != NULL || strstr(low, "вн") != NULL;
}

/* A patronymic is made from a given name: Сергеевич ← Сергей, Ильинична ← Илья, Петровна ←
 * Пётр. A word in -вич that is not (Шендерович, Янукович, Статкевича) is a family name. */
static int
is_patronymic(const FkgWork *w, int32_t i)
{
  if (!is_cap_word(w, i) || !(tok(w, i)->flags & FKG_TOK_CYR)) return 0;
  static const char *const sufs[] = {"ович", "евич", "ьич",    "ич", "овна",
                                     "евна", "ична", "инична", NULL};
  static const char *const cases[] = {"", "а", "у", "ем", "ом", "е", "ы", "ой", "ну", "не", NULL};
  static const char *const bases[] = {"", "й", "ь", "а", "я", NULL};
  const char *low = tok(w, i)->lower;
  /* Every suffix holds "ич" or "вн": a word with neither is none, whatever its ending. */
  if (!patronymic_letters(low)) return 0;
  size_t n = strlen(low);
  for (int c = 0; cases[c]; c++) {
    size_t cl = strlen(cases[c]);
    if (n <= cl || strcmp(low + n - cl, cases[c]) != 0) continue;
    for (int s = 0; sufs[s]; s++) {
      size_t sl = strlen(sufs[s]);
      /* feminine forms: the case ending replaces the final а (Петровны, Петровной) */
      int fem = sufs[s][sl - 2] == (char)0xd0 && sufs[s][sl - 1] == (char)0xb0;
      size_t core = n - cl;
      char buf[128];
      if (core >= sizeof buf) continue;
      memcpy(buf, low, core);
      buf[core] = '\0';
      /* compare without the final а of the suffix */
      size_t xl = fem && cl > 0 ? sl - 2 : sl;
      if (core <= xl + 1 || memcmp(buf + core - xl, sufs[s], xl) != 0) continue;
      size_t stem = core - xl;
      for (int b = 0; bases[b]; b++) {
        char cand[160]; /* stem < 128 and a base of two bytes at most */
        size_t bl = strlen(bases[b]);
        memcpy(cand, buf, stem);
        memcpy(cand + stem, bases[b], bl + 1);
        if (fkg_lexicon_given(w->lex, cand) >= 0) return 1;
      }
      /* A name in -ий keeps its ь: Валерьевна ← Валерий, Юрьевич ← Юрий, Васильевна ←
       * Василий. */
      if (stem >= 4 && memcmp(buf + stem - 2, "ь", 2) == 0) {
        char cand[160];
        memcpy(cand, buf, stem - 2);
        memcpy(cand + stem - 2, "ий", 5);
        if (fkg_lexicon_given(w->lex, cand) >= 0) return 1;
      }
    }
  }
  return 0;
}

static int32_t given_row_of_text(const FkgWork *w, const FkgToken *t);

/* The given-names.tsv row for token i: the token itself, or the nominative it is an oblique
 * case of (Андрея → Андрей, Терезы → Тереза, Игорем → Игорь); the answer for its text is kept
 * in the context. */
static int32_t
given_row_of(const FkgWork *w, int32_t i)
{
  if (!is_cap_word(w, i)) return -1;
  /* A country is no given name (Германии is not Герман in the prepositional). */
  const FkgLayer *lc = layer(w, i, FKG_LX_COUNTRY);
  if (lc->entry && lc->entry->value == 0) return -1;
  int32_t *known = fkg_segment_given_slot(w->ctx, tok(w, i));
  if (known && *known) return *known - 2;
  int32_t row = given_row_of_text(w, tok(w, i));
  if (known) *known = row + 2;
  return row;
}

/* The given-names row of a word's text alone: itself, or the nominative it is a case form of. */
static int32_t
given_row_of_text(const FkgWork *w, const FkgToken *t)
{
  const char *low = t->lower;
  int32_t row = fkg_lexicon_given(w->lex, low);
  if (row < 0 && (t->flags & FKG_TOK_LAT) && strlen(low) >= 4) {
    /* A Latin spelling the table does not list (Ilnur, Aisen): by its name key. */
    const char *key = fkg_resolve_name_key(w->ctx, &w->doc->arena, t->surface);
    row = fkg_resolve_given_latin(w->ctx, w->lex, key);
    /* …or its French transcription (Afanassi, Афанасий), respelled as BGN first.
     * Asked in every language: the answer is kept per word form, for all documents alike. */
    const char *bgn = row < 0 ? fkg_translit_french_name(w->ctx, &w->doc->arena, t->surface) : NULL;
    if (bgn && strcmp(bgn, t->surface) != 0)
      row = fkg_resolve_given_latin(w->ctx, w->lex,
                                    fkg_resolve_name_key(w->ctx, &w->doc->arena, bgn));
  }
  if (row >= 0 || !(t->flags & FKG_TOK_CYR)) return row;
  /* Each case ending with the nominative endings it can come from, shortest ending first:
   * Алексею is Алексей + ю (not Алексий + ею), Валерием is Валерий + ем (not Валерия). */
  static const struct {
    const char *ending, *const nominal[6];
  } cases[] = {{"а", {"", NULL}},
               {"я", {"й", "ь", NULL}},
               {"у", {"", "а", NULL}},
               {"ю", {"й", "ь", "я", NULL}},
               {"е", {"", "а", "я", "й", "ь", NULL}},
               {"ы", {"а", NULL}},
               {"и", {"я", "а", "ь", NULL}},
               {"ом", {"", NULL}},
               {"ем", {"й", "ь", NULL}},
               {"ём", {"ь", NULL}},
               {"ой", {"а", NULL}},
               {"ей", {"я", "ь", NULL}},
               {"ою", {"а", NULL}},
               {"ею", {"я", NULL}},
               {"ию", {"ия", NULL}},
               {"ия", {"ий", NULL}},
               {"ии", {"ия", "ий", NULL}}};
  size_t n = strlen(low);
  for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
    size_t m = strlen(cases[k].ending);
    /* the last byte first: most endings are ruled out without a compare */
    if (n <= m + 2 || low[n - 1] != cases[k].ending[m - 1] ||
        strcmp(low + n - m, cases[k].ending) != 0)
      continue;
    /* Of several nominatives, the earliest row: the Russian names come first in the
     * lexicon, so Андрее is Андрей (not Андреа), Марину is Марина (not Марин). */
    int32_t best = -1;
    /* The candidates are built by hand: this runs for every capitalised Cyrillic word, and
     * snprintf cost more than the look-ups. */
    char cand[128];
    size_t base = n - m;
    for (int j = 0; cases[k].nominal[j]; j++) {
      size_t nl = strlen(cases[k].nominal[j]);
      if (base + nl >= sizeof cand) continue;
      memcpy(cand, low, base);
      memcpy(cand + base, cases[k].nominal[j], nl + 1);
      if ((row = fkg_lexicon_given(w->lex, cand)) >= 0 && (best < 0 || row < best)) best = row;
    }
    if (best >= 0) return best;
    /* A fleeting vowel: Павла → Павел (е before the stem's last letter), Льва → Лев (a soft
     * sign before it becomes е). Cyrillic letters are two bytes. */
    size_t stem = n - m;
    if (stem >= 4) {
      int soft = !strncmp(low + stem - 4, "ь", 2);
      size_t keep = soft ? stem - 4 : stem - 2;
      if (keep + 4 < sizeof cand) {
        memcpy(cand, low, keep);
        memcpy(cand + keep, "е", 2);
        memcpy(cand + keep + 2, low + stem - 2, 2);
        cand[keep + 4] = '\0';
        if ((row = fkg_lexicon_given(w->lex, cand)) >= 0) return row;
      }
    }
  }
  return -1;
}

/* given_row_of, asked of the same token by several patterns and the short-mention pass, is
 * worked out once per token. The memo array belongs to the work state; rules see it const. */
static int32_t
given_row(const FkgWork *w, int32_t i)
{
  if (i < 0 || i >= w->doc->ntoks) return -1;
  int32_t *memo = &w->given_memo[i];
  if (!*memo) *memo = given_row_of(w, i) + 2;
  return *memo - 2;
}

/* The BGN/PCGN spelling of a name the text transcribes the French way, else NULL; `part` is
 * 1 for a family name, 2 for a given name. */
static const char *
french_bgn(FkgWork *w, const char *name, int part)
{
  if (!(w->french_names & part)) return NULL;
  return fkg_translit_french_name(w->ctx, &w->doc->arena, name);
}

/* The BGN/PCGN spelling of a family name that an English text, or a French one that spells
 * its names the English way, writes otherwise (Zaitseva, Artemieva, Egorova), else NULL. */
static const char *
english_bgn(FkgWork *w, const char *family)
{
  if (w->doc->lang != FKG_LANG_EN && !(w->doc->lang == FKG_LANG_FR && !(w->french_names & 1)))
    return NULL;
  return fkg_translit_english_name(w->ctx, &w->doc->arena, family);
}

/* Whether the people of a French text are transcribed the French way (Kouznetsov, Sergueï)
 * rather than the English way that translated news often keeps (Sergei Sobyanin): the names
 * that tell vote, family names for family names and given names for given names (a text may
 * take one from a French dictionary and copy the other), each falling back on the other's vote
 * when none of its own tells; a name that tells nothing (Tkachev, Chernova) follows the vote.
 * Keys, made before the vote, are made again from the BGN spelling. */
static void
vote_french_names(FkgWork *w)
{
  if (w->doc->lang != FKG_LANG_FR) return;
  int fam = 0, giv = 0;
  for (int p = 0; p < w->npeople; p++) {
    fam += fkg_name_transcription(w->people[p].family);
    if (w->people[p].given) giv += fkg_name_transcription(w->people[p].given);
  }
  w->french_names = (fam ? fam > 0 : giv > 0) | (giv ? giv > 0 : fam > 0) << 1;
  if (!w->french_names) return;
  FkgArena *a = &w->doc->arena;
  for (int p = 0; p < w->npeople; p++) {
    FkgPersonMention *m = &w->people[p];
    const char *f = french_bgn(w, m->family, 1);
    if (f) m->fkey = fkg_resolve_name_key(w->ctx, a, f);
    const char *g = m->given ? french_bgn(w, m->given, 2) : NULL;
    if (g) m->gkey = fkg_resolve_name_key(w->ctx, a, g);
  }
}

/* Family names spelt the English way are keyed by their BGN spelling, as French ones are, so
 * that Artemieva is the Артемьева of other texts. */
static void
respell_english_names(FkgWork *w)
{
  for (int p = 0; p < w->npeople; p++) {
    FkgPersonMention *m = &w->people[p];
    const char *f = english_bgn(w, m->family);
    if (f) m->fkey = fkg_resolve_name_key(w->ctx, &w->doc->arena, f);
  }
}

/* The name key of `name`: an article names the same person several times, so a family or
 * given name already keyed in a recent mention reuses that key (fkg_resolve_name_key is a
 * pure function of the word, memoised per context; the look back is bounded so that a long
 * document is not mentions squared). */
static const char *
name_key(FkgWork *w, const char *name)
{
  for (int p = w->npeople - 1; p >= 0 && p >= w->npeople - 32; p--) {
    const FkgPersonMention *m = &w->people[p];
    if (strcmp(m->family, name) == 0) return m->fkey;
    if (m->given && m->gkey && strcmp(m->given, name) == 0) return m->gkey;
  }
  return fkg_resolve_name_key(w->ctx, &w->doc->arena, name);
}

/* Records a full-name mention; entities are made after all names are seen (resolve_people),
 * so that the fullest spelling in the article names the person. */
static FkgStatus
add_person(FkgWork *w, int32_t first, int32_t last, const char *given, const char *family,
           int gender)
{
  FkgPersonMention *np = fkg_arena_room(&w->doc->arena, w->people, (size_t)w->npeople, sizeof *np);
  if (!np) return FKG_BAD_ALLOC;
  w->people = np;
  FkgPersonMention *m = &w->people[w->npeople];
  m->first = first;
  m->last = last;
  m->ent = -1;
  m->gender = gender;
  m->given = given;
  m->family = family;
  /* Keys once per mention: comparing mentions pairwise must not transliterate each time. */
  m->fkey = NULL;
  m->gkey = NULL;
  const char *fkey = name_key(w, family);
  const char *gkey = given ? name_key(w, given) : NULL;
  if (!fkey) return FKG_BAD_ALLOC;
  m->fkey = fkey;
  m->gkey = gkey;
  for (int32_t t = first; t < last; t++)
    w->person_at[t] = w->npeople;
  w->npeople++;
  return FKG_SUCCESS;
}

/* Two mentions name one person when their family keys are equal and their given names agree
 * (same first four letters of the key, or an initial that fits). */
static int
given_is_initial(const char *g)
{
  return !g || strchr(g, '.') != NULL;
}

/* An initial fits a given name (or another initial) that starts with its letter. In one
 * script the first letters are compared (З. is not Жанна, though "z" begins "zhanna"); across
 * scripts the keys are, the initial's whole transliteration starting the other's (В. and
 * Vadim; Ж., "zh", and Zhanna). */
static int
initial_fits(const FkgPersonMention *a, const FkgPersonMention *b)
{
  int32_t i = 0, j = 0;
  UChar32 c1, c2;
  U8_NEXT(a->given, i, (int32_t)strlen(a->given), c1);
  U8_NEXT(b->given, j, (int32_t)strlen(b->given), c2);
  UErrorCode e1 = U_ZERO_ERROR, e2 = U_ZERO_ERROR;
  if (c1 >= 0 && c2 >= 0 && uscript_getScript(c1, &e1) == uscript_getScript(c2, &e2) &&
      U_SUCCESS(e1) && U_SUCCESS(e2))
    return u_toupper(c1) == u_toupper(c2);
  size_t n1 = strlen(a->gkey), n2 = strlen(b->gkey);
  return strncmp(a->gkey, b->gkey, n1 < n2 ? n1 : n2) == 0;
}

static int
same_person(const FkgPersonMention *a, const FkgPersonMention *b)
{
  if (strcmp(a->fkey, b->fkey) != 0) return 0;
  if (!a->given || !b->given) return 1;
  const char *g1 = a->gkey, *g2 = b->gkey;
  if (!g1 || !g2 || !*g1 || !*g2) return 1;
  if (given_is_initial(a->given) || given_is_initial(b->given)) return initial_fits(a, b);
  return strncmp(g1, g2, 4) == 0;
}

/* The IRI path of the person of canonical mention `c`, as fkg_resolve_person_key makes it
 * (an initial keyed by its letter alone), from the keys the mentions already hold. */
static const char *
person_key(FkgWork *w, const FkgPersonMention *c)
{
  FkgArena *a = &w->doc->arena;
  const char *g = c->gkey;
  if (c->given && given_is_initial(c->given)) {
    /* The initial's whole first letter: Cyrillic ones take two bytes ("В." is gromov-v); a
     * transcription's two-letter initial is one Cyrillic letter ("Zh." is abenova-zh, as
     * "Ж." is). */
    int32_t first = 0;
    U8_FWD_1(c->given, first, (int32_t)strlen(c->given));
    if (c->given[first] != '.' && c->given[first] && c->given[first + 1] == '.') first++;
    const char *initial = fkg_arena_strndup(a, c->given, (size_t)first);
    if (!initial) return NULL;
    g = name_key(w, initial);
  }
  if (g && *g) return fkg_join(a, "person/", c->fkey, "-", g);
  return fkg_join(a, "person/", c->fkey, NULL, NULL);
}

/* Items 0 .. n-1 chained by a hash of the first `prefix` bytes of their key (SIZE_MAX: all of
 * it): head[hash & mask] is a bucket's first item and next[i] the item after i, in index order;
 * items with no key are left out. One bucket may hold different keys: callers compare. */
typedef struct {
  int *head, *next;
  uint32_t mask;
} Buckets;

static FkgStatus
buckets_make(FkgArena *arena, Buckets *b, int n, const char *const *keys, size_t prefix)
{
  uint32_t slots = 16;
  while (slots < 2u * (uint32_t)n)
    slots *= 2;
  b->mask = slots - 1;
  b->head = fkg_arena_alloc_uninit(arena, sizeof(int) * slots);
  b->next = fkg_arena_alloc_uninit(arena, sizeof(int) * ((size_t)n + 1));
  if (!b->head || !b->next) return FKG_BAD_ALLOC;
  memset(b->head, -1, sizeof(int) * slots);
  for (int i = n - 1; i >= 0; i--) {
    if (!keys[i]) continue;
    uint32_t k = fkg_hash_str(0, keys[i], prefix) & b->mask;
    b->next[i] = b->head[k];
    b->head[k] = i;
  }
  return FKG_SUCCESS;
}

/* The first item of the bucket of `key` (buckets_make with the same prefix), or -1. */
static int
buckets_first(const Buckets *b, const char *key, size_t prefix)
{
  return b->head[fkg_hash_str(0, key, prefix) & b->mask];
}

/* Whether `a` is `b` with "а" after it (Руслана, Руслан). */
static int
plus_a(const char *a, const char *b)
{
  size_t n = strlen(b);
  return strncmp(a, b, n) == 0 && strcmp(a + n, "а") == 0;
}

/* "По словам Руслана Ахметзянова" reads as a woman's name in the nominative, Руслана being one;
 * when the article also names Руслан Ахметзянов, it is his genitive. Such mentions take the
 * man's reading before they are grouped. (The men by given name: a long document names
 * thousands of people.) */
static FkgStatus
genitive_of_named_man(FkgWork *w)
{
  FkgArena *a = &w->doc->arena;
  const char **men = fkg_arena_alloc_uninit(a, sizeof(char *) * ((size_t)w->npeople + 1));
  if (!men) return FKG_BAD_ALLOC;
  int any = 0;
  for (int p = 0; p < w->npeople; p++) {
    const FkgPersonMention *n = &w->people[p];
    men[p] = n->gender == 'm' && n->given && !given_is_initial(n->given) ? n->given : NULL;
    any |= men[p] != NULL;
  }
  if (!any) return FKG_SUCCESS;
  Buckets by_given;
  if (buckets_make(a, &by_given, w->npeople, men, SIZE_MAX)) return FKG_BAD_ALLOC;
  for (int p = 0; p < w->npeople; p++) {
    FkgPersonMention *m = &w->people[p];
    if (m->gender != 'f' || !m->given || !ends(m->family, "а") || !ends(m->given, "а")) continue;
    const char *g = fkg_arena_strndup(a, m->given, strlen(m->given) - strlen("а"));
    if (!g) return FKG_BAD_ALLOC;
    for (int q = buckets_first(&by_given, g, SIZE_MAX); q >= 0; q = by_given.next[q]) {
      const FkgPersonMention *n = &w->people[q];
      if (!plus_a(m->family, n->family) || !plus_a(m->given, n->given)) continue;
      m->gender = 'm';
      m->given = n->given;
      m->family = n->family;
      m->fkey = n->fkey;
      m->gkey = n->gkey;
      break;
    }
  }
  return FKG_SUCCESS;
}

/* Whether the name at token i is a credit: after "©", or after a credit label and its colon
 * that open the line (Фото:, Photo :, Photos :, Photographer:, Текст:). */
static int
credit(const FkgWork *w, int32_t i)
{
  if (i > 0 && fkg_tok_is(w, i - 1, "©")) return 1;
  static const char *const labels[] = {"фото",     "photo", "photos", "photographer", "photographe",
                                       "фотограф", "текст", "text",   "texte",        NULL};
  return i >= 2 && fkg_tok_is(w, i - 1, ":") && fkg_tok_is_any(w, i - 2, labels) &&
         (tok(w, i - 2)->flags & FKG_TOK_NL);
}

static FkgStatus
resolve_people(FkgWork *w)
{
  FkgDoc *doc = w->doc;
  FkgStatus gst = genitive_of_named_man(w);
  if (gst) return gst;
  /* The mentions by family key: same_person holds only within a bucket, so a cluster is found
   * without a pass over every mention. */
  const char **fkeys =
      fkg_arena_alloc_uninit(&doc->arena, sizeof(char *) * ((size_t)w->npeople + 1));
  if (!fkeys) return FKG_BAD_ALLOC;
  for (int p = 0; p < w->npeople; p++)
    fkeys[p] = w->people[p].fkey;
  Buckets by_family;
  if (buckets_make(&doc->arena, &by_family, w->npeople, fkeys, SIZE_MAX)) return FKG_BAD_ALLOC;
  const int *next = by_family.next;
  for (int p = 0; p < w->npeople; p++) {
    if (w->people[p].ent >= 0) continue;
    /* The cluster of p: every later unresolved mention of the same person. The canonical
     * spelling is the first with a full given name. */
    int canon = p;
    for (int q = p; q >= 0; q = next[q])
      if (w->people[q].ent < 0 && same_person(&w->people[p], &w->people[q]) &&
          given_is_initial(w->people[canon].given) && !given_is_initial(w->people[q].given))
        canon = q;
    const FkgPersonMention *c = &w->people[canon];
    const char *key = person_key(w, c);
    if (!key) return FKG_BAD_ALLOC;
    int32_t ent = fkg_facts_entity(w->facts, FKG_E_PERSON, key);
    if (ent < 0) return FKG_BAD_ALLOC;
    FkgEntity *e = &w->facts->ents[ent];
    /* A family name alone that no full mention names (Президент Саркози, nothing more) is a
     * mention for the benchmarks, not an official of the graph. */
    if (!c->given) e->hidden = 1;
    /* A photographer's or author's credit ("© Kirill Zotov", "Photos : Kirill Zotov") names no
     * official: hidden, unless another mention of the person is in the text. */
    int credited_only = 1;
    for (int q = p; q >= 0 && credited_only; q = next[q])
      if (w->people[q].ent < 0 && same_person(&w->people[p], &w->people[q]))
        credited_only = credit(w, w->people[q].first);
    if (credited_only) e->hidden = 1;
    if (!e->family) {
      e->family = c->family;
      e->given = c->given;
      /* The BGN spelling of a Cyrillic name, and of a French transcription, so that a query
       * on the ru-Latn family name finds the person in every language. */
      const char *ffam = french_bgn(w, c->family, 1);
      if (ffam) {
        const char *fgiven = c->given ? french_bgn(w, c->given, 2) : NULL;
        e->family_lat = ffam;
        e->given_lat = fgiven ? fgiven : c->given;
      } else if (fkg_utf8_starts_cyrillic(c->family)) {
        e->family_lat = fkg_translit_name(w->ctx, &doc->arena, c->family);
        e->given_lat = c->given ? fkg_translit_name(w->ctx, &doc->arena, c->given) : NULL;
      } else if ((ffam = english_bgn(w, c->family))) {
        e->family_lat = ffam; /* the given name's BGN spelling is not worked out: none */
      }
      e->name = c->given ? fkg_join(&doc->arena, c->given, " ", c->family, NULL) : c->family;
    }
    for (int q = p; q >= 0; q = next[q]) {
      FkgPersonMention *m = &w->people[q];
      if (m->ent >= 0 || !same_person(&w->people[p], m)) continue;
      m->ent = ent;
      FkgStatus st = fkg_facts_span(w->facts, ent, tok(w, m->first)->b, tok(w, m->last - 1)->e);
      if (st) return st;
    }
  }
  return FKG_SUCCESS;
}

/* A hyphen glued to the words on both sides (Жан-Мари, Саишвили-Чантурия, аль-Хадж). */
static int
glued_dash(const FkgWork *w, int32_t k)
{
  return k + 1 < w->doc->ntoks && (tok(w, k)->flags & FKG_TOK_DASH) &&
         !(tok(w, k)->flags & FKG_TOK_SPACE) && !(tok(w, k + 1)->flags & FKG_TOK_SPACE) &&
         (tok(w, k + 1)->flags & FKG_TOK_WORD);
}

/* Nobiliary and Arabic particles that open a family name: Марин Ле Пен, Массимо Де Сантис,
 * Люк Ван Велли, Урсула фон дер Ляйен, Усама бин Ладен, Халед эль-Масри. Lower-case "да" and
 * "ла" are Russian words, so only their capitalised forms count. */
static int
is_particle(const FkgWork *w, int32_t k)
{
  static const char *const any[] = {"ле",  "де",  "ди",  "дю",  "дель", "делла", "ван",
                                    "фон", "дер", "ибн", "бин", "аль",  "эль",   "von",
                                    "van", "de",  "del", "di",  "da",   "le",    "la",
                                    "bin", "ibn", "al",  "el",  "der",  "du",    NULL};
  static const char *const capital[] = {"да", "ла", NULL};
  if (k < 0 || k >= w->doc->ntoks || !(tok(w, k)->flags & FKG_TOK_WORD)) return 0;
  if (fkg_tok_is_any(w, k, any)) return 1;
  return (tok(w, k)->flags & FKG_TOK_CAP) && fkg_tok_is_any(w, k, capital);
}

/* Does token k end with an apostrophe (an elided particle: О’, д’)? */
static int
elided(const FkgWork *w, int32_t k)
{
  const char *sf = tok(w, k)->surface;
  size_t L = strlen(sf);
  return L >= 2 && (sf[L - 1] == '\'' || (L >= 4 && !strcmp(sf + L - 3, "’")));
}

/* The end (exclusive) of a family name starting at token j, or -1: [particle [-]] Family
 * [-Family ...], or an elided particle glued to it (О’Рейли, д’Артаньян). */
static int32_t
family_end(const FkgWork *w, int32_t j, uint32_t script)
{
  int32_t k = j, n = w->doc->ntoks;
  if (k + 1 < n && is_particle(w, k)) {
    int32_t nx = glued_dash(w, k + 1) ? k + 2 : k + 1;
    if (nx < n && family_ok(w, nx, script)) k = nx;
  } else if (k + 1 < n && (tok(w, k)->flags & FKG_TOK_CAP) && elided(w, k) &&
             !(tok(w, k + 1)->flags & FKG_TOK_SPACE) && family_ok(w, k + 1, script)) {
    k++;
  }
  if (!family_ok(w, k, script) || (tok(w, j)->flags & FKG_TOK_NL)) return -1;
  k++;
  while (glued_dash(w, k) && family_ok(w, k + 1, script))
    k += 2;
  return k;
}

/* Whether token i, a capitalised Latin word, ends as a romanised patronymic does, in English
 * or French transcription: Nikolayevna, Sergeyevich, Iourievitch, Ivanovitch. */
static int
latin_patronymic(const FkgWork *w, int32_t i)
{
  if (i < 0 || i >= w->doc->ntoks || !is_cap_word(w, i) || !(tok(w, i)->flags & FKG_TOK_LAT))
    return 0;
  static const char *const pat[] = {"ovna",   "evna",   "ichna",   "ovich",   "evich", "ovitch",
                                    "evitch", "ievich", "ievitch", "ichitch", NULL};
  const char *low = tok(w, i)->lower;
  size_t L = strlen(low);
  for (int k = 0; pat[k]; k++)
    /* (a stem of two letters: Lvovna, Lvovich, from Лев) */
    if (L >= strlen(pat[k]) + 2 && !strcmp(low + L - strlen(pat[k]), pat[k])) return 1;
  /* A father's name in -a or -я gives -ich straight after its stem (Ильич ← Илья, Кузьмич ←
   * Кузьма): Ilitch, Ilyich, Kouzmitch, Nikititch, when the stem with its vowel back is a given
   * name the lexicon knows (Babich, Rabinovich have none). */
  static const char *const short_pat[] = {"yitch", "yich", "itch", "ich", NULL};
  static const char *const vowel[] = {"a", "ya", "ia", NULL};
  for (int k = 0; short_pat[k]; k++) {
    size_t m = strlen(short_pat[k]);
    if (L < m + 2 || L - m > 24 || strcmp(low + L - m, short_pat[k]) != 0) continue;
    for (int v = 0; vowel[v]; v++) {
      char cand[32];
      snprintf(cand, sizeof cand, "%.*s%s", (int)(L - m), low, vowel[v]);
      if (fkg_lexicon_given(w->lex, cand) >= 0) return 1;
    }
    break; /* the longest ending that fits decides */
  }
  return 0;
}

/* The case and gender a patronymic's ending shows (Зиннуровичем: instrumental, masculine;
 * Петровны: genitive, feminine), from its suffix alone; C_UNKNOWN when the token has no
 * patronymic shape. */
static Case
patronymic_shape(const FkgWork *w, int32_t i, int *gender)
{
  if (i < 0 || i >= w->doc->ntoks || !is_cap_word(w, i) || !(tok(w, i)->flags & FKG_TOK_CYR))
    return C_UNKNOWN;
  static const struct {
    const char *end;
    Case c;
    int g;
  } forms[] = {
      {"ович", C_NOM, 'm'},   {"евич", C_NOM, 'm'},   {"ьич", C_NOM, 'm'},    {"овича", C_GEN, 'm'},
      {"евича", C_GEN, 'm'},  {"ьича", C_GEN, 'm'},   {"овичу", C_DAT, 'm'},  {"евичу", C_DAT, 'm'},
      {"ьичу", C_DAT, 'm'},   {"овичем", C_INS, 'm'}, {"евичем", C_INS, 'm'}, {"ьичом", C_INS, 'm'},
      {"овиче", C_PREP, 'm'}, {"евиче", C_PREP, 'm'}, {"овна", C_NOM, 'f'},   {"евна", C_NOM, 'f'},
      {"ична", C_NOM, 'f'},   {"овны", C_GEN, 'f'},   {"евны", C_GEN, 'f'},   {"ичны", C_GEN, 'f'},
      {"овне", C_DAT, 'f'},   {"евне", C_DAT, 'f'},   {"ичне", C_DAT, 'f'},   {"овну", C_ACC, 'f'},
      {"евну", C_ACC, 'f'},   {"ичну", C_ACC, 'f'},   {"овной", C_INS, 'f'},  {"евной", C_INS, 'f'},
      {"ичной", C_INS, 'f'}};
  const char *low = tok(w, i)->lower;
  if (!patronymic_letters(low)) return C_UNKNOWN; /* every ending above holds "ич" or "вн" */
  size_t n = strlen(low);
  for (size_t k = 0; k < sizeof forms / sizeof *forms; k++) {
    size_t m = strlen(forms[k].end);
    /* at least two letters of the father's name before the suffix */
    if (n >= m + 4 && !strcmp(low + n - m, forms[k].end)) {
      *gender = forms[k].g;
      return forms[k].c;
    }
  }
  return C_UNKNOWN;
}

/* The family name in the nominative as one string: the particle and the first parts of a
 * double-barrelled name as written, the last word declined back (Де Сантиса → Де Сантис). */
static const char *
family_text(FkgWork *w, int32_t first, int32_t last, int gender, Case c, uint32_t script)
{
  FkgArena *a = &w->doc->arena;
  const char *lastw = tok(w, last - 1)->surface;
  if (script == FKG_TOK_CYR) lastw = family_nominative(a, lastw, gender, c);
  if (last - 1 == first) return lastw;
  const char *head = fkg_tokens_text(w, first, last - 1);
  int space = (tok(w, last - 1)->flags & FKG_TOK_SPACE) != 0;
  return head ? fkg_arena_printf(a, "%s%s%s", head, space ? " " : "", lastw) : NULL;
}

/* Given [Given | -Given] [Patronymic | Initial.] Family: Тереза Пономарева; Жан-Мари Ле Пен;
 * Хуан Пабло Монтойя; Владимир Вольфович Жириновский (a patronymic-shaped word before a
 * family name, even when the father's name is not in the lexicon); Galina Karelova;
 * Dmitriy Y. Mironov. */
static int32_t
match_given_family(FkgWork *w, int32_t i, FkgStatus *st)
{
  int32_t grow = given_row(w, i);
  if (grow < 0) return -1;
  uint32_t script = tok(w, i)->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  int32_t j = i + 1;
  /* A compound given name: hyphenated (Жан-Мари), or two given names before a family name
   * (Хуан Пабло Монтойя, Реджеп Тайип Эрдоган). */
  int32_t gend = j;
  if (glued_dash(w, j) && is_cap_word(w, j + 1) && family_end(w, j + 2, script) > 0)
    gend = j += 2;
  else if (given_row(w, j) >= 0 && !is_patronymic(w, j) && family_end(w, j + 1, script) > 0 &&
           given_row(w, j + 1) < 0 && !is_patronymic(w, j + 1))
    j++;
  int pg = 0;
  if (script == FKG_TOK_CYR &&
      (is_patronymic(w, j) ||
       (patronymic_shape(w, j, &pg) != C_UNKNOWN && family_end(w, j + 1, script) > 0 &&
        given_row(w, j + 1) < 0 && patronymic_shape(w, j + 1, &pg) == C_UNKNOWN)))
    j++;
  else if (script == FKG_TOK_LAT && is_initial(w, j))
    j += 2;
  else if (script == FKG_TOK_LAT && latin_patronymic(w, j) && family_end(w, j + 1, script) > 0 &&
           given_row(w, j + 1) < 0 && !latin_patronymic(w, j + 1))
    j++;
  int32_t fend = family_end(w, j, script);
  if (fend < 0 || given_row(w, j) >= 0) return -1;
  /* "Galina Nikolayevna": a given name and a patronymic, the formal address without the
   * family name. */
  if (script == FKG_TOK_LAT) {
    if (latin_patronymic(w, j)) return -1;
  } else if (is_patronymic(w, j)) {
    return -1;
  }
  FkgArena *a = &w->doc->arena;
  const char *given = tok(w, i)->surface;
  int gender = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "gender")[0];
  Case c = C_NOM;
  if (script == FKG_TOK_CYR) {
    const char *nom = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "name");
    char *nomlow = fkg_fold_lower(a, nom);
    c = given_case(tok(w, i)->lower, nomlow ? nomlow : "", gender);
    given = nom;
  }
  /* A hyphenated given name keeps its second part as written (Жан-Мари, Ахмат-Хаджи). */
  if (gend == i + 3) given = fkg_arena_printf(a, "%s-%s", given, tok(w, i + 2)->surface);
  if (!given) {
    *st = FKG_BAD_ALLOC;
    return -1;
  }
  const char *family = family_text(w, j, fend, gender, c, script);
  if (!family) {
    *st = FKG_BAD_ALLOC;
    return fend;
  }
  *st = add_person(w, i, fend, given, family, gender);
  return fend;
}

/* Family Given Patronymic, the order of Russian lists and bylines: "Бердникова Лариса
 * Ивановна, начальник управления …". Only with the patronymic, which the other order never
 * has after a given name before a family name. */
static int surname_shaped(const char *low);
static int latin_surname_shaped(const char *low);

/* Whether the three capitalised words at i open an entry of a speakers' list, "Пак Виктор
 * Енович — начальник управления …": a line's (or a sentence's) first words, a dash or a comma
 * after them. There the order is Family Given Patronymic whatever the family name's shape and
 * whether the father's name is known; a word the lexicons know as a role (Модератор Анна
 * Ивановна) is no family name. */
static int
list_entry_name(const FkgWork *w, int32_t i)
{
  if (i + 3 >= w->doc->ntoks || (tok(w, i + 3)->flags & FKG_TOK_NL) ||
      !((tok(w, i + 3)->flags & FKG_TOK_DASH) || fkg_tok_is(w, i + 3, ",")))
    return 0;
  if (!(tok(w, i)->flags & FKG_TOK_NL) && i != fkg_sent_first(w, i)) return 0;
  for (int r = 0; r < FKG_CUE_COUNT; r++)
    if (fkg_tok_cue(w, i, (FkgCueRole)r, NULL)) return 0;
  return 1;
}

/* The same order in Latin letters, as translations keep it: "We spoke with Zaitseva Ksenia
 * Grigoryevna, Director …", "said Pakhomova Elena Sergeevna". A family name of Russian shape
 * that no lexicon knows as a given name, a known given name, and a romanised patronymic: the
 * other order (Ksenia Grigoryevna Zaitseva) starts with the given name. */
static int32_t
match_family_given_patronymic_latin(FkgWork *w, int32_t i, FkgStatus *st)
{
  int32_t n = w->doc->ntoks;
  if (!(tok(w, i)->flags & FKG_TOK_LAT) || i + 2 >= n || !latin_patronymic(w, i + 2) ||
      !latin_surname_shaped(tok(w, i)->lower) || !family_ok(w, i, FKG_TOK_LAT) ||
      given_row(w, i) >= 0 || !is_cap_word(w, i + 1) || !(tok(w, i + 1)->flags & FKG_TOK_LAT) ||
      (tok(w, i + 1)->flags & FKG_TOK_NL) || (tok(w, i + 2)->flags & FKG_TOK_NL))
    return -1;
  int32_t grow = given_row(w, i + 1);
  /* (a capitalised word after the patronymic would make it Given Patronymic Family) */
  if (grow < 0 || (i + 3 < n && is_cap_word(w, i + 3) && !(tok(w, i + 3)->flags & FKG_TOK_NL)))
    return -1;
  int gender = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "gender")[0];
  *st = add_person(w, i, i + 3, tok(w, i + 1)->surface, tok(w, i)->surface, gender);
  return i + 3;
}

static int32_t
match_family_given_patronymic(FkgWork *w, int32_t i, FkgStatus *st)
{
  if (tok(w, i)->flags & FKG_TOK_LAT) return match_family_given_patronymic_latin(w, i, st);
  /* Cheap tests first: this runs on every capitalised Cyrillic word. */
  if (!(tok(w, i)->flags & FKG_TOK_CYR) || i + 2 >= w->doc->ntoks ||
      !(tok(w, i + 2)->flags & FKG_TOK_CAP) || !patronymic_letters(tok(w, i + 2)->lower) ||
      !family_ok(w, i, FKG_TOK_CYR))
    return -1;
  int shaped = surname_shaped(tok(w, i)->lower);
  int listed = list_entry_name(w, i);
  if (!shaped && !listed) return -1;
  int pg = 0;
  /* "Бадмаева Цаган Очировна, заместитель …" on a list line: a given name the lexicon lacks
   * between a family name of Russian shape and a nominative patronymic, which give the
   * gender. */
  if (given_row(w, i + 1) < 0) {
    if (!listed || !shaped || !is_cap_word(w, i + 1) || !(tok(w, i + 1)->flags & FKG_TOK_CYR) ||
        (tok(w, i + 1)->flags & (FKG_TOK_NL | FKG_TOK_ALLCAPS)) || known_otherwise(w, i + 1) ||
        patronymic_shape(w, i + 1, &pg) != C_UNKNOWN || patronymic_shape(w, i + 2, &pg) != C_NOM)
      return -1;
    *st = add_person(w, i, i + 3, tok(w, i + 1)->surface, tok(w, i)->surface, pg);
    return i + 3;
  }
  /* A family name that is also a given name (Ким, Марк) stands first only on a list line. */
  if (given_row(w, i) >= 0 && !listed) return -1;
  /* Where a list or a byline puts it: after punctuation, a line break, or the region that
   * ends a post (заместитель министра … Алтайского края Бердникова Лариса Ивановна); not
   * after a noun whose genitive it may be (вдова Ельцина Наина Иосифовна, Бориса Ельцина …). */
  /* (…or after a preposition or a verb, which govern it: "с Зайцевой Ксенией Григорьевной",
   * "выступила Пахомова Елена Сергеевна") */
  /* (…or after the region's kind word that ends a post: "заместитель министра … области
   * Зотова Елена Николаевна") */
  /* (…or anywhere when all three are masculine nominatives, which no genitive can be:
   * "директор … центра помощи семье и детям Алиев Руслан Гаджиевич") */
  static const char *const kind_word[] = {"области", "края", "республики", "округа", NULL};
  static const char *const masc_family[] = {"ов", "ев", "ёв", "ин", "ын", "ский", "цкий", NULL};
  int32_t grow = given_row(w, i + 1);
  /* (the gender test only where the place alone would refuse: this runs on many words) */
  if (i > fkg_sent_first(w, i) && !(tok(w, i - 1)->flags & FKG_TOK_PUNCT) &&
      !(tok(w, i)->flags & FKG_TOK_NL) && w->region_at[i - 1] < 0 &&
      !fkg_tok_is_any(w, i - 1, kind_word) &&
      !((fkg_tok_function_word(w, i - 1) || fkg_tok_verb_like(w, i - 1)) &&
        !(tok(w, i - 1)->flags & FKG_TOK_CAP)) &&
      !(grow >= 0 && fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "gender")[0] == 'm' &&
        fkg_ends_with_any(tok(w, i)->lower, masc_family, 4) &&
        patronymic_shape(w, i + 2, &pg) == C_NOM && pg == 'm'))
    return -1;
  if (grow < 0 || (tok(w, i + 1)->flags & FKG_TOK_NL) ||
      (!(shaped && is_patronymic(w, i + 2)) &&
       !(listed && patronymic_shape(w, i + 2, &pg) == C_NOM)))
    return -1;
  const char *given = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "name");
  int gender = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "gender")[0];
  /* The family name in the given name's case, declined back (с Зайцевой Ксенией …). */
  const char *nomlow = fkg_fold_lower(&w->doc->arena, given);
  Case c = nomlow ? given_case(tok(w, i + 1)->lower, nomlow, gender) : C_NOM;
  const char *family = family_text(w, i, i + 1, gender, c, FKG_TOK_CYR);
  if (!family) {
    *st = FKG_BAD_ALLOC;
    return -1;
  }
  *st = add_person(w, i, i + 3, given, family, gender);
  return i + 3;
}

/* FAMILY Given [Patronymic], the family name in capitals, as programmes and lists of speakers
 * write it: "KOUZNETSOVA Marina — vice-gouverneure …", "ОКУНЕВ Игорь Степанович". Only at a
 * line's or sentence's start or after punctuation, with a given name the lexicon knows. */
static int32_t
match_caps_family_given(FkgWork *w, int32_t i, FkgStatus *st)
{
  const FkgToken *t = tok(w, i);
  uint32_t script = t->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  if (!(t->flags & FKG_TOK_ALLCAPS) || !script || script == (FKG_TOK_CYR | FKG_TOK_LAT) ||
      !t->lower[0] || !t->lower[1] || !t->lower[2] || i + 1 >= w->doc->ntoks ||
      !is_cap_word(w, i + 1) || !(tok(w, i + 1)->flags & script) ||
      (tok(w, i + 1)->flags & FKG_TOK_NL))
    return -1;
  if (!(t->flags & FKG_TOK_NL) && i != fkg_sent_first(w, i) &&
      !(tok(w, i - 1)->flags & FKG_TOK_PUNCT))
    return -1;
  int32_t grow = given_row(w, i + 1);
  if (grow < 0 || known_otherwise(w, i)) return -1;
  int32_t end = i + 2;
  int pg = 0;
  if (script == FKG_TOK_CYR && end < w->doc->ntoks && !(tok(w, end)->flags & FKG_TOK_NL) &&
      (is_patronymic(w, end) || patronymic_shape(w, end, &pg) == C_NOM))
    end++;
  else if (script == FKG_TOK_LAT && end < w->doc->ntoks && !(tok(w, end)->flags & FKG_TOK_NL) &&
           latin_patronymic(w, end))
    end++; /* ABRAMOVA Nina Sergueïevna */
  /* Not a run of capitalised words: a heading in capitals goes on with its own words. */
  if (end < w->doc->ntoks && !(tok(w, end)->flags & FKG_TOK_NL) &&
      (tok(w, end)->flags & FKG_TOK_CAP) && (tok(w, end)->flags & FKG_TOK_WORD))
    return -1;
  const char *family = fkg_capitalise(&w->doc->arena, t->lower);
  /* (a Latin given name as the text spells it: the lexicon's row may be its Cyrillic name) */
  const char *given = script == FKG_TOK_LAT ? tok(w, i + 1)->surface
                                            : fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "name");
  int gender = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "gender")[0];
  *st = add_person(w, i, end, given, family, gender);
  return end;
}

/* Given Patronymic Family when the given name is not in the lexicon: the patronymic's suffix
 * marks the three-part Russian name (Роальд Зиннурович Сагдеев, Ринату Зиннуровичу Сагдееву),
 * and gives its case and gender to decline the family name back. */
static int32_t
match_patronymic_name(FkgWork *w, int32_t i, FkgStatus *st)
{
  int gender = 0;
  /* Romanised too: "Guelnara Rafaelevna Zakirova", "Aïtalina Nikolaïevna Egorova"; the given
   * name, not in the lexicon, stays as written. */
  if ((tok(w, i)->flags & FKG_TOK_LAT) && family_ok(w, i, FKG_TOK_LAT) && given_row(w, i) < 0 &&
      !fkg_tok_function_word(w, i) && latin_patronymic(w, i + 1) &&
      !(tok(w, i + 1)->flags & FKG_TOK_NL)) {
    int32_t fend = family_end(w, i + 2, FKG_TOK_LAT);
    if (fend < 0 || given_row(w, i + 2) >= 0 || latin_patronymic(w, i + 2) ||
        (tok(w, i + 2)->flags & FKG_TOK_NL))
      return -1;
    size_t L = strlen(tok(w, i + 1)->lower);
    int female = L > 2 && tok(w, i + 1)->lower[L - 1] == 'a';
    *st = add_person(w, i, fend, tok(w, i)->surface, fkg_tokens_text(w, i + 2, fend),
                     female ? 'f' : 'm');
    return fend;
  }
  if (!(tok(w, i)->flags & FKG_TOK_CYR) || !family_ok(w, i, FKG_TOK_CYR)) return -1;
  Case c = patronymic_shape(w, i + 1, &gender);
  if (c == C_UNKNOWN) return -1;
  int g2 = 0;
  int32_t fend = family_end(w, i + 2, FKG_TOK_CYR);
  if (fend < 0 || given_row(w, i + 2) >= 0 || patronymic_shape(w, i + 2, &g2) != C_UNKNOWN ||
      patronymic_shape(w, i, &g2) != C_UNKNOWN)
    return -1;
  const char *family = family_text(w, i + 2, fend, gender, c, FKG_TOK_CYR);
  if (!family) {
    *st = FKG_BAD_ALLOC;
    return fend;
  }
  *st = add_person(w, i, fend, tok(w, i)->surface, family, gender);
  return fend;
}

/* The full given name of the last person named before with family name `family`, or NULL: what
 * an honorific before the family name (Mme, Mr, French M.) refers to. */
static const char *
given_named_before(const FkgWork *w, const char *family)
{
  for (int p = w->npeople - 1; p >= 0; p--) {
    const FkgPersonMention *m = &w->people[p];
    if (m->given && !given_is_initial(m->given) && !strcmp(m->family, family)) return m->given;
  }
  return NULL;
}

/* Honorific Family: "Mme Lavrentieva", "Mr Petrov", "г-жа Иванова" (cues.tsv, role honorific).
 * The person named before with that family name, in full; else nobody the text names in full,
 * and the honorific is no given name either way. */
static int32_t
match_honorific_family(FkgWork *w, int32_t i, FkgStatus *st)
{
  int32_t j;
  if (!fkg_tok_cue(w, i, FKG_CUE_HONORIFIC, &j)) return -1;
  if (j < w->doc->ntoks && fkg_tok_is(w, j, ".")) j++;
  uint32_t script = tok(w, j < w->doc->ntoks ? j : i)->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  if (j >= w->doc->ntoks || !family_ok(w, j, script)) return -1;
  /* "Mme Irina Belooussova": a full name after it is for the other patterns, from j. */
  if (given_row(w, j) >= 0 && j + 1 < w->doc->ntoks && is_cap_word(w, j + 1)) return j;
  const char *family = tok(w, j)->surface, *given = given_named_before(w, family);
  if (given) *st = add_person(w, j, j + 1, given, family, 0);
  return j + 1;
}

/* Initial. [Initial.] Family */
static int family_form(const char *family, const char *form);

static int32_t
match_initials_family(FkgWork *w, int32_t i, FkgStatus *st)
{
  if (!is_initial(w, i)) return -1;
  int32_t j = i + 2;
  if (is_initial(w, j)) j += 2;
  uint32_t script = tok(w, i)->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  /* (a capitalised article or pronoun opens the next sentence: "in Hall B. The round table") */
  if (!family_ok(w, j, script) || fkg_tok_function_word(w, j)) return -1;
  /* A bare initial before a capitalised word starts many sentences in Russian ("В
   * Москве"); ask for the glued form or a family name the lexicons do not know. */
  if (script == FKG_TOK_CYR && (tok(w, j)->flags & FKG_TOK_SPACE) && given_row(w, j) >= 0)
    return -1;
  /* So does the English pronoun at a sentence's end: "…, and so am I. Artyom will moderate". */
  if (w->doc->lang == FKG_LANG_EN && !strcmp(tok(w, i)->surface, "I") && given_row(w, j) >= 0)
    return -1;
  /* "M. Sergueï Sobianine", "Mr. Ivan Petrov": a title's abbreviation before a full name,
   * which the other shapes take; an initial stands before the family name alone. */
  if (script == FKG_TOK_LAT && j + 1 < w->doc->ntoks && is_cap_word(w, j + 1) &&
      !(tok(w, j + 1)->flags & FKG_TOK_NL) && !is_initial(w, j + 1))
    return -1;
  const char *given = fkg_arena_printf(&w->doc->arena, "%s.", tok(w, i)->surface);
  const char *family = tok(w, j)->surface;
  /* "M. Khabibullin" after "Timour Khabibullin": in French, M. is Monsieur, not an initial;
   * the person named before with that family name. */
  const char *named = script == FKG_TOK_LAT && j == i + 2 && fkg_tok_is(w, i, "m")
                          ? given_named_before(w, family)
                          : NULL;
  if (named) given = named;
  if (script == FKG_TOK_CYR) {
    /* The case form of a person named in full before with that initial (А.Н. Протопопова
     * after Айсен Николаевич Протопопов) is that person's name; else the ending decides. */
    const char *known = NULL;
    size_t il = strlen(tok(w, i)->surface);
    for (int p = w->npeople - 1; p >= 0 && !known; p--) {
      const FkgPersonMention *m = &w->people[p];
      if (m->given && !strncmp(m->given, tok(w, i)->surface, il) &&
          family_form(fkg_fold_lower(&w->doc->arena, m->family), tok(w, j)->lower))
        known = m->family;
    }
    family = known ? known : family_nominative_by_ending(&w->doc->arena, family);
  }
  *st = add_person(w, i, j + 1, given, family, 0);
  return j + 1;
}

/* Family Initial. Initial., the order of Russian programmes, protocols and signatures:
 * "Гайнуллина Р.Ф. — начальник управления …", "Шарипов Т.Х.", "Ivanova O.P.". Two initials,
 * and no capitalised word after them on the line, which would be the family name of
 * "Initial. Initial. Family" (сообщил В.В. Путин). The family name has a family name's
 * ending, or opens its line or follows punctuation, as a list entry does (Пак В.Е.). */
static int32_t
match_family_initials(FkgWork *w, int32_t i, FkgStatus *st)
{
  if (!is_initial(w, i + 1) || !is_initial(w, i + 3)) return -1;
  uint32_t script = tok(w, i)->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  if (!script || !family_ok(w, i, script) || fkg_tok_function_word(w, i) ||
      fkg_tok_verb_like(w, i) || (tok(w, i + 1)->flags & FKG_TOK_NL) ||
      !(tok(w, i + 1)->flags & script) || !(tok(w, i + 3)->flags & script))
    return -1;
  int32_t j = i + 5;
  /* (a post there opens the next sentence, no family name: "… выступил уполномоченный …
   * Абрамов В.Г. Заместитель министра … выступила …") */
  if (j < w->doc->ntoks && !(tok(w, j)->flags & FKG_TOK_NL) && is_cap_word(w, j) &&
      !layer(w, j, FKG_LX_POST)->entry && tok(w, j)->sent == tok(w, i)->sent)
    return -1;
  int opens = (tok(w, i)->flags & FKG_TOK_NL) || i == fkg_sent_first(w, i) ||
              (i > 0 && (tok(w, i - 1)->flags & FKG_TOK_PUNCT));
  int shaped = script == FKG_TOK_CYR ? surname_shaped(tok(w, i)->lower)
                                     : latin_surname_shaped(tok(w, i)->lower);
  if (!opens && !shaped) return -1;
  const char *given = fkg_arena_printf(&w->doc->arena, "%s.", tok(w, i + 1)->surface);
  const char *family = tok(w, i)->surface;
  if (script == FKG_TOK_CYR) family = family_nominative_by_ending(&w->doc->arena, family);
  *st = add_person(w, i, j, given, family, 0);
  return j;
}

/* Given Family right after a post title, when the given name is not in the lexicon:
 * "Le gouverneur de la région de Tambov, Maxime Egorov"; "министр здравоохранения Тувы Орлан
 * Донгак". The title anchors the name; both words are capitalised words the lexicons do not
 * know as places, organisations or titles. */
static int32_t
match_name_after_post(FkgWork *w, int32_t i, FkgStatus *st)
{
  uint32_t script = tok(w, i)->flags & (FKG_TOK_CYR | FKG_TOK_LAT);
  /* Not the second half of a hyphenated word (Аль-Кайды), and not a word before a known
   * given name (the name starts there). */
  if (!script || !family_ok(w, i, script) || !family_ok(w, i + 1, script) ||
      (tok(w, i + 1)->flags & FKG_TOK_NL) || (i >= 1 && glued_dash(w, i - 1)) ||
      (given_row(w, i + 1) >= 0 && given_row(w, i) < 0))
    return -1;
  if (i + 2 < w->doc->ntoks && is_cap_word(w, i + 2) && !fkg_tok_is(w, i + 2, ",")) return -1;
  int32_t lo = fkg_sent_first(w, i), k = i - 1;
  int apposed = k >= lo && (fkg_tok_is(w, k, ",") || (tok(w, k)->flags & FKG_TOK_DASH));
  /* In English and French a title's own words are capitalised (Minister of Social Policy):
   * only a comma or a dash separates the title from the name. In Russian the name follows
   * the title directly, and must not look like an adjective (Государственной, Российской). */
  if (script == FKG_TOK_LAT && !apposed) return -1;
  /* "Committee on Labour, Social Policy and Veterans' Affairs": capitalised words that go on
   * after "and" are the rest of a title's list, not a name after it. */
  static const char *const conj[] = {"and", "et", NULL};
  if (script == FKG_TOK_LAT && fkg_tok_is_any(w, i + 2, conj) && i + 3 < w->doc->ntoks &&
      is_cap_word(w, i + 3))
    return -1;
  if (script == FKG_TOK_CYR) {
    static const char *const adj[] = {"ого", "его", "ой", "ей", "ая", "яя", "ий", "ый",
                                      "ых",  "их",  "ое", "ые", "ую", "ом", NULL};
    for (int a = 0; adj[a]; a++) {
      size_t L = strlen(tok(w, i)->lower), m = strlen(adj[a]);
      if (L > m && !strcmp(tok(w, i)->lower + L - m, adj[a])) return -1;
    }
  }
  if (apposed) k--;
  /* French and English titles run long (le ministre de la Famille, du Travail et de la
   * Protection sociale de Bachkirie, Lenar Ivanov). */
  int32_t reach = script == FKG_TOK_LAT ? 24 : 10;
  for (int32_t j = k; j >= lo && j >= k - reach; j--) {
    const FkgToken *t = tok(w, j);
    if ((t->flags & FKG_TOK_PUNCT) && !(t->flags & FKG_TOK_DASH) && !fkg_tok_is(w, j, ","))
      return -1;
    if (w->person_at[j] >= 0) return -1;
    const FkgLayer *l = layer(w, j, FKG_LX_POST);
    if (l->entry && l->last <= i) {
      *st = add_person(w, i, i + 2, tok(w, i)->surface, tok(w, i + 1)->surface, 0);
      return i + 2;
    }
  }
  return -1;
}

/* Is `form` the family name `family` (both lower case) in some case? Свиридова, Свиридове,
 * Свиридовым are Свиридов; Ивановой, Ивановы are Иванова; Вольского is Вольский; Latin names
 * do not decline. */
static int
family_form(const char *family, const char *form)
{
  if (!family) return 0;
  /* Every case form keeps the family's first three bytes or more: the first byte rules out
   * most words. */
  if (family[0] != form[0]) return 0;
  if (strcmp(family, form) == 0) return 1;
  static const char *const stems[] = {"ий", "ый", "ой", "ая", "а", "я", "ь", "й", "", NULL};
  static const char *const endings[] = {"а",  "у",  "ом", "ым", "е",  "ой", "ы",  "ого", "ому",
                                        "им", "ем", "ю",  "я",  "ую", "ей", "ем", "и",   NULL};
  size_t fl = strlen(family);
  for (int s = 0; stems[s]; s++) {
    size_t sl = strlen(stems[s]);
    if (fl <= sl + 2 || strcmp(family + fl - sl, stems[s]) != 0) continue;
    size_t base = fl - sl;
    if (strncmp(form, family, base) != 0) continue;
    for (int e = 0; endings[e]; e++)
      if (strcmp(form + base, endings[e]) == 0) return 1;
  }
  return 0;
}

/* A Russian family name by its suffix, in any case: -ов/-ев/-ин/-ын, -ский/-цкий, -енко,
 * -ук/-юк, -ян, -дзе, -швили and the feminine forms. */
static int
surname_shaped(const char *low)
{
  static const char *const sufs[] = {"ов",  "ев",  "ёв",   "ин",   "ын",   "ова",   "ева",
                                     "ина", "ына", "ский", "цкий", "ская", "цкая",  "енко",
                                     "ук",  "юк",  "ян",   "янц",  "дзе",  "швили", NULL};
  static const char *const cases[] = {"",    "а",   "у",  "ым", "ом", "е", "ой",
                                      "ого", "ому", "им", "ем", "ую", NULL};
  size_t n = strlen(low);
  for (int c = 0; cases[c]; c++) {
    size_t cl = strlen(cases[c]);
    if (n <= cl + 4 || strcmp(low + n - cl, cases[c]) != 0) continue;
    for (int s = 0; sufs[s]; s++) {
      size_t sl = strlen(sufs[s]);
      if (n - cl > sl + 2 && strncmp(low + n - cl - sl, sufs[s], sl) == 0) return 1;
    }
  }
  return 0;
}

/* Where `key` is in the string set of `mask` + 1 slots (NULL: empty), or the empty slot that
 * ends its probe. */
static uint32_t
key_slot(const char *const *set, uint32_t mask, const char *key)
{
  uint32_t h = fkg_hash_str(0, key, SIZE_MAX) & mask;
  while (set[h] && strcmp(set[h], key) != 0)
    h = (h + 1) & mask;
  return h;
}

/* The keys of the document's lower-case words, made on the first question: a set of strings
 * (open addressing, at most half full), so that a long document is not asked once per token
 * per capitalised word. */
static FkgStatus
lower_keys_make(FkgWork *w)
{
  uint32_t slots = 16;
  while (slots < 2u * (uint32_t)w->doc->ntoks)
    slots *= 2;
  const char **set = fkg_arena_alloc(&w->doc->arena, sizeof(char *) * slots);
  if (!set) return FKG_BAD_ALLOC;
  for (int32_t k = 0; k < w->doc->ntoks; k++) {
    const FkgToken *t = tok(w, k);
    if (!(t->flags & FKG_TOK_WORD) || (t->flags & FKG_TOK_CAP)) continue;
    set[key_slot(set, slots - 1, t->key)] = t->key;
  }
  w->lower_keys = set;
  w->lower_keys_mask = slots - 1;
  return FKG_SUCCESS;
}

/* Is the capitalised token i an ordinary word? Its stem occurs on a lower-case word of the
 * same article (Полёт … полёта, Кроме … кроме): a sentence-initial capital, not a name. When
 * memory runs out it is taken for one, which only keeps a name out. */
static int
common_word(FkgWork *w, int32_t i)
{
  if (!w->lower_keys && lower_keys_make(w)) return 1;
  return w->lower_keys[key_slot(w->lower_keys, w->lower_keys_mask, tok(w, i)->key)] != NULL;
}

/* Given Family where the given name is not in the lexicon but the family name has a Russian
 * family-name suffix: "Айсен Николаев", "Шолбан Кара-оол" is out of reach, "Радий Хабиров" in.
 * The first word must not look like an adjective. */
static int32_t
match_unknown_given(FkgWork *w, int32_t i, FkgStatus *st)
{
  if (!(tok(w, i)->flags & FKG_TOK_CYR) || !family_ok(w, i, FKG_TOK_CYR) ||
      !family_ok(w, i + 1, FKG_TOK_CYR) || !surname_shaped(tok(w, i + 1)->lower) ||
      is_patronymic(w, i + 1) || surname_shaped(tok(w, i)->lower))
    return -1;
  static const char *const adj[] = {"ого", "его", "ой", "ей", "ая", "яя", "ий", "ый",
                                    "ых",  "их",  "ое", "ые", "ую", "ом", "ие", NULL};
  size_t L = strlen(tok(w, i)->lower);
  for (int a = 0; adj[a]; a++)
    if (L > strlen(adj[a]) && !strcmp(tok(w, i)->lower + L - strlen(adj[a]), adj[a])) return -1;
  if (i + 2 < w->doc->ntoks && is_cap_word(w, i + 2)) return -1;
  if ((tok(w, i + 1)->flags & FKG_TOK_NL) || common_word(w, i)) return -1;
  *st = add_person(w, i, i + 2, tok(w, i)->surface, tok(w, i + 1)->surface, 0);
  return i + 2;
}

/* The Latin spelling of a Russian family name by its suffix: Petrov, Sivtsev, Ivanova,
 * Zhukovskaya, Kovalenko, Arutyunyan. */
static int
latin_surname_shaped(const char *low)
{
  static const char *const sufs[] = {"ov", "ev", "yov", "in", "yn", "ova", "eva", "ina", "yna",
                                     "sky", "skiy", "skaya", "enko", "uk", "yuk", "yan", "ian",
                                     "dze", "shvili",
                                     /* French spellings: Lapchine, Koulikovski, Kovaltchouk */
                                     "ine", "ski", "ouk", NULL};
  return fkg_ends_with_any(low, sufs, 3);
}

/* Given Family, in Latin letters, where the given name is in no lexicon (a Yakut Aital, a
 * Buryat Bair): only with a Russian family-name suffix and a post in apposition right after a
 * comma, "Aital Petrov, director of the Yakutsk Centre …", which says a person is named. */
static int32_t
match_unknown_given_latin(FkgWork *w, int32_t i, FkgStatus *st)
{
  int32_t n = w->doc->ntoks;
  if (!(tok(w, i)->flags & FKG_TOK_LAT) || !family_ok(w, i, FKG_TOK_LAT) ||
      !family_ok(w, i + 1, FKG_TOK_LAT) || !latin_surname_shaped(tok(w, i + 1)->lower) ||
      latin_surname_shaped(tok(w, i)->lower) || fkg_tok_function_word(w, i) ||
      (tok(w, i + 1)->flags & FKG_TOK_NL) || i + 3 >= n || !fkg_tok_is(w, i + 2, ","))
    return -1;
  int32_t k = i + 3;
  static const char *const dets[] = {"the", "a", "an", "le", "la", "l'", NULL};
  if (fkg_tok_is_any(w, k, dets)) k++;
  for (int32_t end = k + 3; k < n && k < end; k++)
    if (layer(w, k, FKG_LX_POST)->entry) {
      *st = add_person(w, i, i + 2, tok(w, i)->surface, tok(w, i + 1)->surface, 0);
      return i + 2;
    }
  return -1;
}

/* A Russian family name in the nominative by its suffix: Путин, Лужков, Зорькин, Ющенко,
 * Саакашвили, Пашинян. A genitive (Минфина, Москвы) or an adjective (Конституционного) has
 * none of these shapes; foreign indeclinable names (Саркози) are left to the full mention. */
static int
nominative_family_shape(const char *low)
{
  static const char *const sufs[] = {"ов",   "ев", "ёв", "ин", "ын",  "ский",  "цкий",
                                     "енко", "ук", "юк", "ян", "дзе", "швили", NULL};
  size_t n = strlen(low);
  for (int k = 0; sufs[k]; k++) {
    size_t m = strlen(sufs[k]);
    if (n >= m + 4 && !strcmp(low + n - m, sufs[k])) return 1;
  }
  return 0;
}

/* A family name alone right after a post title in the nominative: "Президент Саркози выразил
 * надежду", "мэр Лужков", "премьер-министр Берлускони". The title must be written as in the
 * lexicon (the nominative, not "главы Франции"), the word must have a family-name shape, and
 * no capitalised word may follow (that would be an unrecognised full name). */
static int32_t
match_family_after_post(FkgWork *w, int32_t i, FkgStatus *st)
{
  int g = 0;
  if (!(tok(w, i)->flags & FKG_TOK_CYR) || !family_ok(w, i, FKG_TOK_CYR) || given_row(w, i) >= 0 ||
      patronymic_shape(w, i, &g) != C_UNKNOWN || !nominative_family_shape(tok(w, i)->lower))
    return -1;
  if (i + 1 < w->doc->ntoks && (tok(w, i + 1)->flags & FKG_TOK_WORD) &&
      (tok(w, i + 1)->flags & FKG_TOK_CAP))
    return -1;
  int32_t lo = fkg_sent_first(w, i);
  for (int32_t k = i - 1; k >= lo && k >= i - 4; k--) {
    const FkgLayer *l = layer(w, k, FKG_LX_POST);
    if (!l->entry || l->last != i) continue;
    FkgArena *a = &w->doc->arena;
    char *written = fkg_fold_lower(a, fkg_tokens_text(w, k, i));
    char *form = fkg_fold_lower(a, fkg_lexicon_cell(w->lex, FKG_LX_POST, l->entry->row, "form"));
    if (!written || !form) {
      *st = FKG_BAD_ALLOC;
      return i + 1;
    }
    if (strcmp(written, form) != 0) return -1;
    *st = add_person(w, i, i + 1, NULL, tok(w, i)->surface, 0);
    return i + 1;
  }
  return -1;
}

/* Adds a short mention [first, last) of the person of mention p (family name alone, given
 * name alone, a Latin gloss). */
static FkgStatus
add_short_mention(FkgWork *w, int p, int32_t first, int32_t last)
{
  FkgPersonMention *np = fkg_arena_room(&w->doc->arena, w->people, (size_t)w->npeople, sizeof *np);
  if (!np) return FKG_BAD_ALLOC;
  w->people = np;
  w->people[w->npeople] = w->people[p];
  w->people[w->npeople].first = first;
  w->people[w->npeople].last = last;
  for (int32_t t = first; t < last; t++)
    w->person_at[t] = w->npeople;
  w->npeople++;
  return fkg_facts_span(w->facts, w->people[p].ent, tok(w, first)->b, tok(w, last - 1)->e);
}

/* The first mention of the one person of the article whose given name is `given` (the
 * lexicon's nominative), or -1 when none or several have it. */
static int
person_by_given(const FkgWork *w, const Buckets *by_given, const char *given)
{
  int found = -1;
  for (int p = buckets_first(by_given, given, SIZE_MAX); p >= 0; p = by_given->next[p]) {
    const FkgEntity *e = &w->facts->ents[w->people[p].ent];
    if (e->hidden || !e->given || given_is_initial(e->given) || strcmp(e->given, given) != 0)
      continue;
    if (found >= 0 && w->people[found].ent != w->people[p].ent) return -1;
    if (found < 0) found = p;
  }
  return found;
}

/* A given name and a patronymic with no family name (Борис Николаевич, Наиной Иосифовной):
 * the person named in full with that given name, or else a name-only entity that the graph
 * leaves out. */
static FkgStatus
given_patronymic(FkgWork *w, const Buckets *by_given, int32_t i, int32_t grow)
{
  const char *given = fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "name");
  int p = person_by_given(w, by_given, given);
  if (p >= 0) return add_short_mention(w, p, i, i + 2);
  FkgArena *a = &w->doc->arena;
  const char *text = fkg_tokens_text(w, i, i + 2);
  char *slug = text ? fkg_slug(w->ctx, a, text, 60) : NULL;
  if (!slug) return FKG_BAD_ALLOC;
  int32_t ent = fkg_facts_entity(w->facts, FKG_E_PERSON, fkg_arena_printf(a, "person/~%s", slug));
  if (ent < 0) return FKG_BAD_ALLOC;
  FkgEntity *e = &w->facts->ents[ent];
  e->hidden = 1;
  if (!e->name) e->name = text;
  FkgStatus st = add_person(w, i, i + 2, given, text, 0);
  if (st) return st;
  w->people[w->npeople - 1].ent = ent;
  return fkg_facts_span(w->facts, ent, tok(w, i)->b, tok(w, i + 1)->e);
}

/* A Latin transcription in parentheses right after a Cyrillic name is the same person:
 * "Джон Смит (John Smith)", "Халед эль-Масри (Khaled el-Masri)". */
static FkgStatus
latin_glosses(FkgWork *w)
{
  int np = w->npeople;
  for (int p = 0; p < np; p++) {
    int32_t k = w->people[p].last, n = w->doc->ntoks;
    if (!(tok(w, w->people[p].first)->flags & FKG_TOK_CYR) || !fkg_tok_is(w, k, "(")) continue;
    int32_t j = k + 1, caps = 0;
    while (j < n && j < k + 8) {
      const FkgToken *t = tok(w, j);
      if ((t->flags & FKG_TOK_WORD) && (t->flags & FKG_TOK_LAT) && (t->flags & FKG_TOK_CAP) &&
          w->person_at[j] < 0)
        caps++;
      else if (!((t->flags & FKG_TOK_LAT) && is_particle(w, j)) && !glued_dash(w, j))
        break;
      j++;
    }
    if (caps < 2 || caps > 4 || !fkg_tok_is(w, j, ")")) continue;
    FkgStatus st = add_short_mention(w, p, k + 1, j);
    if (st) return st;
  }
  return FKG_SUCCESS;
}

/* A name right after an eponym cue (cues.tsv: имени, им., named after) is the one an
 * institution bears, "университет имени Н. П. Огарёва", not a person the article speaks of.
 * Returns the token after that name, or -1 when no such cue ends just before token i. */
static int32_t
eponym_name_end(const FkgWork *w, int32_t i)
{
  int cued = 0;
  for (int32_t j = i - 1; j >= 0 && j >= i - 3 && !cued; j--) {
    int32_t end;
    if (fkg_tok_cue(w, j, FKG_CUE_EPONYM, &end))
      cued = end == i || (end == i - 1 && fkg_tok_is(w, end, "."));
  }
  if (!cued) return -1;
  int32_t k = i, n = w->doc->ntoks;
  while (k < n && k < i + 6 &&
         ((tok(w, k)->flags & (FKG_TOK_WORD | FKG_TOK_CAP)) == (FKG_TOK_WORD | FKG_TOK_CAP) ||
          fkg_tok_is(w, k, ".") || glued_dash(w, k)))
    k++;
  return k;
}

FkgStatus
fkg_rule_people(FkgWork *w)
{
  FkgStatus st = FKG_SUCCESS;
  int32_t n = w->doc->ntoks;
  w->given_memo = fkg_arena_alloc(&w->doc->arena, sizeof(int32_t) * ((size_t)n + 1));
  if (!w->given_memo) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < n && !st; i++) {
    /* Every pattern starts on a capitalised word (a given name, a family name, an initial):
     * other tokens are passed over without the six calls. */
    if (w->region_at[i] >= 0 ||
        (tok(w, i)->flags & (FKG_TOK_WORD | FKG_TOK_CAP)) != (FKG_TOK_WORD | FKG_TOK_CAP))
      continue;
    int32_t end = eponym_name_end(w, i);
    if (end > i) {
      i = end - 1;
      continue;
    }
    end = match_honorific_family(w, i, &st);
    if (end < 0) end = match_family_given_patronymic(w, i, &st);
    if (end < 0) end = match_caps_family_given(w, i, &st);
    if (end < 0) end = match_given_family(w, i, &st);
    if (end < 0) end = match_patronymic_name(w, i, &st);
    if (end < 0) end = match_initials_family(w, i, &st);
    if (end < 0) end = match_family_initials(w, i, &st);
    if (end < 0) end = match_name_after_post(w, i, &st);
    if (end < 0) end = match_unknown_given(w, i, &st);
    if (end < 0) end = match_unknown_given_latin(w, i, &st);
    if (end < 0) end = match_family_after_post(w, i, &st);
    if (end > i) i = end - 1;
  }
  if (st) return st;
  vote_french_names(w);
  respell_english_names(w);
  if ((st = resolve_people(w))) return st;
  /* Short mentions of the people named above, anywhere in the article: the family name alone
   * in any case (Матвиенко отметила; о Свиридове; Обамой, before "Барак Обама" too), the
   * given name with a patronymic (Бориса Николаевича), and the given name alone when one
   * person of the article has it (Михаэль был наказан … Михаэль Шумахер). Each person's
   * lower-case family name is made once: this loop runs over every token. */
  int nfull = w->npeople;
  const char **flow = fkg_arena_alloc(&w->doc->arena, sizeof(char *) * (size_t)(nfull + 1));
  if (!flow) return FKG_BAD_ALLOC;
  unsigned char *seen = fkg_arena_alloc(&w->doc->arena, (size_t)w->facts->nents + 1);
  if (!seen) return FKG_BAD_ALLOC;
  memset(seen, 0, (size_t)w->facts->nents + 1);
  for (int p = 0; p < nfull; p++) {
    int32_t ent = w->people[p].ent;
    const char *fam = w->facts->ents[ent].family;
    flow[p] = seen[ent] || !fam || strchr(fam, ' ') ? NULL : fkg_fold_lower(&w->doc->arena, fam);
    seen[ent] = 1;
  }
  /* One person per family name: family_form answers by the name alone, so the first person
   * with it answers for the others (a long document names thousands of people and many share
   * a family name, given names apart). */
  Buckets by_family;
  if (buckets_make(&w->doc->arena, &by_family, nfull, flow, SIZE_MAX)) return FKG_BAD_ALLOC;
  for (int p = 0; p < nfull; p++) {
    if (!flow[p]) continue;
    for (int q = buckets_first(&by_family, flow[p], SIZE_MAX); q >= 0 && q < p;
         q = by_family.next[q])
      if (flow[q] && strcmp(flow[q], flow[p]) == 0) {
        flow[p] = NULL;
        break;
      }
  }
  /* The people by the first three bytes of their family name: a case form starts with them (see
   * family_form), so a token is tried against its bucket only and an article naming many
   * people is not tokens times people. */
  Buckets by_start;
  if (buckets_make(&w->doc->arena, &by_start, nfull, flow, 3)) return FKG_BAD_ALLOC;
  /* And by their given name, for a given name met without a family name. */
  const char **given = fkg_arena_alloc(&w->doc->arena, sizeof(char *) * (size_t)(nfull + 1));
  if (!given) return FKG_BAD_ALLOC;
  for (int p = 0; p < nfull; p++)
    given[p] = w->facts->ents[w->people[p].ent].given;
  Buckets by_given;
  if (buckets_make(&w->doc->arena, &by_given, nfull, given, SIZE_MAX)) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < n && !st; i++) {
    if (w->person_at[i] >= 0 || !is_cap_word(w, i) || w->region_at[i] >= 0) continue;
    int found = 0;
    const char *low = tok(w, i)->lower;
    for (int p = buckets_first(&by_start, low, 3); p >= 0 && !found; p = by_start.next[p]) {
      if (!family_form(flow[p], low)) continue;
      st = add_short_mention(w, p, i, i + 1);
      found = 1;
    }
    if (found || !(tok(w, i)->flags & FKG_TOK_CYR)) continue;
    int32_t grow = given_row(w, i);
    if (grow < 0 || !family_ok(w, i, FKG_TOK_CYR)) continue;
    if (is_patronymic(w, i + 1)) {
      st = given_patronymic(w, &by_given, i, grow);
      i++;
      continue;
    }
    /* The given name alone: not inside a longer capitalised sequence. */
    if (is_cap_word(w, i + 1) || (i - 1 > fkg_sent_first(w, i) && is_cap_word(w, i - 1))) continue;
    int p = person_by_given(w, &by_given, fkg_lexicon_cell(w->lex, FKG_LX_GIVEN, grow, "name"));
    if (p >= 0) st = add_short_mention(w, p, i, i + 1);
  }
  if (!st) st = latin_glosses(w);
  return st;
}
