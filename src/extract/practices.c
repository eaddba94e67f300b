/* forumkg: extract rule, practices. Recognised shapes:
 *   a list after a practice noun and a list cue: внедрены такие практики, как A, B, C;
 *     regional models such as A and B; des pratiques telles que A, B
 *   a bulleted list after a presenting sentence that ends with a colon:
 *     Смоленская область презентует 3 проекта: / - проект …; / - проект …
 *   the object of a presenting verb: представил опыт использования X; рассказала об X;
 *     a cité l’organisation de X; presented X; с докладом о X
 *   experience "in" a domain, as a list: познакомились с опытом работы коллег по A, B
 *   a practice noun with its complement: a model of X (there is a model of X in Tatarstan)
 *   something put in place in a region, before or after the region: в области успешно
 *     реализуется X; X, реализуемая в Пензенской области; X has been implemented in Y; X, mis en
 *     œuvre dans Y (cues of the role implement)
 * A practice's region is the region named in its sentence, else the article's main region;
 * it was presented by the person who is the sentence's subject, or else by the region. */
#include "extract_int.h"
#include "forumkg/text.h"
#include "forumkg/segment.h"

#include <stdlib.h>
#include <string.h>

static int32_t
person_in(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++)
    if (w->person_at[i] >= 0) return w->people[w->person_at[i]].ent;
  return -1;
}

/* The person named last in tokens [first, last), or -1. */
static int32_t
person_last_in(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = last - 1; i >= first; i--)
    if (w->person_at[i] >= 0) return w->people[w->person_at[i]].ent;
  return -1;
}

/* The person of a second, contrasted clause before token `at`: "Верхотуров рассказал о …, а
 * Лихоборов – о городском проекте «…»", "…, while Petrov spoke about …": the last person named
 * before `at`, when a contrasting conjunction opens their clause; else -1. */
static int32_t
contrasted_person_before(const FkgWork *w, int32_t first, int32_t at, int32_t *clause)
{
  static const char *const but[] = {"а", "while", "whereas", "tandis", NULL};
  for (int32_t i = at - 1; i > first; i--) {
    if (w->person_at[i] < 0) continue;
    const FkgPersonMention *pm = &w->people[w->person_at[i]];
    /* the conjunction, then the person with their post before them ("а вице-губернатор
     * Санкт-Петербурга Андрей Лихоборов") */
    for (int32_t k = pm->first - 1; k > first && k >= pm->first - 8; k--) {
      if (fkg_tok_is_any(w, k, but)) {
        *clause = k;
        return pm->ent;
      }
      if (fkg_tok_is(w, k, ",") || fkg_tok_clause_end(w, k) || fkg_tok_verb_like(w, k) ||
          w->person_at[k] >= 0)
        break;
    }
    return -1;
  }
  return -1;
}

/* The region a "the latter" before token `at` points to: "Les représentants de l'Oudmourtie et
 * de la Mordovie ont pris la parole, ces derniers présentant le programme « … »" is Mordovia's:
 * the last region named before the pointing words; else -1. */
static int32_t
latter_region(const FkgWork *w, int32_t first, int32_t at)
{
  static const char *const latter[] = {"derniers", "dernières", "latter", "последние", NULL};
  static const char *const these[] = {"ces", "les", "the", NULL};
  for (int32_t i = at - 1; i > first; i--) {
    if (!fkg_tok_is_any(w, i, latter)) continue;
    /* (последние stands alone; the others after their determiner) */
    if (!fkg_tok_is_any(w, i - 1, these) && !fkg_tok_is(w, i, "последние")) continue;
    for (int32_t k = i - 1; k >= first; k--)
      if (w->region_at[k] >= 0) return w->region_at[k];
    return -1;
  }
  return -1;
}

/* The first region named in tokens [first, last) as a place, not as where people come from:
 * in "Коллеги из Красноярского края познакомились с практиками …" the practices are the
 * hosts', and Krasnoyarsk is only the visitors' origin; so, in an article about a visit, in
 * "Особый интерес у якутских специалистов вызвал проект «…»". */
static int32_t
region_in(const FkgWork *w, int32_t first, int32_t last)
{
  static const char *const from[] = {"из", "from", NULL};
  for (int32_t i = first; i < last; i++)
    if (w->region_at[i] >= 0 && (i == first || w->region_at[i - 1] < 0) &&
        !fkg_tok_is_any(w, i - 1, from) && !(w->host_region >= 0 && fkg_region_group(w, i)))
      return w->region_at[i];
  return -1;
}

/* The end of a purpose after a quoted name, from the preposition at token k: "«Забота рядом»
 * для координации добровольцев", "« Nounous sociales » pour les personnes âgées", "\"Social
 * Helicopter\" project for residents of isolated villages". Annotators keep it with the name,
 * up to the clause's next comma. It stops before another named thing (и проект «…», a
 * quotation), a person, a verb, or a place's region (в Кудымкаре is the place, not the
 * purpose); a purpose longer than twelve tokens is a clause of its own, and k is returned. */
static const char *const purpose_words[] = {"для", "по", "pour", "for", NULL};

static int32_t
purpose_end(const FkgWork *w, int32_t k, int32_t hi)
{
  if (k >= hi || w->in_quote[k] || !fkg_tok_is_any(w, k, purpose_words)) return k;
  static const char *const conj[] = {"и", "and", "et", "а", "but", "mais", NULL};
  int32_t q = k + 1;
  for (; q < hi; q++) {
    const FkgToken *t = tok(w, q);
    if (fkg_tok_clause_end(w, q) || fkg_tok_is(w, q, ",") || (t->flags & FKG_TOK_QOPEN) ||
        fkg_tok_is(w, q, "\"") || w->person_at[q] >= 0 || w->region_at[q] >= 0 ||
        fkg_tok_verb_like(w, q) || (t->flags & FKG_TOK_DASH && t->flags & FKG_TOK_SPACE))
      break;
    /* a conjunction ends it before the next named thing ("и проект «…»", "and the \"…\"
     * service"), not inside it ("людей с инвалидностью и их родственников") */
    if (fkg_tok_is_any(w, q, conj)) {
      int named = 0;
      for (int32_t r = q + 1; r < hi && r <= q + 3 && !named; r++)
        named = (tok(w, r)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, r, "\"") ||
                fkg_tok_cue(w, r, FKG_CUE_PRACTICE, NULL);
      if (named) break;
    }
    if (q - k > 12) return k;
  }
  /* a place's preposition just before a region stays out: "… для семей в Якутии" */
  static const char *const loc[] = {"в", "во", "in", "en", "dans", NULL};
  if (q < hi && w->region_at[q] >= 0 && q - 1 > k && fkg_tok_is_any(w, q - 1, loc)) q--;
  return q - 1 > k ? q : k;
}

/* The first token of a region that owns what precedes token i: "de la région de Pskov", "du
 * district autonome des Nénètses", "of the Pskov Region", or a Russian genitive right there
 * ("Тюменской области"); -1 when none. */
static int32_t
owner_region_at(const FkgWork *w, int32_t i)
{
  static const char *const of[] = {"de", "du", "des", "d'", "d’", "of", NULL};
  static const char *const arts[] = {"la", "l'", "l’", "the", NULL};
  int32_t n = w->doc->ntoks, k = i;
  /* (…or where it comes from: "«Мобильная бригада» из Удмуртии", "from Udmurtia") */
  static const char *const from[] = {"из", "from", NULL};
  if (fkg_tok_is_any(w, i, from) && i + 1 < n && w->region_at[i + 1] >= 0 &&
      w->region_at[i] != w->region_at[i + 1])
    return i + 1;
  if ((tok(w, i)->flags & FKG_TOK_CYR))
    return w->region_at[i] >= 0 && (i == 0 || w->region_at[i - 1] != w->region_at[i]) ? i : -1;
  if (!fkg_tok_is_any(w, k, of)) return -1;
  k++;
  if (k < n && fkg_tok_is_any(w, k, arts)) k++;
  return k < n && w->region_at[k] >= 0 ? k : -1;
}

/* Whether token i, after a quoted name, is a past participle with a preposition after it, in
 * French or English: "créés dans", "mis en place à", "launched in". */
static int
tail_participle(const FkgWork *w, int32_t i)
{
  if (i + 1 >= w->doc->ntoks || !(tok(w, i)->flags & FKG_TOK_LAT) ||
      (tok(w, i)->flags & FKG_TOK_CAP))
    return 0;
  /* (and the French irregular ones: ouvertes, mises, construits, établie) */
  static const char *const ends[] = {"é",    "ée",   "és",    "ées", "ed",   "ert",
                                     "erte", "erts", "ertes", "ise", "ises", "uit",
                                     "uite", "uits", "uites", "lie", "lies", NULL};
  static const char *const preps[] = {"dans", "en", "à",  "au", "par",
                                      "pour", "in", "by", "at", NULL};
  return fkg_ends_with_any(tok(w, i)->lower, ends, 2) && fkg_tok_is_any(w, i + 1, preps);
}

/* Whether token i is a quotation mark: « » “ ” „ ‘ ’ or a straight quote. */
static int
quote_mark(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  return (t->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE)) ||
         ((t->lower[0] == '"' || t->lower[0] == '\'') && !t->lower[1]);
}

/* A dash with space on both sides: between a name and its description, not inside a word. */
static int
spaced_dash(const FkgWork *w, int32_t i)
{
  return (tok(w, i)->flags & FKG_TOK_DASH) && (tok(w, i)->flags & FKG_TOK_SPACE) &&
         i + 1 < w->doc->ntoks && (tok(w, i + 1)->flags & FKG_TOK_SPACE);
}

/* The agent of a passive: "présenté par X", "presented by X", "представлен X" has none. */
static const char *const by_words[] = {"par", "by", NULL};

/* Whether tokens [first, last) are one region's mention and nothing else. */
static int
region_only(const FkgWork *w, int32_t first, int32_t last)
{
  if (first >= last || w->region_at[first] < 0) return 0;
  /* (its other name in parentheses, of one word or several, is part of it: the Republic of
   * Sakha (Yakutia), Iougra (district autonome des Khantys-Mansis)) */
  for (int32_t k = first; k < last; k++)
    if (w->region_at[k] != w->region_at[first] &&
        !(k > first && (fkg_tok_is(w, k, "(") || fkg_tok_is(w, k, ")"))))
      return 0;
  return 1;
}

/* Where the region of a list item's head starts, in tokens [first, last): after an article
 * and a delegation noun with its "of" ("делегация Чувашской Республики – модель …", "the
 * delegation of the Amur Region: …", "la délégation de la Tchouvachie : …"). */
static int32_t
item_region_start(const FkgWork *w, int32_t first, int32_t last)
{
  static const char *const of[] = {"of", "from", "de", "du", "d'", "d’", "из", NULL};
  int32_t rf = first, end;
  while (rf < last && fkg_tok_definite_article(w, rf))
    rf++;
  if (rf < last && w->region_at[rf] < 0 && fkg_tok_cue(w, rf, FKG_CUE_DELEGATION, &end) &&
      end == rf + 1) {
    rf = end;
    while (rf < last && w->region_at[rf] < 0 &&
           (fkg_tok_is_any(w, rf, of) || fkg_tok_definite_article(w, rf)))
      rf++;
  }
  return rf;
}

/* The region of a list item whose head, a region (after a delegation noun), a spaced dash or
 * a colon, comes just before token `first`, or -1: "…; делегация Республики Коми – цифровой
 * сервис «Соцнавигатор»; Мурманская область – программу «Полярная семья»; …", "Tatarstan:
 * the programme …". The head starts the sentence, a line or an item (after a comma or a
 * semicolon); not "в Мурманской области – …", whose region is a place. */
static int32_t
head_region_before(const FkgWork *w, int32_t first)
{
  int32_t d = first - 1;
  if (d < 1 || w->in_quote[d] || !(spaced_dash(w, d) || fkg_tok_is(w, d, ":"))) return -1;
  int32_t h = d - 1;
  /* "the Republic of Sakha (Yakutia) – …": the other name in parentheses after the region */
  if (fkg_tok_is(w, h, ")") && fkg_tok_in_region_brackets(w, h)) h -= 3;
  int32_t r = w->region_at[h];
  if (r < 0) return -1;
  int32_t lo = fkg_sent_first(w, d);
  while (h > lo && w->region_at[h - 1] == r)
    h--;
  for (int32_t k = h - 1; k >= lo && k >= h - 3; k--)
    if (item_region_start(w, k, d) == h) {
      h = k;
      break;
    }
  while (h > lo && fkg_tok_definite_article(w, h - 1))
    h--;
  if (h == lo || (tok(w, h)->flags & FKG_TOK_NL) || fkg_tok_is(w, h - 1, ";") ||
      fkg_tok_is(w, h - 1, ","))
    return r;
  return -1;
}

/* An implement cue at token i that says where: "mis en place dans …", "implemented in …",
 * "opened in Kazan", "реализуемый в …" (not a noun of the thing: опыт внедрения мер). */
static int
implemented_in(const FkgWork *w, int32_t i)
{
  int32_t end;
  static const char *const in[] = {"in", "в", "во", "dans", "à", NULL};
  return fkg_tok_cue(w, i, FKG_CUE_IMPLEMENT, &end) && end < w->doc->ntoks &&
         (fkg_tok_locative(w, end) || fkg_tok_is_any(w, end, in));
}

/* Whether a practice noun at token i is plural by its ending: practices, projets, практики,
 * проекты, проектов, практик. Russian genitive singulars share some of these endings
 * (практики), so callers ask only where a plural adjective or a count agrees. */
static int
plural_practice_noun(const FkgWork *w, int32_t i)
{
  if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_PRACTICE, NULL)) return 0;
  static const char *const latin[] = {"s", "x", NULL};
  static const char *const ends[] = {"и", "ы", "ов", "ик", "ей", "ий", NULL};
  return (tok(w, i)->flags & FKG_TOK_CYR) ? fkg_ends_with_any(tok(w, i)->lower, ends, 2)
                                          : fkg_ends_with_any(tok(w, i)->lower, latin, 2);
}

/* A count of something: a digit or a word of the quantity cues (четыре, several, plusieurs). */
static int
count_word(const FkgWork *w, int32_t i)
{
  return (tok(w, i)->flags & FKG_TOK_NUM) || fkg_tok_cue(w, i, FKG_CUE_QUANTITY, NULL);
}

/* Whether tokens [first, last), with no quoted name, describe a group of practices rather than
 * name one: modifiers and a plural practice noun (семейные практики, шесть социальных практик,
 * best social practices, family support practices, own models) or, in French, the plural noun
 * and its adjectives (pratiques familiales innovantes). */
static int
generic_group(const FkgWork *w, int32_t first, int32_t last)
{
  if (last - first > 5) return 0;
  for (int32_t i = first; i < last; i++)
    if (w->in_quote[i] || fkg_tok_function_word(w, i) ||
        (i > first && (tok(w, i)->flags & FKG_TOK_CAP)))
      return 0;
  if (plural_practice_noun(w, last - 1)) {
    if (!(tok(w, last - 1)->flags & FKG_TOK_CYR)) return 1;
    for (int32_t i = first; i < last - 1; i++) {
      const char *low = tok(w, i)->lower;
      size_t n = strlen(low);
      int plural_adj = n > 4 && (!strcmp(low + n - 4, "ые") || !strcmp(low + n - 4, "ие") ||
                                 !strcmp(low + n - 4, "ых") || !strcmp(low + n - 4, "их"));
      if (!plural_adj && !count_word(w, i)) return 0;
    }
    return 1;
  }
  return !(tok(w, first)->flags & FKG_TOK_CYR) && plural_practice_noun(w, first);
}

/* у (D1 83) becomes а (D0 B0), ю (D1 8E) я (D1 8F): the two-byte letter at c, in place. */
static void
nominative_letter(char *c)
{
  unsigned char a = (unsigned char)c[0], b = (unsigned char)c[1];
  if (a == 0xD1 && b == 0x83) {
    c[0] = (char)0xD0;
    c[1] = (char)0xB0;
  } else if (a == 0xD1 && b == 0x8E) {
    c[1] = (char)0x8F;
  }
}

/* The accusative of a label's opening noun phrase, put back in the nominative, as one
 * practice must get one IRI however a sentence declines it: a quoted name with no noun before
 * it ("представила «Школу ухода»", "«Серебряную нить»"), as the name is written after its
 * noun (проект «Школа ухода»); or the practice noun before a quoted name, with its adjectives
 * ("представила краевую программу «Активный возраст»", "службу «Социальный патруль»"). Only
 * the unambiguous feminine forms: adjectives in -ую/-юю, then a noun in -у/-ю (or in -ь,
 * unchanged) that such an adjective, a genitive dependent (Школу ухода) or, for a practice
 * noun, the quoted name follows; a verb in -у ("«Иду на помощь»", "«Хочу учиться»") has none
 * of them. Letters are swapped in place in `label` (the UTF-8 text of tokens [first, last)):
 * у/а and ю/я take two bytes each. */
static void
label_nominative(const FkgWork *w, int32_t first, int32_t last, char *label)
{
  const FkgToken *open = tok(w, first);
  int quoted = (open->flags & FKG_TOK_QOPEN) || !strcmp(open->lower, "\"");
  static const char *const adjective[] = {"ую", "юю", NULL}, *const accusative[] = {"у", "ю", NULL},
                           *const soft[] = {"ь", NULL};
  int32_t from = first + quoted, k = from, adjectives = 0;
  while (k < last && adjectives < 2 && (tok(w, k)->flags & FKG_TOK_CYR) &&
         fkg_ends_with_any(tok(w, k)->lower, adjective, 2)) {
    adjectives++;
    k++;
  }
  if (k >= last || !(tok(w, k)->flags & FKG_TOK_CYR)) return;
  const char *noun = tok(w, k)->lower;
  /* A feminine noun in -ь is the same in both cases (нить, помощь): its adjectives change. */
  int noun_changes = fkg_ends_with_any(noun, accusative, 2);
  if (!noun_changes && !(adjectives && fkg_ends_with_any(noun, soft, 2))) return;
  if (quoted) {
    static const char *const genitive[] = {"а", "я", "ов", "ев", "ей", "ых", "их", "ы", "и", NULL};
    int dependent = k + 1 < last && (tok(w, k + 1)->flags & FKG_TOK_CYR) && w->in_quote[k + 1] &&
                    fkg_ends_with_any(tok(w, k + 1)->lower, genitive, 2);
    if (!adjectives && !dependent) return;
  } else if (!fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) || k + 1 >= last ||
             !((tok(w, k + 1)->flags & FKG_TOK_QOPEN) || !strcmp(tok(w, k + 1)->lower, "\""))) {
    return;
  }
  for (int32_t i = from; i <= k - !noun_changes; i++) {
    /* Token offsets count UTF-16 units; the label is UTF-8: the word ends where the text up
     * to its end, in UTF-8, does. */
    const char *upto = fkg_doc_utf8(w->doc, open->b, tok(w, i)->e);
    size_t off = upto ? strlen(upto) : 0;
    if (off < 4 || off > strlen(label)) return;
    nominative_letter(label + off - 2);
    if (i < k) nominative_letter(label + off - 4); /* an adjective's -ую: both letters */
  }
}

/* The dictionary form of the one-word practice noun at token k ("проект", "программа"), or
 * NULL: the cue lexicon's form of the entry that matched it. */
static const char *
practice_noun_form(const FkgWork *w, int32_t k)
{
  FkgLexMatch m[16];
  int n = fkg_lexicon_match(w->lex, w->doc, k, FKG_LX_MASK(FKG_LX_CUE), m, 16);
  for (int j = 0; j < n; j++)
    if (m[j].entry->value == FKG_CUE_PRACTICE && m[j].entry->nwords == 1 && m[j].last == k + 1)
      return fkg_lexicon_cell(w->lex, FKG_LX_CUE, m[j].entry->row, "form");
  return NULL;
}

/* A label that opens with a practice noun in an oblique singular case before its quoted name
 * ("рассказала о проекте «Тёплый кров»", "в рамках программы «…»", "региональной программе
 * «…»"), with the noun in its dictionary form, or NULL when it opens otherwise: one practice,
 * one IRI, whichever case the sentence puts it in. The noun's form comes from the cue lexicon,
 * and it must share all but its last letter with the word (программ-е, проект-а, модел-и);
 * feminine adjectives before it in -ой/-ей become -ая/-яя; a masculine or neuter adjective
 * (-ом, -ого, -ому, -ым) has no single nominative (-ый, -ий, -ой), and the label is left as it
 * is. */
static char *
label_noun_nominative(FkgWork *w, int32_t first, int32_t last)
{
  int32_t k = first;
  static const char *const fem_oblique[] = {"ой", "ей", NULL};
  while (k < last && k < first + 2 && (tok(w, k)->flags & FKG_TOK_CYR) &&
         !(tok(w, k)->flags & FKG_TOK_CAP) && fkg_tok_ru_adjective(w, k))
    k++;
  if (k + 1 >= last || !(tok(w, k)->flags & FKG_TOK_CYR) ||
      !((tok(w, k + 1)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, k + 1, "\"")) ||
      !fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL))
    return NULL;
  const char *form = practice_noun_form(w, k), *word = tok(w, k)->lower;
  if (!form || !strcmp(form, word)) return NULL;
  /* the form's stem: all but a final vowel or soft sign (two bytes in Cyrillic) */
  size_t fl = strlen(form), wl = strlen(word), stem = fl;
  static const char *const endings[] = {"а", "я", "ь", "о", "е", NULL};
  if (fkg_ends_with_any(form, endings, 2)) stem -= 2;
  if (stem < 4 || wl <= stem || wl > stem + 4 || strncmp(form, word, stem) != 0) return NULL;
  static const char *const oblique[] = {"е",  "и",  "ы",  "у",  "ю",  "а", "я",
                                        "ой", "ей", "ом", "ем", "ью", NULL};
  if (!fkg_ends_with_any(word, oblique, 2) || strlen(word + stem) > 4) return NULL;
  int feminine = fkg_ends_with_any(form, (const char *const[]){"а", "я", NULL}, 2);
  for (int32_t a = first; a < k; a++)
    if (!feminine || !fkg_ends_with_any(tok(w, a)->lower, fem_oblique, 2)) return NULL;
  /* Rebuild: the adjectives with their new endings, the noun's form, then the rest as written. */
  char *rest = fkg_tokens_text(w, k + 1, last);
  const char *sep = tok(w, k + 1)->b > tok(w, k)->e ? " " : "";
  char *out = NULL;
  for (int32_t a = first; a <= k; a++) {
    char *piece;
    if (a < k) {
      char *adj = fkg_tokens_text(w, a, a + 1);
      if (!adj) return NULL;
      size_t n = strlen(adj);
      const char *end = !strcmp(adj + n - 2, "ей") ? "яя" : "ая";
      adj[n - 4] = '\0';
      piece = fkg_join(&w->doc->arena, adj, end, " ", NULL);
    } else {
      piece = fkg_arena_strdup(&w->doc->arena, form);
      /* a capital first letter stays (Программа «…» at a sentence's start) */
      if (piece && (tok(w, k)->flags & FKG_TOK_CAP)) {
        char *cap = fkg_tokens_text(w, k, k + 1);
        if (cap && strlen(cap) >= 2) memcpy(piece, cap, 2);
      }
    }
    out = piece ? fkg_join(&w->doc->arena, out ? out : "", piece, NULL, NULL) : NULL;
    if (!out) return NULL;
  }
  return rest ? fkg_join(&w->doc->arena, out, sep, rest, NULL) : out;
}

/* The key of the first quoted name in tokens [first, last): its words' matching keys (Snowball
 * stems), joined by spaces (Полярная семья and Полярной семьи share it); NULL when none. */
static char *
quoted_key(FkgWork *w, int32_t first, int32_t last)
{
  int32_t q = first;
  while (q < last && !w->in_quote[q])
    q++;
  char buf[256];
  size_t n = 0;
  for (int32_t k = q; k < last && w->in_quote[k]; k++) {
    if (!(tok(w, k)->flags & FKG_TOK_WORD)) continue;
    const char *stem = tok(w, k)->key ? tok(w, k)->key : tok(w, k)->lower;
    size_t sl = strlen(stem);
    if (n + sl + 2 > sizeof buf) break;
    if (n) buf[n++] = ' ';
    memcpy(buf + n, stem, sl);
    n += sl;
  }
  return n ? fkg_arena_strndup(&w->doc->arena, buf, n) : NULL;
}

static int
cmp_str(const void *a, const void *b)
{
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The sorted stems of the content words (three letters or more, no function word) of tokens
 * [first, last), quotation marks and word order aside; NULL for fewer than two. A practice noun
 * that heads the phrase is left out: "the model of Family Multifunctional Centres" and "Family
 * Multifunctional Centres opened in …" are one practice. */
static char *
stem_set_key(FkgWork *w, int32_t first, int32_t last)
{
  const char *stems[16];
  int n = 0, head = 1;
  for (int32_t k = first; k < last && n < 16; k++) {
    const FkgToken *t = tok(w, k);
    if (!(t->flags & FKG_TOK_WORD) || fkg_tok_function_word(w, k) || strlen(t->lower) < 3) continue;
    int32_t cue_end;
    if (head && !w->in_quote[k] && fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &cue_end) &&
        cue_end == k + 1) {
      head = 0;
      continue;
    }
    head = 0;
    stems[n++] = t->key ? t->key : t->lower;
  }
  if (n < 2 || n >= 16) return NULL;
  qsort(stems, (size_t)n, sizeof *stems, cmp_str);
  char buf[256];
  size_t len = 0;
  for (int k = 0; k < n; k++) {
    if (k && !strcmp(stems[k], stems[k - 1])) continue;
    size_t sl = strlen(stems[k]);
    if (len + sl + 2 > sizeof buf) return NULL;
    if (len) buf[len++] = ' ';
    memcpy(buf + len, stems[k], sl);
    len += sl;
  }
  return fkg_arena_strndup(&w->doc->arena, buf, len);
}

/* Remembers practice p under `key` in the list *list of *n entries. */
static FkgStatus
remember_practice(FkgWork *w, FkgQuotedPractice **list, int *n, const char *key, int32_t p)
{
  FkgQuotedPractice *nq = fkg_arena_room(&w->doc->arena, *list, (size_t)*n, sizeof *nq);
  if (!nq) return FKG_BAD_ALLOC;
  nq[(*n)++] = (FkgQuotedPractice){key, p};
  *list = nq;
  return FKG_SUCCESS;
}

/* The practice remembered under `key` among the last 64 of a list, or -1: an article names
 * fewer, and a long document stays linear. */
static int32_t
remembered_practice(const FkgQuotedPractice *list, int n, const char *key)
{
  for (int k = n - 1; key && k >= 0 && k >= n - 64; k--)
    if (!strcmp(list[k].key, key)) return list[k].ent;
  return -1;
}

/* Whether tokens [first, last) are a bare noun and whose it is, no more: "работе региона", "опыт
 * Тюменской области", "l'expérience de la région", "le travail de notre république". That
 * points at what a region does in general and names no practice. */
static int
owner_only(const FkgWork *w, int32_t first, int32_t last)
{
  if (first < last && fkg_tok_definite_article(w, first)) first++;
  if (last - first < 2 || !(tok(w, first)->flags & FKG_TOK_WORD)) return 0;
  int owner = 0;
  for (int32_t k = first + 1; k < last; k++) {
    int32_t end;
    if (w->in_quote[k]) return 0;
    if (w->region_at[k] >= 0 || fkg_tok_cue(w, k, FKG_CUE_ANAPHOR, NULL)) {
      owner |= w->region_at[k] >= 0;
      continue;
    }
    if (fkg_tok_cue(w, k, FKG_CUE_REGIONAL, &end) && !(tok(w, k)->flags & FKG_TOK_CAP)) {
      owner = 1;
      k = end - 1;
      continue;
    }
    if (!fkg_tok_function_word(w, k)) return 0;
  }
  return owner;
}

/* Whether tokens [first, last) are headed by "social network" ("социальной сети «ВКонтакте»",
 * "the social network VK", "le réseau social VKontakte"): a platform, where a network of centres
 * (сеть центров, réseau de centres) is a practice, and so is a use of social networks
 * (использование социальных сетей как механизма …). */
static int
social_network(const FkgWork *w, int32_t first, int32_t last)
{
  if (first < last && fkg_tok_definite_article(w, first)) first++;
  if (first + 1 >= last) return 0;
  const char *a = tok(w, first)->lower, *b = tok(w, first + 1)->lower;
  return (!strncmp(a, "социальн", strlen("социальн")) && !strncmp(b, "сет", strlen("сет"))) ||
         (!strcmp(a, "social") && !strncmp(b, "network", 7)) ||
         (!strncmp(a, "réseau", strlen("réseau")) && !strncmp(b, "socia", 5));
}

/* Adds the practice tokens [first, last) name, when they name one. `listed`: they are a
 * quoted name listed after a plural practice noun ("les projets « Pas à pas » et « Atelier »"),
 * which makes even a one-word name a practice's. */
static FkgStatus add_named_practice(FkgWork *w, int32_t first, int32_t last, int32_t region,
                                    int32_t by, int listed);

static FkgStatus
add_practice(FkgWork *w, int32_t first, int32_t last, int32_t region, int32_t by)
{
  return add_named_practice(w, first, last, region, by, 0);
}

static FkgStatus
add_named_practice(FkgWork *w, int32_t first, int32_t last, int32_t region, int32_t by, int listed)
{
  /* A relative clause (", которые являются …", ", which …", ", where …") describes, it does
   * not name; nor does what follows a quoted name after a comma ("«School of caring
   * relative», where …"), any name after a spaced dash or a colon ("Care Bus" – mobile teams
   * …; « Sport sans âge » : des séances …), or the putting in place after the thing put
   * ("système de soins de longue durée mis en place dans la république depuis 2019"). */
  /* "2. Бадмаева Цаган Очировна, заместитель …" / "Тема выступления: проект «…»": a
   * programme's topic line is what the person who opens the entry above presents, for their
   * region unless the line names one. */
  if (by < 0 && fkg_topic_line(w, first) >= 0) {
    int32_t entry = fkg_entry_person_above(w, first);
    if (entry >= 0) {
      by = entry;
      int32_t ls = fkg_line_first(w, first);
      if (region_in(w, ls, fkg_sent_last(w, first)) < 0) {
        int32_t r = fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, entry);
        region = r >= 0 ? w->facts->rels[r].o : -1;
      }
    }
  }
  /* A column's or an interview's "I" and "we" present as its author ("я выступила с докладом о
   * нашей модели «…»"); not what "we showed" at the region's stand, which is the region's. */
  if (by == -1 && fkg_interviewee_speaks(w, tok(w, first)->sent) &&
      w->region_subject_sent != tok(w, first)->sent &&
      !fkg_sent_has_cue(w, tok(w, first)->sent, FKG_CUE_STAND))
    by = fkg_interviewee(w);
  /* (…and so does a name the answer calls "ours", with no verb: "— Qu'avez-vous présenté ?" /
   * "— Notre projet « … ».", "— Наш проект «…».") */
  static const char *const ours[] = {"notre", "nos", "our", "наш", "наша", "нашу", "наши", NULL};
  if (by == -2 &&
      (fkg_tok_is_any(w, first, ours) || (first > 0 && fkg_tok_is_any(w, first - 1, ours))) &&
      fkg_interviewee_speaks(w, tok(w, first)->sent))
    by = fkg_interviewee(w);
  /* "Сабиров Айдар Ильдарович — министр … (сервис «Соцзащита в смартфоне»)": a programme
   * entry's practice in brackets after the post is the entry person's. */
  if (by == -1 && first > 0 && fkg_tok_is(w, first - 1, "(")) {
    int32_t at = fkg_line_entry_start(w, fkg_line_first(w, first));
    if (at < first && w->person_at[at] >= 0) by = w->people[w->person_at[at]].ent;
  }
  /* "программа «Серебряный университет» (Оренбургская область);": a region in brackets after
   * the name is whose practice it is, and no part of its name. */
  int32_t tail = last; /* (past a list's ";" or ".") */
  if (tail - 1 > first && (fkg_tok_is(w, tail - 1, ";") || fkg_tok_is(w, tail - 1, "."))) tail--;
  if (tail - first >= 4 && fkg_tok_is(w, tail - 1, ")")) {
    last = tail;
    int32_t open = last - 2;
    while (open > first && !fkg_tok_is(w, open, "(") && w->region_at[open] >= 0)
      open--;
    if (open > first && fkg_tok_is(w, open, "(") && region_only(w, open + 1, last - 1)) {
      region = w->region_at[open + 1];
      if (by >= 0 && !fkg_facts_has_rel(w->facts, FKG_R_REPRESENTS, by, region)) by = -1;
      last = open;
    }
  }
  int32_t head = head_region_before(w, first);
  if (head >= 0) {
    region = head;
    /* (the item's region presents it, unless the person named in it, or one who speaks for
     * that region, does) */
    if (by >= 0 && person_in(w, first, last) != by &&
        !fkg_facts_has_rel(w->facts, FKG_R_REPRESENTS, by, head))
      by = -1;
  }
  int named = 0;
  for (int32_t i = first + 1; i + 1 < last; i++) {
    /* After a quoted name, whose it is ("le « Poste social nomade » du district autonome des
     * Nénètses", "«Забота рядом» Тюменской области") gives its region and ends it, and so
     * does a participle of what was done with it ("les « Centres de ressources familiales »
     * créés dans chaque district"): the rest of the list goes on after them. */
    if ((tok(w, i - 1)->flags & FKG_TOK_QCLOSE) && !w->in_quote[i]) {
      int32_t r = owner_region_at(w, i);
      if (r >= 0 || tail_participle(w, i)) {
        if (r >= 0) region = w->region_at[r];
        last = i;
        break;
      }
    }
    static const char *const rel[] = {"which", "who", "that",   "where", "whereby", "under", "qui",
                                      "dont",  "où",  "lequel", "где",   "когда",   NULL};
    const char *low = tok(w, i + 1)->lower;
    named |= (tok(w, i - 1)->flags & FKG_TOK_QCLOSE) != 0;
    /* A bracket after the quoted name is an aside ('"Volunteer Hub 35" project (35 is our
     * region's car-plate code …)'), no part of it. */
    if (named && !w->in_quote[i] && fkg_tok_is(w, i, "(")) {
      last = i;
      break;
    }
    int comma = fkg_tok_is(w, i, ",") && !w->in_quote[i];
    /* "модель «Тундровый социальный работник» для обслуживания …", "проект «…» по созданию
     * …": a preposition right after the quoted name starts its purpose, which stays with the
     * name when it is short and ends the clause (purpose_end). */
    /* So does a relative word there, with no comma: "«École des pères» qui est réalisé …".
     * (A participle of purpose, "« Mentor de carrière » destinée aux diplômés", may belong to
     * the name or not: annotators differ, and it stays.) */
    /* An English relative word with no comma ends the name wherever it stands: '"Employment
     * Navigator" chatbot that matches …', 'mobile social service teams that travel …'. */
    /* (So does a French "qui": "des brigades sociales mobiles qui rejoignent …".) */
    /* (and "under which", "in which", "by which" without a comma: "a social franchising scheme
     * under which …") */
    static const char *const relative[] = {"that", "which", "who", NULL};
    static const char *const rel_preps[] = {"under", "in", "by", "through", "with", NULL};
    if (!w->in_quote[i] && i > first + 1 && w->doc->lang == FKG_LANG_EN &&
        fkg_tok_is_any(w, i, rel_preps) && fkg_tok_is(w, i + 1, "which")) {
      last = i;
      break;
    }
    static const char *const relative_fr[] = {"qui", NULL}, *const none[] = {NULL};
    if (!w->in_quote[i] && i > first + 1 &&
        fkg_tok_is_any(w, i,
                       w->doc->lang == FKG_LANG_EN   ? relative
                       : w->doc->lang == FKG_LANG_FR ? relative_fr
                                                     : none) &&
        (tok(w, i - 1)->flags & FKG_TOK_WORD) && !fkg_tok_function_word(w, i - 1)) {
      last = i;
      break;
    }
    static const char *const cut[] = {"afin", "about", "qui",   "que",  "qu'",
                                      "qu’",  "dont",  "which", "that", NULL};
    if (!w->in_quote[i] && (tok(w, i - 1)->flags & FKG_TOK_QCLOSE) &&
        (fkg_tok_is_any(w, i, cut) || strncmp(tok(w, i)->lower, "котор", strlen("котор")) == 0 ||
         (fkg_tok_is_any(w, i, purpose_words) && purpose_end(w, i, last) != last))) {
      last = purpose_end(w, i, last);
      break;
    }
    /* ", présenté par la ministre …, X", ", presented by X": who presented it, not its name. */
    int32_t agent_end;
    if (comma && !w->in_quote[i] && fkg_tok_cue(w, i + 1, FKG_CUE_PRESENT, &agent_end) &&
        agent_end < last && fkg_tok_is_any(w, agent_end, by_words)) {
      int32_t p = person_in(w, agent_end, last);
      if (p >= 0) by = p;
      last = i;
      break;
    }
    if ((comma &&
         (named || strncmp(low, "котор", strlen("котор")) == 0 || fkg_tok_is_any(w, i + 1, rel))) ||
        (spaced_dash(w, i) && !w->in_quote[i]) || (fkg_tok_is(w, i, ":") && !w->in_quote[i]) ||
        (!w->in_quote[i] && implemented_in(w, i))) {
      /* "Ставрополье — программу «Бабушкин дом»", "– l'oblast de Sakhaline : un service …": a
       * region (after an article), a dash or a colon, what it presents. */
      int32_t rf = item_region_start(w, first, i);
      if ((spaced_dash(w, i) || fkg_tok_is(w, i, ":")) && !w->in_quote[i] &&
          region_only(w, rf, i)) {
        region = w->region_at[rf];
        /* (its presenter stays when they speak for that region: "(представил … X)") */
        if (by < 0 || !fkg_facts_has_rel(w->facts, FKG_R_REPRESENTS, by, region)) by = -1;
        first = i + 1;
        named = 0;
        continue;
      }
      last = i;
      break;
    }
  }
  /* …and a participle that ends the phrase, its place after it ("opened" | "in Kazan"). */
  if (last - 1 > first && !w->in_quote[last - 1] && implemented_in(w, last - 1)) last--;
  /* Trim: leading conjunctions and punctuation, trailing punctuation. */
  static const char *const lead[] = {
      "и", "and", "et", "об", "о", "of", "the", "a", "an", "l'", "un", "une", "la", "le", "les",
      "de", "des", "du", "its", "their", "son", "sa", "ses", "leur", "leurs", "also", "aussi",
      "также", "тоже", "également",
      /* (whose it is, for who says so: "о нашем республиканском сертификате «…»") */
      "our", "notre", "nos", "наш", "наша", "нашу", "нашей", "нашем", "нашего", "нашему", "наши",
      "наших", "нашим", "нашими", "свой", "свою", "своей", "своём", "своем", "своего", "свои",
      "своих", NULL};
  /* (…and a common noun's possessive: "the region's "…" model", "the ministry's project";
   * and a relative time: "a présenté jeudi dernier son programme …", "le mois dernier") */
  /* "the Tomsk Region's volunteer network "…"": whose it is, then what (the region may have
   * been read off the item already, leaving its possessive) */
  {
    int32_t k = first;
    while (k < last && fkg_tok_definite_article(w, k))
      k++;
    int32_t e = k;
    while (e < last && w->region_at[e] >= 0 && w->region_at[e] == w->region_at[k])
      e++;
    if (e + 1 < last && fkg_tok_possessive(w, e) &&
        (e > k || (e > 0 && w->region_at[e - 1] >= 0))) {
      region = w->region_at[e - 1];
      first = e + 1;
    }
  }
  for (int32_t time_end;;) {
    while (first < last &&
           ((tok(w, first)->flags & FKG_TOK_PUNCT) || fkg_tok_is_any(w, first, lead) ||
            (first + 2 < last && fkg_tok_possessive(w, first + 1) &&
             (tok(w, first)->flags & FKG_TOK_WORD) && !(tok(w, first)->flags & FKG_TOK_CAP))))
      if ((tok(w, first)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, first, "\""))
        break;
      else
        first += fkg_tok_possessive(w, first + 1) ? 2 : 1;
    if (first >= last || w->in_quote[first] || !fkg_tok_cue(w, first, FKG_CUE_TIME, &time_end) ||
        time_end > last)
      break;
    first = time_end;
  }
  while (last > first && (tok(w, last - 1)->flags & FKG_TOK_PUNCT) &&
         !(tok(w, last - 1)->flags & FKG_TOK_QCLOSE))
    last--;
  /* "о работе «Школы родственного ухода»", "the work of the "…"", "le travail de « … »": the
   * work of a named thing is that thing. */
  {
    static const char *const work[] = {
        "работа",         "работы",           "работе",           "работу",       "работой",
        "work",           "travail",          "деятельность",     "деятельности", "activities",
        "fonctionnement", "функционирование", "функционировании", "workings",     NULL};
    static const char *const link[] = {"of", "the", "de", "du", "d'",  "d’",
                                       "la", "le",  "l'", "l’", "des", NULL};
    int32_t q = first + 1;
    while (q < last && q < first + 3 && fkg_tok_is_any(w, q, link))
      q++;
    /* (…and so is the work of a thing a practice noun heads and a quoted name names: "le
     * fonctionnement de la plateforme numérique « Famille amourienne »") */
    int named_noun = 0;
    if (q < last && fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL))
      for (int32_t k = q + 1; k < last && k <= q + 3; k++)
        named_noun |= quote_mark(w, k);
    if (q + 1 < last && !w->in_quote[first] && fkg_tok_is_any(w, first, work) &&
        ((tok(w, q)->flags & FKG_TOK_QOPEN) || fkg_lower_is(tok(w, q)->lower, "\"") || named_noun))
      first = q;
  }
  /* "конкурса региональных социальных практик «Регион заботы»", "the contest of social
   * practices "…"": the quoted name after a contest noun is the contest's, no practice. */
  static const char *const contest[] = {"конкурс", "contest", "competition", "concours", NULL};
  /* (not the contest as the place: "представила на конкурсе проект «…»") */
  for (int32_t k = first - 1; k >= 0 && k >= first - 2 && !w->in_quote[k]; k--)
    for (int c = 0; contest[c]; c++)
      if (strncmp(tok(w, k)->lower, contest[c], strlen(contest[c])) == 0 &&
          !(k > 0 && fkg_tok_venue(w, k - 1)))
        return FKG_SUCCESS;
  /* "Programme de la salle « Atrium »", "the programme of the Atrium hall": a room's name
   * after a programme noun names the room's schedule, no practice. */
  static const char *const rooms[] = {"salle", "hall", "зала", "зал", "pavillon", "pavilion", NULL};
  for (int32_t k = first + 1; k + 1 < last && k <= first + 4; k++)
    if (!w->in_quote[k] && fkg_tok_is_any(w, k, rooms) && quote_mark(w, k + 1)) return FKG_SUCCESS;
  /* A day after the name says when, no part of it: "présentera la pratique le 16 septembre"
   * (a bare year may be: "стратегия до 2030 года"). The sentence's dates are in token order. */
  int fsent = tok(w, first)->sent;
  for (int q = w->date_in_sent ? w->date_in_sent[fsent] : -1;
       q >= 0 && q < w->ndates && w->dates[q].first < last &&
       tok(w, w->dates[q].first)->sent == fsent;
       q++) {
    const FkgDateExpr *d = &w->dates[q];
    if (d->first <= first || w->in_quote[d->first] || !(d->start.day || d->end.day)) continue;
    int32_t cut = d->first;
    while (cut > first + 1 && fkg_tok_function_word(w, cut - 1))
      cut--;
    last = cut;
    break;
  }
  int words = 0;
  for (int32_t i = first; i < last; i++)
    words += (tok(w, i)->flags & FKG_TOK_WORD) != 0;
  int32_t qf, ql, qclose;
  int one_quoted = listed && words == 1 && fkg_quote_span(w, first, &qf, &ql, &qclose) &&
                   qclose + 1 >= last && (tok(w, qf)->flags & FKG_TOK_CAP);
  if (words < 2 && !one_quoted) return FKG_SUCCESS;
  /* "launched less than a year ago", "запущены год назад", "il y a deux ans": how long ago, no
   * practice. */
  static const char *const ago[] = {"ago", "назад", NULL};
  if (!w->in_quote[last - 1] && fkg_tok_is_any(w, last - 1, ago)) return FKG_SUCCESS;
  if (fkg_tok_is(w, first, "il") && fkg_tok_is(w, first + 1, "y") && fkg_tok_is(w, first + 2, "a"))
    return FKG_SUCCESS;
  /* "«Область задаёт стандарты и обеспечивает финансирование, но именно город знает …»": a
   * quotation of more than a dozen words is what someone said, no name. */
  {
    int32_t sf, sl, sclose;
    if (quote_mark(w, first) && fkg_quote_span(w, first, &sf, &sl, &sclose) && sclose + 1 >= last) {
      int32_t qwords = 0;
      for (int32_t k = sf; k < sl; k++)
        qwords += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
      if (qwords > 12) return FKG_SUCCESS;
    }
  }
  /* '« Un algorithme peut-il décider qui a droit à une aide ? »': a quoted question is asked,
   * it names nothing. */
  for (int32_t k = first; k <= last && k < w->doc->ntoks; k++)
    if (w->in_quote[k] && fkg_tok_is(w, k, "?")) return FKG_SUCCESS;
  /* "Если коротко — каким он получился?": what a question asks about is no practice, unless it
   * ends with a quoted name. */
  if (last < w->doc->ntoks && fkg_tok_is(w, last, "?") && !w->in_quote[last - 1] &&
      !(tok(w, last - 1)->flags & FKG_TOK_QCLOSE))
    return FKG_SUCCESS;
  /* A practice noun and nothing else (лучшие практики, best practices, meilleures pratiques)
   * names no practice. */
  int32_t cue_end;
  if (fkg_tok_cue(w, first, FKG_CUE_PRACTICE, &cue_end) && cue_end >= last) return FKG_SUCCESS;
  if (generic_group(w, first, last)) return FKG_SUCCESS;
  /* A noun with only a region after it (or a place: à Moscou) names the region's experience,
   * no practice: "l'exemple de l'oblast de Tcheliabinsk", "опыт Чувашии", "ses meilleures
   * pratiques sociales à Moscou". */
  {
    int32_t k = first, place = -1;
    while (k < last && !w->in_quote[k] && !(tok(w, k)->flags & FKG_TOK_QOPEN) &&
           (w->region_at[k] < 0 && !layer(w, k, FKG_LX_CITY)->entry))
      k++;
    if (k < last && k > first && fkg_tok_locative(w, k - 1)) place = k - 1;
    int only_region = k < last && k > first;
    for (int32_t q = k; q < last && only_region; q++)
      only_region =
          w->region_at[q] >= 0 || layer(w, q, FKG_LX_CITY)->entry || fkg_tok_function_word(w, q) ||
          (tok(w, q)->flags & FKG_TOK_PUNCT) ||
          (q > k && layer(w, q - 1, FKG_LX_CITY)->entry && layer(w, q - 1, FKG_LX_CITY)->last > q);
    /* the words before it: the practice noun and at most one other word (l'exemple de …) */
    int32_t content = 0;
    for (int32_t q = first; q < (place >= 0 ? place : k) && only_region; q++)
      content += (tok(w, q)->flags & FKG_TOK_WORD) && !fkg_tok_function_word(w, q) &&
                 !fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL);
    if (only_region && (place >= 0 ? generic_group(w, first, place) : content <= 1))
      return FKG_SUCCESS;
  }
  /* "сразу несколько проектов для жителей тундры", "лишь шесть регионов", "several projects
   * for …": a count (after at most one lower-case word) with no quoted name counts things, it
   * names none. */
  {
    int32_t c = first + (first + 1 < last && !count_word(w, first) &&
                         !(tok(w, first)->flags & FKG_TOK_CAP));
    int quoted_label = 0;
    for (int32_t i = first; i < last; i++)
      quoted_label |= w->in_quote[i];
    if (c < last && count_word(w, c) && !quoted_label) return FKG_SUCCESS;
  }
  /* A phrase that starts with a preposition of place or direction says where something is or
   * goes (на Псковщине, в федеральный банк практик, en Carélie), and one that starts with a
   * framing cue says when (lors de la table ronde, в ходе дискуссии): neither says what. */
  static const char *const where[] = {"в",    "во", "на", "к",   "ко", "into", "to",   "at", "in",
                                      "dans", "à",  "au", "aux", "en", "vers", "chez", NULL};
  if (fkg_tok_is_any(w, first, where) || fkg_tok_cue(w, first, FKG_CUE_FRAME, NULL))
    return FKG_SUCCESS;
  /* "une expérience similaire", "такой проект", "nos réalisations": a phrase that points back
   * or to its speaker names nothing itself, unless it holds a quoted name (наш проект «…»). */
  int quoted = 0, pointer = 0;
  for (int32_t i = first; i < last; i++) {
    quoted |= w->in_quote[i];
    pointer |= i < first + 3 && !w->in_quote[i] && fkg_tok_cue(w, i, FKG_CUE_ANAPHOR, NULL);
  }
  if (pointer && !quoted) return FKG_SUCCESS;
  /* "le modèle économique du projet", "the business model of the project": a part of the
   * practice named before, which the definite noun at the end points back to. */
  static const char *const of_the[] = {"du", "of", NULL};
  if (!quoted && last - first >= 3 && fkg_tok_cue(w, last - 1, FKG_CUE_PRACTICE, NULL) &&
      (fkg_tok_is(w, last - 2, "du") ||
       (fkg_tok_is_any(w, last - 3, of_the) && fkg_tok_definite_article(w, last - 2)) ||
       (fkg_tok_is(w, last - 3, "de") && fkg_tok_definite_article(w, last - 2))))
    return FKG_SUCCESS;
  /* …and with one, the pointing word (the anaphor cues) is no part of its name: "нашей «Школе
   * приёмных родителей 2.0»", "notre « Maison des familles »". */
  int32_t pointer_end;
  if (quoted && !w->in_quote[first] && fkg_tok_cue(w, first, FKG_CUE_ANAPHOR, &pointer_end) &&
      pointer_end < last)
    first = pointer_end;
  /* A long quotation that opens in lower case is what someone said of it, not its name:
   * "назвала забайкальский опыт «редким примером того, как можно сохранить …»". */
  for (int32_t i = first; i < last; i++) {
    int32_t cf, cl, close;
    if (w->in_quote[i] || !fkg_quote_span(w, i, &cf, &cl, &close)) continue;
    int qwords = 0;
    for (int32_t k = cf; k < cl; k++)
      qwords += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
    /* (French quotes lower-case terms: « familles d'accueil pour personnes âgées ») */
    if (cf < cl && w->doc->lang != FKG_LANG_FR && (tok(w, cf)->flags & FKG_TOK_WORD) &&
        !(tok(w, cf)->flags & FKG_TOK_CAP) && qwords >= 6)
      return FKG_SUCCESS;
    /* …and so is one that holds a sentence's end before more words: "поделилась историей
     * сына: «Он впервые сам сходил в магазин в 19 лет. Для кого-то мелочь …»". */
    static const char *const ends[] = {".", "!", "?", NULL};
    for (int32_t k = cf + 1; k + 1 < cl; k++)
      if (fkg_tok_is_any(w, k, ends) && (tok(w, k + 1)->flags & FKG_TOK_WORD) &&
          (tok(w, k + 1)->flags & FKG_TOK_CAP))
        return FKG_SUCCESS;
    break;
  }
  /* A forum, conference, congress or summit named outside quotation marks is an event, and a
   * phrase about it (подготовка к форуму) is no practice; a quoted name may hold the word. */
  static const char *const events[] = {"forum", "conference", "congress", "summit", NULL};
  for (int32_t i = first; i < last; i++)
    if (!w->in_quote[i] && fkg_tok_event_type(w, i, events)) return FKG_SUCCESS;
  /* …nor a stand or an exhibition, unnamed ("впервые представила собственную экспозицию",
   * "showcased its own stand") */
  {
    static const char *const own[] = {"its",    "own",  "their",    "son", "sa", "ses",
                                      "propre", "leur", "nouvelle", "new", NULL};
    int32_t k = first + fkg_tok_definite_article(w, first);
    while (k < last && k < first + 3 && !w->in_quote[k] &&
           (fkg_tok_is_any(w, k, own) || fkg_tok_ru_adjective_any_case(w, k)) &&
           !fkg_tok_cue(w, k, FKG_CUE_STAND, NULL))
      k++;
    if (k < last && fkg_tok_cue(w, k, FKG_CUE_STAND, NULL) && !quoted) return FKG_SUCCESS;
  }
  /* …nor is a national or federal project ("по национальному проекту «…»", "the national
   * project "…"", "le projet national « … »"): the country's, which no region presents. */
  for (int32_t k = first > 2 ? first - 2 : 0; k < last && k < first + 3 && !w->in_quote[k]; k++) {
    static const char *const national[] = {"национальн", "федеральн", NULL};
    static const char *const national_lat[] = {"national", "federal", "fédéral", "fédérale", NULL};
    if (fkg_tok_is_any(w, k, national_lat)) return FKG_SUCCESS;
    for (int n = 0; national[n] && (tok(w, k)->flags & FKG_TOK_CYR); n++)
      if (!strncmp(tok(w, k)->lower, national[n], strlen(national[n]))) return FKG_SUCCESS;
  }
  /* …nor is a meeting or a visit that heads it ("рассказал о встрече с представителями «…»"). */
  int32_t h = first + fkg_tok_definite_article(w, first);
  if (h < last && !w->in_quote[h] && fkg_tok_gathering(w, h)) return FKG_SUCCESS;
  if (owner_only(w, first, last) || social_network(w, first, last)) return FKG_SUCCESS;
  char *label = label_noun_nominative(w, first, last);
  if (!label) {
    label = fkg_tokens_text(w, first, last);
    if (label) label_nominative(w, first, last, label);
  }
  /* A quoted name named before is that practice again, whatever else the phrase says and in
   * whatever case ("проект «Поморская усадьба» по …" in a list, "Архангельский проект
   * «Поморская усадьба» представил …" later): the first mention keeps its label. */
  char *qkey = quoted_key(w, first, last);
  int32_t pq = remembered_practice(w->quoted_practices, w->nquoted_practices, qkey), p = pq;
  /* …and so is one whose words are another's in another order or case ("home rehabilitation
   * model" in the headline, 'the "Rehabilitation at Home" model' in the text). */
  char *skey = stem_set_key(w, first, last);
  int32_t ps = remembered_practice(w->stem_practices, w->nstem_practices, skey);
  if (p < 0) p = ps;
  int again = p >= 0;
  if (!again) {
    char *slug = label ? fkg_slug(w->ctx, &w->doc->arena, label, 80) : NULL;
    if (!slug) return FKG_BAD_ALLOC;
    p = fkg_facts_entity(w->facts, FKG_E_PRACTICE,
                         fkg_join(&w->doc->arena, "practice/", slug, NULL, NULL));
    if (p < 0) return FKG_BAD_ALLOC;
  }
  FkgStatus st = FKG_SUCCESS;
  if (qkey && pq < 0)
    st = remember_practice(w, &w->quoted_practices, &w->nquoted_practices, qkey, p);
  if (!st && skey && ps < 0)
    st = remember_practice(w, &w->stem_practices, &w->nstem_practices, skey, p);
  if (st) return st;
  FkgEntity *e = &w->facts->ents[p];
  /* …except a headline's, which is short: the text's "son projet « Village actif » de soutien
   * aux retraités ruraux" says in full what the headline's "le projet « Village actif »"
   * begins to. */
  if (e->label && label && again && e->nspans > 0 &&
      tok(w, fkg_token_at(w, e->spans[0].b))->sent == 0 && tok(w, first)->sent > 0 &&
      strlen(label) > strlen(e->label) && !strncmp(label, e->label, strlen(e->label)) &&
      label[strlen(e->label)] == ' ')
    e->label = label;
  if (!e->label) e->label = label;
  fkg_facts_span(w->facts, p, tok(w, first)->b, tok(w, last - 1)->e);
  if (last > w->practices_done) w->practices_done = last;
  int psent = tok(w, first)->sent;
  if (w->last_practice_sent != psent)
    w->last_practice = p;
  else if (w->last_practice != p)
    w->last_practice = -2;
  w->last_practice_sent = psent;
  if (region >= 0 && !(again && fkg_facts_first_rel(w->facts, FKG_R_REGION, p) >= 0))
    fkg_facts_rel(w->facts, FKG_R_REGION, p, region);
  /* by: a person; -1: the region presents it; -2: nobody is said to present it. The region's
   * part waits for the end of the article (region_presenters). */
  if (by >= 0) fkg_facts_rel(w->facts, FKG_R_PRESENTED_BY, p, by);
  if (by == -1 && region >= 0) {
    int32_t *np = fkg_arena_room(&w->doc->arena, w->region_presents, (size_t)w->nregion_presents,
                                 2 * sizeof *np);
    if (!np) return FKG_BAD_ALLOC;
    np[2 * w->nregion_presents] = p;
    np[2 * w->nregion_presents + 1] = region;
    w->region_presents = np;
    w->nregion_presents++;
  }
  /* Where it was presented: the session named in its sentence. */
  int32_t at = fkg_session_in_sentence(w, tok(w, first)->sent);
  if (at >= 0) fkg_facts_rel(w->facts, FKG_R_PRESENTED_AT, p, at);
  return FKG_SUCCESS;
}

/* Whether token k, "et" or "and", starts a second clause of the subject's: a past participle
 * and its own object ("a évoqué les mesures … et invité les gouverneurs à …", "described the
 * scheme and urged the regions to …"). A conjunction inside a name joins nouns instead. */
static int
coordinated_verb(const FkgWork *w, int32_t k)
{
  static const char *const fr_part[] = {"é", "ée", "és", "ées", "it", "is", NULL};
  static const char *const en_part[] = {"ed", NULL};
  static const char *const dets[] = {"le", "la", "les", "l'",    "l’",  "des", "un", "une", "the",
                                     "a",  "an", "its", "their", "all", "son", "sa", "ses", NULL};
  if (k + 2 >= w->doc->ntoks || w->in_quote[k + 1]) return 0;
  const FkgToken *v = tok(w, k + 1);
  if (v->flags & FKG_TOK_CAP) return 0;
  /* (or its infinitive: "and offered to share it", "et proposé de …") */
  if (fkg_tok_is(w, k, "et") && w->doc->lang == FKG_LANG_FR)
    return fkg_ends_with_any(v->lower, fr_part, 2) &&
           (fkg_tok_is_any(w, k + 2, dets) || fkg_tok_is(w, k + 2, "de"));
  if (fkg_tok_is(w, k, "and") && w->doc->lang == FKG_LANG_EN)
    return fkg_ends_with_any(v->lower, en_part, 2) &&
           (fkg_tok_is_any(w, k + 2, dets) || fkg_tok_is(w, k + 2, "to"));
  return 0;
}

/* Those a thing is shared with or shown to. */
static const char *const recipient_words[] = {
    "colleagues", "partners", "regions", "participants", "delegations", "guests", "collègues",
    "partenaires", "régions", "délégations", "invités", "коллегами", "партнёрами", "партнерами",
    "регионами", "участниками", "субъектами", "делегациями", "гостями",
    /* a contest's jury and the public: "a présenté le programme au jury" */
    "jury", "visitors", "visiteurs", "public", NULL};

/* Whether token k is a word for those a thing is shown to (colleagues, délégations). */
static int
recipient_word(const FkgWork *w, int32_t k)
{
  return fkg_tok_is_any(w, k, recipient_words);
}

/* Whether token k, "with", "avec" or "с", or "to", "à", names those a thing was shared with
 * or shown to: colleagues, partners, delegations, other regions or a named region, which are
 * never part of the thing's name. */
static int
recipients(const FkgWork *w, int32_t k)
{
  static const char *const with[] = {"with", "avec", "с", "со", "to", "à", "au", "aux", NULL};
  if (!fkg_tok_is_any(w, k, with)) return 0;
  for (int32_t j = k + 1; j < w->doc->ntoks && j <= k + 4 && !w->in_quote[j]; j++) {
    if (recipient_word(w, j) || w->region_at[j] >= 0) return 1;
    if (fkg_tok_is(w, j, ",") || fkg_tok_clause_end(w, j)) return 0;
  }
  return 0;
}

/* Whether the noun phrase at token k is headed by a practice or institution noun: after an
 * article and up to two adjectives (la pratique d'aide …, une technologie …, the programme …,
 * комплексная программа …). */
static int
practice_headed(const FkgWork *w, int32_t k, int32_t last)
{
  static const char *const dets[] = {"le",  "la",  "les", "l'", "un", "une",
                                     "des", "the", "a",   "an", NULL};
  if (last > w->doc->ntoks) last = w->doc->ntoks; /* (callers look a few tokens ahead) */
  if (k < last && fkg_tok_is_any(w, k, dets)) k++;
  for (int n = 0; n < 3 && k < last; n++, k++) {
    if (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) || fkg_tok_cue(w, k, FKG_CUE_INSTITUTION, NULL))
      return 1;
    /* (English adjectives have no ending to tell them by: a lower-case word before the noun,
     * "the mobile multidisciplinary team") */
    int en_modifier = w->doc->lang == FKG_LANG_EN && (tok(w, k)->flags & FKG_TOK_LAT) &&
                      (tok(w, k)->flags & FKG_TOK_WORD) && !(tok(w, k)->flags & FKG_TOK_CAP) &&
                      !fkg_tok_function_word(w, k) && !w->in_quote[k];
    if (!fkg_tok_ru_adjective(w, k) && !en_modifier) return 0;
  }
  return 0;
}

/* Whether a list item at token k opens with a quoted name, after an article: "le « Bureau
 * social mobile », qui …", "l'« École de soins à domicile »". */
static int
quoted_head(const FkgWork *w, int32_t k)
{
  static const char *const dets[] = {"le", "la", "les", "l'", "l’", "the", "и", "et", "and", NULL};
  while (k < w->doc->ntoks && fkg_tok_is_any(w, k, dets))
    k++;
  int32_t cf, cl, close;
  return k < w->doc->ntoks && fkg_quote_span(w, k, &cf, &cl, &close);
}

/* Whether the comma at token i, after a quoted name, goes on to the next named thing of a
 * list: "l’« École … », le service « Taxi social » et le projet « … »". */
static int
listed_next(const FkgWork *w, int32_t i)
{
  if (!fkg_tok_is(w, i, ",") || w->in_quote[i] || i < 1 || !(tok(w, i - 1)->flags & FKG_TOK_QCLOSE))
    return 0;
  if (quoted_head(w, i + 1)) return 1;
  /* a determiner, a practice noun and its quoted name */
  int32_t k = i + 1;
  static const char *const dets[] = {"le", "la", "les", "l'", "l’", "the", NULL};
  if (fkg_tok_is_any(w, k, dets)) k++;
  int32_t end, cf, cl, close;
  return fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &end) && fkg_quote_span(w, end, &cf, &cl, &close);
}

/* A bulleted line that opens with a quoted name and goes on to say what it is: "the “Kind
 * Neighbours” programme of volunteer support", "«Бабушкина школа» — курсы …", "« Jardin
 * sensoriel », des espaces inclusifs". A quoted name alone on its line ("– «Семья и дети»
 * (круглый стол)") may be a session's title, and is not taken. */
static int
named_item(const FkgWork *w, int32_t k, int32_t last)
{
  static const char *const dets[] = {"le", "la", "les", "l'", "un", "une", "the", "a", "an", NULL};
  int32_t cf, cl, close;
  if (k < last && fkg_tok_is_any(w, k, dets)) k++;
  if (k >= last || !fkg_quote_span(w, k, &cf, &cl, &close) || close + 1 >= last) return 0;
  for (int32_t q = close + 1; q < last && q <= close + 2; q++)
    if (tok(w, q)->flags & FKG_TOK_WORD) return 1;
  return 0;
}

/* "Алтайский край — практику «…»": a region, a spaced dash, then a practice noun. */
static int
region_headed(const FkgWork *w, int32_t k, int32_t last)
{
  k = item_region_start(w, k, last);
  int32_t d = k;
  while (d < last && w->region_at[d] == w->region_at[k] && w->region_at[k] >= 0)
    d++;
  return d > k && d < last && (spaced_dash(w, d) || fkg_tok_is(w, d, ":")) &&
         practice_headed(w, d + 1, last);
}

/* Whether the region mention at tokens [first, last) is written as one of its region's listed
 * forms, which are nominative (Пермский край, Республика Татарстан), or starts with one, not a
 * case form the stem match also finds (Псковской области, Ямало-Ненецкого автономного округа). */
static int
region_as_listed(FkgWork *w, int32_t first, int32_t last)
{
  int32_t row = w->facts->ents[w->region_at[first]].row;
  char *text = fkg_tokens_text(w, first, last);
  char *low = text ? fkg_fold_lower(&w->doc->arena, text) : NULL;
  const char *forms = fkg_lexicon_cell(w->lex, FKG_LX_REGION, row, "forms");
  if (!low || !forms) return 0;
  size_t n = strlen(low);
  for (const char *p = forms; *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    char form[256];
    /* The mention may go on after the form (Кемеровская область — Кузбасс). */
    if (len > 0 && len <= n && len < sizeof form) {
      memcpy(form, p, len);
      form[len] = '\0';
      char *fl = fkg_fold_lower(&w->doc->arena, form);
      size_t fn = fl ? strlen(fl) : 0;
      if (fl && fn <= n && !strncmp(fl, low, fn) && (low[fn] == '\0' || low[fn] == ' ')) return 1;
    }
    if (!bar) break;
    p = bar + 1;
  }
  return 0;
}

/* Splits tokens [first, last) into list items at commas (and the last "и"/"and"/"et" when a
 * practice noun follows it) and adds each item; with `headed`, only items a practice noun
 * heads. */
static FkgStatus
add_list(FkgWork *w, int32_t first, int32_t last, int32_t region, int32_t by, int headed)
{
  int32_t start = first, prev = first;
  FkgStatus st;
  int depth = 0;
  for (int32_t i = first; i <= last; i++) {
    if (i < last && (tok(w, i)->flags & FKG_TOK_QOPEN)) depth++;
    if (i < last && (tok(w, i)->flags & FKG_TOK_QCLOSE) && depth > 0) depth--;
    int cut = i == last;
    int32_t next = i + 1;
    if (!cut && depth == 0 && fkg_tok_is(w, i, ",")) cut = 1;
    /* "…, les « Appartements accompagnés » ou encore le « Taxi social »", "as well as", "а
     * также": a phrase that adds the list's last item. */
    if (!cut && depth == 0 && i + 1 < last &&
        ((fkg_tok_is(w, i, "ou") && fkg_tok_is(w, i + 1, "encore")) ||
         (fkg_tok_is(w, i, "ainsi") && fkg_tok_is(w, i + 1, "que")) ||
         (fkg_tok_is(w, i, "а") && fkg_tok_is(w, i + 1, "также")))) {
      cut = 1;
      next = i + 2;
    }
    if (!cut && depth == 0 && i + 2 < last && fkg_tok_is(w, i, "as") &&
        fkg_tok_is(w, i + 1, "well") && fkg_tok_is(w, i + 2, "as")) {
      cut = 1;
      next = i + 3;
    }
    /* "A, B и C": the conjunction after a comma-separated list joins its last item, unless
     * what follows only completes the item ("… операции и их семей"). */
    if (!cut && depth == 0 &&
        (fkg_tok_is(w, i, "и") || fkg_tok_is(w, i, "and") || fkg_tok_is(w, i, "et"))) {
      static const char *const pron[] = {"их",  "его",  "её",    "ее",  "their", "his", "her",
                                         "its", "leur", "leurs", "son", "sa",    "ses", NULL};
      int commas = 0, rest = 0;
      for (int32_t k = first; k < i; k++)
        commas += fkg_tok_is(w, k, ",");
      for (int32_t k = i + 1; k < last; k++)
        rest += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
      /* "творческой и спортивной активности": two adjectives share one noun. */
      int adjectives = i > first && i + 1 < last && fkg_tok_ru_adjective(w, i - 1) &&
                       fkg_tok_ru_adjective(w, i + 1);
      int left = 0;
      for (int32_t k = start; k < i; k++)
        left += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
      /* "such as A and B": two items, each of two words or more. */
      if ((commas > 0 || fkg_tok_cue(w, i + 1, FKG_CUE_PRACTICE, NULL) || left >= 2) && rest >= 2 &&
          !fkg_tok_is_any(w, i + 1, pron) && !adjectives)
        cut = 1;
    }
    if (!cut) continue;
    /* A relative clause after a comma describes the item before it, and is none: "по
     * организации сельских гостиниц, где пожилые люди могут …". */
    static const char *const relative[] = {"где",     "куда",  "которые", "который", "которая",
                                           "которое", "where", "which",   "who",     "où",
                                           "qui",     "dont",  NULL};
    int relative_item = start > first && fkg_tok_is_any(w, start, relative);
    /* "le « Bureau social mobile », un service …": an indefinite phrase after a quoted name
     * says what the name is, it is no item of its own. */
    static const char *const indef[] = {"un", "une", "a", "an", NULL};
    int apposed = start > first && quoted_head(w, prev) && fkg_tok_is_any(w, start, indef);
    /* (names after a plural practice noun are its items: "les pratiques « A » (…) et
     * « Tremplin » (…)") */
    int32_t head = first + fkg_tok_definite_article(w, first);
    int listed = start > first && plural_practice_noun(w, head) && quote_mark(w, head + 1);
    if ((!headed || practice_headed(w, start, i) || quoted_head(w, start)) && !apposed &&
        !relative_item && (st = add_named_practice(w, start, i, region, by, listed)))
      return st;
    prev = start;
    start = next;
    i = next - 1;
  }
  return FKG_SUCCESS;
}

/* The region whose practices an article shows when a sentence names none: the host of a
 * visit (Делегация Удмуртии посетила Смоленщину; A delegation … visited Moscow Region), else
 * the region the article is about. */
static int32_t
home_region(const FkgWork *w)
{
  return w->host_region >= 0 ? w->host_region : w->main_region;
}

static int32_t
sentence_region(const FkgWork *w, int sent)
{
  int32_t r = region_in(w, w->doc->sents[sent].first, w->doc->sents[sent].last);
  return r >= 0 ? r : home_region(w);
}

/* ", как" / "such as" / "tels que" after a practice noun: the list to the clause end. */
static FkgStatus
match_practice_list(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t last;
  if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_LIST_INTRO, &last)) return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i), found = 0;
  for (int32_t k = i - 4 > lo ? i - 4 : lo; k < last; k++)
    if (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL)) found = 1;
  if (!found) return FKG_FAILURE;
  /* (an adverb before a verb, not a list: "a notamment présenté les ateliers …") */
  if (last < w->doc->ntoks &&
      (fkg_tok_cue(w, last, FKG_CUE_PRESENT, NULL) || fkg_tok_verb_like(w, last)))
    return FKG_FAILURE;
  /* The list runs to the clause end, or to the verb that puts its items in place (des
   * pratiques telles que A, B et C ont été mises en place). */
  int32_t end = last, hi = fkg_sent_last(w, i);
  while (end < hi && !fkg_tok_clause_end(w, end) &&
         (w->in_quote[end] || !fkg_tok_cue(w, end, FKG_CUE_IMPLEMENT, NULL)))
    end++;
  int sent = tok(w, i)->sent;
  int32_t by = person_in(w, lo, i);
  *next = end;
  return add_list(w, last, end, sentence_region(w, sent), by, 0);
}

/* A list item that opens with its region and "with" ("– le Tatarstan, avec le programme « … »
 * ;", "– Tatarstan, with the … programme", "– Татарстан — с программой «…»"): where the
 * practice starts after it, and the region in *region; else `first`. */
static int32_t
region_with_item(const FkgWork *w, int32_t first, int32_t last, int32_t *region)
{
  static const char *const with[] = {"avec", "with", "с", "со", NULL};
  int32_t k = item_region_start(w, first, last);
  if (k >= last || w->region_at[k] < 0) return first;
  int32_t r = w->region_at[k];
  while (k < last && w->region_at[k] == r)
    k++;
  if (k < last && (fkg_tok_is(w, k, ",") || spaced_dash(w, k))) k++;
  if (k + 1 >= last || !fkg_tok_is_any(w, k, with)) return first;
  *region = r;
  return k + 1;
}

/* A sentence that presents ("презентует 3 проекта:") followed by bulleted lines. */
/* The brackets that end a list item [first, last) (past a final ";" or "."), when they hold a
 * region or a presenter: "(région de Tambov ; présenté par X, chef …)", "(Удмуртия;
 * представила X)". Their region goes to *region and the person after a presenting cue to *by;
 * returns the opening bracket's token, or -1. */
static int32_t
bracket_tail(const FkgWork *w, int32_t first, int32_t last, int32_t *region, int32_t *by)
{
  int32_t close = last - 1;
  while (close > first && (fkg_tok_is(w, close, ";") || fkg_tok_is(w, close, ".")))
    close--;
  if (close <= first || !fkg_tok_is(w, close, ")")) return -1;
  int32_t open = close - 1;
  while (open > first && !fkg_tok_is(w, open, "(") && !fkg_tok_is(w, open, ")"))
    open--;
  if (open <= first || !fkg_tok_is(w, open, "(")) return -1;
  int32_t r = -1, who = -1;
  int cue = 0;
  for (int32_t k = open + 1; k < close; k++) {
    if (r < 0 && w->region_at[k] >= 0 && !cue) r = w->region_at[k];
    if (fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL) || fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL))
      cue = 1;
    if (cue && who < 0 && w->person_at[k] >= 0) who = w->people[w->person_at[k]].ent;
  }
  /* (a region first in the brackets, or a presenter: not an aside that merely names a place) */
  if (!(r >= 0 && w->region_at[open + 1] == r) && who < 0) return -1;
  if (r >= 0 && w->region_at[open + 1] == r) *region = r;
  *by = who;
  return open;
}

/* Who presented a list item, told after it on its line, tokens [first, last): the person of
 * the first sentence there that has a presenting or speaking cue ("The practice was presented
 * by X.", "Представила практику X.", "X spoke about its first results."), or -1. */
static int32_t
entry_presenter(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t k = first; k < last;) {
    int32_t se = fkg_sent_last(w, k), who = -1, cue = 0;
    if (se > last) se = last;
    for (int32_t t = k; t < se; t++) {
      if (who < 0 && w->person_at[t] >= 0) who = w->people[w->person_at[t]].ent;
      cue |= fkg_tok_cue(w, t, FKG_CUE_PRESENT, NULL) || fkg_tok_cue(w, t, FKG_CUE_SPEAKER, NULL);
    }
    if (who >= 0 && cue) return who;
    k = se > k ? se : k + 1;
  }
  return -1;
}

static FkgStatus
match_bullets(FkgWork *w, int32_t i, int32_t *next)
{
  if (!fkg_tok_is(w, i, ":") || i + 1 >= w->doc->ntoks) return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i);
  int present = 0;
  for (int32_t k = lo; k < i; k++)
    if (fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL) || fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL))
      present = 1;
  /* Lines that list sessions ("работа продолжилась на четырёх тематических площадках:") are
   * the sessions rule's: a session phrase before the colon and no practice noun outside it
   * (the platform of "four thematic platforms:" is a session's noun here). */
  int sessions_listed = 0, practice_named = 0;
  for (int32_t k = lo; k < i; k++) {
    sessions_listed |= layer(w, k, FKG_LX_SESSION)->entry != NULL;
    practice_named |= fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) && !fkg_tok_in_session_phrase(w, k);
  }
  if (sessions_listed && !practice_named) return FKG_FAILURE;
  /* Without a presenting sentence ("Les participants ont pu découvrir :") the lines must say
   * what they are: each item is kept only when a practice noun heads it. */
  int32_t region = region_in(w, lo, i);
  int32_t by = person_in(w, lo, i);
  /* "Il a présenté trois dispositifs : …": the person the pronoun points back to. */
  if (by < 0 && present && fkg_sentence_refers_back(w, tok(w, i)->sent))
    by = fkg_referent_before(w, tok(w, i)->sent);
  if (region < 0) region = home_region(w);
  int32_t j = i + 1, items = 0, mark;
  while (j < w->doc->ntoks && (tok(w, j)->flags & FKG_TOK_NL) && (mark = fkg_bullet(w, j)) > 0) {
    int32_t e = j + mark;
    while (e < w->doc->ntoks && !(tok(w, e)->flags & FKG_TOK_NL))
      e++;
    /* "– Olga Lapina, directrice adjointe …, a présenté le service « … » ;": a line that
     * opens with a person tells what that person did; the other rules read it. */
    if (w->person_at[j + mark] >= 0) {
      if (!items) break;
      j = e;
      continue;
    }
    if (present || practice_headed(w, j + mark, e) || region_headed(w, j + mark, e) ||
        named_item(w, j + mark, e)) {
      /* The item is its line's first sentence; the sentences after it on the line may say who
       * presented it ("1. « … » – … (région de Tambov). La pratique a été présentée par X."). */
      int32_t ie = fkg_sent_last(w, j + mark);
      if (ie > e) ie = e;
      int32_t item_by = ie < e ? entry_presenter(w, ie, e) : -1;
      /* "… (région de Tambov ; présenté par Sergueï Pronine, chef …) ;": the brackets at the
       * item's end say whose it is and who presented it. */
      int32_t br_region = -1, br_by = -1, open = bracket_tail(w, j + mark, ie, &br_region, &br_by);
      if (open >= 0) {
        ie = open;
        if (br_by >= 0) item_by = br_by;
      }
      int32_t own = -1, from = region_with_item(w, j + mark, ie, &own);
      if (own < 0 && br_region >= 0) own = br_region;
      /* (who presented a region's item, placed by no post of their own, works there: "4.
       * Еврейская автономная область — служба «…» (представил начальник отдела … X)") */
      int32_t head = own;
      for (int32_t k = j + mark + 1; head < 0 && k < ie && k <= j + mark + 12; k++)
        head = head_region_before(w, k);
      if (br_by >= 0 && head >= 0 && fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, br_by) < 0)
        fkg_facts_rel(w->facts, FKG_R_REPRESENTS, br_by, head);
      FkgStatus st = own >= 0 ? add_practice(w, from, ie, own,
                                             item_by >= 0    ? item_by
                                             : own == region ? by
                                                             : -1)
                              : add_practice(w, j + mark, ie, region, item_by >= 0 ? item_by : by);
      if (st) return st;
      items++;
    }
    j = e;
  }
  /* No bulleted lines, the list on the same line: "La région de Kalouga présentera trois
   * projets : le projet «Famille forte», le service de taxi social et l'école des
   * grands-parents." Only items a practice noun heads, after a presenting sentence. */
  if (j == i + 1 && present && !w->in_quote[i] && !fkg_quotes_open(w, lo, i) &&
      !(tok(w, j)->flags & FKG_TOK_NL) && (practice_headed(w, j, j + 4) || quoted_head(w, j))) {
    int32_t end = j, hi = fkg_sent_last(w, i);
    while (end < hi && !fkg_tok_clause_end(w, end))
      end++;
    *next = end;
    return add_list(w, j, end, region, by, 1);
  }
  *next = j;
  return items ? FKG_SUCCESS : FKG_FAILURE;
}

/* Whether tokens [at, k) are a numbered label, a rank: "1re place", "2nd place", "1 место",
 * "First prize" (a token that starts with a digit: 1re and 2nd are words). */
static int
numbered_label(const FkgWork *w, int32_t at, int32_t k)
{
  for (int32_t q = at; q < k; q++)
    if ((tok(w, q)->flags & FKG_TOK_NUM) ||
        (tok(w, q)->lower[0] >= '0' && tok(w, q)->lower[0] <= '9') ||
        layer(w, q, FKG_LX_ORDINAL)->entry)
      return 1;
  return 0;
}

/* The spaced dash or colon after the region that opens the line starting at token ls, or -1:
 * "1. Республика Башкортостан — …", "– Perm Krai: …", or after a short label and its dash
 * ("1st place – Perm Krai: …", "Гран-при — Пермский край — …"). *region is the region. */
static int32_t
region_entry_head(const FkgWork *w, int32_t ls, int32_t *region)
{
  int32_t n = w->doc->ntoks, at = fkg_line_entry_start(w, ls);
  int labelled = 0;
  for (int32_t k = at + 1; k + 1 < n && k <= at + 4 && !(tok(w, k)->flags & FKG_TOK_NL); k++)
    if ((spaced_dash(w, k) && w->region_at[k + 1] >= 0) ||
        (fkg_tok_is(w, k, ":") && numbered_label(w, at, k) &&
         w->region_at[item_region_start(w, k + 1, n)] >= 0)) {
      int plain = 1;
      for (int32_t q = at; q < k && plain; q++)
        plain = w->person_at[q] < 0 && w->region_at[q] < 0 && !w->in_quote[q];
      if (plain) at = k + 1;
      labelled = plain;
      break;
    }
  int32_t h = item_region_start(w, at, n);
  if (h >= n || w->region_at[h] < 0) return -1;
  int32_t d = h;
  while (d < n && (w->region_at[d] == w->region_at[h] ||
                   ((fkg_tok_is(w, d, "(") || fkg_tok_is(w, d, ")")) && d > h)))
    d++;
  /* (after a label, a comma too: "1st place - Novosibirsk Region, \"…\"") */
  if (d + 1 >= n ||
      !(spaced_dash(w, d) || fkg_tok_is(w, d, ":") || (labelled && fkg_tok_is(w, d, ","))) ||
      w->in_quote[d] || (tok(w, d + 1)->flags & FKG_TOK_NL) || !region_only(w, h, d))
    return -1;
  *region = w->region_at[h];
  return d;
}

/* Whether the line before or after the one starting at ls (blank lines apart) opens with a
 * region and its dash too: the lines are a list of regions' entries. */
static int
region_entry_neighbour(const FkgWork *w, int32_t ls)
{
  int32_t r;
  if (ls > 0 && region_entry_head(w, fkg_line_first(w, ls - 1), &r) >= 0) return 1;
  int32_t nx = ls + 1;
  while (nx < w->doc->ntoks && !(tok(w, nx)->flags & FKG_TOK_NL))
    nx++;
  return nx < w->doc->ntoks && region_entry_head(w, nx, &r) >= 0;
}

/* Whether token k opens brackets that say who made or presented what comes before them:
 * "(автор — …)", "(author: …)", "(представил …)", "(presented by …)". */
static int
author_bracket(const FkgWork *w, int32_t k)
{
  return k + 1 < w->doc->ntoks && fkg_tok_is(w, k, "(") &&
         (fkg_tok_cue(w, k + 1, FKG_CUE_AUTHOR, NULL) ||
          fkg_tok_cue(w, k + 1, FKG_CUE_PRESENT, NULL));
}

/* "1. Республика Башкортостан — «Социальный контракт плюс». Малоимущие семьи …", "– Perm
 * Krai: the "Social Business Incubator".", "2nd place – Kirov Region: early-intervention
 * service based at rural district hospitals.": an entry of a list of practices opens its line
 * with a region, a spaced dash or a colon, and the practice's name, which ends its sentence.
 * The region presents it, unless the entry goes on to quote an official of that region (Как
 * пояснил заместитель главы администрации области …), who does. */
static FkgStatus
match_region_entry(FkgWork *w, int32_t i, int32_t *next)
{
  if (!(spaced_dash(w, i) || fkg_tok_is(w, i, ":") || fkg_tok_is(w, i, ",")) || w->in_quote[i])
    return FKG_FAILURE;
  int32_t region, ls = fkg_line_first(w, i), n = w->doc->ntoks;
  if (region_entry_head(w, ls, &region) != i) return FKG_FAILURE;
  /* The name: up to the end of its clause, short, as a name is (a sentence that goes on is the
   * entry's description), with a quoted name in it or a practice noun heading it, or any
   * phrase when the lines around are entries of the same shape. The end of the line ends it
   * too, and so does a bracket that names its author ("(author: Tatyana Lind, director …)"). */
  int32_t first = i + 1, hi = fkg_sent_last(w, i), end = first;
  /* (only after a label's comma: "1. Bachkirie : les ONG sociales réunies à Oufa" is a
   * contents line, a headline with no full stop) */
  int comma = fkg_tok_is(w, i, ",");
  /* "– 1re place : la région de Nijni Novgorod, pour « Grands-parents connectés », des cours
   * …", "1st place: Perm Krai, for the "Silver Campus"": a prize's entry names what won after
   * pour, for or за, and the quoted name ends the name; what follows describes it. */
  static const char *const prize_for[] = {"pour", "for", "за", NULL};
  static const char *const det[] = {"la",  "le", "l'",  "l’",  "les",   "the",  "a",
                                    "son", "sa", "ses", "its", "their", "leur", NULL};
  /* (…or straight away: "1st place – Nenets Autonomous Okrug, "Chum Visit": home care …") */
  int32_t pcf, pcl, pclose;
  /* (what follows the name describes it: '"Generation Academy" free courses for …') */
  if (comma && first < hi && fkg_quote_span(w, first, &pcf, &pcl, &pclose) && pcl > pcf) {
    int32_t by = -1;
    for (int32_t k = pclose + 1; k < n && !(tok(w, k)->flags & FKG_TOK_NL) && by < 0; k++)
      if (w->person_at[k] >= 0 &&
          fkg_facts_has_rel(w->facts, FKG_R_REPRESENTS, w->people[w->person_at[k]].ent, region))
        by = w->people[w->person_at[k]].ent;
    *next = pclose + 1;
    return add_named_practice(w, first, pclose + 1, region, by, 1);
  }
  if (comma && first < hi && fkg_tok_is_any(w, first, prize_for)) {
    int32_t from = first + 1;
    while (from < hi && fkg_tok_is_any(w, from, det))
      from++;
    int32_t q = from;
    while (q < hi && q < from + 4 && !w->in_quote[q] && !fkg_tok_clause_end(w, q))
      q++;
    int32_t close = q;
    while (close < n && w->in_quote[close])
      close++;
    if (q == close || close >= n || !(tok(w, close)->flags & FKG_TOK_PUNCT)) return FKG_FAILURE;
    *next = close + 1;
    return add_practice(w, from, close + 1, region, -1);
  }
  while (end <= hi && end < n && !fkg_tok_clause_end(w, end) &&
         !(comma && fkg_tok_is(w, end, "(")) &&
         !(comma && end > first && (tok(w, end)->flags & FKG_TOK_NL)))
    end++;
  int line_ended =
      comma && (end >= n || (tok(w, end)->flags & FKG_TOK_NL) || fkg_tok_is(w, end, "("));
  /* (a quoted name alone after the dash, with no full stop, ends at its line's end: "1. Oblast
   * de Saratov — « Contrat social en ligne »") */
  int32_t cf, cl, close;
  if (!comma && fkg_quote_span(w, first, &cf, &cl, &close) && cl > cf &&
      (close + 1 >= n || (tok(w, close + 1)->flags & FKG_TOK_NL))) {
    end = close + 1;
    line_ended = 1;
  }
  /* (a list's ";" ends an entry too, at the end of its line) */
  int semi =
      end < n && fkg_tok_is(w, end, ";") && (end + 1 >= n || (tok(w, end + 1)->flags & FKG_TOK_NL));
  if ((end > hi && !line_ended) || !(fkg_tok_is(w, end, ".") || line_ended || semi) ||
      end - first > 12)
    return FKG_FAILURE;
  int quoted = 0;
  for (int32_t k = first; k < end && !quoted; k++)
    quoted = quote_mark(w, k);
  /* (an unquoted phrase only on a line of its own: "1. Le Kouzbass : la coordination par le
   * haut. Lors de la session …" heads a paragraph with a theme, no practice) */
  int line_ends = line_ended || end + 1 >= n || (tok(w, end + 1)->flags & FKG_TOK_NL);
  if (!quoted && !practice_headed(w, first, end) &&
      !(end - first >= 3 && line_ends && region_entry_neighbour(w, ls)))
    return FKG_FAILURE;
  /* An official of the entry's region quoted further on its line, or its author in brackets
   * ("(author: Tatyana Lind, director of …)", "(автор — …)"). */
  int32_t by = -1;
  /* (…or who presented it: "(представил начальник отдела … Михаил Шерман)", "(presented by
   * …)"; such brackets end the name wherever they stand) */
  for (int32_t k = first + 1; k + 1 < end; k++)
    if (!w->in_quote[k] && author_bracket(w, k)) {
      end = k;
      break;
    }
  int authored = author_bracket(w, end);
  for (int32_t k = end + 1; k < n && !(tok(w, k)->flags & FKG_TOK_NL) && by < 0; k++) {
    if (w->person_at[k] < 0) continue;
    int32_t person = w->people[w->person_at[k]].ent;
    if (authored || fkg_facts_has_rel(w->facts, FKG_R_REPRESENTS, person, region)) by = person;
  }
  /* …or the speaker its next line gives: "Intervenant : Koulikov D. A., chef du …". */
  int32_t nl = end;
  while (nl < n && !(tok(w, nl)->flags & FKG_TOK_NL))
    nl++;
  int32_t label_end;
  if (by < 0 && nl < n && fkg_tok_cue(w, nl, FKG_CUE_SPEAKERS_LABEL, &label_end) &&
      label_end + 1 < n && fkg_tok_is(w, label_end, ":") && w->person_at[label_end + 1] >= 0) {
    by = w->people[w->person_at[label_end + 1]].ent;
    authored = 1;
  }
  /* (the author of a region's entry, placed by no post of their own, works in that region) */
  if (authored && by >= 0 && fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, by) < 0)
    fkg_facts_rel(w->facts, FKG_R_REPRESENTS, by, region);
  *next = end;
  return add_practice(w, first, end, region, by);
}

/* A Russian reflexive verb (познакомилась, ознакомились): the subject learnt, not showed. */
static int
reflexive(const FkgWork *w, int32_t i)
{
  static const char *const ends[] = {"сь", "ся", NULL};
  return fkg_ends_with_any(tok(w, i)->lower, ends, 0);
}

/* Where the subject of the verb at token i ends (sentence from lo): auxiliaries and adverbs may
 * stand between (Perm Krai will present, Пермский край также представит, la région a également
 * présenté, the region will then show). */
static int32_t
subject_end(const FkgWork *w, int32_t lo, int32_t i)
{
  static const char *const aux[] = {"will",    "would", "has",       "have",  "had",     "also",
                                    "is",      "are",   "was",       "were",  "a",       "va",
                                    "vont",    "est",   "également", "aussi", "также",   "тоже",
                                    "впервые", "уже",   "first",     "déjà",  "already", "ont",
                                    "sont",    "then",  "ensuite",   NULL};
  int32_t k = i;
  while (k - 1 > lo && w->region_at[k - 1] < 0 && fkg_tok_is_any(w, k - 1, aux))
    k--;
  return k;
}

/* The region that is the subject of the presenting verb at token i (sentence from lo), or -1:
 * first in its sentence ("Республика Хакасия поделится опытом …", "The Altai Territory will
 * share its experience …") or just before the verb ("Также на выставке Пермский край
 * представил проект …"), and written as one of its listed, nominative forms ("Орловскую
 * область на форуме представят заместитель губернатора …" has the region as the object). */
static int32_t
subject_region(FkgWork *w, int32_t lo, int32_t i)
{
  static const char *const dets[] = {"the", "le", "la", "l'", NULL};
  static const char *const of[] = {"of", "de", "du", "d'", "from", NULL};
  int32_t k = lo + (w->region_at[lo] < 0 && fkg_tok_is_any(w, lo, dets)), end;
  if (k < i && w->region_at[k] >= 0) {
    end = k;
    while (end < i && w->region_at[end] == w->region_at[k])
      end++;
  } else {
    k = subject_end(w, lo, i);
    end = k;
    if (k - 1 < lo || w->region_at[k - 1] < 0) return -1;
    while (k - 1 >= lo && w->region_at[k - 1] == w->region_at[end - 1])
      k--;
    /* A delegation presents for its region: "La délégation de l'oblast de Vologda a présenté
     * …", "The delegation of the Amur Region presented …"; but "Делегация Псковской области
     * познакомилась с …" learnt, a reflexive verb. */
    int32_t d = k - 1;
    if (d > lo && fkg_tok_is_any(w, d, dets)) d--;
    if (d > lo && fkg_tok_is_any(w, d, of)) d--;
    if (d > lo && fkg_tok_is_any(w, d, dets)) d--;
    /* (…and so do its representatives or colleagues: "Colleagues from Primorye will present
     * …", "Представители Мордовии представили …") */
    static const char *const colleagues[] = {"colleagues", "коллеги", "collègues", NULL};
    if (d >= lo && d < k - 1 &&
        (fkg_tok_cue(w, d, FKG_CUE_DELEGATION, NULL) ||
         fkg_tok_cue(w, d, FKG_CUE_REPRESENTATIVES, NULL) || fkg_tok_is_any(w, d, colleagues)) &&
        !reflexive(w, i) && region_as_listed(w, k, end))
      return w->region_at[k];
    /* …and so does its government: "le gouvernement de Moscou a présenté …", "the Government
     * of Tatarstan presented …", "Правительство Москвы представило …" (the region in the
     * genitive, as the head noun governs it). */
    const FkgLayer *head = d >= lo && d < k ? layer(w, d, FKG_LX_ORGHEAD) : NULL;
    if (head && head->entry && head->last == d + 1 &&
        !strcmp(fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, head->entry->row, "kind"), "government") &&
        !reflexive(w, i))
      return w->region_at[k];
    /* Not a place (в Пермском крае представили …) nor the genitive of another noun
     * (Делегация Псковской области познакомилась …, Представители Мордовии …, the
     * delegation of the Pskov Region shared …). */
    if (fkg_tok_locative(w, k - 1) || fkg_tok_is_any(w, k - 1, of) ||
        (fkg_tok_is_any(w, k - 1, dets) &&
         (fkg_tok_locative(w, k - 2) || fkg_tok_is_any(w, k - 2, of))) ||
        fkg_tok_cue(w, k - 1, FKG_CUE_REPRESENTATIVES, NULL) ||
        fkg_tok_cue(w, k - 1, FKG_CUE_DELEGATION, NULL))
      return -1;
  }
  return region_as_listed(w, k, end) ? w->region_at[k] : -1;
}

/* Whether the subject of the presenting verb at token i is the region named by its common noun,
 * in a clause of its own after "that" (sentence from lo): "Olga Krylova … said that the region
 * will show the "…" network", "…, что область представит …", "… a indiqué que la région
 * présentera …". The region presents; its official only said so. */
static int
region_clause_subject(const FkgWork *w, int32_t lo, int32_t i)
{
  static const char *const dets[] = {"the", "our", "la", "notre", "l'", "l’", NULL};
  static const char *const own[] = {"наш", "наша", NULL};
  static const char *const that[] = {"that", "que", "qu'", "qu’", "что", NULL};
  int32_t k = subject_end(w, lo, i), end;
  /* the noun alone, the region's common noun (not one of its names: subject_region reads those) */
  int32_t noun = k - 1;
  if (noun <= lo || w->region_at[noun] >= 0 ||
      !fkg_tok_cue(w, noun, FKG_CUE_REGION_ANAPHOR, &end) || end != k)
    return 0;
  int32_t c = noun - 1;
  if (tok(w, noun)->flags & FKG_TOK_LAT) {
    /* (one region: "the regions will show" is every region's) */
    const char *low = tok(w, noun)->lower;
    if (low[strlen(low) - 1] == 's' || !fkg_tok_is_any(w, c, dets)) return 0;
    c--;
  } else if (fkg_tok_is_any(w, c, own)) {
    c--;
  }
  if (c > lo && fkg_tok_is(w, c, ",")) c--;
  return c >= lo && fkg_tok_is_any(w, c, that);
}

/* The region whose people are the subject of the presenting verb at token i, named by a
 * possessive that points back (sentence from lo): "La Iakoutie, sans hésitation. Ses
 * représentants ont présenté le projet « … »", "Its delegation showed …", "Её специалисты
 * представили …": the one region of the nearest sentence before that names one; -1 when the
 * subject is none such. */
static int32_t
their_people_region(const FkgWork *w, int32_t lo, int32_t i)
{
  static const char *const poss[] = {"ses", "leurs", "its", "their", "его", "её", "ее", "их", NULL};
  int32_t g = subject_end(w, lo, i) - 1;
  if (g <= lo || !fkg_tok_cue(w, g, FKG_CUE_GROUP, NULL) || !fkg_tok_is_any(w, g - 1, poss) ||
      g - 1 != lo)
    return -1;
  int sent = tok(w, lo)->sent;
  for (int s2 = sent - 1; s2 >= 0 && s2 >= sent - 2; s2--) {
    const FkgSentence *q = &w->doc->sents[s2];
    if (!fkg_region_named(w, q->first, q->last)) continue;
    return fkg_one_region(w, q->first, q->last);
  }
  return -1;
}

/* Whether the presenting cue at token i is a passive: a Russian short participle (представлены)
 * or a participle after an auxiliary (were presented, ont été présentés, были показаны). */
static int
passive_cue(const FkgWork *w, int32_t i)
{
  /* (the future and the present too: "Seront présentées les pratiques « … »", "will be
   * presented", "are presented") */
  static const char *const aux[] = {"was",    "were", "been", "be",   "are",  "été",  "sera",
                                    "seront", "sont", "был",  "была", "были", "было", NULL};
  static const char *const ends[] = {"ен", "ена", "ены", "ено", "ан", "ана", "аны", "ано", NULL};
  if (i > 0 && fkg_tok_is_any(w, i - 1, aux)) return 1;
  if (i > 1 && fkg_tok_is_any(w, i - 2, aux) && (tok(w, i - 1)->flags & FKG_TOK_WORD)) return 1;
  const char *low = tok(w, i)->lower;
  size_t n = strlen(low);
  for (int k = 0; ends[k] && (tok(w, i)->flags & FKG_TOK_CYR); k++) {
    size_t m = strlen(ends[k]);
    if (n > m + 6 && !strcmp(low + n - m, ends[k])) return 1;
  }
  return 0;
}

static int plural_unambiguous(const FkgWork *w, int32_t i);

/* A Russian object before its verb and the subject after it: "Архангельский проект «Поморская
 * усадьба» на круглом столе … представил руководитель агентства … Константин Тарабукин",
 * "Модель чувашского «Семейного МФЦ» презентовала Анна Серафимова". The sentence opens with
 * the practice (up to two adjectives, a practice noun, an adjective and a quoted name), the
 * presenting verb follows with nobody named before it, and the first person after the verb
 * presents it. */
static FkgStatus
match_fronted_object(FkgWork *w, int32_t i, int32_t *next)
{
  if (!(tok(w, i)->flags & FKG_TOK_CYR) || i != fkg_sent_first(w, i) ||
      !practice_headed(w, i, i + 4))
    return FKG_FAILURE;
  int32_t hi = fkg_sent_last(w, i);
  /* the quoted name right after the head (a noun, at most one adjective between) */
  int32_t q = i;
  while (q < hi && q < i + 4 && !w->in_quote[q])
    q++;
  if (q >= hi || !w->in_quote[q]) return FKG_FAILURE;
  int32_t close = q;
  while (close < hi && w->in_quote[close])
    close++;
  if (close >= hi || !(tok(w, close)->flags & FKG_TOK_QCLOSE)) return FKG_FAILURE;
  /* the verb, with nobody named before it */
  int32_t verb = close + 1, last = 0;
  while (verb < hi && w->person_at[verb] < 0 &&
         (w->in_quote[verb] || !fkg_tok_cue(w, verb, FKG_CUE_PRESENT, &last)))
    verb++;
  if (verb >= hi || w->person_at[verb] >= 0) return FKG_FAILURE;
  int32_t by = person_in(w, last, hi);
  if (by < 0) return FKG_FAILURE;
  *next = last;
  return add_practice(w, i, close + 1, sentence_region(w, tok(w, i)->sent), by);
}

/* The object of a presenting verb, up to the clause end, a comma, or a region in the
 * locative (в Югре) that closes the phrase. */
/* The one practice sentence `sent` named, or -1 when it named none or several (add_practice
 * keeps the last one named and its sentence). */
static int32_t
practice_of_sentence(const FkgWork *w, int sent)
{
  return w->last_practice_sent == sent && w->last_practice >= 0 ? w->last_practice : -1;
}

static FkgStatus
match_presented_object(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t last;
  if (w->in_quote[i]) return FKG_FAILURE;
  /* "spoke at the strategic session "…" about the "Neighbourhood Aid" hub": a speaking verb
   * with its venue and then its topic presents what the topic names (taken up below). */
  int spoke = 0;
  /* (an English agent noun shares the verb's stem: "Anna Kostina, presenter of the Rossiya 24
   * TV channel" presents nothing) */
  static const char *const agent_nouns[] = {"presenter", "presenters", NULL};
  if (fkg_tok_is_any(w, i, agent_nouns)) return FKG_FAILURE;
  if (!fkg_tok_cue(w, i, FKG_CUE_PRESENT, &last)) {
    if (!fkg_tok_cue(w, i, FKG_CUE_SPEAKER, &last) || last >= w->doc->ntoks ||
        !fkg_tok_venue(w, last))
      return FKG_FAILURE;
    spoke = 1;
  }
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i);
  /* (what is presented follows the verb, in its sentence) */
  if (last >= hi) return FKG_FAILURE;
  /* "Nous aimerions présenter un dispositif …", "we would like to present …": a wish,
   * nothing presented yet. */
  for (int32_t k = i - 1, end; k >= lo && k >= i - 4; k--)
    if (fkg_tok_cue(w, k, FKG_CUE_WISH, &end) && end == i) return FKG_FAILURE;
  /* "Её представила министр … X", "It was presented by X", "Elle a été présentée par X": a
   * pronoun that opens the sentence is the one practice the sentence before named, and the
   * person after the verb presented it. */
  static const char *const fronted[] = {"её", "ее", "его", "it", "elle", "il", NULL};
  if (!spoke && i <= lo + 3 && fkg_tok_is_any(w, lo, fronted)) {
    int32_t who = person_in(w, last, hi);
    int sent = tok(w, i)->sent;
    int32_t prac = sent > 0 ? practice_of_sentence(w, sent - 1) : -1;
    if (who >= 0 && prac >= 0) {
      *next = hi;
      return fkg_facts_rel(w->facts, FKG_R_PRESENTED_BY, prac, who);
    }
  }
  /* The presenter is the subject: the person named last before the verb ("М.А. Остапенко
   * остановилась на проекте …, а Баир Очиров рассказал о …" is Очиров's), or referred back to. */
  int32_t by = person_last_in(w, lo, i);
  int32_t region = sentence_region(w, tok(w, i)->sent);
  int region_clause = by >= 0 && region >= 0 && region_clause_subject(w, lo, i);
  if (region_clause) by = -1;
  /* ("Ses représentants ont présenté …": the people of the region named just before) */
  int32_t theirs = by < 0 ? their_people_region(w, lo, i) : -1;
  if (theirs >= 0) {
    region = theirs;
    region_clause = 1;
  }
  if (region_clause) w->region_subject_sent = tok(w, i)->sent;
  if (by < 0 && !region_clause && fkg_sentence_refers_back(w, tok(w, i)->sent))
    by = fkg_referent_before(w, tok(w, i)->sent);
  /* (the interviewee's "I" only where no region is the verb's subject: "Bashkortostan showed
   * something I would like every region to copy") */
  if (by < 0 && !region_clause && fkg_interviewee_speaks(w, tok(w, i)->sent) &&
      subject_region(w, lo, i) < 0)
    by = fkg_interviewee(w);
  int32_t start = last;
  if (by < 0 && !region_clause) {
    /* A fronted cue, the subject and its verb after it: "В качестве примера Фролов привёл
     * программу …", "As an example, Petrov cited …". */
    int32_t k = start + fkg_tok_is(w, start, ",");
    if (k < hi && w->person_at[k] >= 0) {
      const FkgPersonMention *pm = &w->people[w->person_at[k]];
      int32_t verb_end;
      if (fkg_tok_cue(w, pm->last, FKG_CUE_PRESENT, &verb_end)) {
        by = pm->ent;
        start = verb_end;
      } else if (fkg_tok_verb_like(w, pm->last)) {
        by = pm->ent;
        start = pm->last + 1;
      }
    }
  }
  /* A passive with no agent ("были представлены проекты «A» и «B»", "ont été présentés les
   * projets « A » et « B »", "were presented: …"): the region of the sentence, or of the
   * article, shows them, when they are named in quotation marks. */
  int passive = 0;
  /* A presenter placed in a region, in a sentence that names none, presents for that region,
   * not the article's: "j'ai parlé de notre programme « … »" in an interview with Tuva's
   * minister, published about a forum in Khakassia. */
  if (by >= 0) {
    const FkgSentence *bs = &w->doc->sents[tok(w, i)->sent];
    int32_t rep = fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, by);
    if (rep >= 0 && region_in(w, bs->first, bs->last) < 0) region = w->facts->rels[rep].o;
  }
  /* "На экспертной сессии министр представила проект …": a post just before the verb is the
   * person named before who holds it; when nobody does, the region presents. */
  int post_subject = by < 0 && i > lo && layer(w, i - 1, FKG_LX_POST)->entry &&
                     !(tok(w, i - 1)->flags & FKG_TOK_CAP) && w->person_at[i - 1] < 0;
  if (post_subject) by = fkg_post_holder_before(w, i - 1);
  if (by < 0 && !region_clause && !(post_subject && region >= 0)) {
    /* (the subject of its own clause: "Kuzbass showcased …; Yugra presented …; Yamal
     * described …") */
    int32_t clo = i;
    while (clo > lo && !fkg_tok_is(w, clo - 1, ";"))
      clo--;
    int32_t r = subject_region(w, clo, i);
    if (r < 0 && !(passive = passive_cue(w, i))) return FKG_FAILURE;
    by = -1;
    if (r >= 0) region = r;
  }
  static const char *const preps[] = {"об", "о", "about", "on", NULL};
  if (fkg_tok_is_any(w, start, preps) && ++start >= hi) return FKG_FAILURE;
  /* An auxiliary right after the cue word makes it a noun, the subject of its own verb: "The
   * presentations are available online afterwards" presents nothing. */
  static const char *const aux[] = {"should", "will", "would", "can",     "could", "must",
                                    "may",    "is",   "are",   "was",     "were",  "has",
                                    "have",   "had",  "doit",  "doivent", "sera",  "seront",
                                    "est",    "sont", "будет", "будут",   NULL};
  if (start < hi && fkg_tok_is_any(w, start, aux)) return FKG_FAILURE;
  /* To whom, in the dative plural, before what: "представила коллегам «…»", "рассказал
   * участникам форума о проекте …". */
  static const char *const dative[] = {"ам", "ям", NULL};
  if (start + 1 < hi && (tok(w, start)->flags & FKG_TOK_CYR) &&
      !(tok(w, start)->flags & FKG_TOK_CAP) && !w->in_quote[start] &&
      !fkg_tok_cue(w, start, FKG_CUE_PRACTICE, NULL) &&
      fkg_ends_with_any(tok(w, start)->lower, dative, 3)) {
    start++;
    for (int k = 0; k < w->nevents; k++)
      if (w->events[k].first == start && w->events[k].last < hi) start = w->events[k].last;
    /* (…of a session, named by its bare noun: "представил участникам дискуссии …") */
    const FkgLayer *sl = layer(w, start, FKG_LX_SESSION);
    if (sl->entry && sl->last < hi && !w->in_quote[start])
      start = sl->last;
    else if (start + 1 < hi && !w->in_quote[start] &&
             (fkg_tok_session_noun(w, start) || layer(w, start, FKG_LX_EVENTTYPE)->entry))
      start++;
    if (fkg_tok_is_any(w, start, preps) && ++start >= hi) return FKG_FAILURE;
  }
  /* Where it was presented comes first: "представила на VIII Форуме … опыт работы …", "a
   * évoqué à la tribune de la plénière le « … »", "presented at the round table "…" the …". */
  /* (French "sur" before a session is its place too: "a présenté sur la plateforme thématique
   * … le programme « … »") */
  int sur_session = 0;
  if (fkg_tok_is(w, start, "sur"))
    for (int32_t k = start + 1; k < hi && k <= start + 3 && !sur_session; k++)
      sur_session = layer(w, k, FKG_LX_SESSION)->entry != NULL;
  if (fkg_tok_venue(w, start) || sur_session) {
    int32_t at = start;
    for (int k = 0; k < w->nevents; k++)
      if (w->events[k].first > start && w->events[k].first <= start + 3 && w->events[k].last < hi) {
        at = w->events[k].last;
        break;
      }
    for (int32_t k = start + 1; at == start && k < hi && k <= start + 5 && !w->in_quote[k]; k++) {
      const FkgLayer *sl = layer(w, k, FKG_LX_SESSION);
      /* (or a bare session noun: "lors de la même session") */
      if (!sl->entry && fkg_tok_session_noun(w, k)) sl = layer(w, k, FKG_LX_EVENTTYPE);
      if (!sl->entry || sl->last >= hi) continue;
      at = sl->last;
      int32_t cf, cl, close; /* with its title */
      if (fkg_quote_span(w, at, &cf, &cl, &close) && w->in_session && w->in_session[cf])
        at = close + 1;
    }
    /* (a place that is no session nor event, "на выставке региональных практик", "at the
     * fair of regional practices": the object starts at the practice noun whose quoted name
     * follows a few words on) */
    for (int32_t k = start + 1; at == start && k < hi && k <= start + 8 && !w->in_quote[k]; k++) {
      int32_t cue_end, cf, cl, close;
      if (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &cue_end) && cue_end < hi &&
          !plural_unambiguous(w, k) && fkg_quote_span(w, cue_end, &cf, &cl, &close))
        at = k;
    }
    /* (what the session is given to, "consacrée à l'inclusion", "dedicated to ageing", is
     * part of the place: the object starts at the determiner after it) */
    static const char *const devoted[] = {
        "consacrée",   "consacré",    "consacrées", "consacrés",   "dédiée",
        "dédié",       "dedicated",   "devoted",    "посвящённой", "посвященной",
        "посвящённом", "посвященном", NULL};
    static const char *const devoted_to[] = {"à", "to", "of", "de", NULL};
    static const char *const obj_dets[] = {"le",  "la",    "les", "l'",    "l’",
                                           "son", "sa",    "ses", "leur",  "the",
                                           "its", "their", "our", "notre", NULL};
    if (at > start && at + 2 < hi && fkg_tok_is_any(w, at, devoted))
      for (int32_t k = at + 2; k < hi && k <= at + 7; k++) {
        if (fkg_tok_is(w, k, ",") || fkg_tok_clause_end(w, k)) break;
        if (fkg_tok_is_any(w, k, obj_dets) && !fkg_tok_is_any(w, k - 1, devoted_to)) {
          at = k;
          break;
        }
      }
    /* A verb after the place: the participle described its subject ("the practices presented
     * at the session should be taken into account …"), and nothing is named after it. */
    if (at > start && at < hi && (fkg_tok_verb_like(w, at) || fkg_tok_is_any(w, at, aux)))
      return FKG_FAILURE;
    /* …with its topic: "a présenté au cours de la table ronde sur les soins de longue durée
     * notre projet de …": a possessive opens the object. */
    static const char *const topic[] = {"sur", "on", "about", "о", "об", "по", NULL};
    static const char *const poss[] = {"notre", "nos",   "son", "sa",   "ses",
                                       "leur",  "leurs", "our", "its",  "their",
                                       "свой",  "свою",  "наш", "нашу", NULL};
    /* (after a speaking verb the topic is what was presented, possessive or not) */
    /* (only "about" and "о", which a session's own topic does not take: "spoke at the round
     * table on rural services", "выступил на круглом столе по …"; and only a named thing, a
     * quoted name or a practice noun) */
    static const char *const about[] = {"about", "о", "об", NULL};
    if (spoke) {
      if (at == start || at + 1 >= hi || !fkg_tok_is_any(w, at, about)) return FKG_FAILURE;
      int named = practice_headed(w, at + 1, hi);
      for (int32_t k = at + 1; k < hi && k <= at + 4 && !named; k++)
        named = quote_mark(w, k);
      if (!named) return FKG_FAILURE;
      at++;
    } else if (at > start && at < hi && fkg_tok_is_any(w, at, topic))
      for (int32_t k = at + 1; k < hi && k <= at + 8 && !w->in_quote[k]; k++) {
        if (fkg_tok_is(w, k, ",") || fkg_tok_clause_end(w, k)) break;
        if (fkg_tok_is_any(w, k, poss)) {
          at = k + 1;
          break;
        }
        /* (or a practice noun with its article and a quoted name: "présenté à la session
         * d'experts sur la santé mentale des seniors le projet « … »") */
        int32_t cf, cl, close;
        if (fkg_tok_definite_article(w, k) && practice_headed(w, k, hi) &&
            ((k + 2 < hi && fkg_quote_span(w, k + 2, &cf, &cl, &close)) ||
             (k + 3 < hi && fkg_quote_span(w, k + 3, &cf, &cl, &close)))) {
          at = k;
          break;
        }
      }
    start = at;
  } else if (spoke) {
    return FKG_FAILURE;
  }
  if (start >= hi) return FKG_FAILURE;
  /* "will present on September 11 a mobile team …", "представит 11 сентября проект …": the
   * day it is presented comes before what. */
  static const char *const on_day[] = {"on", "le", NULL};
  for (int q = w->date_in_sent[tok(w, start)->sent]; q >= 0 && q < w->ndates; q++) {
    int32_t ds = w->dates[q].first;
    if (ds < start) continue;
    if (ds == start || (ds == start + 1 && fkg_tok_is_any(w, start, on_day))) {
      if (w->dates[q].last < hi) start = w->dates[q].last;
      break;
    }
    if (ds > start + 1) break;
  }
  /* …or a stand or exhibition: "a présenté sur son stand l'« École … »", "представила на
   * своём стенде …", "showcased at its stand …". */
  static const char *const at_stand[] = {"sur", "à", "au", "на", "at", "on", "dans", "in", NULL};
  if (fkg_tok_is_any(w, start, at_stand))
    for (int32_t k = start + 1; k < hi && k <= start + 3 && !w->in_quote[k]; k++) {
      int32_t stand_end;
      if (fkg_tok_cue(w, k, FKG_CUE_STAND, &stand_end)) {
        start = stand_end;
        break;
      }
    }
  /* …or its audience: "a présenté devant les participants du forum le programme « … »",
   * "представил перед участниками форума проект …": what was presented starts at the first
   * practice noun or quoted name after it. */
  static const char *const audience[] = {"devant", "перед", "before", NULL};
  if (fkg_tok_is_any(w, start, audience)) {
    int32_t k = start + 1;
    while (k < hi && k <= start + 8 && !fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) &&
           !quote_mark(w, k) && !fkg_tok_clause_end(w, k) && !fkg_tok_is(w, k, ","))
      k++;
    if (k >= hi || k > start + 8 || fkg_tok_clause_end(w, k) || fkg_tok_is(w, k, ","))
      return FKG_FAILURE;
    /* (with its article: "le programme") */
    start = k > start + 1 && fkg_tok_definite_article(w, k - 1) ? k - 1 : k;
  }
  /* "showed something I would like every region to copy: a social franchising scheme …": an
   * indefinite pronoun names nothing; what it stands for follows the clause's colon. */
  static const char *const something[] = {"something", "что-то", "нечто", NULL};
  int vague = fkg_tok_is_any(w, start, something) ||
              (fkg_tok_is(w, start, "quelque") && fkg_tok_is(w, start + 1, "chose"));
  if (vague) {
    int32_t k = start + 1;
    while (k < hi && !fkg_tok_is(w, k, ":") && !fkg_tok_clause_end(w, k))
      k++;
    if (k + 1 >= hi || !fkg_tok_is(w, k, ":")) return FKG_FAILURE;
    start = k + 1;
  }
  /* What was put in place, not the putting: опытом реализации X, experience of implementing X,
   * expérience de mise en œuvre de X. */
  int32_t impl_end;
  if (fkg_tok_cue(w, start, FKG_CUE_IMPLEMENT, &impl_end)) start = impl_end;
  /* The object is a noun phrase: not a clause (que, что, that), a place, a company (поделились
   * опытом с коллегами), a domain (поделилась опытом по сопровождению …) or who presented it
   * (practices presented by other regions). */
  static const char *const clause[] = {"что",
                                       "que",
                                       "qu'",
                                       "that",
                                       "dans",
                                       "в",
                                       "in",
                                       "à",
                                       "с",
                                       "со",
                                       "with",
                                       "avec",
                                       "по",
                                       "вместе",
                                       /* the agent of a passive: */ "by",
                                       "par",
                                       /* a place, "внедрим у себя": */ "у",
                                       NULL};
  /* (an English adverb before it: "launched jointly with the police" says how, and with whom) */
  static const char *const adverb[] = {"ly", NULL};
  if (w->doc->lang == FKG_LANG_EN && start + 1 < hi && !w->in_quote[start] &&
      fkg_ends_with_any(tok(w, start)->lower, adverb, 2) && fkg_tok_is_any(w, start + 1, clause))
    return FKG_FAILURE;
  /* "cite volontiers l'exemple …", "also presented …": an adverb says how, the object follows. */
  static const char *const adverbs[] = {"volontiers", "également", "aussi", "notamment", "ensuite",
                                        "encore",     "souvent",   "also",  "then",      "again",
                                        "notably",    "также",     "тоже",  "вновь",     "снова",
                                        "ещё",        "еще",       NULL};
  /* (adverbs' endings, not the nouns' -ement: accompagnement, logement) */
  static const char *const fr_adverb[] = {"ivement", "llement", "iquement", "amment",
                                          "emment",  "blement", "èrement",  "ètement",
                                          "uement",  "ément",   NULL};
  /* (and so does a phrase of three words that turns to the subject: "a présenté quant à elle
   * le projet …", "pour sa part", "de son côté", "for her part", "в свою очередь") */
  static const char *const turn1[] = {"quant", "pour", "de", "for", "в", NULL};
  static const char *const turn2[] = {"à",   "sa",    "son",  "leur", "her",
                                      "his", "their", "свою", NULL};
  static const char *const turn3[] = {"elle", "lui",   "eux",     "elles", "part",
                                      "côté", "côtés", "очередь", NULL};
  for (int moved = 1; moved;) {
    while (
        start + 2 < hi && !w->in_quote[start] &&
        (fkg_tok_is_any(w, start, adverbs) ||
         (w->doc->lang == FKG_LANG_FR && fkg_ends_with_any(tok(w, start)->lower, fr_adverb, 2) &&
          !(tok(w, start)->flags & FKG_TOK_CAP) && !fkg_tok_cue(w, start, FKG_CUE_PRACTICE, NULL))))
      start++;
    moved = start + 4 < hi && !w->in_quote[start] && fkg_tok_is_any(w, start, turn1) &&
            fkg_tok_is_any(w, start + 1, turn2) && fkg_tok_is_any(w, start + 2, turn3);
    if (moved) start += 3 + fkg_tok_is(w, start + 3, ",");
  }
  if (fkg_tok_is_any(w, start, clause)) return FKG_FAILURE;
  /* A participle with its agent after it presents nothing of its own: ", présenté cette
   * semaine par le ministre …" (match_agent_participle reads the name before it). */
  {
    int32_t time_end, a = start;
    if (fkg_tok_cue(w, a, FKG_CUE_TIME, &time_end)) a = time_end;
    if (a < hi && fkg_tok_is_any(w, a, by_words)) return FKG_FAILURE;
  }
  /* "showed how their "Employer Club" unites 60 companies", "a expliqué comment fonctionne
   * « … »": a "how" clause names its quoted thing, with a possessive before it; the rest tells
   * how it works. Without a quoted name near, the clause is the object ("described how job
   * coaches work inside large enterprises"). */
  static const char *const how[] = {"how", "comment", NULL};
  if (fkg_tok_is_any(w, start, how)) {
    int32_t q = start + 1;
    while (q < hi && q <= start + 4 && !w->in_quote[q])
      q++;
    int32_t close = q;
    while (close < hi && w->in_quote[close])
      close++;
    if (q < hi && w->in_quote[q] && q - 1 > start && close < hi) {
      *next = close + 1;
      return add_practice(w, q - 1, close + 1, region, by);
    }
  }
  /* "introduced his Tatarstan colleagues to the Kirov Region's "…" project": those shown it
   * come first, and the thing after "to". */
  for (int32_t k = start + 1; k < hi && k <= start + 5 && !w->in_quote[k]; k++)
    if (fkg_tok_is(w, k, "to") && recipient_word(w, k - 1) && k + 1 < hi) {
      start = k + 1;
      break;
    }
  /* "who presented the project to the jury", "launched a pilot earlier": a bare practice noun
   * after an article names nothing of its own (the definite one points back), when no quoted
   * name and no dependents of its own follow. */
  {
    static const char *const art[] = {"the", "a", "an", "this", "that", NULL};
    static const char *const after[] = {"to",    "at",     "in",    "on",    "earlier",
                                        "later", "before", "again", "there", "here",
                                        "too",   "as",     NULL};
    int32_t cue_end;
    if (fkg_tok_is_any(w, start, art) && start + 1 < hi &&
        fkg_tok_cue(w, start + 1, FKG_CUE_PRACTICE, &cue_end) && cue_end == start + 2 &&
        (cue_end >= hi || fkg_tok_clause_end(w, cue_end) || fkg_tok_is(w, cue_end, ",") ||
         fkg_tok_is_any(w, cue_end, after)))
      return FKG_FAILURE;
  }
  /* "запустили её у себя", "presented it to colleagues": a pronoun stands for what was named
   * before (its possessive reading, "её программу «…»", goes on to a name). */
  static const char *const pronoun[] = {"её", "ее", "его", "it", NULL};
  if (fkg_tok_is_any(w, start, pronoun)) {
    int quoted = 0;
    for (int32_t k = start + 1; k < hi && k <= start + 4 && !quoted; k++)
      quoted = quote_mark(w, k);
    if (!quoted) return FKG_FAILURE;
  }
  /* "…, которую в крае реализуют вместе с …": the verb's object is the relative pronoun's
   * antecedent, named before. */
  for (int32_t k = i - 1; k >= lo && !fkg_tok_is(w, k, ","); k--)
    if (fkg_tok_is(w, k, "которую")) return FKG_FAILURE;
  /* "Орловскую область представят заместитель губернатора X": who represents, not what. */
  if (layer(w, start, FKG_LX_POST)->entry) return FKG_FAILURE;
  /* "рассказала об итогах участия республики в форуме", "spoke about the results of the
   * visit": what came of something is no thing presented, unless a quoted name follows. */
  {
    static const char *const outcome[] = {"итоги",       "итогах",       "итогам",    "результаты",
                                          "результатах", "впечатлениях", "results",   "outcomes",
                                          "outcome",     "impressions",  "résultats", "bilan",
                                          NULL};
    int32_t h = start + fkg_tok_definite_article(w, start);
    if (h < hi && fkg_tok_is_any(w, h, outcome)) {
      int quoted = 0;
      for (int32_t k = h + 1; k < hi && k <= h + 8 && !quoted && !fkg_tok_clause_end(w, k); k++)
        quoted = quote_mark(w, k);
      if (!quoted) return FKG_FAILURE;
    }
  }
  int32_t end = start;
  /* A quoted name runs to its closing quote, commas and all (« Kalouga, territoire ami des
   * aînés »). */
  while (end < hi && (w->in_quote[end] || listed_next(w, end) ||
                      (!fkg_tok_clause_end(w, end) && !fkg_tok_is(w, end, ",") &&
                       w->person_at[end] < 0 && !fkg_tok_verb_like(w, end)))) {
    /* "has introduced practices such as A, B": the list is match_practice_list's. */
    if (!w->in_quote[end] && fkg_tok_cue(w, end, FKG_CUE_LIST_INTRO, NULL)) return FKG_FAILURE;
    if (!w->in_quote[end] && end > start && coordinated_verb(w, end)) break;
    /* "… project at the forum", "… на форуме": where it was presented ends the object. */
    if (!w->in_quote[end] && fkg_tok_venue(w, end)) {
      int event = 0;
      for (int32_t k = end + 1; k < hi && k <= end + 3 && !event; k++)
        event = layer(w, k, FKG_LX_EVENTTYPE)->entry || layer(w, k, FKG_LX_SESSION)->entry ||
                (w->in_session && w->in_session[k]); /* (a session's title: au « … ») */
      if (event) break;
    }
    /* "share its methodology with all interested regions", "поделились опытом с коллегами":
     * with whom it was shared ends it. */
    if (!w->in_quote[end] && end > start && recipients(w, end)) break;
    if (!w->in_quote[end] && fkg_tok_symbol(w, end)) break;
    static const char *const loc[] = {"в", "во", "in", "dans", NULL};
    if (!w->in_quote[end] && fkg_tok_is_any(w, end, loc) &&
        ((end + 1 < hi && w->region_at[end + 1] >= 0) ||
         (end + 2 < hi && w->region_at[end + 2] >= 0) ||
         (end + 3 < hi && w->region_at[end + 3] >= 0)))
      break;
    end++;
  }
  /* "представила практику сопровождения семей, воспитывающих детей с инвалидностью,
   * «Ступени».": a clause set off by commas between the noun and its quoted name, which ends
   * the sentence, belongs to the object. */
  if (end < hi && fkg_tok_is(w, end, ",") && !w->in_quote[end] && end > start) {
    int32_t k = end + 1;
    while (k < hi && k <= end + 10 && !fkg_tok_is(w, k, ",") && !fkg_tok_clause_end(w, k) &&
           !w->in_quote[k] && !quote_mark(w, k) && w->person_at[k] < 0 && !fkg_tok_verb_like(w, k))
      k++;
    int32_t cf, cl, close;
    if (k > end + 1 && k + 1 < hi && fkg_tok_is(w, k, ",") &&
        fkg_quote_span(w, k + 1, &cf, &cl, &close) && close + 1 <= hi &&
        (close + 1 == hi || fkg_tok_clause_end(w, close + 1)))
      end = close + 1;
  }
  /* "cite volontiers l'exemple de sa propre région", "the example of the Vologda Region": an
   * example of a place, with no practice noun or name in it, names no practice. */
  {
    static const char *const example[] = {"exemple", "example", "пример", NULL};
    static const char *const of[] = {"de", "d'", "d’", "du", "of", NULL};
    int32_t h = start + fkg_tok_definite_article(w, start);
    if (h + 1 < end && fkg_tok_is_any(w, h, example) && fkg_tok_is_any(w, h + 1, of)) {
      int named_in = 0;
      for (int32_t k = h + 1; k < end && !named_in; k++)
        named_in = w->in_quote[k] || fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) ||
                   fkg_tok_cue(w, k, FKG_CUE_INSTITUTION, NULL);
      if (!named_in) return FKG_FAILURE;
    }
  }
  /* "представит три проекта:": a count, whose items the bulleted lines give (match_bullets). */
  int named_obj = 0;
  for (int32_t k = start; k < end; k++)
    named_obj |= w->in_quote[k];
  /* "a présenté une approche plus classique mais d'une autre ampleur : le programme « … »",
   * "une version plus modeste de la même logique, le « Bus de la santé »": an unnamed phrase
   * with an indefinite article says what kind of thing it is, and the name in apposition after
   * it is the practice. */
  static const char *const indef[] = {"un", "une", "a", "an", NULL};
  if (!named_obj && fkg_tok_is_any(w, start, indef) && end + 2 < hi &&
      (fkg_tok_is(w, end, ":") || fkg_tok_is(w, end, ","))) {
    int32_t k = end + 1, noun_end, cf, cl, close;
    if (fkg_tok_definite_article(w, k)) k++;
    int32_t q = fkg_tok_cue(w, k, FKG_CUE_PRACTICE, &noun_end) ? noun_end : k;
    if (q < hi && fkg_quote_span(w, q, &cf, &cl, &close) && cl > cf && close < hi) {
      start = k;
      end = close + 1;
      named_obj = 1;
    }
  }
  /* "a cité une baisse sensible du nombre de divorces", "reported a 20% increase": a change
   * in a figure is a result, no practice. */
  static const char *const change[] = {"baisse",    "hausse",     "augmentation", "diminution",
                                       "réduction", "increase",   "decrease",     "drop",
                                       "decline",   "growth",     "rise",         "снижение",
                                       "рост",      "увеличение", "сокращение",   NULL};
  if (!named_obj) {
    int32_t h = start;
    while (h < end && h < start + 3 &&
           (fkg_tok_is_any(w, h, indef) || fkg_tok_definite_article(w, h) ||
            ((tok(w, h)->flags & FKG_TOK_WORD) && !fkg_tok_is_any(w, h, change) && h + 1 < end &&
             fkg_tok_is_any(w, h + 1, change))))
      h++;
    if (h < end && fkg_tok_is_any(w, h, change)) return FKG_FAILURE;
  }
  /* …but a quoted name before a colon is named, the colon starts its description
   * (le service « Nomade social » : des équipes mobiles …). */
  /* (A longer phrase that counts nothing is named, and the colon starts its description:
   * "представила республиканский реестр наставников для приёмных семей: к каждой семье …".) */
  static const char *const indefinite[] = {"un", "une", "a", "an", NULL};
  int words = 0; /* content words: not "un dispositif original :" */
  for (int32_t k = start; k < end; k++)
    words += (tok(w, k)->flags & FKG_TOK_WORD) && !fkg_tok_function_word(w, k) &&
             !fkg_tok_is_any(w, k, indefinite);
  int described = words >= 3 && !count_word(w, start) && !plural_unambiguous(w, start) &&
                  !plural_practice_noun(w, start);
  if (end - start < 2 || (fkg_tok_is(w, end, ":") && !named_obj && !described)) return FKG_FAILURE;
  /* "Кузбасс поделился практиками поддержки семей": a plural practice noun with no name
   * is a group of practices, none of them named. */
  if (!named_obj && fkg_tok_cue(w, start, FKG_CUE_PRACTICE, NULL) && plural_unambiguous(w, start))
    return FKG_FAILURE;
  if (passive) {
    int quoted = 0;
    for (int32_t k = start; k < end; k++)
      quoted |= w->in_quote[k];
    if (!quoted || region < 0) return FKG_FAILURE;
    *next = end;
    return add_list(w, start, end, region, -1, 0);
  }
  *next = end;
  /* Two named things joined (программу «Социальный участковый» и практику «Семейный МФЦ»): a
   * conjunction before a practice noun or a quotation starts the second. */
  static const char *const conj[] = {"и", "and", "et", NULL};
  int32_t from = start;
  for (int32_t k = start + 1; k + 1 < end; k++) {
    if (listed_next(w, k)) {
      FkgStatus st = add_practice(w, from, k, region, by);
      if (st) return st;
      from = k + 1;
      continue;
    }
    if (w->in_quote[k]) continue;
    /* "ainsi que", "as well as", "а также" join two things whatever the second is named by
     * ("le programme « … » ainsi que le réseau des centres familiaux de la capitale"); a bare
     * "и", "and", "et" only before a practice noun or a quotation. */
    int32_t after = k + 1, strong = 1;
    if (fkg_tok_is(w, k, "ainsi") && fkg_tok_is(w, k + 1, "que"))
      after = k + 2;
    else if (fkg_tok_is(w, k, "а") && fkg_tok_is(w, k + 1, "также"))
      after = k + 2;
    else if (fkg_tok_is(w, k, "as") && fkg_tok_is(w, k + 1, "well") && fkg_tok_is(w, k + 2, "as"))
      after = k + 3;
    else if (fkg_tok_is_any(w, k, conj))
      /* (…and so does a bare one that repeats the preposition: "о программе «…» и о сети
       * пунктов проката …", "about X and about Y") */
      strong =
          fkg_tok_is(w, k + 1, "о") || fkg_tok_is(w, k + 1, "об") || fkg_tok_is(w, k + 1, "about");
    else
      continue;
    if (after + 1 >= end) continue;
    /* A gapped clause, another region and its own thing: "the Vologda Region will showcase its
     * "…" online service and the Arkhangelsk Region its floating social service station". */
    static const char *const its[] = {"its", "their", "son", "sa", "ses", "leur", "leurs", NULL};
    int32_t r = after + fkg_tok_definite_article(w, after), re = r;
    while (re < end && w->region_at[re] >= 0 && w->region_at[re] == w->region_at[r])
      re++;
    if (re > r && re + 1 < end && fkg_tok_is_any(w, re, its)) {
      FkgStatus st = add_practice(w, from, k, region, by);
      if (st) return st;
      return add_practice(w, re + 1, end, w->region_at[r], -1);
    }
    /* "… and about technology «…»", "и о практике …", "et le projet « … »": a preposition or an
     * article after the conjunction. */
    static const char *const about[] = {"about", "о",   "об", "the", "le",
                                        "la",    "les", "l'", "l’",  NULL};
    int32_t second = after;
    while (second + 1 < end && second < k + 3 && fkg_tok_is_any(w, second, about))
      second++;
    /* …with its adjectives: "и о краевом проекте «…»" */
    int32_t noun = second;
    while (noun + 1 < end && noun < second + 2 && fkg_tok_ru_adjective_any_case(w, noun) &&
           !fkg_tok_cue(w, noun, FKG_CUE_PRACTICE, NULL))
      noun++;
    if (!strong && !fkg_tok_cue(w, noun, FKG_CUE_PRACTICE, NULL) && !quote_mark(w, second))
      continue;
    FkgStatus st = add_practice(w, from, k, region, by);
    if (st) return st;
    from = second;
    k = second - 1;
  }
  /* (the names a plural practice noun lists: "представила проекты «…» и «Мастерская»") */
  int32_t head = start + fkg_tok_definite_article(w, start);
  int listed = from > start && plural_practice_noun(w, head) && quote_mark(w, head + 1);
  return add_named_practice(w, from, end, region, by, listed);
}

/* The end of a quoted talk title's name, tokens [cf, cl) inside its quotation marks: its own
 * colon when the talk's angle comes after it ("Квотирование рабочих мест: опыт Тульской
 * области"), else the whole title; -1 when the title asks or looks back rather than names a
 * practice: a question
 * ("What NGOs expect from …", "Как …"), a span ("From the First Forum in Omsk to the Second"),
 * or an event named in it. */
static int32_t
talk_title_end(const FkgWork *w, int32_t cf, int32_t cl)
{
  static const char *const asks[] = {"what", "how",    "why",   "who",     "which",   "что",
                                     "как",  "почему", "зачем", "кто",     "comment", "pourquoi",
                                     "quel", "quelle", "quels", "quelles", NULL};
  /* (a span opens with from, от, de and closes with to, до, à: "De l'aide à l'emploi"; "Des
   * entrepreneurs issus du contrat social" names a thing) */
  static const char *const from[] = {"from", "от", "de", "du", "d'", "d’", NULL};
  static const char *const to[] = {"to", "до", "к", "à", "au", "aux", NULL};
  if (fkg_tok_is_any(w, cf, asks)) return -1;
  if (fkg_tok_is_any(w, cf, from))
    for (int32_t k = cf + 1; k < cl; k++)
      if (fkg_tok_is_any(w, k, to)) return -1;
  int32_t last = cl;
  for (int32_t k = cf, depth = 0; k < cl && last == cl; k++) {
    depth += (tok(w, k)->flags & FKG_TOK_QOPEN) != 0;
    depth -= (tok(w, k)->flags & FKG_TOK_QCLOSE) != 0 && depth > 0;
    if (depth == 0 && fkg_tok_is(w, k, ":")) last = k;
  }
  /* What follows the colon is the talk's angle when it speaks of the practice rather than
   * of what it does: its experience, its years or results, a region ("…: опыт Тульской
   * области", "…: trois ans de pratique"). Otherwise the subtitle says what the practice is
   * ("Lace cooperatives: craft employment for women in remote villages"), and the title is
   * kept whole, as written. */
  static const char *const angle[] = {
      "опыт",       "опыта",      "практика",  "практики", "итоги",   "результаты",
      "уроки",      "experience", "practice",  "results",  "lessons", "outcomes",
      "expérience", "pratique",   "résultats", "bilan",    "leçons",  NULL};
  /* …and so is a clause, a question or a span ("…: когда помощь получает вся семья", "…: des
   * clubs aux emplois"), and anything after a quoted name, which names the practice already
   * (projet « Longévité moscovite » : …). */
  static const char *const when[] = {"когда", "when", "quand", NULL};
  static const char *const span[] = {"from", "от", "de", "du", "des", "d'", "d’", NULL};
  int angled =
      last + 1 < cl && (fkg_tok_is_any(w, last + 1, asks) || fkg_tok_is_any(w, last + 1, when));
  for (int32_t k = cf; k < last && last < cl && !angled; k++)
    angled = (tok(w, k)->flags & FKG_TOK_QOPEN) || fkg_lower_is(tok(w, k)->lower, "\"");
  for (int32_t k = last + 1; k < cl && last < cl && !angled; k++)
    angled = w->region_at[k] >= 0 || fkg_tok_is_any(w, k, angle) ||
             (k > last + 1 && fkg_tok_is_any(w, last + 1, span) && fkg_tok_is_any(w, k, to));
  if (last < cl && !angled) last = cl;
  for (int k = 0; k < w->nevents; k++)
    if (w->events[k].first >= cf && w->events[k].first < last) return -1;
  return last;
}

/* A programme's bulleted line, a person, their post and, after a spaced dash, what they
 * present: "- Alexei Frolov, Chairman of the Committee on Social Policy of Saint Petersburg —
 * district long-term care coordination centres;". After the dash stands no post ("• Иванов
 * Иван Иванович — директор центра …" gives the post) and no second person. */
static FkgStatus
match_programme_topic(FkgWork *w, int32_t i, int32_t *next)
{
  if (!spaced_dash(w, i) || (tok(w, i)->flags & FKG_TOK_NL)) return FKG_FAILURE;
  int32_t ls = fkg_line_first(w, i), n = w->doc->ntoks;
  int32_t mark = fkg_bullet(w, ls);
  /* (no bullet: a line that opens with the name in a speakers' label's block, the lines
   * between them opening with names too: "Intervenants :" / "ALIEVA Patimat Magomedovna,
   * ministre … — projet « … »") */
  if (mark <= 0) {
    int32_t prev = ls > 0 ? fkg_line_first(w, ls - 1) : 0;
    for (int hop = 0; hop < 16 && prev > 0 && w->person_at[prev] >= 0; hop++)
      prev = fkg_line_first(w, prev - 1);
    mark = ls > 0 && w->person_at[ls] >= 0 && fkg_tok_cue(w, prev, FKG_CUE_SPEAKERS_LABEL, NULL)
               ? 0
               : -1;
  }
  if (mark < 0 || ls + mark >= i) return FKG_FAILURE;
  /* (the name first, or the post first: "- Deputy Chairman of … Pavel Dementyev – "…"") */
  int32_t person = -1, from = i + 1;
  for (int32_t k = ls + mark; k < i; k++)
    if (w->person_at[k] >= 0 && person < 0)
      person = w->person_at[k];
    else if (w->person_at[k] >= 0 && w->person_at[k] != person)
      return FKG_FAILURE;
  if (person < 0) return FKG_FAILURE;
  if (from >= n || (tok(w, from)->flags & FKG_TOK_NL) || layer(w, from, FKG_LX_POST)->entry ||
      w->person_at[from] >= 0)
    return FKG_FAILURE;
  int32_t end = from;
  while (end < n && !(tok(w, end)->flags & FKG_TOK_NL) && w->person_at[end] < 0 &&
         !spaced_dash(w, end))
    end++;
  if (end < n && !(tok(w, end)->flags & FKG_TOK_NL)) return FKG_FAILURE;
  /* An entry is one sentence: a line of several is an interview's answer after its dialogue
   * dash ("— Mon collègue X … Il a présenté … — et un référent le suit … . Beaucoup de …"). */
  if (tok(w, ls + mark)->sent != tok(w, end - 1)->sent &&
      !(end - 2 > from && tok(w, ls + mark)->sent == tok(w, end - 2)->sent &&
        (tok(w, end - 1)->flags & FKG_TOK_PUNCT)))
    return FKG_FAILURE;
  /* (without a bullet, only a quotation or a practice's noun there: "Хан Виктор Леонидович —
   * ведущий научный сотрудник Института …" is a post the lexicon does not know) */
  int32_t cf, cl, close, last = end;
  if (mark == 0 && !fkg_quote_span(w, from, &cf, &cl, &close) &&
      !practice_headed(w, from, end < from + 4 ? end : from + 4))
    return FKG_FAILURE;
  *next = end;
  /* A quoted talk title that fills the rest of the line: its name, up to its own colon. */
  if (fkg_quote_span(w, from, &cf, &cl, &close) && close + 1 >= end - 1) {
    int32_t e = talk_title_end(w, cf, cl);
    if (e < 0) return FKG_SUCCESS;
    /* (a talk's title is a region's practice only when a region's official gives it; a
     * federal official's or an expert's is a theme) */
    if (mark == 0 && region_in(w, ls, end) < 0 &&
        fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, w->people[person].ent) < 0)
      return FKG_SUCCESS;
    from = cf;
    last = e;
  }
  return add_practice(w, from, last, region_in(w, ls + mark, end), w->people[person].ent);
}

/* The token after the colon of a topic label that stands inside a line, after the end of
 * what comes before it (a full stop, a semicolon, a bar): "… края. Тема выступления: «…»";
 * -1 when token i opens no such label. */
static int32_t
inline_topic(const FkgWork *w, int32_t i)
{
  if (i == 0 || (tok(w, i)->flags & FKG_TOK_NL) ||
      !(fkg_tok_is(w, i - 1, ".") || fkg_tok_is(w, i - 1, ";") || fkg_tok_is(w, i - 1, "|")))
    return -1;
  /* (or the label and a practice noun before the quotation, with no colon: "… области.
   * Презентация практики «…»", "Présentation du projet « … »", "Presentation of the practice
   * "…"") */
  static const char *const of[] = {"of", "de", "du", "d'", "d’", NULL};
  int32_t n = w->doc->ntoks, end, noun_end, cf, cl, close;
  if (fkg_tok_cue(w, i, FKG_CUE_TOPIC_LABEL, &end) && end < n) {
    if (end + 1 < n && fkg_tok_is_any(w, end, of)) end++;
    if (fkg_tok_cue(w, end + fkg_tok_definite_article(w, end), FKG_CUE_PRACTICE, &noun_end) &&
        noun_end < n && fkg_quote_span(w, noun_end, &cf, &cl, &close))
      return noun_end;
  }
  /* (or a practice noun alone before it: "… Region. Practice "Arctic Caravan": …") */
  if (fkg_tok_cue(w, i, FKG_CUE_PRACTICE, &noun_end) && (tok(w, i)->flags & FKG_TOK_CAP) &&
      noun_end < n && fkg_quote_span(w, noun_end, &cf, &cl, &close))
    return noun_end;
  return fkg_topic_label_at(w, i);
}

/* A programme entry's talk, a quotation that fills its line below the entry ("– Viktor
 * Saltykov, vice-gouverneur …" / "« Le certificat familial régional : trois ans de pratique »")
 * or after a topic label ("Тема выступления: «…»"): what the entry's person presents, up to
 * the title's own colon (after it comes the talk's angle). Only for a person who speaks for a
 * region: a federal official's or a scholar's talk is a theme, not a region's practice. */
static FkgStatus
match_entry_topic(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t n = w->doc->ntoks, cf, cl, close, at;
  int32_t person = -1;
  if (tok(w, i)->flags & FKG_TOK_NL) {
    at = fkg_topic_line(w, i);
    if (at < 0) at = fkg_line_entry_start(w, i);
  } else {
    /* the label on the entry's own line, after its post: "Трошин Павел Андреевич — министр
     * … края. Тема выступления: «…»" */
    at = inline_topic(w, i);
    if (at < 0) return FKG_FAILURE;
    int32_t p = w->person_at[fkg_line_entry_start(w, fkg_line_first(w, i))];
    if (p < 0) return FKG_FAILURE;
    person = w->people[p].ent;
  }
  if (!fkg_quote_span(w, at, &cf, &cl, &close)) return FKG_FAILURE;
  int32_t end = close + 1;
  /* (on the entry's own line, a colon or a dash after the name may add what it is: "Practice
   * "Arctic Caravan": mobile social teams for remote settlements") */
  int described = person >= 0 && end < n && !(tok(w, end)->flags & FKG_TOK_NL) &&
                  (fkg_tok_is(w, end, ":") || (tok(w, end)->flags & FKG_TOK_DASH));
  while (end < n && !(tok(w, end)->flags & FKG_TOK_NL) &&
         (described || (tok(w, end)->flags & FKG_TOK_PUNCT)))
    end++;
  if (end < n && !(tok(w, end)->flags & FKG_TOK_NL)) return FKG_FAILURE;
  if (person < 0) person = fkg_entry_person_above(w, i);
  int32_t r = person >= 0 ? fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, person) : -1;
  if (r < 0) return FKG_FAILURE;
  int32_t last = talk_title_end(w, cf, cl);
  *next = end;
  if (last < 0) return FKG_SUCCESS;
  return add_practice(w, cf, last, w->facts->rels[r].o, person);
}

/* "с докладом о X выступит …": the report's topic. */
static FkgStatus
match_report_topic(FkgWork *w, int32_t i, int32_t *next)
{
  if (!(fkg_tok_is(w, i, "докладом") || fkg_tok_is(w, i, "доклад")) || !fkg_tok_is(w, i + 1, "о"))
    return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i), end = i + 2;
  while (end < hi && !fkg_tok_clause_end(w, end) && !fkg_tok_is(w, end, ",") &&
         w->person_at[end] < 0 && !layer(w, end, FKG_LX_POST)->entry) {
    const FkgToken *t = tok(w, end);
    size_t L = strlen(t->lower);
    /* a finite verb ends the topic (выступит, рассказал) */
    if ((t->flags & FKG_TOK_CYR) && L > 5 &&
        (!strcmp(t->lower + L - 4, "ит") || !strcmp(t->lower + L - 2, "л") ||
         !strcmp(t->lower + L - 4, "ла")))
      break;
    end++;
  }
  *next = end;
  return add_practice(w, i + 2, end, sentence_region(w, tok(w, i)->sent), person_in(w, lo, hi));
}

/* "опытом работы … по A, B" / "работой коллег по A, B": the list of domains. */
static FkgStatus
match_experience_list(FkgWork *w, int32_t i, int32_t *next)
{
  if (!fkg_tok_cue(w, i, FKG_CUE_PRACTICE, NULL) && !fkg_tok_is(w, i, "работой"))
    return FKG_FAILURE;
  int32_t hi = fkg_sent_last(w, i), k = i + 1;
  while (k < hi && k <= i + 3 && !fkg_tok_is(w, k, "по"))
    k++;
  if (k >= hi || !fkg_tok_is(w, k, "по") || k == i + 1) return FKG_FAILURE;
  if (!(fkg_tok_is(w, i, "опытом") || fkg_tok_is(w, i, "опыт") || fkg_tok_is(w, i, "работой")))
    return FKG_FAILURE;
  int32_t end = k + 1;
  /* A verb ends the list: "Опыт Чувашии по развитию … технологий представлен в Совете
   * Федерации". */
  while (end < hi && !fkg_tok_clause_end(w, end) && !fkg_tok_cue(w, end, FKG_CUE_PRESENT, NULL) &&
         !fkg_tok_verb_like(w, end))
    end++;
  *next = end;
  int32_t region = -1;
  /* The region whose experience it is: "опыт Республики Бурятия по организации …". */
  for (int32_t t = i + 1; t < k && region < 0; t++)
    region = w->region_at[t];
  /* The host's region: "опытом коллег в Мурманской области" elsewhere in the article. */
  for (int32_t t = 0; t < w->doc->ntoks && region < 0; t++)
    if (fkg_tok_cue(w, t, FKG_CUE_PRACTICE, NULL) && t + 3 < w->doc->ntoks)
      for (int32_t u = t + 1; u <= t + 3; u++)
        if (fkg_tok_is(w, u, "в") && w->region_at[u + 1] >= 0) region = w->region_at[u + 1];
  if (region < 0) region = w->main_region;
  return add_list(w, k + 1, end, region, -1, 0);
}

/* "делегация … ознакомилась с работой системы долговременного ухода …" on a visit: what the
 * guests learnt of is the host's practice (the region a visit cue names, else the article's).
 * "работой коллег по A, B" is match_experience_list's. */
static FkgStatus
match_learnt_work(FkgWork *w, int32_t i, int32_t *next)
{
  if (!fkg_tok_is(w, i, "работой") || i < 2 ||
      !(fkg_tok_is(w, i - 1, "с") || fkg_tok_is(w, i - 1, "со")))
    return FKG_FAILURE;
  const char *verb = tok(w, i - 2)->lower;
  if (strncmp(verb, "ознакомил", strlen("ознакомил")) != 0 &&
      strncmp(verb, "познакомил", strlen("познакомил")) != 0)
    return FKG_FAILURE;
  int32_t hi = fkg_sent_last(w, i), end = i + 1;
  while (end < hi && !fkg_tok_clause_end(w, end) && !fkg_tok_is(w, end, ",") &&
         !fkg_tok_verb_like(w, end))
    end++;
  if (end - (i + 1) < 2) return FKG_FAILURE;
  *next = end;
  int32_t region = w->host_region >= 0 ? w->host_region : w->main_region;
  return add_practice(w, i + 1, end, region, -1);
}

/* "a model of X" / "модель X" with a region in the same clause: "in the Perm region there is a
 * model of creating …". */
static FkgStatus
match_model_of(FkgWork *w, int32_t i, int32_t *next)
{
  if (!(fkg_tok_is(w, i, "model") || fkg_tok_is(w, i, "modèle")) || !fkg_tok_is(w, i + 1, "of")) {
    if (!(fkg_tok_is(w, i, "modèle") && fkg_tok_is(w, i + 1, "de"))) return FKG_FAILURE;
  }
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i), end = i + 2;
  int32_t region = -1;
  for (int32_t k = i - 1; k >= lo && k >= i - 8 && region < 0; k--)
    if (w->region_at[k] >= 0) region = w->region_at[k];
  if (region < 0) return FKG_FAILURE;
  while (end < hi && !fkg_tok_clause_end(w, end) && !fkg_tok_is(w, end, ",")) {
    static const char *const stops[] = {"which", "that", "qui", "que", NULL};
    if (fkg_tok_is_any(w, end, stops)) break;
    if (fkg_tok_is(w, end, "is") || fkg_tok_is(w, end, "are")) break;
    end++;
  }
  *next = end;
  return add_practice(w, i, end, region, -1);
}

/* A named project or programme: a practice noun followed by its quoted name, with the
 * capitalised words before it: All-Russian People's Project "X"; проект «X»; programme «X». */
static FkgStatus
match_named_project(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t cf, cl, close;
  if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_PRACTICE, NULL) ||
      !fkg_quote_span(w, i + 1, &cf, &cl, &close))
    return FKG_FAILURE;
  int32_t first = i, lo = fkg_sent_first(w, i);
  /* Capitalised words before it, with their hyphens and possessive endings (All-Russian
   * People's Project «…»). */
  while (first - 1 >= lo &&
         ((tok(w, first - 1)->flags & FKG_TOK_CAP) ||
          (((tok(w, first - 1)->flags & FKG_TOK_DASH) || fkg_tok_possessive(w, first - 1)) &&
           first - 2 >= lo && (tok(w, first - 2)->flags & FKG_TOK_CAP))) &&
         w->person_at[first - 1] < 0 && w->region_at[first - 1] < 0 && first - 1 > lo)
    first--;
  if (!(tok(w, i)->flags & FKG_TOK_CAP) && first == i) return FKG_FAILURE;
  *next = close + 1;
  /* A named project is reported, not presented by anyone in particular. */
  return add_practice(w, first, close + 1, -1, -2);
}

/* A practice noun whose ending says plural whatever its case: projects, projets; проектами,
 * проектов, практиках (программы is as often a genitive singular). */
static int
plural_unambiguous(const FkgWork *w, int32_t i)
{
  if (!(tok(w, i)->flags & FKG_TOK_CYR)) return plural_practice_noun(w, i);
  static const char *const ends[] = {"ами", "ями", "ов", "ах", "ях", NULL};
  return fkg_ends_with_any(tok(w, i)->lower, ends, 2);
}

/* Whether the quotation starting at token q is part of an event's name: the "…" of
 * 'Межрегиональный форум социальных практик «…»' names the forum, not a practice. */
static int
event_title(const FkgWork *w, int32_t q)
{
  if (!w->event_first_in) return 0;
  int sent = tok(w, q)->sent;
  for (int k = w->event_first_in[sent]; k >= 0; k = w->event_next_in[k])
    if (w->events[k].first < q && q < w->events[k].last) return 1;
  return 0;
}

/* Whether a session's name is the quotation starting at token q. */
static int
session_title(const FkgWork *w, int32_t q)
{
  return w->in_session && q + 1 < w->doc->ntoks && (w->in_session[q] || w->in_session[q + 1]);
}

/* Whether one of the last practices found holds a quoted name with the stems of tokens
 * [cf, cl). The look back is bounded, so that a long document is not practices squared. */
static int
named_before(FkgWork *w, int32_t cf, int32_t cl)
{
  int seen = 0;
  for (int32_t e = w->facts->nents - 1; e >= 0 && seen < 64; e--) {
    const FkgEntity *x = &w->facts->ents[e];
    if (x->kind != FKG_E_PRACTICE || !x->nspans) continue;
    seen++;
    /* the practice's quoted words: the tokens inside a quotation within its first span */
    int32_t k = fkg_token_at(w, x->spans[0].b);
    int32_t pf = 0, pl = -1, pc;
    for (; k < w->doc->ntoks && tok(w, k)->b < x->spans[0].e; k++)
      if (fkg_quote_span(w, k, &pf, &pl, &pc)) break;
    if (k >= w->doc->ntoks || tok(w, k)->b >= x->spans[0].e || pl - pf != cl - cf) continue;
    int same = 1;
    for (int32_t q = 0; q < cl - cf && same; q++) {
      char a[32], b[32];
      fkg_stem5(tok(w, pf + q)->lower, a, sizeof a);
      fkg_stem5(tok(w, cf + q)->lower, b, sizeof b);
      same = !strcmp(a, b);
    }
    if (same) return 1;
  }
  return 0;
}

/* The practice noun at token k or after at most two lower-case Latin words ("Family Doctor
 * for the Elderly" home-visit service), or -1. */
static int32_t
noun_after(const FkgWork *w, int32_t k)
{
  int words = 0;
  for (int32_t q = k; q < w->doc->ntoks && words <= 2 && !w->in_quote[q]; q++) {
    if (fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL)) return q;
    /* a hyphen inside a compound (home-visit) is no word of its own */
    if ((tok(w, q)->flags & FKG_TOK_DASH) && !(tok(w, q)->flags & FKG_TOK_SPACE) && q > k) continue;
    if (!(tok(w, q)->flags & FKG_TOK_LAT) || (tok(w, q)->flags & FKG_TOK_CAP) ||
        fkg_tok_function_word(w, q))
      return -1;
    words++;
  }
  return -1;
}

/* Whether token q is an abbreviation in capitals (МФЦ, НКО, NGO): its second letter is a
 * capital too, as a name's is not (Москва). */
static int
acronym(const FkgWork *w, int32_t q)
{
  const char *sf = tok(w, q)->surface, *lw = tok(w, q)->lower;
  size_t n1 = ((unsigned char)sf[0] < 0x80) ? 1 : ((unsigned char)sf[0] < 0xE0) ? 2 : 3;
  size_t n2 = sf[n1] == '\0'                   ? 0
              : ((unsigned char)sf[n1] < 0x80) ? 1
              : ((unsigned char)sf[n1] < 0xE0) ? 2
                                               : 3;
  return n2 > 0 && strlen(sf) == strlen(lw) && memcmp(sf + n1, lw + n1, n2) != 0 &&
         strlen(sf) <= 5 * n1;
}

/* The end of a practice noun's dependents from token k, before its quoted name: at most six
 * lower-case words, function words among them, and no verb, person, place, mark, quote or list
 * cue (a group noun's "telles que" lists; the caller asks this of a singular noun only)
 * ("программу поддержки семей «Биробиджанская семья»", "le programme de soutien aux familles
 * « … »"); k itself when there are none or they do not reach a quote. */
static int32_t
dependents_end(const FkgWork *w, int32_t k)
{
  int32_t q = k, cf, cl, close;
  while (q < w->doc->ntoks && q < k + 6 && !w->in_quote[q] &&
         !fkg_quote_span(w, q, &cf, &cl, &close) && (tok(w, q)->flags & FKG_TOK_WORD) &&
         (!(tok(w, q)->flags & FKG_TOK_CAP) || acronym(w, q)) && !fkg_tok_verb_like(w, q) &&
         w->person_at[q] < 0 && w->region_at[q] < 0 && !fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL) &&
         !fkg_tok_cue(w, q, FKG_CUE_LIST_INTRO, NULL))
    q++;
  return q > k && q < w->doc->ntoks && fkg_quote_span(w, q, &cf, &cl, &close) ? q : k;
}

/* A practice noun next to a quoted name, either way round: "проект «Дом возможностей»", "le
 * service « Taxi social »", "the \"Family Navigator\" project", wherever the sentence puts it
 * (under the "…" project, с помощью программы «…»). The sentence's person presents it when the
 * sentence has them speak or present (According to Gorshkov, … under the "…" project); else
 * the region the sentence names; else nobody is said to. */
/* "\"Silver Age Campus\", presented by Elvira Nurislamova, First Deputy Minister …, offers
 * …", "Проект «Тёплый подъезд», представленный министром … Анной Петровой, …", "le service
 * « … », présenté par X, …": a named thing that opens its clause, then a participle and its
 * agent after a comma. The thing is what stands before the comma, from the clause's start
 * (past an article), when a quoted name is in it; the first person after the participle, past
 * their post, presented it. */
static FkgStatus
match_agent_participle(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t cue_end, n = w->doc->ntoks;
  if (!fkg_tok_is(w, i, ",") || w->in_quote[i] || i + 1 >= n) return FKG_FAILURE;
  if (!fkg_tok_cue(w, i + 1, FKG_CUE_AGENT, &cue_end)) {
    /* (a time between the participle and its agent: "« … », présenté cette semaine par le
     * ministre …, X", "presented last week by X") */
    int32_t verb_end, time_end;
    if (!fkg_tok_cue(w, i + 1, FKG_CUE_PRESENT, &verb_end) || verb_end >= n ||
        !fkg_tok_cue(w, verb_end, FKG_CUE_TIME, &time_end) || time_end >= n ||
        !fkg_tok_is_any(w, time_end, by_words))
      return FKG_FAILURE;
    cue_end = time_end + 1;
  }
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i), first = i;
  while (first > lo && !fkg_tok_is(w, first - 1, ",") && !fkg_tok_clause_end(w, first - 1) &&
         first > i - 10)
    first--;
  if (first > lo && !fkg_tok_is(w, first - 1, ",") && !fkg_tok_clause_end(w, first - 1))
    return FKG_FAILURE;
  int quoted = 0;
  for (int32_t k = first; k < i && !quoted; k++)
    quoted = w->in_quote[k];
  if (!quoted) return FKG_FAILURE;
  int32_t by = -1;
  for (int32_t k = cue_end; k < hi && k < cue_end + 16 && by < 0 && !fkg_tok_clause_end(w, k); k++)
    if (w->person_at[k] >= 0) by = w->people[w->person_at[k]].ent;
  if (by < 0) return FKG_FAILURE;
  int32_t rep = fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, by);
  int32_t region = rep >= 0 ? w->facts->rels[rep].o : sentence_region(w, tok(w, i)->sent);
  *next = i + 1;
  return add_practice(w, first, i, region, by);
}

static FkgStatus
match_quoted_practice(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t cf, cl, close, cue_end, first = i, last, noun;
  if (w->in_quote[i] || i < w->practices_done) return FKG_FAILURE;
  if (fkg_tok_cue(w, i, FKG_CUE_PRACTICE, &cue_end) &&
      fkg_quote_span(w, plural_unambiguous(w, i) ? cue_end : dependents_end(w, cue_end), &cf, &cl,
                     &close)) {
    last = close + 1; /* проект «…», программу поддержки семей «…» */
    noun = i;
  } else if (fkg_quote_span(w, i, &cf, &cl, &close) && (noun = noun_after(w, close + 1)) >= 0 &&
             fkg_tok_cue(w, noun, FKG_CUE_PRACTICE, &cue_end)) {
    last = cue_end; /* "…" project, "…" home-visit service */
  } else {
    return FKG_FAILURE;
  }
  /* Not a group ("витринными" проектами), not the noun of a session phrase (the thematic
   * platform "…"), not a session's title, and not a name already presented (a diploma "за
   * практику «…»" after the list that named it). */
  if (plural_unambiguous(w, noun) || fkg_tok_in_session_phrase(w, noun) || session_title(w, cf) ||
      event_title(w, cf) || named_before(w, cf, cl)) {
    *next = last;
    return FKG_SUCCESS;
  }
  int sent = tok(w, i)->sent;
  const FkgSentence *s = &w->doc->sents[sent];
  /* with the Russian adjectives before the noun: межрегиональная программа «…» */
  while (first - 1 > s->first && fkg_tok_ru_adjective(w, first - 1) &&
         !(tok(w, first - 1)->flags & FKG_TOK_CAP) && first - 1 >= w->practices_done)
    first--;
  int32_t by = -2, clause = s->first; /* where the presenter's clause starts */
  if (fkg_sent_has_cue(w, sent, FKG_CUE_SPEAKER) || fkg_sent_has_cue(w, sent, FKG_CUE_PRESENT)) {
    by = person_in(w, s->first, s->last);
    if (by < 0 && fkg_sentence_refers_back(w, sent)) by = fkg_referent_before(w, sent);
    int32_t second = contrasted_person_before(w, s->first, first, &clause);
    if (second >= 0) by = second;
    /* (…but not where the region is said to present: "Olga Krylova said that the region will
     * show the "…" network, …, and the "…" pilot") */
    for (int32_t k = s->first; k < first && by >= 0; k++)
      if (fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL) && region_clause_subject(w, s->first, k))
        by = -1;
  }
  /* In an interview's answer, the one interviewed ("— D'abord le projet « … » …") */
  if (by < 0 && fkg_interviewee_speaks(w, sent)) by = fkg_interviewee(w);
  int32_t region = region_in(w, clause, s->last);
  int32_t latter = latter_region(w, s->first, first);
  if (latter >= 0 && by < 0) region = latter;
  /* "the Tomsk Region's volunteer network "Silver Hands"": the region whose it is says so
   * right before it */
  int32_t pos = first - 1;
  while (pos > s->first && w->doc->lang == FKG_LANG_EN && !(tok(w, pos)->flags & FKG_TOK_CAP) &&
         (tok(w, pos)->flags & FKG_TOK_WORD) && !fkg_tok_function_word(w, pos) && pos > first - 3)
    pos--;
  if (pos > s->first && fkg_tok_possessive(w, pos) && w->region_at[pos - 1] >= 0)
    region = w->region_at[pos - 1];
  /* (so does a sentence about an exhibition's exhibits or a stand: "Among the exhibits: …") */
  if (by == -2 && fkg_sent_has_cue(w, sent, FKG_CUE_STAND)) by = -1;
  if (by < 0 && region >= 0) by = -1;
  if (region < 0) region = home_region(w);
  last = purpose_end(w, last, s->last);
  *next = last;
  return add_practice(w, first, last, region, by);
}

/* The person a sentence opens by quoting: "По его словам, …", "Selon elle, …", "According to
 * him, …" (the person named last before it), or "По словам X, …", "Selon X, …" (that person);
 * -1 when the sentence opens otherwise. What they say is put in place, they tell of. */
static int32_t
attributed_to(const FkgWork *w, int32_t lo)
{
  static const char *const intro[] = {"по", "selon", "d'après", "d’après", "according", NULL};
  static const char *const pron[] = {"его",  "её",  "ее",  "их",  "lui",
                                     "elle", "eux", "him", "her", NULL};
  if (!fkg_tok_is_any(w, lo, intro)) return -1;
  int32_t k = lo + 1, hi = fkg_sent_last(w, lo);
  if (k < hi && (fkg_tok_is(w, k, "to") || fkg_tok_is(w, k, "словам"))) k++;
  if (k < hi && fkg_tok_is_any(w, k, pron)) {
    if (k + 1 < hi && fkg_tok_is(w, k + 1, "словам")) k++;
    return k + 1 < hi && fkg_tok_is(w, k + 1, ",") ? fkg_last_person_before(w, lo) : -1;
  }
  /* "По словам министра X, …": a post may stand before the name */
  for (int32_t q = k; q < hi && q < k + 8 && !fkg_tok_is(w, q, ","); q++)
    if (w->person_at[q] >= 0) return w->people[w->person_at[q]].ent;
  return -1;
}

/* A place in the locative, then something put in place there: "в нашем регионе утверждён
 * единый перечень …", "в автономном округе внедрена модель …", "в Воронежской области успешно
 * реализуется центр …". The implementation words are the implement cues. */
static FkgStatus
match_implemented(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t cue_end;
  if (w->in_quote[i] || !(tok(w, i)->flags & FKG_TOK_CYR) ||
      !fkg_tok_cue(w, i, FKG_CUE_IMPLEMENT, &cue_end))
    return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i);
  int place = 0;
  /* (within six words: "В регионе на базе медицинского колледжа открыта «…»") */
  for (int32_t k = i - 1; k >= lo && k >= i - 6 && !fkg_tok_is(w, k, ","); k--)
    if (w->region_at[k] >= 0 || fkg_tok_is(w, k, "регионе") || fkg_tok_is(w, k, "округе") ||
        fkg_tok_is(w, k, "области") || fkg_tok_is(w, k, "крае") || fkg_tok_is(w, k, "республике"))
      /* The place is where (в регионе, в Вологодской области, на Тамбовщине): a region in
       * another case belongs to a noun before the participle, whose subject that noun phrase
       * then is (группа, включающая ГУ МЧС по Санкт-Петербургу, была создана после того, как …). */
      for (int32_t p = k - 1; p >= lo && p >= k - 3 && !place; p--)
        place = fkg_tok_locative(w, p);
  if (!place || fkg_tok_cue(w, cue_end, FKG_CUE_LIST_INTRO, NULL)) return FKG_FAILURE;
  /* "практика «…», которую в крае реализуют вместе с …": in a relative clause the object is
   * the thing named before (match_implemented_in's), and what follows the verb is not. */
  /* (…and "проект «…», в рамках которого в каждом районе открыты клубы …": what the clause
   * tells of is part of the project) */
  static const char *const rel[] = {"которую",  "который",  "которое", "которые",
                                    "которая",  "которой",  "которых", "которым",
                                    "которого", "которому", NULL};
  for (int32_t k = i - 1; k >= lo && !fkg_tok_is(w, k, ","); k--)
    if (fkg_tok_is_any(w, k, rel)) return FKG_FAILURE;
  int32_t end = cue_end;
  while (end < hi && !fkg_tok_clause_end(w, end) && !fkg_tok_verb_like(w, end)) {
    /* the phrase ends before a participle clause: ", принимающим участие", ", включающий" */
    if (fkg_tok_is(w, end, ",") && end + 1 < hi && end > cue_end + 2) {
      const char *nx = tok(w, end + 1)->lower;
      size_t L = strlen(nx);
      if (L > 6 && (!strcmp(nx + L - 4, "щий") || !strcmp(nx + L - 4, "щим") ||
                    !strcmp(nx + L - 4, "щая") || !strcmp(nx + L - 4, "щие")))
        break;
    }
    end++;
  }
  if (end - cue_end < 2) return FKG_FAILURE;
  *next = end;
  int32_t region = -1;
  for (int32_t k = lo; k < i && region < 0; k++)
    if (w->region_at[k] >= 0) region = w->region_at[k];
  return add_practice(w, cue_end, end, region >= 0 ? region : w->main_region, attributed_to(w, lo));
}

/* Something named before its implementation in a region: "программа …, реализуемая в
 * Пензенской области"; "the family project "Warm Home", which is being implemented in Moscow
 * Oblast"; "X has been successfully implemented in Altai Territory"; "le centre …, mis en œuvre
 * dans la république de Touva". The phrase starts at the first practice noun (or centre, school)
 * of its clause,
 * with the Russian adjectives before it, and ends at the cue. Whoever the sentence names
 * before the phrase presented it (В качестве примера Фролов привёл программу …, которую
 * реализуют на Тамбовщине), else the region. */
static FkgStatus
match_implemented_in(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t cue_end;
  if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_IMPLEMENT, &cue_end)) return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i);
  /* A preposition of place within three tokens of the cue (avec succès dans), and a region
   * starting within three tokens of it (dans la république de …). */
  int32_t region = -1;
  for (int32_t k = cue_end; k < hi && k <= cue_end + 3 && region < 0; k++) {
    if (fkg_tok_clause_end(w, k) || fkg_tok_is(w, k, ",")) break;
    if (!fkg_tok_locative(w, k)) continue;
    for (int32_t r = k + 1; r < hi && r <= k + 3 && region < 0; r++)
      region = w->region_at[r];
  }
  if (region < 0) return FKG_FAILURE;
  int32_t end = i;
  if (end > lo && fkg_tok_is(w, end - 1, ",")) end--;
  /* The clause before the cue, back to a clause end, a comma outside quotation marks, a verb,
   * a person or a region, and never into a practice found already. */
  int32_t from = end;
  while (from > lo && from > w->practices_done && end - from < 16) {
    int32_t k = from - 1;
    if (!w->in_quote[k] && !quote_mark(w, k) &&
        (fkg_tok_clause_end(w, k) || fkg_tok_is(w, k, ",") || w->person_at[k] >= 0 ||
         w->region_at[k] >= 0 || fkg_tok_verb_like(w, k)))
      break;
    from = k;
  }
  int32_t head = -1;
  for (int32_t k = from; k < end && head < 0; k++)
    if (!w->in_quote[k] &&
        (fkg_tok_cue(w, k, FKG_CUE_PRACTICE, NULL) || fkg_tok_cue(w, k, FKG_CUE_INSTITUTION, NULL)))
      head = k;
  if (head < 0) return FKG_FAILURE;
  /* The words before the noun that belong to it: Russian adjectives (межведомственная
   * программа); in English any word but an article or a function word (the Open World
   * interdepartmental programme). */
  if (tok(w, head)->flags & FKG_TOK_CYR) {
    while (head - 1 >= from && fkg_tok_ru_adjective(w, head - 1))
      head--;
  } else {
    static const char *const articles[] = {"a", "an", "un", "une", NULL};
    while (head - 1 >= from && (tok(w, head - 1)->flags & FKG_TOK_WORD) &&
           !fkg_tok_function_word(w, head - 1) && !fkg_tok_is_any(w, head - 1, articles) &&
           !quote_mark(w, head - 1))
      head--;
  }
  int32_t by = person_in(w, lo, head);
  *next = cue_end;
  return add_practice(w, head, end, region, by >= 0 ? by : -1);
}

/* An initiative created by someone: "Le conseil d’administration de la Décennie de l’enfance,
 * créé à l’initiative du gouverneur …"; "проект, созданный по инициативе губернатора". The
 * noun phrase before the comma is the practice; the person speaking about it in the
 * preceding sentence presented it. */
static FkgStatus
match_created_initiative(FkgWork *w, int32_t i, int32_t *next)
{
  int32_t last;
  if (!fkg_tok_is(w, i, ",") || w->in_quote[i] || !fkg_tok_cue(w, i + 1, FKG_CUE_CREATED, &last))
    return FKG_FAILURE;
  int32_t lo = fkg_sent_first(w, i), first = lo;
  for (int32_t k = i - 1; k > lo; k--)
    if (fkg_tok_is(w, k, ",") || w->person_at[k] >= 0) {
      first = k + 1;
      break;
    }
  if (i - first < 2) return FKG_FAILURE;
  static const char *const dets[] = {"le", "la", "les", "l'", "the", "a", "un", "une", NULL};
  while (first < i && fkg_tok_is_any(w, first, dets))
    first++;
  int32_t region = -1;
  for (int32_t k = last; k < fkg_sent_last(w, i) && region < 0; k++)
    if (w->region_at[k] >= 0) region = w->region_at[k];
  int32_t by = fkg_last_person_before(w, lo);
  *next = last;
  return add_practice(w, first, i, region, by >= 0 ? by : -2);
}

/* "…had submitted three practices. The first is the "Grandparents' University", an …. The
 * second is the "Warm Home" programme, …", "Первая — «…», …", "La deuxième est le
 * « … »": a sentence that opens with an ordinal names one of the practices a count of them
 * in the eight sentences before announced (its items may have paragraphs of their own),
 * presented by whom that sentence names (its person,
 * else its region or the article's). */
static int32_t
ordinal_item_start(const FkgWork *w, int32_t i)
{
  int32_t k = fkg_ordinal_opening(w, i);
  if (k < 0) return -1;
  static const char *const dets[] = {"the", "a", "an", "le", "la", "l'", "l’", "un", "une", NULL};
  if (fkg_tok_is_any(w, k, dets)) k++;
  if (k >= w->doc->ntoks) return -1;
  if (quote_mark(w, k) || practice_headed(w, k, k + 4)) return k;
  /* (a name a few words on: 'the early-help service "First Step"') */
  for (int32_t q = k + 1; q < w->doc->ntoks && q <= k + 6 && !fkg_tok_is(w, q, ","); q++)
    if (quote_mark(w, q)) return k;
  return -1;
}

static FkgStatus
match_ordinal_item(FkgWork *w, int32_t i, int32_t *next)
{
  int sent = tok(w, i)->sent;
  if (i != w->doc->sents[sent].first) return FKG_FAILURE;
  int32_t start = ordinal_item_start(w, i);
  if (start < 0) return FKG_FAILURE;
  /* the count: "three practices", "три практики", "trois pratiques" */
  int announced = -1;
  for (int back = 1; back <= 8 && sent - back >= 0 && announced < 0; back++) {
    const FkgSentence *s = &w->doc->sents[sent - back];
    for (int32_t k = s->first; k + 1 < s->last && announced < 0; k++)
      if (count_word(w, k) &&
          (plural_practice_noun(w, k + 1) || (k + 2 < s->last && plural_practice_noun(w, k + 2))))
        announced = sent - back;
  }
  if (announced < 0) return FKG_FAILURE;
  const FkgSentence *a = &w->doc->sents[announced];
  int32_t by = person_in(w, a->first, a->last);
  /* (an interview's "we bring three practices" says what the region brings; who presents
   * each, the answers say) */
  if (by < 0 && fkg_interviewee_speaks(w, announced)) by = -2;
  int32_t region = region_in(w, a->first, a->last);
  if (region < 0) region = home_region(w);
  int32_t hi = fkg_sent_last(w, start), end = start;
  while (end < hi && (w->in_quote[end] || quote_mark(w, end) ||
                      (!fkg_tok_is(w, end, ",") && !fkg_tok_clause_end(w, end))))
    end++;
  /* (a quoted name first is the name, with a practice noun after it: '"Nutag" mobile teams'
   * are its teams, '"Warm Home" programme' is it) */
  /* (not in apposition, where the words after it are the noun the name is for: "The second
   * practice, the "Open Heart" inclusive day centre for …") */
  int32_t qf, ql, qclose, noun_end;
  int apposition =
      (start > 0 && fkg_tok_is(w, start - 1, ",")) || (start > 1 && fkg_tok_is(w, start - 2, ","));
  if (!apposition && fkg_quote_span(w, start, &qf, &ql, &qclose) && ql > qf && qclose + 1 < end) {
    int32_t cut = qclose + 1;
    if (fkg_tok_cue(w, cut, FKG_CUE_PRACTICE, &noun_end) && noun_end <= end) cut = noun_end;
    end = cut;
  }
  /* (…unless the sentence itself says who presented it: "…, was presented by X") */
  int32_t own = person_in(w, end, hi);
  if (own >= 0 &&
      (fkg_sent_has_cue(w, sent, FKG_CUE_PRESENT) || fkg_sent_has_cue(w, sent, FKG_CUE_SPEAKER)))
    by = own;
  *next = end;
  /* (an item of a counted list: one quoted word is a name there, "The main one is "Nutag"") */
  return add_named_practice(w, start, end, region, by, 1);
}

/* Whether any rule's first test can pass at token i: a list-intro, practice or presenting cue
 * there, an implement cue, a colon or comma, or one of the words the other rules start on. Most
 * tokens start no practice, and this one test spares them the ten rule calls. Each rule still makes
 * its own test; this one only has to let through every token a rule could accept. */
static int
may_start(const FkgWork *w, int32_t i)
{
  const FkgTokLex *x = w->lex_at[i];
  if (x && (x->cue_last[FKG_CUE_LIST_INTRO] || x->cue_last[FKG_CUE_PRACTICE] ||
            x->cue_last[FKG_CUE_PRESENT] || x->cue_last[FKG_CUE_IMPLEMENT] ||
            x->cue_last[FKG_CUE_SPEAKER]))
    return 1;
  const FkgToken *t = tok(w, i);
  if (fkg_lower_is(t->lower, ":") || fkg_lower_is(t->lower, ",")) return 1;
  /* match_entry_topic: a line's first token, before a topic label or a quotation */
  if ((t->flags & FKG_TOK_NL) &&
      (fkg_topic_line(w, i) >= 0 || (tok(w, fkg_line_entry_start(w, i))->flags & FKG_TOK_QOPEN)))
    return 1;
  /* match_entry_topic: a topic label inside an entry's line */
  if (x && (x->cue_last[FKG_CUE_TOPIC_LABEL] || x->cue_last[FKG_CUE_TITLE]) &&
      inline_topic(w, i) >= 0)
    return 1;
  /* match_programme_topic: the dash before a programme line's topic */
  if (spaced_dash(w, i)) return 1;
  /* match_ordinal_item: a sentence's first word, an ordinal */
  if ((i == 0 || tok(w, i - 1)->sent != t->sent) && ordinal_item_start(w, i) >= 0) return 1;
  /* match_fronted_object: a Russian sentence's first word */
  if ((t->flags & FKG_TOK_CYR) && (i == 0 || tok(w, i - 1)->sent != t->sent)) return 1;
  /* match_quoted_practice: "the \"…\" project" starts on its quote */
  if (t->flags & (FKG_TOK_QOPEN)) return 1;
  if (fkg_lower_is(t->lower, "\"")) return 1;
  /* match_report_topic, match_experience_list, match_model_of */
  static const char *const cyr[] = {"докладом", "доклад", "работой", NULL};
  static const char *const lat[] = {"model", "modèle", NULL};
  return fkg_tok_is_any(w, i, (t->flags & FKG_TOK_CYR) ? cyr : lat);
}

/* "Le projet a été exposé par Maria Kouzmina, directrice …", "The project was presented by
 * …", "Этот проект представила директор центра …": a sentence whose subject is a bare practice
 * noun after an article or a demonstrative, and whose presenting verb follows it with an agent,
 * names who presented the practice named last before it. */
static FkgStatus
passive_presenters(FkgWork *w)
{
  static const char *const dets[] = {"le",   "la",  "ce",  "cet",    "cette",  "the", "this",
                                     "этот", "эта", "это", "данный", "данная", NULL};
  /* only auxiliaries between the noun and the verb: "le projet oudmourte a été présenté par
   * …" is another project than the one named last */
  static const char *const aux[] = {"a",   "été",  "est",  "was",  "has",   "been",  "is",
                                    "был", "была", "было", "also", "aussi", "также", NULL};
  for (int sent = 1; sent < w->doc->nsents; sent++) {
    const FkgSentence *s = &w->doc->sents[sent];
    int32_t i = s->first, cue_end;
    if (i + 3 >= s->last) continue;
    /* (or a pronoun alone: "It was presented by Liliya Sabitova, director of …") */
    static const char *const pron[] = {"it", "il", "elle", "он", "она", "оно", NULL};
    if (fkg_tok_is_any(w, i, pron)) {
      cue_end = i + 1;
    } else {
      if (!fkg_tok_is_any(w, i, dets)) continue;
      i++;
      if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_PRACTICE, &cue_end) || cue_end != i + 1)
        continue;
    }
    /* the verb within four tokens (a été exposé, was presented, был представлен), then the
     * agent: after par / by, or directly in Russian */
    int32_t person = -1;
    for (int32_t k = cue_end; k < s->last && k <= cue_end + 3 && person < 0; k++) {
      int32_t vend;
      /* (a quoted or capitalised name after the noun names a practice of this sentence) */
      if ((tok(w, k)->flags & (FKG_TOK_QOPEN | FKG_TOK_CAP)) || fkg_tok_is(w, k, "\"")) break;
      if (!fkg_tok_cue(w, k, FKG_CUE_PRESENT, &vend)) {
        if (!fkg_tok_is_any(w, k, aux)) break;
        continue;
      }
      int32_t a = vend < s->last && fkg_tok_is_any(w, vend, by_words) ? vend + 1 : vend;
      if (a == vend && !(tok(w, i)->flags & FKG_TOK_CYR)) break;
      /* the agent's name, or a post and then the name (par la ministre … Anna Petrova) */
      for (int32_t q = a; q < s->last && q <= a + 8 && person < 0; q++) {
        if (w->person_at[q] >= 0) person = w->people[w->person_at[q]].ent;
        if (q > a && (fkg_tok_clause_end(w, q) || fkg_tok_is(w, q, ","))) break;
      }
      break;
    }
    if (person < 0) continue;
    /* the practice named last before the sentence */
    int32_t best = -1, best_b = -1;
    for (int32_t e = w->facts->nents - 1, seen = 0; e >= 0 && seen < 64; e--) {
      const FkgEntity *x = &w->facts->ents[e];
      if (x->kind != FKG_E_PRACTICE) continue;
      seen++;
      for (int k = 0; k < x->nspans; k++)
        if (x->spans[k].e <= tok(w, s->first)->b && x->spans[k].b > best_b) {
          best_b = x->spans[k].b;
          best = e;
        }
    }
    /* (in the sentence before, or earlier in the same paragraph: a practice of another
     * paragraph is another entry's, when this one's went unnamed) */
    if (best < 0 || (fkg_line_first(w, fkg_token_at(w, best_b)) != fkg_line_first(w, s->first) &&
                     tok(w, fkg_token_at(w, best_b))->sent != sent - 1))
      continue;
    FkgStatus st = fkg_facts_rel(w->facts, FKG_R_PRESENTED_BY, best, person);
    if (st) return st;
  }
  return FKG_SUCCESS;
}

/* A practice is presented by its region only where no person of the article is said to
 * present it: "Кузбасс – проект «Серебряный маршрут»" in a list of the delegations' projects,
 * and later "the minister presented «Серебряный маршрут»", name one presenter, the minister,
 * who speaks for the region (fkg:represents). */
static FkgStatus
region_presenters(FkgWork *w)
{
  for (int k = 0; k < w->nregion_presents; k++) {
    int32_t p = w->region_presents[2 * k], region = w->region_presents[2 * k + 1];
    int by_person = 0;
    for (int32_t r = fkg_facts_first_rel(w->facts, FKG_R_PRESENTED_BY, p); r >= 0 && !by_person;
         r = w->facts->rels[r].next_ks)
      by_person = w->facts->ents[w->facts->rels[r].o].kind == FKG_E_PERSON;
    if (by_person) continue;
    FkgStatus st = fkg_facts_rel(w->facts, FKG_R_PRESENTED_BY, p, region);
    if (st) return st;
  }
  return FKG_SUCCESS;
}

FkgStatus
fkg_rule_practices(FkgWork *w)
{
  /* The host of a visit: the region named within five tokens after a visit cue, before any
   * punctuation (studied the experience of their colleagues in Kamchatka Territory). */
  w->host_region = -1;
  for (int32_t i = 0; i < w->doc->ntoks && w->host_region < 0; i++) {
    int32_t last;
    if (w->in_quote[i] || !fkg_tok_cue(w, i, FKG_CUE_VISIT, &last)) continue;
    int guests = 0; /* the region after the verb is the visiting delegation's */
    for (int32_t k = last; k < w->doc->ntoks && k < last + 5 && w->host_region < 0; k++) {
      if ((tok(w, k)->flags & FKG_TOK_PUNCT) && w->region_at[k] < 0) break;
      if (fkg_tok_cue(w, k, FKG_CUE_DELEGATION, NULL)) guests = 1;
      if (w->region_at[k] >= 0 && guests) break;
      w->host_region = w->region_at[k];
    }
    /* "Пензенскую область … посетила делегация Республики Мордовия": with the delegation
     * after the verb, the host is the region named before it in the sentence. */
    if (w->host_region < 0 && guests)
      for (int32_t k = fkg_sent_first(w, i); k < i && w->host_region < 0; k++)
        w->host_region = w->region_at[k];
  }
  typedef FkgStatus (*Rule)(FkgWork *, int32_t, int32_t *);
  static const Rule rules[] = {
      match_region_entry,       match_practice_list,    match_bullets,
      match_fronted_object,     match_entry_topic,      match_named_project,
      match_created_initiative, match_implemented,      match_implemented_in,
      match_report_topic,       match_presented_object, match_experience_list,
      match_model_of,           match_quoted_practice,  match_programme_topic,
      match_learnt_work,        match_ordinal_item,     match_agent_participle};
  for (int32_t i = 0; i < w->doc->ntoks; i++) {
    if (!may_start(w, i)) continue;
    for (size_t r = 0; r < sizeof rules / sizeof *rules; r++) {
      int32_t next = i;
      FkgStatus st = rules[r](w, i, &next);
      if (st == FKG_SUCCESS) {
        if (next > i) i = next - 1;
        break;
      }
      if (st != FKG_FAILURE) return st;
    }
  }
  FkgStatus st = passive_presenters(w);
  return st ? st : region_presenters(w);
}
