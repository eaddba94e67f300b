/* forumkg: extract rules, organisations and posts.
 * Organisations: a lexicon name (Совет Федерации, Federation Council, АСИ), possibly followed
 * by a region that makes it the region's own body (Министерство труда … РТ); or a head noun of
 * org-heads.tsv with its dependents (департамента социального развития Югры → Департамент
 * социального развития Югры; gouvernement de Moscou). A regional capital named inside the
 * name of a ministry, government or parliament stands for its region (Ministry of Labour … of
 * Stavropol).
 * Posts: a post title before the name (заместитель директора окружного департамента
 * здравоохранения Максим Малхасьян; le maire de Moscou, S. Sobyanin; the first deputy chairman
 * of the regional parliament Dmitry Sudavtsov), shared by coordinated names (заместители
 * губернатора Всеволод Кольцов и Елена Шумакова), or in apposition after it (Galina Karelova,
 * Deputy Chairperson of the Federation Council, …). The region a person represents comes from
 * the post (regions named in it, distributed over coordinated names in order: губернаторы
 * Челябинской и Сахалинской областей Алексей Текслер и Валерий Лимаренко), from a regional
 * body in it, or, for posts marked regional (окружной, regional; governors) and for members
 * of a delegation, from the region the article is about. */
#include "extract_int.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <stdio.h>
#include <string.h>
#include <unicode/ustring.h>

static int
stop_punct(const FkgWork *w, int32_t i)
{
  const FkgToken *t = tok(w, i);
  if (!(t->flags & FKG_TOK_PUNCT)) return 0;
  return strchr(".;:!?()[]", t->lower[0]) != NULL && t->lower[0];
}

/* Marks a region mention inside an organisation name when a regional capital stands for the
 * region (only ministries, governments and parliaments are named after their region). */
static void
capital_for_region(FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_CITY);
    if (!l->entry || w->region_at[i] >= 0) continue;
    int32_t row = fkg_region_row_of(w, FKG_LX_CITY, l->entry->row);
    if (row < 0) continue;
    const char *cap = fkg_lexicon_cell(w->lex, FKG_LX_REGION, row, "capital_ru");
    const char *cname = fkg_lexicon_cell(w->lex, FKG_LX_CITY, l->entry->row, "name_ru");
    if (!*cap || strcmp(cap, cname) != 0) continue;
    int32_t e = fkg_region_entity(w, row);
    if (e < 0) return;
    for (int32_t t = i; t < l->last; t++)
      w->region_at[t] = e;
    fkg_facts_span(w->facts, e, tok(w, i)->b, tok(w, l->last - 1)->e);
  }
}

/* Regional capitals inside the names of ministries, governments and parliaments anywhere in
 * the article stand for their regions (Ministry of Labour … of the population of Stavropol). */
FkgStatus
fkg_rule_capitals(FkgWork *w)
{
  for (int32_t i = 0; i < w->doc->ntoks; i++) {
    const FkgLayer *lh = layer(w, i, FKG_LX_ORGHEAD);
    if (!lh->entry) continue;
    const char *kind = fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, lh->entry->row, "kind");
    if (strcmp(kind, "ministry") && strcmp(kind, "government") && strcmp(kind, "parliament"))
      continue;
    int32_t end = lh->last, hi = fkg_sent_last(w, i);
    while (end < hi && end < lh->last + 14 && !stop_punct(w, end) && !fkg_tok_is(w, end, ",") &&
           !fkg_tok_verb_like(w, end))
      end++;
    capital_for_region(w, lh->last, end);
  }
  return FKG_SUCCESS;
}

/* The Russian genitive of a region's official name, for labels such as "Правительство
 * Москвы": город X → X in the genitive; adjective + kind noun (Московская область →
 * Московской области, Пермский край → Пермского края, Ханты-Мансийский автономный округ →
 * Ханты-Мансийского автономного округа); Республика X → Республики X. */
const char *
fkg_region_genitive_ru(FkgArena *a, const char *name)
{
  static const struct {
    const char *from, *to;
  } ends[] = {{"ая", "ой"},
              {"ий", "ого"},
              {"ый", "ого"},
              {"ой", "ого"},
              {"область", "области"},
              {"край", "края"},
              {"округ", "округа"},
              {"Республика", "Республики"},
              {"республика", "республики"},
              {"ва", "вы"},
              {"га", "ги"},
              {"ка", "ки"},
              {"ха", "хи"},
              {"а", "ы"},
              {"ь", "я"}};
  int city = !strncmp(name, "город ", strlen("город "));
  if (city) name += strlen("город ");
  /* A word's genitive is at most two bytes longer than the word ("ий" -> "ого"). */
  size_t cap = strlen(name) * 2 + 8, used = 0;
  char *out = fkg_arena_alloc(a, cap);
  if (!out) return NULL;
  out[0] = '\0';
  const char *p = name;
  /* "Республика Тыва", "Республика Марий Эл": the name after a leading Республика is in
   * apposition, and stays in the nominative (Республики Тыва). */
  int apposition = 0;
  /* a city's name that ends in a vowel or a soft sign has its own ending above, or none */
  static const char *const city_soft[] = {"а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й", NULL};
  while (*p) {
    const char *sp = strchr(p, ' ');
    size_t len = sp ? (size_t)(sp - p) : strlen(p);
    char word[128];
    if (len >= sizeof word) return NULL;
    memcpy(word, p, len);
    word[len] = '\0';
    const char *w2 = word;
    char buf[160];
    /* Only words that decline: not a name in parentheses, not "-" or "—". */
    if (word[0] != '(' && strcmp(word, "-") && strcmp(word, "—") && !apposition)
      for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t fl = strlen(ends[k].from);
        if (len > fl && !strcmp(word + len - fl, ends[k].from)) {
          snprintf(buf, sizeof buf, "%.*s%s", (int)(len - fl), word, ends[k].to);
          w2 = buf;
          break;
        }
        if (len == fl && !strcmp(word, ends[k].from)) {
          w2 = ends[k].to;
          break;
        }
      }
    /* A city's masculine name in a consonant takes -а: Санкт-Петербург, Санкт-Петербурга. */
    if (city && !sp && w2 == word && len >= 2 && !fkg_ends_with_any(word, city_soft, 2)) {
      snprintf(buf, sizeof buf, "%sа", word);
      w2 = buf;
    }
    if (word[0] == '(') break; /* "Республика Адыгея (Адыгея)": drop the gloss */
    if (p == name && !strcmp(word, "Республика")) apposition = 1;
    size_t l2 = strlen(w2);
    if (used + l2 + 2 > cap) return NULL;
    if (used) out[used++] = ' ';
    memcpy(out + used, w2, l2 + 1);
    used += l2;
    p = sp ? sp + 1 : p + len;
  }
  return out;
}

static int32_t
region_in(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++)
    if (w->region_at[i] >= 0) return w->region_at[i];
  return -1;
}

/* The body of kind `kind` (government, ministry, parliament) of `region`, named by tokens
 * [first, end): one key across languages (правительство Москвы, gouvernement de Moscou,
 * Government of Moscow, Moscow Government), and a Russian label made from the head and the
 * region's genitive. */
static int32_t
region_body(FkgWork *w, const char *kind, int32_t region, int32_t first, int32_t end, int32_t *last)
{
  FkgArena *a = &w->doc->arena;
  int32_t i = first;
  int32_t rrow = w->facts->ents[region].row;
  const char *iso = fkg_lexicon_cell(w->lex, FKG_LX_REGION, rrow, "iso");
  char *k = fkg_join(a, "org/", kind, "-", iso);
  for (char *p = k; p && *p; p++)
    if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
  int32_t e = k ? fkg_facts_entity(w->facts, FKG_E_ORG, k) : -1;
  if (e < 0) return -1;
  FkgEntity *x = &w->facts->ents[e];
  if (!x->label) x->label = fkg_tokens_text(w, i, end);
  if (!x->name) {
    const char *gen =
        fkg_region_genitive_ru(a, fkg_lexicon_cell(w->lex, FKG_LX_REGION, rrow, "name_ru"));
    int32_t hrow = -1;
    for (int32_t r = 0; r < fkg_lexicon_rows(w->lex, FKG_LX_ORGHEAD) && hrow < 0; r++)
      if (!strcmp(fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, r, "lang"), "ru") &&
          !strcmp(fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, r, "kind"), kind))
        hrow = r;
    if (gen && hrow >= 0)
      x->name = fkg_arena_printf(
          a, "%s %s", fkg_capitalise(a, fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, hrow, "form")),
          gen);
  }
  fkg_facts_rel(w->facts, FKG_R_REGION, e, region);
  fkg_facts_span(w->facts, e, tok(w, i)->b, tok(w, end - 1)->e);
  *last = end;
  return e;
}

int32_t
fkg_org_at(FkgWork *w, int32_t i, int32_t limit, int32_t *last)
{
  FkgDoc *doc = w->doc;
  FkgArena *a = &doc->arena;
  int32_t n = limit < doc->ntoks ? limit : doc->ntoks;
  if (i < 0 || i >= n) return -1;
  if (w->person_at[i] >= 0) return -1;
  const FkgLayer *lo = layer(w, i, FKG_LX_ORG);
  if (lo->entry && lo->last <= n) {
    int32_t end = lo->last;
    const char *key = fkg_lexicon_cell(w->lex, FKG_LX_ORG, lo->entry->row, "key");
    /* A federal body's name followed by a region is that region's own body. */
    int32_t reg = end < n ? w->region_at[end] : -1;
    if (reg >= 0 && *fkg_lexicon_cell(w->lex, FKG_LX_ORG, lo->entry->row, "region_iso") == '\0') {
      int32_t rend = end;
      while (rend < n && w->region_at[rend] == reg)
        rend++;
      const char *iso = fkg_lexicon_cell(w->lex, FKG_LX_REGION, w->facts->ents[reg].row, "iso");
      char *k = fkg_join(a, "org/", key, "-", iso);
      for (char *p = k; p && *p; p++)
        if (*p >= 'A' && *p <= 'Z') *p = (char)(*p - 'A' + 'a');
      int32_t e = fkg_facts_entity(w->facts, FKG_E_ORG, k);
      if (e < 0) return -1;
      w->facts->ents[e].label = fkg_tokens_text(w, i, rend);
      fkg_facts_rel(w->facts, FKG_R_REGION, e, reg);
      fkg_facts_span(w->facts, e, tok(w, i)->b, tok(w, rend - 1)->e);
      *last = rend;
      return e;
    }
    /* A parent body in the genitive is part of the name (Совет Федерации Федерального
     * Собрания), and so is the country (Министерство … РФ, Российской Федерации). */
    while (end < n && layer(w, end, FKG_LX_ORG)->entry && !(tok(w, end)->flags & FKG_TOK_PUNCT) &&
           layer(w, end, FKG_LX_ORG)->last <= n)
      end = layer(w, end, FKG_LX_ORG)->last;
    static const char *const country[] = {"рф", "россии", "russia", "russie", NULL};
    static const char *const of[] = {"of", "de", NULL};
    if (end < n && fkg_tok_is_any(w, end, country))
      end++;
    else if (end + 1 < n && fkg_tok_is_any(w, end, of) && fkg_tok_is_any(w, end + 1, country))
      end += 2;
    char *k = fkg_join(a, "org/", key, NULL, NULL);
    int32_t e = fkg_facts_entity(w->facts, FKG_E_ORG, k);
    if (e < 0) return -1;
    w->facts->ents[e].row = lo->entry->row;
    /* An English or French name as written is a label too (Federation Council beside the
     * lexicon's full name); a Russian one is often in an oblique case (Совета Федерации). */
    if (!w->facts->ents[e].label && (tok(w, i)->flags & FKG_TOK_LAT))
      w->facts->ents[e].label = fkg_tokens_text(w, i, end);
    int32_t rrow = fkg_region_row_of(w, FKG_LX_ORG, lo->entry->row);
    if (rrow >= 0) fkg_facts_rel(w->facts, FKG_R_REGION, e, fkg_region_entity(w, rrow));
    fkg_facts_span(w->facts, e, tok(w, i)->b, tok(w, end - 1)->e);
    *last = end;
    return e;
  }
  /* English puts the region first: Moscow Government, the Tatarstan Ministry of Labour … is
   * not this (its head has dependents of its own), the Samara Region Government is. */
  if (w->region_at[i] >= 0 && doc->lang == FKG_LANG_EN) {
    int32_t k = i;
    while (k < n && w->region_at[k] == w->region_at[i])
      k++;
    const FkgLayer *h = k < n ? layer(w, k, FKG_LX_ORGHEAD) : NULL;
    const char *hk = h && h->entry && h->last <= n
                         ? fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, h->entry->row, "kind")
                         : "";
    static const char *const of[] = {"of", "for", "on", NULL};
    if ((!strcmp(hk, "government") || !strcmp(hk, "ministry") || !strcmp(hk, "parliament")) &&
        (h->last >= n || !fkg_tok_is_any(w, h->last, of)))
      return region_body(w, hk, w->region_at[i], i, h->last, last);
  }
  const FkgLayer *lh = layer(w, i, FKG_LX_ORGHEAD);
  if (!lh->entry || lh->last > n) return -1;
  /* Head noun and its dependents, up to the limit, a name, a verb or a full stop. */
  int32_t end = lh->last, sent_end = fkg_sent_last(w, i);
  if (sent_end < n) n = sent_end;
  while (end < n && end < i + 14) {
    const FkgToken *t = tok(w, end);
    /* a full stop inside a region's name is no stop: Government of St. Petersburg */
    int in_region = end > lh->last && w->region_at[end] >= 0 && end + 1 < n &&
                    w->region_at[end - 1] == w->region_at[end] &&
                    w->region_at[end + 1] == w->region_at[end];
    if (w->person_at[end] >= 0 || (stop_punct(w, end) && !in_region) || fkg_tok_verb_like(w, end))
      break;
    if (layer(w, end, FKG_LX_POST)->entry && end > lh->last) break;
    if (fkg_tok_is(w, end, ",")) {
      /* A comma goes on only inside a Russian list of lower-case genitives (департамент
       * молодёжной политики, гражданских инициатив …), not into a list of organisations. */
      /* (an instrumental noun starts another clause: "Правительство Москвы, партнером
       * деловой программы выступает …") */
      static const char *const instr[] = {"ом", "ем", "ём", NULL};
      int32_t nx = end + 1;
      if (nx >= n || !(tok(w, nx)->flags & FKG_TOK_CYR) || (tok(w, nx)->flags & FKG_TOK_CAP) ||
          layer(w, nx, FKG_LX_ORGHEAD)->entry || layer(w, nx, FKG_LX_ORG)->entry ||
          fkg_ends_with_any(tok(w, nx)->lower, instr, 4))
        break;
    }
    if ((t->flags & FKG_TOK_DASH) && (t->flags & FKG_TOK_SPACE)) break;
    /* A conjunction before another body's head starts that body (the Department of Social
     * Development of Yugra and the Civic Chamber of the Okrug; министерство … и общественная
     * палата …). */
    static const char *const conj[] = {"and", "et", "и", NULL};
    static const char *const art[] = {"the", "le", "la", "les", "l'", NULL};
    if (fkg_tok_is_any(w, end, conj)) {
      int32_t nx = end + 1;
      if (nx < n && fkg_tok_is_any(w, nx, art)) nx++;
      while (nx < n && nx < end + 4 && !layer(w, nx, FKG_LX_ORGHEAD)->entry &&
             !layer(w, nx, FKG_LX_ORG)->entry && (tok(w, nx)->flags & FKG_TOK_WORD) &&
             !fkg_tok_function_word(w, nx))
        nx++; /* adjectives before the head: Civic Chamber, общественная палата */
      if (nx < n && (layer(w, nx, FKG_LX_ORGHEAD)->entry || layer(w, nx, FKG_LX_ORG)->entry)) break;
    }
    /* English names capitalise their content words: a lower-case one ends the name. */
    if (doc->lang == FKG_LANG_EN && (t->flags & FKG_TOK_LAT) && (t->flags & FKG_TOK_WORD) &&
        !(t->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, end))
      break;
    /* (a hyphen inside a word joins its halves: Association of North-West Russia) */
    const FkgToken *pv = tok(w, end - 1);
    if ((t->flags & FKG_TOK_WORD) && (t->flags & FKG_TOK_LAT) && (t->flags & FKG_TOK_CAP) &&
        !fkg_tok_function_word(w, end - 1) && w->region_at[end] < 0 &&
        !layer(w, end, FKG_LX_ORG)->entry && !(pv->flags & FKG_TOK_CAP) &&
        !((pv->flags & FKG_TOK_DASH) && !(pv->flags & FKG_TOK_SPACE) &&
          !(t->flags & FKG_TOK_SPACE)))
      break;
    end++;
  }
  while (end > lh->last && (((tok(w, end - 1)->flags & FKG_TOK_PUNCT) &&
                             !(tok(w, end - 1)->flags & FKG_TOK_QCLOSE)) ||
                            fkg_tok_function_word(w, end - 1)))
    end--;
  if (end == lh->last && (tok(w, i)->flags & FKG_TOK_CAP) == 0) {
    /* A bare lower-case head (департамент) names no organisation. */
    return -1;
  }
  const char *kind = fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, lh->entry->row, "kind");
  if (!strcmp(kind, "ministry") || !strcmp(kind, "government") || !strcmp(kind, "parliament"))
    capital_for_region(w, lh->last, end);
  /* A head whose only dependent is a region is that region's body (правительство Москвы,
   * gouvernement de Moscou, Government of Tatarstan): one key across languages, and a
   * Russian label made from the head and the region's genitive. */
  int32_t only_region = -1;
  {
    int32_t k = lh->last;
    while (k < end && fkg_tok_function_word(w, k))
      k++;
    if (k < end && w->region_at[k] >= 0) {
      int32_t r = w->region_at[k];
      while (k < end && w->region_at[k] == r)
        k++;
      if (k == end) only_region = r;
    }
  }
  if (only_region >= 0) return region_body(w, kind, only_region, i, end, last);
  const char *rest = end > lh->last ? fkg_tokens_text(w, lh->last, end) : NULL;
  const char *label;
  if (doc->lang == FKG_LANG_RU && (tok(w, i)->flags & FKG_TOK_CYR)) {
    const char *head =
        fkg_capitalise(a, fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, lh->entry->row, "form"));
    label = rest ? fkg_arena_printf(a, "%s %s", head, rest) : head;
  } else {
    label = fkg_tokens_text(w, i, end);
  }
  if (!label) return -1;
  char *slug = fkg_slug(w->ctx, a, label, 80);
  if (!slug || !*slug) return -1;
  int32_t e = fkg_facts_entity(w->facts, FKG_E_ORG, fkg_join(a, "org/", slug, NULL, NULL));
  if (e < 0) return -1;
  if (!w->facts->ents[e].label) w->facts->ents[e].label = label;
  int32_t reg = region_in(w, i, end);
  /* A parent body of one region among its dependents is where it is: "comité du Kouroultaï
   * d'État pour la politique sociale" is Bashkortostan's. */
  for (int32_t k = lh->last; k < end && reg < 0; k++) {
    const FkgLayer *po = layer(w, k, FKG_LX_ORG);
    int32_t rrow = po->entry ? fkg_region_row_of(w, FKG_LX_ORG, po->entry->row) : -1;
    if (rrow >= 0) reg = fkg_region_entity(w, rrow);
  }
  if (reg >= 0) fkg_facts_rel(w->facts, FKG_R_REGION, e, reg);
  fkg_facts_span(w->facts, e, tok(w, i)->b, tok(w, end - 1)->e);
  *last = end;
  return e;
}

/* The first organisation inside tokens [first, last). */
static int32_t
org_in(FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++) {
    int32_t end;
    int32_t e = fkg_org_at(w, i, last, &end);
    if (e >= 0) return e;
  }
  return -1;
}

/* A ministry's own page names it in its header ("Ministère de la Protection sociale de la
 * population de la région de Kirov", "Министерство социальной защиты населения Амурской
 * области"); its minister and deputies, written without the region ("le ministre de la
 * Protection sociale de la population", "замминистра"), are that region's. Returns the region's
 * entity when the post [first, last) is such a ministry post whose every other word the
 * header line has, else -1. A federal post names what the page does not (du Travail, России). */
static int32_t
publisher_region(const FkgWork *w, int32_t first, int32_t last)
{
  /* (the page's header: one of its first four lines, the headline before it or not) */
  int32_t n = w->doc->ntoks, ls = 0, le = -1, region = -1;
  for (int line = 0; line < 4 && ls < n && region < 0; line++) {
    le = ls + 1; /* (a line's first token carries the break before it) */
    while (le < n && !(tok(w, le)->flags & FKG_TOK_NL))
      le++;
    const FkgLayer *lh = layer(w, ls, FKG_LX_ORGHEAD);
    if (le - ls >= 3 && le - ls <= 24 && lh->entry &&
        !strcmp(fkg_lexicon_cell(w->lex, FKG_LX_ORGHEAD, lh->entry->row, "kind"), "ministry"))
      for (int32_t i = ls; i < le && region != -2; i++)
        if (w->region_at[i] >= 0)
          region = region >= 0 && region != w->region_at[i] ? -2 : w->region_at[i];
    if (region < 0) {
      region = -1;
      ls = le;
    }
  }
  if (region < 0 || region != w->main_region || (first >= ls && first < le)) return -1;
  const FkgLayer *lp = layer(w, first, FKG_LX_POST);
  if (!lp->entry) return -1;
  const char *key = fkg_lexicon_cell(w->lex, FKG_LX_POST, lp->entry->row, "key");
  if (!strstr(key, "minister") || strstr(key, "prime")) return -1;
  for (int32_t k = lp->last; k < last; k++) {
    if (!(tok(w, k)->flags & FKG_TOK_WORD) || fkg_tok_function_word(w, k)) continue;
    int found = 0;
    for (int32_t j = ls; j < le && !found; j++)
      found = fkg_lower_is(tok(w, j)->lower, tok(w, k)->lower);
    if (!found) return -1;
  }
  return region;
}

/* Whether the capitalised Russian word at token k is an adjective that opens a body's name,
 * its head noun at most two adjectives on: "директор Республиканского центра …", "Областного
 * социально-реабилитационного центра". */
static int
adjective_before_head(const FkgWork *w, int32_t k, int32_t n)
{
  if (!(tok(w, k)->flags & FKG_TOK_CYR) || !fkg_tok_ru_adjective_any_case(w, k)) return 0;
  for (int32_t j = k + 1; j < n && j <= k + 3; j++) {
    if (layer(w, j, FKG_LX_ORGHEAD)->entry) return 1;
    if (!fkg_tok_ru_adjective_any_case(w, j) && !fkg_tok_is(w, j, "-")) return 0;
  }
  return 0;
}

/* The one region sentence `sent` names, or -1 when it names none or several. A region after
 * a preposition of place (в Москву, à Moscou, to Moscow, из Перми) is where people go or come
 * from, not whom they serve, and does not count. */
static int32_t
only_region_in(const FkgWork *w, int sent)
{
  static const char *const place[] = {"в",    "во", "из", "на", "to",   "in",
                                      "from", "à",  "en", "au", "dans", NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  int32_t found = -1;
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t r = w->region_at[i];
    if (r < 0 || r == found) continue;
    int32_t from = i;
    while (from > s->first && w->region_at[from - 1] == r)
      from--;
    /* (but a sentence that opens with its setting, "Au Kouzbass, le vice-gouverneur …", "В
     * Кузбассе, по словам …", is about that region's people) */
    int32_t to = i;
    while (to + 1 < s->last && w->region_at[to + 1] == r)
      to++;
    int setting = from - 1 <= s->first + 2 && to + 1 < s->last && fkg_tok_is(w, to + 1, ",");
    if (from > s->first && fkg_tok_is_any(w, from - 1, place) && !setting) {
      i = to;
      continue;
    }
    if (found >= 0) return -1;
    found = r;
  }
  return found;
}

/* The region a delegation cue of sentence `sent` names right after it (Делегация
 * Ярославской области, la délégation de la région de Novossibirsk, the delegation from the
 * Omsk Region), or -1. */
static int32_t
delegation_region(const FkgWork *w, int sent)
{
  static const char *const link[] = {"de", "du", "d'", "la", "l'", "le", "of", "from", "the", NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t k;
    if (!fkg_tok_cue(w, i, FKG_CUE_DELEGATION, &k)) continue;
    while (k < s->last && k < i + 6 && w->region_at[k] < 0 && fkg_tok_is_any(w, k, link))
      k++;
    if (k < s->last && w->region_at[k] >= 0) return w->region_at[k];
  }
  return -1;
}

static int
has_cue(const FkgWork *w, int32_t first, int32_t last, FkgCueRole role)
{
  for (int32_t i = first; i < last; i++)
    if (fkg_tok_cue(w, i, role, NULL)) return 1;
  return 0;
}

/* Start of the post before person mention p, or -1. Sets *group_first to the first person
 * of a coordinated group sharing the post. */
static int32_t
post_before(FkgWork *w, int p, int32_t *end_out, int *group_first)
{
  int32_t start = w->people[p].first, lo = fkg_sent_first(w, start);
  int32_t k = start - 1;
  *group_first = p;
  if (k >= lo && (fkg_tok_is(w, k, ",") || (tok(w, k)->flags & FKG_TOK_DASH))) k--;
  /* Coordinated names: "X и Y", "X, Y". */
  while (k >= lo &&
         (fkg_tok_is(w, k, "и") || fkg_tok_is(w, k, "and") || fkg_tok_is(w, k, "et") ||
          fkg_tok_is(w, k, ",")) &&
         k - 1 >= lo && w->person_at[k - 1] >= 0) {
    int q = w->person_at[k - 1];
    *group_first = q;
    k = w->people[q].first - 1;
  }
  /* "…, ministre adjointe de la Protection sociale de l'oblast de Tcheliabinsk, et Iouri
   * Koudriachov": a conjunction not after a name ends another person's phrase. */
  if (k >= lo && (fkg_tok_is(w, k, "и") || fkg_tok_is(w, k, "and") || fkg_tok_is(w, k, "et")))
    return -1;
  int32_t end = k + 1;
  for (; k >= lo && k > end - 26; k--) {
    /* A region's name may hold a bracket or a dash: Республики Саха (Якутия), Кемеровской
     * области — Кузбасса. */
    if (w->region_at[k] >= 0 || fkg_tok_in_region_brackets(w, k)) continue;
    if (stop_punct(w, k) || w->person_at[k] >= 0) return -1;
    if ((tok(w, k)->flags & FKG_TOK_DASH) && (tok(w, k)->flags & FKG_TOK_SPACE)) return -1;
    const FkgLayer *l = layer(w, k, FKG_LX_POST);
    if (l->entry && l->last <= end) {
      /* Extend over a title chain and over a longer title that contains this one:
       * первый заместитель, deputy director general, vice-présidente. */
      for (int moved = 1; moved;) {
        moved = 0;
        for (int32_t j = k - 1; j >= lo && j >= k - 3; j--)
          if (layer(w, j, FKG_LX_POST)->entry && layer(w, j, FKG_LX_POST)->last > k - 1 &&
              layer(w, j, FKG_LX_POST)->last <= end) {
            k = j;
            moved = 1;
            break;
          }
      }
      while (end > k + 1 &&
             (fkg_tok_is(w, end - 1, ",") || (tok(w, end - 1)->flags & FKG_TOK_DASH)))
        end--;
      /* "Astrakhan Region Minister of Social Development Rinat Ismailov": in English a region
       * right before the title owns it. */
      /* …and so it does across lower-case modifiers: "Penza regional labour minister". */
      int32_t r = k - 1;
      if (tok(w, k)->flags & FKG_TOK_LAT)
        while (r >= lo && r > k - 4 && (tok(w, r)->flags & FKG_TOK_WORD) &&
               !(tok(w, r)->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, r) &&
               w->region_at[r] < 0)
          r--;
      if ((tok(w, k)->flags & FKG_TOK_LAT) && ((tok(w, k)->flags & FKG_TOK_CAP) || r < k - 1) &&
          r >= lo && w->region_at[r] >= 0) {
        int32_t owner = w->region_at[r];
        k = r;
        while (k - 1 >= lo && w->region_at[k - 1] == owner)
          k--;
      }
      *end_out = end;
      return k;
    }
    if (fkg_tok_verb_like(w, k)) return -1;
  }
  return -1;
}

/* The start of a post that ends with the comma before token `first` (another post), when it
 * runs from the sentence's start or a verb to that comma with no name, verb or full stop in
 * it; -1 otherwise. */
static int32_t
stacked_post(const FkgWork *w, int32_t first)
{
  int32_t k = first - 1, lo = fkg_sent_first(w, first), cand = -1;
  if (k <= lo || !fkg_tok_is(w, k, ",")) return -1;
  for (int32_t j = k - 1; j >= lo && j > k - 26; j--) {
    if (w->region_at[j] >= 0 || fkg_tok_in_region_brackets(w, j)) continue;
    if (w->person_at[j] >= 0 || stop_punct(w, j) || fkg_tok_is(w, j, ",") ||
        (w->in_quote[j] && !(tok(w, j)->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE))))
      return -1;
    if (layer(w, j, FKG_LX_POST)->entry) cand = j;
    if (j == lo || fkg_tok_verb_like(w, j - 1)) return cand == j ? cand : -1;
    if (fkg_tok_verb_like(w, j)) return -1;
  }
  return -1;
}

/* The region that owns a post in English: "Khabarovsk Krai's social protection minister", or
 * the article's own region for "the region's Minister …". -1 when no possessive precedes
 * token `first`. */
static int32_t
possessor_region(const FkgWork *w, int32_t first)
{
  int32_t k = first - 1;
  /* lower-case words of the title before its head: social protection minister */
  while (k > 0 && k >= first - 4 && (tok(w, k)->flags & FKG_TOK_WORD) &&
         !(tok(w, k)->flags & FKG_TOK_CAP) && !fkg_tok_possessive(w, k))
    k--;
  if (k < 1 || !fkg_tok_possessive(w, k)) return -1;
  if (w->region_at[k - 1] >= 0) return w->region_at[k - 1];
  static const char *const own[] = {"region",    "okrug",  "republic", "krai",
                                    "territory", "oblast", NULL};
  return fkg_tok_is_any(w, k - 1, own) && !(tok(w, k - 1)->flags & FKG_TOK_CAP) ? w->main_region
                                                                                : -1;
}

/* Whether the lower-case words from token k go on a comma list of a body's fields, joined
 * by "and", "et" or "и" before its last field, to the end of the list:
 *   - a region, with no comma, person or verb before it (to_line_end 0): "first deputy
 *     minister of labour, employment and social protection of the Republic of Tatarstan";
 *     (French too: "vice-ministre de la Politique sociale, démographique et familiale de la
 *     région de Samara"; and Russian: "министр социального развития, опеки и попечительства
 *     Иркутской области");
 *   - the end of the line, with no punctuation (to_line_end 1): the rest of a body's name on a
 *     programme's entry line ("… Комитета Государственной Думы по труду, социальной политике и
 *     делам ветеранов"). */
static int
field_list(const FkgWork *w, int32_t k, int to_line_end)
{
  int and_seen = 0;
  int32_t n = w->doc->ntoks, j = k;
  for (; j < n && j < k + 10; j++) {
    const FkgToken *t = tok(w, j);
    if (to_line_end && (t->flags & FKG_TOK_NL)) break;
    if (!to_line_end && w->region_at[j] >= 0) return and_seen;
    if (!(t->flags & FKG_TOK_WORD) || w->person_at[j] >= 0 || fkg_tok_verb_like(w, j) ||
        (!to_line_end && !(t->flags & (FKG_TOK_LAT | FKG_TOK_CYR))))
      return 0;
    if ((t->flags & FKG_TOK_CAP) && (to_line_end || !fkg_tok_function_word(w, j))) return 0;
    and_seen |= fkg_tok_is(w, j, "and") || fkg_tok_is(w, j, "et") || fkg_tok_is(w, j, "и");
  }
  return to_line_end && and_seen && j > k && (j >= n || (tok(w, j)->flags & FKG_TOK_NL));
}

/* Post in apposition after a person mention or a post that ends at token k: ", директор …" /
 * ", gouverneur de …" / "…, Deputy Chair of the … Committee, senator from …". */
static int32_t
post_after(FkgWork *w, int32_t k, int32_t *end_out)
{
  int32_t n = fkg_sent_last(w, k - 1);
  /* …or on the next line, under a name alone on its line: a signature or a post's byline
   * ("Andreï Soukhorouchkine" / "Directeur du département …"); the post is that line. */
  int byline = k > 0 && k < w->doc->ntoks && (tok(w, k)->flags & FKG_TOK_NL) &&
               w->person_at[k - 1] >= 0 &&
               w->person_at[fkg_line_first(w, k - 1)] == w->person_at[k - 1];
  if (byline) {
    n = k + 1;
    while (n < w->doc->ntoks && !(tok(w, n)->flags & FKG_TOK_NL))
      n++;
  } else {
    /* …or after a spaced dash, as speakers' lists and the Russian copula write it: "Окунев
     * Игорь Степанович — директор департамента …". */
    if (k >= n || !(fkg_tok_is(w, k, ",") ||
                    ((tok(w, k)->flags & FKG_TOK_DASH) && (tok(w, k)->flags & FKG_TOK_SPACE))))
      return -1;
    k++;
  }
  static const char *const arts[] = {"le", "la", "l'", "the", "a", "un", "une", NULL};
  /* ", then Deputy Chair of …", ", alors ministre du …", ", ныне министр …": a post held then
   * or now is a post. */
  static const char *const when[] = {"then",  "now",  "currently", "alors", "actuellement",
                                     "тогда", "ныне", "ранее",     NULL};
  if (fkg_tok_is_any(w, k, when)) k++;
  /* ", who was Minister of …", ", qui est vice-gouverneur …", ", которая является директором
   * …": a relative clause that only says what the person is or was. */
  static const char *const who[] = {"who", "qui", "который", "которая", NULL};
  static const char *const is[] = {"is",       "was",     "est", "était", "является",
                                   "являлась", "являлся", "был", "была",  NULL};
  if (k + 1 < n && fkg_tok_is_any(w, k, who) && fkg_tok_is_any(w, k + 1, is)) k += 2;
  if (fkg_tok_is_any(w, k, arts)) k++;
  /* ", Kalmykia's Minister of Social Development": a region in the possessive owns the post. */
  int32_t owner = k;
  while (k < n && w->region_at[k] >= 0 && w->region_at[k] == w->region_at[owner])
    k++;
  if (k > owner && fkg_tok_possessive(w, k))
    k++;
  else
    k = owner;
  const FkgLayer *l = k < n ? layer(w, k, FKG_LX_POST) : NULL;
  if (!l || !l->entry) return -1;
  int32_t start = k > owner ? owner : k, end = l->last;
  while (end < n && end < start + 30) {
    const FkgToken *t = tok(w, end);
    if (w->region_at[end] >= 0 || fkg_tok_in_region_brackets(w, end)) {
      end++;
      continue;
    }
    /* An English body's name may list its fields: Deputy Minister of Labour, Employment and
     * Social Protection of the Republic of Tatarstan. A comma goes on before a capitalised
     * content word that starts neither a name nor a post. */
    /* So may a French one, each field after its preposition: ministre de la Famille, du
     * Travail et de la Protection sociale. */
    static const char *const fr_preps[] = {"de", "du", "des", "la", "l'", "l’", "d'", "d’", NULL};
    int32_t field = end + 1;
    while (field < n && field < end + 3 && fkg_tok_is_any(w, field, fr_preps))
      field++;
    if (fkg_tok_is(w, end, ",") && field < n && (tok(w, field)->flags & FKG_TOK_LAT) &&
        (tok(w, field)->flags & FKG_TOK_CAP) && (tok(w, field)->flags & FKG_TOK_WORD) &&
        !fkg_tok_function_word(w, field) && w->person_at[field] < 0 &&
        !layer(w, field, FKG_LX_POST)->entry && w->region_at[field] < 0) {
      end++;
      continue;
    }
    /* …in lower case too, when the list ends with "and" its last field and then the region:
     * "first deputy minister of labour, employment and social protection of the Republic
     * of Tatarstan". */
    if (fkg_tok_is(w, end, ",") && (field_list(w, end + 1, 0) || field_list(w, end + 1, 1))) {
      end++;
      continue;
    }
    /* A body's quoted name is part of the post: "руководитель АНО «Сёстры милосердия»",
     * "директор ГКУ «Центр занятости населения Тульской области»". */
    int32_t qf, ql, qclose;
    if ((t->flags & FKG_TOK_QOPEN) && fkg_quote_span(w, end, &qf, &ql, &qclose) && qclose < n &&
        qclose < start + 30) {
      end = qclose + 1;
      continue;
    }
    /* "руководитель АНО «…», Ярославская область", "Director of the Republican Centre …,
     * Republic of Buryatia": a region after a comma that ends the entry is where the body
     * is. */
    if (fkg_tok_is(w, end, ",") && end + 1 < n && w->region_at[end + 1] >= 0) {
      int32_t r = end + 1;
      while (r < n && w->region_at[r] == w->region_at[end + 1])
        r++;
      if (r >= n || (tok(w, r)->flags & FKG_TOK_NL) || stop_punct(w, r)) {
        end = r;
        break;
      }
    }
    /* "director of the Kolpashevo District Social Services Centre (Tomsk Region)": the region
     * in brackets after the body is where it is. */
    if (fkg_tok_is(w, end, "(") && end + 1 < n && w->region_at[end + 1] >= 0) {
      int32_t close = end + 1;
      while (close < n && w->region_at[close] == w->region_at[end + 1])
        close++;
      if (close < n && fkg_tok_is(w, close, ")")) {
        end = close + 1;
        break;
      }
    }
    if (stop_punct(w, end) || fkg_tok_is(w, end, ",") || w->person_at[end] >= 0 ||
        fkg_tok_verb_like(w, end))
      break;
    /* "Minister of Labour of the Omsk Region in 2015": when it was held is no part of it */
    static const char *const in[] = {"in", "en", "в", "since", "depuis", "с", NULL};
    if (end + 1 < n && fkg_tok_is_any(w, end, in) && (tok(w, end + 1)->flags & FKG_TOK_NUM) &&
        strlen(tok(w, end + 1)->lower) == 4)
      break;
    /* The country is part of the post, and what follows it may be too: "сенатор Российской
     * Федерации от Ставропольского края". */
    const FkgLayer *country = layer(w, end, FKG_LX_COUNTRY);
    if (country->entry && country->entry->value == 0 && country->last <= n) {
      end = country->last;
      continue;
    }
    /* A capitalised article (Le, La, The) starts a new sentence that lost its full stop. */
    if ((t->flags & FKG_TOK_CAP) && fkg_tok_function_word(w, end) && end > start + 1) break;
    /* A capitalised word after a content word starts a new sentence fragment (scraped text
     * without a full stop), unless a lexicon name continues, or a body's head noun in the
     * genitive (председатель Комитета по социальной политике …, директор Центра …). */
    if ((t->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, end - 1) &&
        !(tok(w, end - 1)->flags & (FKG_TOK_CAP | FKG_TOK_DASH)) && !fkg_tok_is(w, end - 1, ",") &&
        w->region_at[end] < 0 && !layer(w, end, FKG_LX_ORG)->entry &&
        !layer(w, end, FKG_LX_POST)->entry &&
        !((t->flags & FKG_TOK_CYR) && layer(w, end, FKG_LX_ORGHEAD)->entry) &&
        !adjective_before_head(w, end, n) &&
        !((t->flags & FKG_TOK_ALLCAPS) && end + 1 < n && (tok(w, end + 1)->flags & FKG_TOK_QOPEN)))
      break; /* (an abbreviation before a quoted name is the body's legal form: директор ГКУ «…») */
    end++;
  }
  while (end > start + 1 && fkg_tok_is(w, end - 1, ","))
    end--;
  /* ", директор … Яков Самохвалов": the title belongs to the next name, not this one. In a
   * Russian list "X, title Y, title Z" a title after a comma is always the next name's: a
   * name ahead in the clause, with no verb before it, takes it. */
  if (end < n && w->person_at[end] >= 0) return -1;
  if (tok(w, start)->flags & FKG_TOK_CYR)
    for (int32_t q = end; q < n && !stop_punct(w, q) && !fkg_tok_verb_like(w, q); q++)
      if (w->person_at[q] >= 0) return -1;
  *end_out = end;
  return start;
}

/* Does the lower-case word end like a Russian adjective (Следственного, Федеральной)? */
static int
adjective_shaped(const char *low)
{
  static const char *const ends[] = {"ого", "его", "ому", "ему", "ым",  "им",  "ой", "ей",
                                     "ая",  "яя",  "ую",  "юю",  "ий",  "ый",  "ое", "ее",
                                     "ые",  "ие",  "ых",  "их",  "ыми", "ими", NULL};
  return fkg_ends_with_any(low, ends, 2);
}

/* The title of a post as an occupation fact names it, within tokens [first, last): the first
 * post-lexicon phrase, with
 *   - the word that dates it (бывший глава, экс-премьер);
 *   - a minister's portfolio: the lower-case genitive words after the head (министр финансов,
 *     заместителя министра иностранных дел, министр связи и коммуникаций), up to a capital, a
 *     punctuation mark, a verb or a name;
 *   - a title governed by the head (советник губернатора, помощник госсекретаря). */
static FkgSpan
post_title(FkgWork *w, int32_t first, int32_t last)
{
  const FkgLayer *h = layer(w, first, FKG_LX_POST);
  int32_t hb = first, hl = h->entry && h->last <= last ? h->last : first + 1;
  if (hb >= 1 && !strncmp(tok(w, hb - 1)->lower, "бывш", strlen("бывш")))
    hb--;
  else if (hb >= 2 && (tok(w, hb - 1)->flags & FKG_TOK_DASH) &&
           !(tok(w, hb - 1)->flags & FKG_TOK_SPACE) && fkg_tok_is(w, hb - 2, "экс"))
    hb -= 2;
  const char *key = h->entry ? fkg_lexicon_cell(w->lex, FKG_LX_POST, h->entry->row, "key") : "";
  int portfolio = !strcmp(key, "minister") || !strcmp(key, "deputy-minister") ||
                  !strcmp(key, "first-deputy-minister");
  if (h->entry && portfolio && (tok(w, first)->flags & FKG_TOK_CYR)) {
    int32_t k = hl, end = hl;
    while (k < last && k < hl + 6) {
      const FkgToken *t = tok(w, k);
      if (!(t->flags & FKG_TOK_WORD) || !(t->flags & FKG_TOK_CYR) || (t->flags & FKG_TOK_CAP) ||
          fkg_tok_verb_like(w, k) || w->person_at[k] >= 0 || w->region_at[k] >= 0 ||
          layer(w, k, FKG_LX_COUNTRY)->entry || layer(w, k, FKG_LX_POST)->entry)
        break;
      k++;
      if (!fkg_tok_function_word(w, k - 1)) end = k;
    }
    hl = end;
  } else if (hl < last && (tok(w, hl)->flags & FKG_TOK_CYR) && !(tok(w, hl)->flags & FKG_TOK_CAP) &&
             layer(w, hl, FKG_LX_POST)->entry && layer(w, hl, FKG_LX_POST)->last <= last) {
    hl = layer(w, hl, FKG_LX_POST)->last;
  }
  FkgSpan s = {tok(w, hb)->b, tok(w, hl - 1)->e};
  return s;
}

/* The region whose demonym stands right before the post at token `first` ("курский
 * губернатор", "нижегородский министр социальной политики"), or -1. A region's name there is
 * not the post's ("В Татарстане министр …" is where, not whose). */
static int32_t
demonym_before(const FkgWork *w, int32_t first)
{
  int32_t k = first - 1;
  if (k < 0 || w->region_at[k] < 0) return -1;
  int32_t r = w->region_at[k];
  while (k > 0 && w->region_at[k - 1] == r)
    k--;
  const FkgLayer *l = layer(w, k, FKG_LX_REGION);
  /* (a demonym, or an informal name's adjective: подмосковный) */
  return l->entry && l->last == first &&
                 (l->entry->value == 1 ||
                  ((tok(w, k)->flags & FKG_TOK_CYR) && adjective_shaped(tok(w, first - 1)->lower)))
             ? r
             : -1;
}

/* The place of a post as an occupation fact names it: the organisation in the post as
 * written, with the adjectives before its head (Следственного комитета при прокуратуре);
 * else a country named in the post (президент США, министр финансов Франции); else, when no
 * region is named either, a country adjective before or in the title (российский президент
 * → Россия). NULL when none. */
static const char *
post_where(FkgWork *w, int32_t first, int32_t last, FkgSpan title, int32_t org)
{
  if (org >= 0) {
    const FkgEntity *o = &w->facts->ents[org];
    for (int k = 0; k < o->nspans; k++) {
      /* The organisation follows the title; one read inside it is the title's own word
       * (мэр Москвы: мэр is not the мэрия). */
      if (o->spans[k].b < title.e || o->spans[k].e > tok(w, last - 1)->e) continue;
      int32_t ob = first;
      while (ob < last && tok(w, ob)->b < o->spans[k].b)
        ob++;
      while (ob - 1 >= first && tok(w, ob - 1)->b >= title.e &&
             (tok(w, ob - 1)->flags & FKG_TOK_WORD) && adjective_shaped(tok(w, ob - 1)->lower))
        ob--;
      return fkg_doc_utf8(w->doc, tok(w, ob)->b, o->spans[k].e);
    }
  }
  /* The words after the title up to the name: a country first names the country alone
   * (посол Италии в Грузии); any other capitalised group names the body (глава МИД России,
   * президент ФИДЕ, генеральный директор Большого театра, координатор движения «Заря»). */
  int32_t b = first;
  while (b < last && tok(w, b)->b < title.e)
    b++;
  while (b < last && (tok(w, b)->flags & FKG_TOK_PUNCT) && !(tok(w, b)->flags & FKG_TOK_QOPEN))
    b++;
  const FkgLayer *lc = b < last ? layer(w, b, FKG_LX_COUNTRY) : NULL;
  if (lc && lc->entry && lc->entry->value == 0 && lc->last <= last)
    return fkg_tokens_text(w, b, lc->last);
  int32_t e = b, named = 0;
  for (; e < last && e < b + 9; e++) {
    const FkgToken *t = tok(w, e);
    if (fkg_tok_is(w, e, ",") || stop_punct(w, e) || fkg_tok_verb_like(w, e) ||
        w->person_at[e] >= 0 || ((t->flags & FKG_TOK_DASH) && (t->flags & FKG_TOK_SPACE)))
      break;
    if (fkg_tok_is(w, e, "и") && e + 1 < last && layer(w, e + 1, FKG_LX_POST)->entry) break;
    if ((t->flags & (FKG_TOK_CAP | FKG_TOK_QOPEN | FKG_TOK_LAT)) && w->region_at[e] < 0) named = 1;
  }
  while (e > b &&
         (((tok(w, e - 1)->flags & FKG_TOK_PUNCT) && !(tok(w, e - 1)->flags & FKG_TOK_QCLOSE)) ||
          fkg_tok_function_word(w, e - 1)))
    e--;
  if (named && e > b &&
      (e == last || !(tok(w, e)->flags & FKG_TOK_WORD) || fkg_tok_is(w, e, "и") ||
       w->person_at[e] >= 0))
    return fkg_tokens_text(w, b, e);
  /* A region named in the post, as written (губернатора Московской области). */
  for (int32_t i = first; i < last; i++) {
    if (w->region_at[i] < 0) continue;
    int32_t j = i;
    while (j < last && w->region_at[j] == w->region_at[i])
      j++;
    return fkg_tokens_text(w, i, j);
  }
  int32_t lo = fkg_sent_first(w, first);
  /* …or by its demonym before the post (подмосковного губернатора) */
  if (first > lo && demonym_before(w, first) >= 0) {
    int32_t i = first - 1;
    while (i > lo && w->region_at[i - 1] == w->region_at[first - 1])
      i--;
    return fkg_tokens_text(w, i, first);
  }
  for (int32_t i = first - 1 >= lo ? first - 1 : first; i < last; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_COUNTRY);
    if (l->entry && l->entry->value == 1)
      return fkg_lexicon_cell(w->lex, FKG_LX_COUNTRY, l->entry->row, "name_ru");
  }
  return NULL;
}

/* Is the title at token `first` a Russian plural (руководители, депутаты, представителей)?
 * Only titles whose form ends in a consonant, ь or й are read: their plural endings never end
 * a singular (главы is also the genitive of глава, so titles in -а are left alone). */
static int
plural_title(FkgWork *w, int32_t first)
{
  const FkgLayer *h = layer(w, first, FKG_LX_POST);
  if (!h->entry || !(tok(w, first)->flags & FKG_TOK_CYR)) return 0;
  char *form =
      fkg_fold_lower(&w->doc->arena, fkg_lexicon_cell(w->lex, FKG_LX_POST, h->entry->row, "form"));
  if (!form) return 0;
  char *sp = strchr(form, ' ');
  if (sp) *sp = '\0';
  size_t n = strlen(form);
  static const char *const soft[] = {"ь", "й", NULL}, *const vowel[] = {"а", "я", "о", "е", NULL};
  for (int k = 0; vowel[k]; k++)
    if (n > 2 && !strcmp(form + n - 2, vowel[k])) return 0;
  for (int k = 0; soft[k]; k++)
    if (n > 2 && !strcmp(form + n - 2, soft[k])) form[n -= 2] = '\0';
  const char *low = tok(w, first)->lower;
  if (strncmp(low, form, n) != 0) return 0;
  static const char *const pl[] = {"ы",  "и",   "ов",  "ев", "ей", "ам",
                                   "ям", "ами", "ями", "ах", "ях", NULL};
  for (int k = 0; pl[k]; k++)
    if (!strcmp(low + n, pl[k])) return 1;
  return 0;
}

/* The region of a city named in tokens [first, last) of a post: "director of the Vladivostok
 * Comprehensive Social Services Centre" works in Primorsky Krai. -1 when none is named. (A
 * region that only its city names is no entity of the graph, and the relation to it is not
 * written: the graph's regions are the ones the text mentions.) */
static int32_t
city_region(FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_CITY);
    if (!l->entry || l->last > last) continue;
    int32_t rrow = fkg_region_row_of(w, FKG_LX_CITY, l->entry->row);
    if (rrow >= 0) return fkg_region_entity(w, rrow);
  }
  return -1;
}

static FkgStatus
add_post(FkgWork *w, int p, int32_t first, int32_t last, int32_t region)
{
  FkgDoc *doc = w->doc;
  FkgArena *a = &doc->arena;
  int32_t pe = w->people[p].ent;
  const char *label = fkg_tokens_text(w, first, last);
  if (!label) return FKG_BAD_ALLOC;
  char *slug = fkg_slug(w->ctx, a, label, 60);
  if (!slug) return FKG_BAD_ALLOC; /* as for every other slug (it was printed as "(null)") */
  const char *pkey = w->facts->ents[pe].key + strlen("person/");
  int32_t post = fkg_facts_entity(w->facts, FKG_E_POST, fkg_join(a, "post/", pkey, "/", slug));
  if (post < 0) return FKG_BAD_ALLOC;
  w->facts->ents[post].label = label;
  fkg_facts_span(w->facts, post, tok(w, first)->b, tok(w, last - 1)->e);
  fkg_facts_rel(w->facts, FKG_R_HOLDS, pe, post);
  int32_t org = org_in(w, first, last);
  /* Title and place as an occupation fact (--facts tsv) names them. */
  w->facts->ents[post].head = post_title(w, first, last);
  if (layer(w, first, FKG_LX_POST)->entry)
    w->facts->ents[post].row = layer(w, first, FKG_LX_POST)->entry->row;
  w->facts->ents[post].where = post_where(w, first, last, w->facts->ents[post].head, org);
  if (w->facts->ents[pe].hidden) w->facts->ents[post].hidden = 1;
  if (org >= 0) fkg_facts_rel(w->facts, FKG_R_POST_IN, post, org);
  if (region < 0 && org >= 0) {
    /* The organisation's region: the last one given, when several were. */
    int32_t r = fkg_facts_first_rel(w->facts, FKG_R_REGION, org);
    if (r >= 0) region = w->facts->rels[w->facts->rels[r].last_ks].o;
  }
  if (region < 0) region = city_region(w, first, last);
  if (region < 0 && org < 0) region = publisher_region(w, first, last);
  if (region < 0) {
    /* No region in the post: a regional post (окружной департамент, governor) or a member of a
     * delegation serves the article's region; decided after every post is read. */
    int regional = has_cue(w, first, last, FKG_CUE_REGIONAL);
    int delegation = fkg_sent_has_cue(w, tok(w, first)->sent, FKG_CUE_DELEGATION);
    if ((regional || delegation) && w->main_region >= 0) w->facts->ents[post].regional = 1;
    return FKG_SUCCESS;
  }
  fkg_facts_rel(w->facts, FKG_R_REGION, post, region);
  fkg_facts_rel(w->facts, FKG_R_REPRESENTS, pe, region);
  return FKG_SUCCESS;
}

FkgStatus
fkg_rule_posts(FkgWork *w)
{
  FkgStatus st;
  for (int p = 0; p < w->npeople; p++) {
    int32_t end, first, group;
    if ((first = post_before(w, p, &end, &group)) >= 0) {
      /* Regions named in a shared post go to the coordinated names in order. */
      int32_t regs[8];
      int nregs = 0;
      for (int32_t i = first; i < end && nregs < 8; i++)
        if (w->region_at[i] >= 0 && (nregs == 0 || regs[nregs - 1] != w->region_at[i]))
          regs[nregs++] = w->region_at[i];
      /* The coordinated chain through p: mentions joined by "и", "and", "et" or a comma. */
      int members = 1, index = 0;
      for (int32_t k = w->people[p].first - 1; k - 1 >= 0;) {
        if (!(fkg_tok_is(w, k, "и") || fkg_tok_is(w, k, "and") || fkg_tok_is(w, k, "et") ||
              fkg_tok_is(w, k, ",")) ||
            w->person_at[k - 1] < 0)
          break;
        index++;
        members++;
        k = w->people[w->person_at[k - 1]].first - 1;
      }
      for (int32_t k = w->people[p].last; k + 1 < w->doc->ntoks;) {
        if (!(fkg_tok_is(w, k, "и") || fkg_tok_is(w, k, "and") || fkg_tok_is(w, k, "et") ||
              fkg_tok_is(w, k, ",")) ||
            w->person_at[k + 1] < 0)
          break;
        members++;
        k = w->people[w->person_at[k + 1]].last;
      }
      (void)group;
      int32_t region =
          nregs == 1 ? regs[0] : (nregs == members && index < nregs ? regs[index] : -1);
      if (nregs == 0) region = possessor_region(w, first);
      if (nregs == 0 && region < 0) region = demonym_before(w, first);
      /* A plural title before one name is not that person's post (руководители соседних
       * регионов, депутаты собрания, кандидату в президенты). */
      if (members > 1 || !plural_title(w, first))
        if ((st = add_post(w, p, first, end, region))) return st;
      /* "заявил представитель в Совете Федерации от … Вологодской области, член Комитета СФ
       * по социальной политике Олег Рябинин": a post before the post, after a comma, from the
       * verb or the sentence's start, is the same person's. */
      int32_t sf = members == 1 ? stacked_post(w, first) : -1;
      if (sf >= 0 && (st = add_post(w, p, sf, first - 1, region_in(w, sf, first - 1)))) return st;
    }
    /* (a second post may follow the first: "…, Deputy Chair of the Federation Council
     * Committee on Social Policy, senator from the Yamalo-Nenets Autonomous Okrug") */
    int32_t at = w->people[p].last;
    for (int posts = 0;
         posts < 2 && (first = post_after(w, at, &end)) >= 0 && !plural_title(w, first); posts++) {
      if ((st = add_post(w, p, first, end, region_in(w, first, end)))) return st;
      at = end;
    }
  }
  /* "X, who represents Krasnoyarsk Krai in the Federation Council", "X, représentant de la
   * région de Tambov", "X, представляющий Курганскую область": the region named after the cue. */
  for (int p = 0; p < w->npeople; p++) {
    int32_t pe = w->people[p].ent, k = w->people[p].last, end;
    if (fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, pe) >= 0) continue;
    /* "Lidiya Fomina from the Tomsk Region showed …", "Иван Петров из Омской области", "Olga
     * Petrova, de la région de Tver, …": where the person comes from. */
    static const char *const from[] = {"from", "из", NULL};
    static const char *const de[] = {"de", "du", NULL};
    int32_t o = -1;
    if (k < w->doc->ntoks && fkg_tok_is_any(w, k, from))
      o = k + 1;
    else if (k + 1 < w->doc->ntoks && fkg_tok_is(w, k, ",") && fkg_tok_is_any(w, k + 1, de))
      o = k + 2;
    while (o >= 0 && o < w->doc->ntoks && w->region_at[o] < 0 && fkg_tok_definite_article(w, o))
      o++;
    if (o >= 0 && o < w->doc->ntoks && w->region_at[o] >= 0) {
      fkg_facts_rel(w->facts, FKG_R_REPRESENTS, pe, w->region_at[o]);
      continue;
    }
    if (k < w->doc->ntoks && fkg_tok_is(w, k, ",")) k++;
    /* (past a post in apposition: "le sénateur X, membre du Comité …, qui représente la région
     * de l'Amour") */
    int32_t post_end;
    if (k < w->doc->ntoks && !fkg_tok_cue(w, k, FKG_CUE_REPRESENTS, NULL) &&
        post_after(w, w->people[p].last, &post_end) >= 0 && post_end < w->doc->ntoks &&
        fkg_tok_is(w, post_end, ","))
      k = post_end + 1;
    if (k >= w->doc->ntoks || !fkg_tok_cue(w, k, FKG_CUE_REPRESENTS, &end)) continue;
    int32_t hi = fkg_sent_last(w, k);
    for (int32_t j = end; j < hi && j < end + 5 && !stop_punct(w, j) && w->person_at[j] < 0; j++)
      if (w->region_at[j] >= 0) {
        fkg_facts_rel(w->facts, FKG_R_REPRESENTS, pe, w->region_at[j]);
        break;
      }
  }
  /* Second pass: people that no post places, but whose post is regional or who travel in a
   * delegation, represent the article's region. */
  for (int p = 0; p < w->npeople && w->main_region >= 0; p++) {
    int32_t pe = w->people[p].ent;
    int placed = fkg_facts_first_rel(w->facts, FKG_R_REPRESENTS, pe) >= 0, regional = 0;
    for (int32_t r = fkg_facts_first_rel(w->facts, FKG_R_HOLDS, pe); r >= 0;
         r = w->facts->rels[r].next_ks)
      if (w->facts->ents[w->facts->rels[r].o].regional) regional = 1;
    int sent = tok(w, w->people[p].first)->sent;
    if (!placed && (regional || fkg_sent_has_cue(w, sent, FKG_CUE_DELEGATION))) {
      /* A delegation named by its region in the same sentence is that region's: "La
       * délégation de la région de Novossibirsk était conduite par le vice-gouverneur X". */
      int32_t home = delegation_region(w, sent);
      /* "Pour le Primorié, la ministre … du kraï, Anna X": a regional post in a sentence that
       * names one region serves that one. */
      if (home < 0 && regional) home = only_region_in(w, sent);
      /* A paragraph that opens with a region's name and a full stop or a colon, a digest's
       * section ("ТУЛЬСКАЯ ОБЛАСТЬ. … выступил глава регионального министерства …"), places
       * the regional posts in it. */
      if (home < 0 && regional) {
        int32_t para = fkg_line_first(w, w->doc->sents[sent].first), re = para;
        while (re < w->doc->ntoks && w->region_at[re] >= 0 &&
               w->region_at[re] == w->region_at[para])
          re++;
        if (re > para && re < w->doc->ntoks && (fkg_tok_is(w, re, ".") || fkg_tok_is(w, re, ":")))
          home = w->region_at[para];
      }
      /* "Ставропольский край презентовал … практику «…». Практику представила директор краевого
       * ресурсного центра … Ольга Гармаш": a regional post in a sentence that names no region
       * serves the region the nearest sentence before it in its paragraph names, when that
       * one names one. */
      if (home < 0 && regional) {
        const FkgSentence *ps = &w->doc->sents[sent];
        int32_t para = fkg_line_first(w, ps->first);
        if (!fkg_region_named(w, ps->first, ps->last))
          for (int s2 = sent - 1; s2 >= 0 && w->doc->sents[s2].first >= para; s2--) {
            const FkgSentence *q = &w->doc->sents[s2];
            if (!fkg_region_named(w, q->first, q->last)) continue;
            home = only_region_in(w, s2);
            break;
          }
      }
      /* "1. Oblast de Kirov — « … »" on the line above, "Intervenante : X, directrice du centre
       * régional …" on this one: the line above heads the entry, and names its region (not an
       * interview's question: "Q: Who else is going to Moscow?" / "A: … headed by Deputy
       * Governor X" is the answerer's region, not the destination's). */
      int32_t sf = w->doc->sents[sent].first;
      if (home < 0 && regional && sf > 0 && (tok(w, sf)->flags & FKG_TOK_NL) &&
          !fkg_tok_is(w, sf - 1, "?"))
        home = fkg_one_region(w, fkg_line_first(w, sf - 1), sf);
      if (home < 0) home = w->main_region;
      fkg_facts_rel(w->facts, FKG_R_REPRESENTS, pe, home);
      /* By index: adding a relation may move the table. */
      for (int32_t r = fkg_facts_first_rel(w->facts, FKG_R_HOLDS, pe); r >= 0;
           r = w->facts->rels[r].next_ks) {
        int32_t post = w->facts->rels[r].o;
        if (w->facts->ents[post].regional) fkg_facts_rel(w->facts, FKG_R_REGION, post, home);
      }
    }
  }
  return FKG_SUCCESS;
}
