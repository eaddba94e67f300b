/* forumkg: extract rules, forum series, editions and other events.
 *   numbered edition:   V Форуме социальных инноваций регионов; второй Форум …; The Second
 *                       Forum of Social Innovations of Regions; 3ème Forum des innovations …
 *   elliptic edition:   Первый Форум … прошел в 2015 году в Омске, второй - в 2017 году …
 *   anaphoric edition:  the first forum (an ordinal before a bare "forum" in an article about
 *                       a series)
 *   the series itself:  Форум социальных инноваций регионов проводится с 2015 года
 *   the article's own edition: unnumbered mentions of the series when the article is about
 *                       one edition (Le Forum des innovations sociales régionales … se tiendra
 *                       du 19 au 21 juin): keyed by the series and the year it takes place.
 *   other events:       All-Russian Forum "The Future"; Форум решения социальных задач
 * A sentence that names an event, or refers to the article's event with a bare event noun
 * (форум, мероприятие, le forum), gives it the sentence's date, the city after a locative
 * preposition, and the organisations after an organiser cue (организованный, organisé par). */
#include "extract_int.h"
#include "forumkg/segment.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
roman_value(const char *s)
{
  int v = 0, prev = 1000;
  for (; *s; s++) {
    int d;
    switch (*s) {
    case 'i':
      d = 1;
      break;
    case 'v':
      d = 5;
      break;
    case 'x':
      d = 10;
      break;
    case 'l':
      d = 50;
      break;
    default:
      return 0;
    }
    v += d > prev ? d - 2 * prev : d;
    prev = d;
  }
  return v > 0 && v < 100 ? v : 0;
}

/* A French Roman ordinal in lower case (ier, iie, ve, xiième), or 0: only I, V and X before
 * the ending ("le", "la" are articles, not L + e), and "er" for the first alone. */
static int
french_roman(const char *low)
{
  static const char *const sufs[] = {"ème", "er", "e", NULL};
  size_t r = strspn(low, "ivx");
  for (int k = 0; r > 0 && r < 16 && sufs[k]; k++) {
    if (strcmp(low + r, sufs[k]) != 0) continue;
    char roman[16];
    memcpy(roman, low, r);
    roman[r] = '\0';
    int v = roman_value(roman);
    if (v && (v == 1) == (strcmp(sufs[k], "er") == 0)) return v;
  }
  return 0;
}

/* Ordinal ending at token i (inclusive); *first set to its first token. */
static int
ordinal_at(const FkgWork *w, int32_t i, int32_t *first)
{
  if (i < 0) return 0;
  const FkgToken *t = tok(w, i);
  *first = i;
  if ((t->flags & FKG_TOK_WORD) && (t->flags & FKG_TOK_CAP) &&
      ((t->flags & FKG_TOK_ALLCAPS) || t->e - t->b == 1) && (t->flags & FKG_TOK_LAT)) {
    int v = roman_value(t->lower);
    if (v) return v;
  }
  /* French Roman ordinals: Ier, IIe, Ve, XIIème */
  if ((t->flags & FKG_TOK_WORD) && (t->flags & FKG_TOK_CAP) && (t->flags & FKG_TOK_LAT)) {
    int v = french_roman(t->lower);
    if (v) return v;
  }
  /* 3ème, 2nd, 1er, 5-й */
  if (isdigit((unsigned char)t->lower[0])) {
    char *end;
    long v = strtol(t->lower, &end, 10);
    if (v > 0 && v < 100 && *end &&
        (!strcmp(end, "ème") || !strcmp(end, "e") || !strcmp(end, "er") || !strcmp(end, "re") ||
         !strcmp(end, "nd") || !strcmp(end, "rd") || !strcmp(end, "th") || !strcmp(end, "st")))
      return (int)v;
  }
  if (i >= 2 && (tok(w, i - 1)->flags & FKG_TOK_DASH) && (tok(w, i - 2)->flags & FKG_TOK_NUM)) {
    static const char *const sufs[] = {"й", "ий", "го", "м", "ом", "му", NULL};
    if (fkg_tok_is_any(w, i, sufs) && strlen(tok(w, i - 2)->lower) <= 2) {
      *first = i - 2;
      return atoi(tok(w, i - 2)->lower);
    }
  }
  if (t->flags & FKG_TOK_WORD) {
    int32_t row = fkg_lexicon_find(w->lex, FKG_LX_ORDINAL, "form", t->lower);
    if (row >= 0) return atoi(fkg_lexicon_cell(w->lex, FKG_LX_ORDINAL, row, "n"));
  }
  return 0;
}

static int32_t
series_entity(FkgWork *w, int32_t row)
{
  char key[128];
  snprintf(key, sizeof key, "series/%s", fkg_lexicon_cell(w->lex, FKG_LX_SERIES, row, "key"));
  int32_t e = fkg_facts_entity(w->facts, FKG_E_SERIES, key);
  if (e >= 0) w->facts->ents[e].row = row;
  return e;
}

static FkgStatus
push_event(FkgWork *w, int32_t first, int32_t last, int32_t ent)
{
  FkgEventMention *ne = fkg_arena_room(&w->doc->arena, w->events, (size_t)w->nevents, sizeof *ne);
  if (!ne) return FKG_BAD_ALLOC;
  w->events = ne;
  FkgEventMention *m = &w->events[w->nevents++];
  m->first = first;
  m->last = last;
  m->ent = ent;
  m->sent = tok(w, first)->sent;
  return FKG_SUCCESS;
}

static int32_t
edition_entity(FkgWork *w, int32_t series, int n)
{
  FkgEntity *s = &w->facts->ents[series];
  char *key = fkg_arena_printf(&w->doc->arena, "edition/%s-%d", s->key + strlen("series/"), n);
  int32_t e = key ? fkg_facts_entity(w->facts, FKG_E_EDITION, key) : -1;
  if (e < 0) return -1;
  w->facts->ents[e].edition = n;
  fkg_facts_rel(w->facts, FKG_R_SERIES, e, series);
  return e;
}

/* Is the year of this sentence stated as a plain year ("в 2015 году")? Such editions are
 * history, not the article's own event. */
static int
historical(const FkgWork *w, int sent)
{
  for (int k = 0; k < w->ndates; k++)
    if (tok(w, w->dates[k].first)->sent == sent && w->dates[k].start.year &&
        !w->dates[k].start.month && w->dates[k].explicit_year)
      return 1;
  return 0;
}

static int
since_follows(const FkgWork *w, int32_t from, int *year)
{
  /* A series named at the very end of the text has nothing after it. */
  if (from >= w->doc->ntoks) return 0;
  int32_t end = fkg_sent_last(w, from);
  /* …or in a relative clause after it: "Форуме …, который Совет Федерации проводит с 2015
   * года", "the Forum …, which the Federation Council has held since 2015". */
  static const char *const rel[] = {"который", "которые", "которое", "которая", "which",
                                    "that",    "qui",     "que",     NULL};
  int reach = 4;
  for (int32_t i = from; i < end && i < from + 2; i++)
    if (fkg_tok_is_any(w, i, rel)) reach = 9;
  for (int32_t i = from; i < end && i < from + reach; i++) {
    int32_t last;
    if (fkg_tok_cue(w, i, FKG_CUE_SINCE, &last)) {
      /* The verb's agent may stand before "с": "проводится Советом Федерации с 2015 года". */
      static const char *const from_words[] = {"с", "since", "depuis", NULL};
      for (int k = 0; k < w->ndates; k++)
        /* A year alone: "проходит с 24 по 27 июня 2018" is the dates of one edition. */
        if (w->dates[k].first >= i &&
            (w->dates[k].first <= last + 1 ||
             (w->dates[k].first <= last + 6 && w->dates[k].first < end &&
              (fkg_tok_is_any(w, w->dates[k].first, from_words) ||
               fkg_tok_is_any(w, w->dates[k].first - 1, from_words)))) &&
            w->dates[k].start.year && !w->dates[k].start.month) {
          *year = w->dates[k].start.year;
          return 1;
        }
    }
  }
  return 0;
}

/* Whether a creation phrase with a year alone opens the sentence before the series' name at
 * `first`: "Créé en 2015, le Forum …", "Founded in 2015, the Forum …", "Созданный в 2015 году
 * Форум …". The year is the series' first. */
static int
since_precedes(const FkgWork *w, int32_t first, int *year)
{
  int32_t lo = fkg_sent_first(w, first);
  for (int32_t i = lo; i < first && i < lo + 3; i++) {
    int32_t last;
    if (!fkg_tok_cue(w, i, FKG_CUE_SINCE, &last)) continue;
    for (int k = 0; k < w->ndates; k++)
      if (w->dates[k].first >= i && w->dates[k].first <= last + 1 && w->dates[k].last <= first &&
          w->dates[k].start.year && !w->dates[k].start.month) {
        *year = w->dates[k].start.year;
        return 1;
      }
  }
  return 0;
}

/* Where the quoted part of an event's name starts («, “ or a straight quote), or NULL. */
static const char *
quoted_part(const char *name)
{
  static const char *const marks[] = {"«", "“", "\"", "'", NULL};
  const char *first = NULL;
  for (int k = 0; marks[k]; k++) {
    const char *q = strstr(name, marks[k]);
    if (q && (!first || q < first)) first = q;
  }
  return first;
}

/* Whether the words of `name` before its quoted part (at `quote`) hold the `n` bytes at
 * `phrase`, both lower-cased (a title may capitalise its first word: Форум «…», межрегиональный
 * форум «…»). */
static int
before_quote_holds(const FkgWork *w, const char *name, const char *quote, const char *phrase,
                   size_t n)
{
  char head[128], before[256];
  size_t nb = (size_t)(quote - name);
  if (n == 0 || n >= sizeof head || nb >= sizeof before) return 0;
  memcpy(head, phrase, n);
  head[n] = '\0';
  memcpy(before, name, nb);
  before[nb] = '\0';
  const char *lh = fkg_fold_lower(&w->doc->arena, head);
  const char *lb = fkg_fold_lower(&w->doc->arena, before);
  return lh && lb && strstr(lb, lh) != NULL;
}

/* Whether event a's name is a longer name of event b: it starts with b's whole name and goes
 * on ('IX Siberian Social Forum "Care Close By"' extends "IX Siberian Social Forum"), or both
 * end in one quoted name and a's words before it hold b's ("forum interrégional « Baïkal
 * social »" extends the title's "forum « Baïkal social »"). */
static int
name_extends(const FkgWork *w, int32_t a, int32_t b)
{
  const char *na = w->facts->ents[a].name, *nb = w->facts->ents[b].name;
  size_t la = na ? strlen(na) : 0, lb = nb ? strlen(nb) : 0;
  if (!la || !lb || la <= lb) return 0;
  if (!strncmp(na, nb, lb) && na[lb] == ' ') return 1;
  const char *qa = quoted_part(na), *qb = quoted_part(nb);
  if (!qa || !qb || strcmp(qa, qb) != 0 || qb == nb) return 0;
  /* b's words before the quote, as one phrase inside a's. */
  size_t hb = (size_t)(qb - nb);
  while (hb > 0 && nb[hb - 1] == ' ')
    hb--;
  return before_quote_holds(w, na, qa, nb, hb);
}

/* The number a lower-case word of a name writes as an ordinal, Roman (iii) or in words (третий,
 * troisième); 0 when none. */
static int
word_ordinal(const FkgWork *w, const char *low)
{
  if (low[0] && strspn(low, "ivxl") == strlen(low)) return roman_value(low);
  int fr = french_roman(low);
  if (fr) return fr;
  int32_t row = fkg_lexicon_find(w->lex, FKG_LX_ORDINAL, "form", low);
  return row >= 0 ? atoi(fkg_lexicon_cell(w->lex, FKG_LX_ORDINAL, row, "n")) : 0;
}

/* The words of a name before its quoted part, each as its first five letters folded to lower
 * case, an ordinal (III, Третий) as its number: how two cases of one name compare. Returns the
 * word count, or -1 when the name has no quoted part after other words or is too long. */
typedef char FkgStem[32];

static int
pre_quote_stems(const FkgWork *w, const char *name, FkgStem *out, int max)
{
  const char *q = name ? quoted_part(name) : NULL;
  if (!q || q == name) return -1;
  char head[256];
  size_t len = (size_t)(q - name);
  if (len >= sizeof head) return -1;
  memcpy(head, name, len);
  head[len] = '\0';
  const char *f = fkg_fold_lower(&w->doc->arena, head);
  if (!f) return -1;
  int n = 0;
  for (;;) {
    while (*f == ' ')
      f++;
    if (!*f) return n;
    char word[64];
    size_t k = strcspn(f, " ");
    if (k >= sizeof word || n == max) return -1;
    memcpy(word, f, k);
    word[k] = '\0';
    int ord = word_ordinal(w, word);
    if (ord)
      snprintf(out[n], sizeof out[n], "#%d", ord);
    else
      fkg_stem5(word, out[n], sizeof out[n]);
    n++;
    f += k;
  }
}

/* Whether names a and b end in one quoted name and their words before it are the same words in
 * other cases: the title's "II Межрегионального форума «Территория заботы»" and the lead's "II
 * Межрегиональный форум «Территория заботы»" (the same first five letters of each word), or
 * with `fewer`, b's words are some of a's in a's order and end with its noun (the title's
 * "межрегионального форума «Забота рядом»", the lead's "Межрегиональный социальный форум
 * «Забота рядом»"). */
static int
same_name_other_case(const FkgWork *w, int32_t a, int32_t b, int fewer)
{
  const char *na = w->facts->ents[a].name, *nb = w->facts->ents[b].name;
  const char *qa = na ? quoted_part(na) : NULL, *qb = nb ? quoted_part(nb) : NULL;
  if (!qa || !qb || strcmp(qa, qb) != 0) return 0;
  FkgStem sa[12], sb[12];
  int ca = pre_quote_stems(w, na, sa, 12), cb = pre_quote_stems(w, nb, sb, 12);
  if (ca <= 0 || cb <= 0 || (fewer ? cb >= ca : cb != ca)) return 0;
  if (strcmp(sa[ca - 1], sb[cb - 1]) != 0) return 0;
  int k = 0;
  for (int j = 0; j < ca && k < cb; j++)
    if (!strcmp(sa[j], sb[k])) k++;
  return k == cb;
}

/* The first sentence that names event e. */
static int
first_sentence_of(const FkgWork *w, int32_t e)
{
  int first = -1;
  for (int k = 0; k < w->nevents; k++)
    if (w->events[k].ent == e && (first < 0 || w->events[k].sent < first))
      first = w->events[k].sent;
  return first;
}

/* Whether event t, named only before event l's first mention and without quotation marks
 * ("Kazan Hosts Volga Regions' Social Policy Forum"), is the title's paraphrase of l, named
 * with its quoted name in the lead ('the interregional forum "Social Volga: …"'): t's last
 * word, its noun, is among l's words before the quote. */
static int
title_paraphrase(const FkgWork *w, int32_t t, int32_t l)
{
  const char *nt = w->facts->ents[t].name, *nl = w->facts->ents[l].name;
  const char *ql = nl ? quoted_part(nl) : NULL;
  if (!nt || !ql || ql == nl || quoted_part(nt)) return 0;
  int l_first = -1, t_last = -1;
  for (int k = 0; k < w->nevents; k++) {
    if (w->events[k].ent == l && (l_first < 0 || w->events[k].sent < l_first))
      l_first = w->events[k].sent;
    if (w->events[k].ent == t && w->events[k].sent > t_last) t_last = w->events[k].sent;
  }
  if (l_first < 0 || t_last < 0 || t_last >= l_first) return 0;
  const char *noun = strrchr(nt, ' ');
  noun = noun ? noun + 1 : nt;
  return before_quote_holds(w, nl, ql, noun, strlen(noun));
}

/* Whether event a's name is event b's followed by lower-case words only, with no quotation
 * ("Forum sibérien de la longévité active dévoilé" in a title over "Forum sibérien de la
 * longévité active" in the lead): the title's participle ran on into the name. */
static int
lower_tail(const FkgWork *w, int32_t a, int32_t b)
{
  const char *na = w->facts->ents[a].name, *nb = w->facts->ents[b].name;
  size_t lb = nb ? strlen(nb) : 0;
  if (!na || !lb || strncmp(na, nb, lb) != 0 || na[lb] != ' ' || quoted_part(na + lb)) return 0;
  int32_t n = (int32_t)strlen(na), i = (int32_t)lb;
  int word_start = 1;
  while (i < n) {
    UChar32 c;
    U8_NEXT(na, i, n, c);
    if (c < 0) return 0;
    if (word_start && u_isupper(c)) return 0;
    word_start = c == ' ';
  }
  return 1;
}

/* Whether event a's name is an ordinal and then event b's whole name ("IVe Forum ouralien des
 * initiatives sociales" in a title, "quatrième Forum ouralien des initiatives sociales" in the
 * lead, whose lower-case ordinal stays out of its name). */
static int
ordinal_then(const FkgWork *w, int32_t a, int32_t b)
{
  const char *na = w->facts->ents[a].name, *nb = w->facts->ents[b].name;
  const char *sp = na ? strchr(na, ' ') : NULL;
  if (!sp || !nb || strcmp(sp + 1, nb) != 0 || (size_t)(sp - na) >= 32) return 0;
  char word[32];
  memcpy(word, na, (size_t)(sp - na));
  word[sp - na] = '\0';
  const char *low = fkg_fold_lower(&w->doc->arena, word);
  return low && word_ordinal(w, low) > 0;
}

/* Named events that are one: the title's "IX Siberian Social Forum" and the lead's 'IX
 * Siberian Social Forum "Care Close By"' (name_extends), or the title's paraphrase of the
 * lead's quoted name (title_paraphrase). The longer name is the event's; the shorter one's
 * mentions become its mentions, and it is no event of its own. */
static FkgStatus
merge_event_names(FkgWork *w)
{
  for (int a = 0; a < w->nevents; a++) {
    int32_t ea = w->events[a].ent;
    if (w->facts->ents[ea].kind != FKG_E_EVENT || w->facts->ents[ea].hidden) continue;
    for (int b = 0; b < w->nevents; b++) {
      int32_t eb = w->events[b].ent;
      if (eb == ea || w->facts->ents[eb].kind != FKG_E_EVENT || w->facts->ents[eb].hidden ||
          !((name_extends(w, ea, eb) &&
             !(lower_tail(w, ea, eb) && first_sentence_of(w, ea) < first_sentence_of(w, eb))) ||
            (lower_tail(w, eb, ea) && first_sentence_of(w, eb) < first_sentence_of(w, ea)) ||
            title_paraphrase(w, eb, ea) || ordinal_then(w, ea, eb) ||
            /* the later mention's case is kept: a title declines, a lead names */
            (same_name_other_case(w, ea, eb, 0) &&
             first_sentence_of(w, eb) < first_sentence_of(w, ea)) ||
            same_name_other_case(w, ea, eb, 1)))
        continue;
      FkgEntity *x = &w->facts->ents[eb];
      for (int k = 0; k < x->nspans; k++) {
        FkgStatus st = fkg_facts_span(w->facts, ea, x->spans[k].b, x->spans[k].e);
        if (st) return st;
        x = &w->facts->ents[eb]; /* the table may have moved */
      }
      x->hidden = 1;
      for (int k = 0; k < w->nevents; k++)
        if (w->events[k].ent == eb) w->events[k].ent = ea;
    }
  }
  return FKG_SUCCESS;
}

/* Whether the article names a session of another kind than a strategic session or a
 * discussion, outside quotation marks: what a standalone strategic session must hold to be an
 * event. */
static int
holds_other_sessions(const FkgWork *w)
{
  for (int32_t i = 0; i < w->doc->ntoks; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    /* (not a discussion: "joined the discussion" is the session itself) */
    if (l->entry && l->entry->value != FKG_ST_STRATEGIC && l->entry->value != FKG_ST_DISCUSSION &&
        !w->in_quote[i])
      return 1;
  }
  return 0;
}

/* Whether the article's first two sentences (its title and lead) hold a strategic session
 * phrase outside quotation marks. */
static int
lead_strategic_session(const FkgWork *w)
{
  for (int32_t i = 0; i < w->doc->ntoks && tok(w, i)->sent <= w->lead_last; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    if (l->entry && l->entry->value == FKG_ST_STRATEGIC && !w->in_quote[i]) return 1;
  }
  return 0;
}

/* Whether edition `ed` is mentioned in the article's first two sentences. */
static int
edition_in_lead(const FkgWork *w, int32_t ed)
{
  for (int k = 0; k < w->nevents; k++)
    if (w->events[k].ent == ed && w->events[k].sent <= w->lead_last) return 1;
  return 0;
}

/* The quotation that titles a session phrase ending at token k, right after it or after at
 * most three lower-case words or function words ("séance stratégique de district « … »",
 * "стратегическая сессия округа «…»"), or -1. */
static int32_t
title_after(const FkgWork *w, int32_t k, int32_t *cf, int32_t *cl, int32_t *close)
{
  for (int32_t q = k; q < w->doc->ntoks && q <= k + 3; q++) {
    if (fkg_quote_span(w, q, cf, cl, close)) return q;
    const FkgToken *t = tok(w, q);
    if (!(t->flags & FKG_TOK_WORD) || ((t->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, q)) ||
        fkg_tok_verb_like(w, q) || layer(w, q, FKG_LX_SESSION)->entry)
      return -1;
  }
  return -1;
}

/* Whether token q is a practice noun in the singular right before a quotation, which then
 * names that practice: "представил на форуме результаты проекта «Кузбасская семья»" (a
 * forum of practices, "форум социальных практик «…»", has the plural). */
static int
practice_owns_quote(const FkgWork *w, int32_t q)
{
  static const char *const plural[] = {"ов", "ев", "ик", "ий", "ей", "ам", "ах", "s", NULL};
  return fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL) && q + 1 < w->doc->ntoks &&
         ((tok(w, q + 1)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, q + 1, "\"")) &&
         !fkg_ends_with_any(tok(w, q)->lower, plural, 2);
}

/* Event nouns that name an event only with a quoted name after them: конференция, congrès,
 * summit, festival. */
static int
quoted_event_noun(const FkgWork *w, int32_t i)
{
  static const char *const types[] = {"conference", "congress", "summit", "festival", NULL};
  return fkg_tok_event_type(w, i, types);
}

/* Event nouns that refer back to the article's event: форум, мероприятие, forum, event. */
static int
event_anaphor(const FkgWork *w, int32_t i)
{
  static const char *const types[] = {"forum", "event", "meeting", NULL};
  return fkg_tok_event_type(w, i, types);
}

/* The last edition an ordinal and a bare event noun name in sentence `sent` ("the first
 * forum"), or -1. */
static int32_t
ordinal_edition_in(const FkgWork *w, int sent)
{
  int32_t ed = -1;
  for (int k = 0; k < w->nordinal_events; k++)
    if (w->ordinal_events[k].sent == sent) ed = w->ordinal_events[k].ent;
  return ed;
}

/* Whether tokens from i say "of this kind" (de ce type, de ce genre, of its kind, такого
 * рода): the first meeting of this kind is no first edition of anything. */
static int
of_this_kind(const FkgWork *w, int32_t i)
{
  static const char *const of[] = {"de", "of", NULL};
  static const char *const this[] = {"ce", "cette", "this", "its", "that", NULL};
  static const char *const kind[] = {"type", "genre", "sorte", "kind", "sort", NULL};
  static const char *const ru_this[] = {"такого", "подобного", NULL};
  static const char *const ru_kind[] = {"рода", "типа", "формата", NULL};
  int32_t n = w->doc->ntoks;
  if (i + 1 < n && fkg_tok_is_any(w, i, ru_this) && fkg_tok_is_any(w, i + 1, ru_kind)) return 1;
  return i + 2 < n && fkg_tok_is_any(w, i, of) && fkg_tok_is_any(w, i + 1, this) &&
         fkg_tok_is_any(w, i + 2, kind);
}

/* Whether token i is the noun of an event's name: a series', or an event noun in capitals or
 * after an ordinal (not "the largest forum of its kind"). */
static int
event_word(const FkgWork *w, int32_t i)
{
  int32_t of;
  /* (inside a series' name too: the walk back from a mention meets its last word first) */
  for (int32_t k = i; k >= 0 && k >= i - 8; k--)
    if (layer(w, k, FKG_LX_SERIES)->entry && layer(w, k, FKG_LX_SERIES)->last > i) return 1;
  return event_anaphor(w, i) &&
         ((tok(w, i)->flags & FKG_TOK_CAP) || (i > 0 && ordinal_at(w, i - 1, &of)));
}

/* Whether token i of sentence s starts a city that locates an event (after a locative
 * preposition, or first in a heading's line); sets *c to the city's entity. -1 when out of
 * memory. */
static int
city_at(FkgWork *w, const FkgSentence *s, int32_t i, int heading, int32_t *c)
{
  static const char *const preps[] = {"в", "во", "in", "à", "at", "a", NULL};
  const FkgLayer *l = layer(w, i, FKG_LX_CITY);
  if (!l->entry) return 0;
  /* A heading's "Москва, 10–12 сентября 2025 года" names the city first, with no
   * preposition. */
  /* (the region a city names the start of is no city: "Krasnogorsk, Moscow Region") */
  if (w->region_at[i] >= 0 && l->last < s->last && w->region_at[l->last] == w->region_at[i])
    return 0;
  int ok = heading && (i == s->first || fkg_tok_is(w, i - 1, ",") || fkg_tok_is(w, i - 1, "|") ||
                       (tok(w, i - 1)->flags & FKG_TOK_DASH));
  for (int32_t k = i - 1; k >= s->first && k >= i - 3; k--)
    if (fkg_tok_is_any(w, k, preps)) ok = 1;
  if (!ok) return 0;
  char *key = fkg_join(&w->doc->arena, "city/",
                       fkg_lexicon_cell(w->lex, FKG_LX_CITY, l->entry->row, "key"), NULL, NULL);
  *c = key ? fkg_facts_entity(w->facts, FKG_E_CITY, key) : -1;
  if (*c < 0) return -1;
  w->facts->ents[*c].row = l->entry->row;
  fkg_facts_span(w->facts, *c, tok(w, i)->b, tok(w, l->last - 1)->e);
  int32_t rrow = fkg_region_row_of(w, FKG_LX_CITY, l->entry->row);
  if (rrow >= 0) fkg_facts_rel(w->facts, FKG_R_REGION, *c, fkg_region_entity(w, rrow));
  return 1;
}

/* Places ent, unless placed before, in the first city of tokens [lo, hi) of sentence s that
 * locates an event. 1 when there was one, -1 when out of memory, else 0. */
static int
locate_in(FkgWork *w, int32_t ent, const FkgSentence *s, int32_t lo, int32_t hi, int heading)
{
  for (int32_t i = lo; i < hi; i++) {
    int32_t c;
    int found = city_at(w, s, i, heading, &c);
    if (found < 0) return -1;
    if (!found) continue;
    if (fkg_facts_first_rel(w->facts, FKG_R_LOCATION, ent) < 0)
      fkg_facts_rel(w->facts, FKG_R_LOCATION, ent, c);
    return 1;
  }
  return 0;
}

/* The city of the event named by tokens [from, to) of sentence `sent` (from < 0: of the
 * sentence's one event): the first that locates an event. Where the sentence names another
 * event too, the city is in this mention's stretch, between the event names before and after
 * it, and after the mention before it: "The seventh forum will take place in Kazan in 2026, …
 * the closing session of the sixth forum, which ran in Moscow". */
static void
attach_city(FkgWork *w, int32_t ent, int sent, int heading, int32_t from, int32_t to)
{
  const FkgSentence *s = &w->doc->sents[sent];
  /* the stretches to look in, in turn */
  int32_t look[2][2] = {{s->first, s->last}, {0, 0}};
  if (from >= 0) {
    int32_t b = from, e = to;
    while (b > s->first && !event_word(w, b - 1))
      b--;
    while (e < s->last && !event_word(w, e))
      e++;
    if (b > s->first || e < s->last) {
      look[0][0] = from;
      look[0][1] = e;
      look[1][0] = b;
      look[1][1] = from;
    }
  }
  for (int k = 0; k < 2; k++)
    if (locate_in(w, ent, s, look[k][0], look[k][1], heading)) return;
}

/* Whether sentence `sent` is a line of its own that a quotation fills: an event's theme under
 * its name. */
static int
quotation_line(const FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  int32_t cf, cl, close;
  if (s->first >= s->last || !(tok(w, s->first)->flags & FKG_TOK_NL) ||
      !fkg_quote_span(w, s->first, &cf, &cl, &close))
    return 0;
  int32_t e = close + 1;
  while (e < s->last && (tok(w, e)->flags & FKG_TOK_PUNCT))
    e++;
  return e == s->last && (e >= w->doc->ntoks || (tok(w, e)->flags & FKG_TOK_NL));
}

/* Whether tokens [first, last) are a place's words: each part between commas opens with a
 * capital, a city and then its venue ("Москва, Гостиный двор"); dashes may join words. */
static int
place_words(const FkgWork *w, int32_t first, int32_t last)
{
  for (int32_t i = first; i < last; i++) {
    uint32_t f = tok(w, i)->flags;
    int opens = i == first || fkg_tok_is(w, i - 1, ",");
    if (i > first && !opens && fkg_tok_is(w, i, ",")) continue;
    if (f & FKG_TOK_DASH) continue;
    if (!(f & FKG_TOK_WORD) || (opens && !(f & FKG_TOK_CAP))) return 0;
  }
  return 1;
}

/* Whether sentence `sent` is a line of a place and a date alone, as an announcement's heading
 * writes under the event's name: "Москва, 10–12 сентября 2025 года", "Moscou, 8–10 juin 2022":
 * one to three capitalised words, a comma or a dash, a range of days, and nothing after it but
 * punctuation. */
static int
place_date_line(const FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  const FkgDateExpr *d = fkg_date_in_sentence(w, sent);
  /* Only a range: a single day there may be the article's own (МОСКВА, 11 сентября. /ТАСС/.). */
  if (!d || !d->start.month || !d->end.month) return 0;
  /* The other order, "15–17 сентября 2027 года, Москва, Центр международной торговли": the
   * range opens the line, a comma (or a bar) and a capitalised place follow, and the line ends
   * there. */
  if (d->first == s->first && (tok(w, s->first)->flags & FKG_TOK_NL)) {
    if (d->last == s->last) return 1;
    if (!(fkg_tok_is(w, d->last, ",") || fkg_tok_is(w, d->last, "|")) || d->last + 1 >= s->last ||
        !(tok(w, d->last + 1)->flags & FKG_TOK_CAP) || s->last - d->last > 12)
      return 0;
    for (int32_t i = d->last + 1; i < s->last; i++)
      if ((tok(w, i)->flags & (FKG_TOK_NL | FKG_TOK_NUM | FKG_TOK_QOPEN)) ||
          fkg_tok_cue(w, i, FKG_CUE_HELD, NULL))
        return 0;
    return 1;
  }
  /* (the venue may follow the city: "Moscow, Gostiny Dvor, 9–11 September 2025", "Москва,
   * Гостиный двор, …": each part between commas opens with a capital) */
  if (d->first < s->first + 2 || d->first > s->first + 8) return 0;
  int32_t sep = d->first - 1;
  if (!fkg_tok_is(w, sep, ",") && !(tok(w, sep)->flags & FKG_TOK_DASH)) return 0;
  if (!place_words(w, s->first, sep)) return 0;
  for (int32_t i = d->last; i < s->last; i++)
    if (!(tok(w, i)->flags & FKG_TOK_PUNCT)) return 0;
  return 1;
}

/* Whether sentence `sent` is a line of a place alone, under an event's name and above its dates:
 * "Москва, Центр международной торговли" / "14–16 сентября 2022 г.": a few words, each part
 * between commas opening with a capital, no number. */
static int
place_line(const FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  if (s->first >= s->last || s->last - s->first > 10 || !(tok(w, s->first)->flags & FKG_TOK_NL) ||
      fkg_tok_is(w, s->last - 1, ","))
    return 0;
  for (int32_t i = s->first; i < s->last; i++)
    if ((i > s->first && (tok(w, i)->flags & FKG_TOK_NL)) || (tok(w, i)->flags & FKG_TOK_NUM))
      return 0;
  return place_words(w, s->first, s->last);
}

/* Whether sentence `sent` is a range of days alone on its line ("14–16 сентября 2022 г.",
 * "9-11 September 2025"), under a place line. */
static int
date_range_line(const FkgWork *w, int sent)
{
  static const char *const year_words[] = {"г", "гг", "года", NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  const FkgDateExpr *d = fkg_date_in_sentence(w, sent);
  if (!d || !d->start.month || !d->end.month || d->first != s->first ||
      !(tok(w, s->first)->flags & FKG_TOK_NL))
    return 0;
  for (int32_t i = d->last; i < s->last; i++)
    if ((tok(w, i)->flags & FKG_TOK_NL) ||
        !((tok(w, i)->flags & FKG_TOK_PUNCT) || fkg_tok_is_any(w, i, year_words)))
      return 0;
  return 1;
}

/* Whether sentence `sent` says today (сегодня, today, aujourd'hui), or, with `morning`, this
 * morning (ce matin). */
static int
says_today(const FkgWork *w, int sent, int morning)
{
  static const char *const today[] = {"сегодня", "today", "aujourd'hui", "aujourd’hui", NULL};
  static const char *const mornings[] = {"matin", "morning", NULL};
  static const char *const this[] = {"ce", "this", NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  for (int32_t i = s->first; i < s->last; i++)
    if (fkg_tok_is_any(w, i, today) || (morning && i > s->first && fkg_tok_is_any(w, i, mornings) &&
                                        fkg_tok_is_any(w, i - 1, this)))
      return 1;
  return 0;
}

/* Dates event `ent` by the date of sentence `sent` nearest to its mention [first, last). */
static void
attach_date(FkgWork *w, int32_t ent, int sent, int32_t first, int32_t last, int anaphor)
{
  FkgEntity *e = &w->facts->ents[ent];
  /* With no date of its own, a sentence that says the event closed today ("…в рамках Форума,
   * который сегодня завершился", "which closed today") gives the article's day as its last;
   * one that says it opens today or this morning ("Сегодня в Москве стартовал VII Форум",
   * "ouvre ses portes ce matin"), as its first. */
  if (!e->end.month && !e->start.month && w->doc->date.day && !fkg_date_in_sentence(w, sent)) {
    if (fkg_sent_has_cue(w, sent, FKG_CUE_CLOSED) && says_today(w, sent, 0)) {
      e->end = w->doc->date;
      return;
    }
    if (fkg_sent_has_cue(w, sent, FKG_CUE_OPENS) && says_today(w, sent, 1)) {
      e->start = w->doc->date;
      return;
    }
  }
  const FkgDateExpr *d = fkg_date_near(w, sent, first, last);
  if (!d) return;
  /* "…opened on Wednesday and will run through August 28": the last day alone is known; a
   * later "the forum continues on August 27" is no first day. */
  if (!e->start.month && e->end.month && anaphor) return;
  /* A bare year dated it before ("Créé en 2015, le Forum …" of an article about this
   * year's edition) and this date has its month: the month's date refines that year, or,
   * in another year, replaces it when nearer the article's own date. */
  const FkgDate *ad = &w->doc->date;
  int refine = e->start.year && !e->start.month && !e->end.month && d->start.month &&
               (!d->start.year || d->start.year == e->start.year ||
                (ad->year && abs(d->start.year - ad->year) < abs(e->start.year - ad->year)));
  /* …and so does a day of the month that alone dated it ("in September 2026", then "from 8 to
   * 10 September 2026"). */
  refine |= e->start.month && !e->start.day && !e->end.month && d->start.day &&
            d->start.month == e->start.month && (!d->start.year || d->start.year == e->start.year);
  if ((e->start.year || e->start.month) && !refine) {
    /* A single day dated it before, and this range holds that day: the day was one of the
     * event's (a session's, a ceremony's, the dateline's), the range is the event's own, also
     * when a reference names it ("The forum … is being held on September 10-12, 2025"). */
    if (e->end.month || !e->start.day || !fkg_date_range_holds(d, e->start)) return;
  }
  /* "в 2019 году наш форум получил …": a bare year next to a pronoun-like reference dates
   * something else about the forum, not its edition ("The forum, which runs until October
   * 28" does date it). */
  if (anaphor && !d->start.month && !d->end.month) return;
  /* "…the law on social services, which took effect on 1 January 2015, … forum participants
   * pointed to …": a date a year or more from the article's own is not the date of the event
   * the article reports, when only a reference to it stands in the sentence. */
  const FkgDate *a = &w->doc->date;
  const FkgDate *x = d->start.month ? &d->start : &d->end;
  if (anaphor && a->year && a->month && x->year &&
      abs((x->year * 12 + x->month) - (a->year * 12 + a->month)) >= 12)
    return;
  FkgDate known_end = e->end;
  e->start = d->start;
  e->end = d->end;
  if (!e->end.month && known_end.month) e->end = known_end;
  /* "…, qui s'est achevé le 8 septembre à Moscou", "завершился 21 июня": the one day of a
   * sentence that says the event closed is its last day. */
  /* (not when the sentence says when it was held too: "завершил работу Форум, проходивший 6
   * ноября" gives the day it was held on) */
  if (!e->end.month && e->start.day && fkg_sent_has_cue(w, sent, FKG_CUE_CLOSED) &&
      !fkg_sent_has_cue(w, sent, FKG_CUE_HELD)) {
    int dates = 0;
    for (int q = w->date_in_sent[sent];
         q >= 0 && q < w->ndates && tok(w, w->dates[q].first)->sent == sent; q++)
      dates++;
    if (dates == 1) {
      e->end = e->start;
      memset(&e->start, 0, sizeof e->start);
      return;
    }
  }
  /* "opened on September 3 and will run until September 5", "s'ouvre le 3 et durera jusqu'au
   * 5 septembre": a last day alone later in the sentence ends it. */
  for (int k = 0; k < w->ndates && !e->end.month; k++) {
    const FkgDateExpr *u = &w->dates[k];
    if (u->first >= d->last && tok(w, u->first)->sent == sent && !u->start.month && u->end.month &&
        (u->end.month > d->start.month ||
         (u->end.month == d->start.month && u->end.day > d->start.day)))
      e->end = u->end;
  }
  /* A timeline's paragraph opens with its year ("2017, Красногорск. Второй форум прошёл 8–9
   * июня …"): a day and a month in it are of that year. */
  if (e->start.month && !e->start.year) {
    int32_t ls = fkg_line_first(w, w->doc->sents[sent].first);
    const FkgToken *y = tok(w, ls);
    int year = (y->flags & FKG_TOK_NUM) && strlen(y->lower) == 4 ? atoi(y->lower) : 0;
    if (year >= 1990 && year <= 2100 && ls + 1 < w->doc->ntoks &&
        (fkg_tok_is(w, ls + 1, ",") || fkg_tok_is(w, ls + 1, ".") ||
         (tok(w, ls + 1)->flags & FKG_TOK_DASH)))
      e->start.year = year;
  }
  if (e->end.month && !e->end.year && e->start.year) e->end.year = e->start.year;
}

static void
attach_organizers(FkgWork *w, int32_t ent, int sent)
{
  FkgSentence *s = &w->doc->sents[sent];
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t last;
    if (!fkg_tok_cue(w, i, FKG_CUE_ORGANIZER, &last)) continue;
    /* The list of organisations after the cue: "X, Y и Z"; after its colon ("Организаторы:
     * X, Y"), or after the event named and the verb or a colon ("Организаторами X Форума …
     * выступили Y и Z", "Организаторы форума: Y, Z"). */
    int32_t j = last;
    int label = j < s->last && fkg_tok_is(w, j, ":");
    if (label) j++;
    /* (the event's noun alone: "Организаторы форума: …") */
    if (j + 1 < s->last && event_anaphor(w, j) && fkg_tok_is(w, j + 1, ":")) j += 2;
    for (int k = w->event_first_in ? w->event_first_in[sent] : -1; k >= 0 && w->event_next_in;
         k = w->event_next_in[k])
      if (w->events[k].first == j && w->events[k].last < s->last &&
          (fkg_tok_verb_like(w, w->events[k].last) || fkg_tok_is(w, w->events[k].last, ":"))) {
        j = w->events[k].last + 1;
        break;
      }
    int misses = 0, found = 0;
    while (j < s->last && misses < 4) {
      int32_t end;
      int32_t org = fkg_org_at(w, j, s->last, &end);
      if (org >= 0) {
        fkg_facts_rel(w->facts, FKG_R_ORGANIZER, ent, org);
        j = end;
        misses = 0;
        found = 1;
        continue;
      }
      /* A parenthesis after a name adds to it, it is no gap between names: "… Республики Саха
       * (Якутия) и Фонд …". */
      if (fkg_tok_is(w, j, "(")) {
        int32_t q = j + 1;
        while (q < s->last && q < j + 8 && !fkg_tok_is(w, q, ")"))
          q++;
        if (q < s->last && fkg_tok_is(w, q, ")")) {
          j = q + 1;
          continue;
        }
      }
      /* (a label's list may go on after a semicolon: "Organisers: X; Y") */
      if (fkg_tok_clause_end(w, j) && !(label && fkg_tok_is(w, j, ";"))) break;
      misses++;
      j++;
    }
    /* A cue with no organisation after it ("проводится с 2015 года, организаторами
     * выступают …") leaves the sentence's next cue to name them. */
    if (found) return;
    i = last - 1;
  }
}

/* The end of a name at tokens [first, last) with its closing quote mark: a series form
 * matched by its words stops before the » that closes its «, which the name keeps
 * (форуме «Сообщество»). */
/* Whether token i is a capitalised word. */
static int
cap_word(const FkgWork *w, int32_t i)
{
  return i < w->doc->ntoks &&
         (tok(w, i)->flags & (FKG_TOK_CAP | FKG_TOK_WORD)) == (FKG_TOK_CAP | FKG_TOK_WORD);
}

static int32_t
closed_end(const FkgWork *w, int32_t first, int32_t last)
{
  return fkg_quotes_open(w, first, last) > 0 && last < w->doc->ntoks &&
                 (tok(w, last)->flags & FKG_TOK_QCLOSE)
             ? last + 1
             : last;
}

/* Whether the series phrase at token i is a short form of the series' name: fewer words than
 * its label in the language of the token ("Форум социальных инноваций", "Forum of Social
 * Innovations"). */
static int
short_form(const FkgWork *w, const FkgLayer *l, int32_t i)
{
  static const char *const cols[] = {"label_ru", "label_en", "label_fr"};
  /* a form of any language is compared with the label of the document's */
  int lang = l->entry->lang >= 0 && l->entry->lang < 3 ? l->entry->lang : (int)w->doc->lang;
  if (lang < 0 || lang > 2) lang = 0;
  const char *label = fkg_lexicon_cell(w->lex, FKG_LX_SERIES, l->entry->row, cols[lang]);
  int words = label && *label ? 1 : 0;
  for (const char *c = label; c && *c; c++)
    words += *c == ' ';
  int32_t matched = 0;
  for (int32_t k = i; k < l->last; k++)
    matched += (tok(w, k)->flags & FKG_TOK_WORD) != 0;
  return matched < words;
}

/* Whether the words [first, noun) before a lower-case Russian event noun, capitalised or
 * lower-case adjectives after a capitalised one, open a name: the one next to the noun an
 * adjective in any case (Дальневосточный форум, III Северо-Кавказском форуме, Арктическом
 * социальном форуме), and none of them a word that points back. */
static int
name_adjective(const FkgWork *w, int32_t first, int32_t noun)
{
  int32_t adj = noun - 1;
  if (adj < first || !fkg_tok_ru_adjective_any_case(w, adj)) return 0;
  for (int32_t k = first; k < noun; k++)
    if (fkg_tok_cue(w, k, FKG_CUE_ANAPHOR, NULL)) return 0;
  return 1;
}

static int sentence_initial(const FkgWork *w, int32_t i);

/* Whether the series phrase at token i names an event of its own rather than the series: a
 * regional one, "краевой форум социальных инноваций «Территория заботы»", "a regional forum of
 * social innovations". (A quoted name after the phrase is no sign: an edition may have its
 * theme there, "Второй форум социальных инноваций регионов «…»".) */
static int
named_otherwise(const FkgWork *w, int32_t i)
{
  const FkgLayer *l = layer(w, i, FKG_LX_SERIES);
  if (!l->entry) return 0;
  /* "Форум социальных инноваций Прикамья": a short form of the series' name with a region
   * after it, in place of "регионов", is that region's forum. After the full name a region
   * starts the next clause (на Форуме социальных инноваций регионов Пермский край представил …). */
  if (l->last < w->doc->ntoks && w->region_at[l->last] >= 0 &&
      !(tok(w, l->last)->flags & FKG_TOK_NL) && tok(w, l->last)->sent == tok(w, i)->sent &&
      short_form(w, l, i))
    return 1;
  /* "III Северо-Кавказский форум социальных инноваций", "the 2nd Siberian Forum of Social
   * Innovations": a short form after a capitalised qualifier of its own (not an ordinal, an
   * article or a preposition) is another forum. At a sentence's start a capital says nothing
   * ("Next Forum of Social Innovations", "Следующий форум …"). */
  int32_t of;
  if (i > 1 && cap_word(w, i - 1) && !sentence_initial(w, i - 1) &&
      !fkg_tok_function_word(w, i - 1) && !fkg_tok_venue(w, i - 1) && !ordinal_at(w, i - 1, &of) &&
      !layer(w, i - 1, FKG_LX_ORDINAL)->entry &&
      (!(tok(w, i - 1)->flags & FKG_TOK_CYR) || fkg_tok_ru_adjective_any_case(w, i - 1)) &&
      short_form(w, l, i))
    return 1;
  return i > 0 && !(tok(w, i - 1)->flags & FKG_TOK_CAP) &&
         fkg_tok_cue(w, i - 1, FKG_CUE_REGIONAL, NULL);
}

/* Whether token i starts its sentence, or a sentence inside a quotation joined to it («Форум
 * давно перестал …»; '… colleagues. Forum gives …'): only quote marks before it, back to the
 * sentence start or a full stop. */
static int
sentence_initial(const FkgWork *w, int32_t i)
{
  int32_t k = i - 1, lo = fkg_sent_first(w, i);
  while (k >= lo && (tok(w, k)->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE) || fkg_tok_is(w, k, "\"")))
    k--;
  return k < lo || fkg_tok_clause_end(w, k);
}

/* Records the edition `num` of `series` that tokens [first, last) name by an ordinal, with the
 * date, city and organisers of its sentence near it. */
static FkgStatus
add_ordinal_edition(FkgWork *w, int32_t series, int num, int32_t first, int32_t last, int32_t until)
{
  int32_t ed = edition_entity(w, series, num);
  if (ed < 0) return FKG_BAD_ALLOC;
  if (!w->facts->ents[ed].name) w->facts->ents[ed].name = fkg_tokens_text(w, first, last);
  fkg_facts_span(w->facts, ed, tok(w, first)->b, tok(w, last - 1)->e);
  /* …which its sentence's date and place describe ("Второй форум прошёл 8–9 июня в
   * Подмосковье"), not the article's event (below) */
  int sent = tok(w, first)->sent;
  if (until < 0) {
    attach_date(w, ed, sent, first, last, 0);
    attach_city(w, ed, sent, 0, first, last);
    attach_organizers(w, ed, sent);
  } else {
    /* (an edition whose noun is left out: its date and city are the first of [last, until)) */
    FkgEntity *e = &w->facts->ents[ed];
    for (int q = 0; q < w->ndates && !e->start.year && !e->start.month; q++)
      if (w->dates[q].first >= last && w->dates[q].first < until) {
        e->start = w->dates[q].start;
        e->end = w->dates[q].end;
      }
    if (locate_in(w, ed, &w->doc->sents[sent], last, until, 0) < 0) return FKG_BAD_ALLOC;
  }
  FkgEventMention *oe =
      fkg_arena_room(&w->doc->arena, w->ordinal_events, (size_t)w->nordinal_events, sizeof *oe);
  if (!oe) return FKG_BAD_ALLOC;
  w->ordinal_events = oe;
  oe[w->nordinal_events++] = (FkgEventMention){first, last, ed, sent};
  return FKG_SUCCESS;
}

FkgStatus
fkg_rule_events(FkgWork *w)
{
  FkgStatus st;
  int32_t n = w->doc->ntoks;
  int32_t unnumbered[64];
  int nun = 0;
  int32_t main_numbered = -1, any_series = -1;
  for (int32_t i = 0; i < n; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SERIES);
    if (!l->entry || named_otherwise(w, i)) continue;
    int32_t series = series_entity(w, l->entry->row);
    if (series < 0) return FKG_BAD_ALLOC;
    any_series = series;
    /* The series' name is written here, inside an edition's name or alone. */
    if ((st = fkg_facts_span(w->facts, series, tok(w, i)->b, tok(w, l->last - 1)->e))) return st;
    int32_t ofirst;
    int num = ordinal_at(w, i - 1, &ofirst);
    /* "the sixth edition of the Forum of …", "la sixième édition du Forum …" */
    static const char *const of_the[] = {"of", "the", "du", "de", "la", "l'", "l’", NULL};
    int32_t noun = i - 1, cue_end;
    while (noun > 0 && noun > i - 3 && fkg_tok_is_any(w, noun, of_the))
      noun--;
    if (!num && noun < i - 1 && fkg_tok_cue(w, noun, FKG_CUE_EDITION, &cue_end) &&
        cue_end == noun + 1)
      num = ordinal_at(w, noun - 1, &ofirst);
    /* A heading's series name alone on its line, the edition's ordinal opening the line below:
     * "FORUM DES INNOVATIONS SOCIALES DES RÉGIONS" / "VIe édition — Moscou, 10–12 septembre". */
    int32_t below = -1, below_first = -1;
    if (!num && (i == 0 || (tok(w, i)->flags & FKG_TOK_NL)) && l->last + 1 < n &&
        (tok(w, l->last)->flags & FKG_TOK_NL))
      for (int32_t c = l->last + 1; c <= l->last + 2 && c < n && below < 0; c++) {
        int n2 = fkg_tok_cue(w, c, FKG_CUE_EDITION, &cue_end) && cue_end == c + 1 &&
                         !(tok(w, c)->flags & FKG_TOK_NL)
                     ? ordinal_at(w, c - 1, &below_first)
                     : 0;
        if (n2 && below_first == l->last) {
          num = n2;
          below = c + 1;
        }
      }
    /* …or after a dash on the series' own line, ending it: "FORUM DES INNOVATIONS SOCIALES DES
     * RÉGIONS – 5e ÉDITION" (the heading names the edition as the line below would). */
    if (!num && (i == 0 || (tok(w, i)->flags & FKG_TOK_NL)) && l->last + 3 <= n &&
        (tok(w, l->last)->flags & FKG_TOK_DASH) && !(tok(w, l->last)->flags & FKG_TOK_NL)) {
      int32_t c = l->last + 2;
      int n2 = fkg_tok_cue(w, c, FKG_CUE_EDITION, &cue_end) && cue_end == c + 1 &&
                       !(tok(w, c)->flags & FKG_TOK_NL) &&
                       (c + 1 == n || (tok(w, c + 1)->flags & FKG_TOK_NL))
                   ? ordinal_at(w, c - 1, &below_first)
                   : 0;
      if (n2 && below_first == l->last + 1) {
        num = n2;
        below = c + 1;
      }
    }
    if (num && below >= 0) {
      int32_t ed = edition_entity(w, series, num);
      if (ed < 0) return FKG_BAD_ALLOC;
      FkgEntity *e = &w->facts->ents[ed];
      if (!e->name) e->name = fkg_tokens_text(w, i, l->last);
      if ((st = fkg_facts_span(w->facts, ed, tok(w, i)->b, tok(w, l->last - 1)->e))) return st;
      if ((st = fkg_facts_span(w->facts, ed, tok(w, below_first)->b, tok(w, below - 1)->e)))
        return st;
      if ((st = push_event(w, below_first, below, ed))) return st;
      if (main_numbered < 0 && !historical(w, tok(w, i)->sent)) main_numbered = ed;
      i = l->last - 1;
      continue;
    }
    if (num) {
      int32_t ed = edition_entity(w, series, num);
      if (ed < 0) return FKG_BAD_ALLOC;
      FkgEntity *e = &w->facts->ents[ed];
      if (!e->name) e->name = fkg_tokens_text(w, ofirst, closed_end(w, ofirst, l->last));
      if ((st = fkg_facts_span(w->facts, ed, tok(w, ofirst)->b, tok(w, l->last - 1)->e))) return st;
      if ((st = push_event(w, ofirst, l->last, ed))) return st;
      if (main_numbered < 0 && !historical(w, tok(w, i)->sent)) main_numbered = ed;
      /* Ellipsis in the same sentence: "…, второй - в 2017 году в Красногорске". */
      for (int32_t k = l->last; k + 1 < fkg_sent_last(w, i); k++) {
        int32_t f2;
        int n2;
        if (fkg_tok_is(w, k, ",") && (n2 = ordinal_at(w, k + 1, &f2)) && f2 == k + 1 &&
            (tok(w, k + 2 < n ? k + 2 : k)->flags & FKG_TOK_DASH)) {
          int32_t ed2 = edition_entity(w, series, n2);
          if (ed2 < 0) return FKG_BAD_ALLOC;
          if (!w->facts->ents[ed2].name)
            w->facts->ents[ed2].name = fkg_tokens_text(w, k + 1, k + 2);
          fkg_facts_span(w->facts, ed2, tok(w, k + 1)->b, tok(w, k + 1)->e);
          /* The ellipsis carries its own date and city: attach them from the clause. */
          for (int q = 0; q < w->ndates; q++)
            if (w->dates[q].first > k + 1 && tok(w, w->dates[q].first)->sent == tok(w, k)->sent &&
                !w->facts->ents[ed2].start.year)
              w->facts->ents[ed2].start = w->dates[q].start;
        }
      }
      i = l->last - 1;
      continue;
    }
    int year;
    if (since_follows(w, l->last, &year) || since_precedes(w, i, &year)) {
      FkgEntity *s = &w->facts->ents[series];
      s->start.year = year;
      fkg_facts_span(w->facts, series, tok(w, i)->b, tok(w, l->last - 1)->e);
      if ((st = push_event(w, i, l->last, series))) return st;
    } else if (nun < 64) {
      unnumbered[nun++] = i;
    }
    i = l->last - 1;
  }
  w->main_series = any_series;
  /* The article's own edition. */
  int32_t main = main_numbered;
  /* A series named without a number is the article's edition only when something says an
   * edition happened: a date in a mention's sentence (or the next sentence's, by a pronoun),
   * a verb of its being held, taking part, a delegation, moderating or opening, a place where
   * someone is "at" it, a city it is in, or "the forum" dated anywhere. Otherwise it is the
   * series itself: "included in the federal library of best practices of the Forum of Social
   * Innovations of the Regions". */
  if (main < 0 && nun > 0) {
    int edition = 0;
    /* (not a speaking verb alone: "…, the ministry reported"; who spoke did so "at" it) */
    static const FkgCueRole held[] = {FKG_CUE_HELD, FKG_CUE_PARTICIPANT, FKG_CUE_DELEGATION,
                                      FKG_CUE_MODERATOR, FKG_CUE_OPENING};
    for (int k = 0; k < nun && !edition; k++) {
      int32_t i = unnumbered[k];
      int sent = tok(w, i)->sent;
      edition = fkg_date_in_sentence(w, sent) != NULL;
      for (size_t c = 0; c < sizeof held / sizeof *held && !edition; c++)
        edition = fkg_sent_has_cue(w, sent, held[c]);
      for (int32_t j = i - 1; j >= 0 && j >= i - 2 && !edition; j--)
        edition = fkg_tok_venue(w, j);
      /* (…or the next sentence dates it by a pronoun: "Il se tient du 4 au 6 juin") */
      static const char *const pronoun[] = {"il", "it", "он", NULL};
      if (!edition && sent + 1 < w->doc->nsents) {
        const FkgSentence *nx = &w->doc->sents[sent + 1];
        for (int32_t j = nx->first; j < nx->last && j < nx->first + 12 && !edition; j++)
          edition = fkg_tok_is_any(w, j, pronoun) && fkg_date_in_sentence(w, sent + 1);
      }
      /* (…or places it in a city: "s'est ouvert mardi à Moscou", "прошёл в Казани") */
      const FkgSentence *ms = &w->doc->sents[sent];
      for (int32_t j = ms->first + 1; j < ms->last && !edition; j++)
        edition = layer(w, j, FKG_LX_CITY)->entry && fkg_tok_locative(w, j - 1);
    }
    for (int32_t i = 0; i < n && !edition; i++)
      edition = event_anaphor(w, i) && fkg_date_in_sentence(w, tok(w, i)->sent) != NULL;
    for (int k = 0; k < nun && !edition; k++) {
      int32_t i = unnumbered[k];
      const FkgLayer *l = layer(w, i, FKG_LX_SERIES);
      int32_t series = series_entity(w, l->entry->row);
      if (series < 0) return FKG_BAD_ALLOC;
      fkg_facts_span(w->facts, series, tok(w, i)->b, tok(w, l->last - 1)->e);
      if ((st = push_event(w, i, l->last, series))) return st;
    }
    if (!edition) nun = 0;
  }
  if (main < 0 && nun > 0) {
    int32_t first = unnumbered[0];
    int32_t series = series_entity(w, layer(w, first, FKG_LX_SERIES)->entry->row);
    int year = 0;
    const FkgDateExpr *d = NULL;
    for (int k = 0; k < nun && !d; k++) {
      d = fkg_date_in_sentence(w, tok(w, unnumbered[k])->sent);
    }
    /* A date of the forum may come in a later sentence about "the forum". */
    for (int32_t i = 0; i < n && !d; i++)
      if (event_anaphor(w, i)) d = fkg_date_in_sentence(w, tok(w, i)->sent);
    if (d && d->start.year)
      year = d->start.year;
    else if (w->doc->date.year)
      year = w->doc->date.year;
    char *key =
        year ? fkg_arena_printf(&w->doc->arena, "edition/%s-%d",
                                w->facts->ents[series].key + strlen("series/"), year)
             : fkg_arena_printf(&w->doc->arena, "edition/%s-a%.12s",
                                w->facts->ents[series].key + strlen("series/"), w->doc->sha256);
    main = key ? fkg_facts_entity(w->facts, FKG_E_EDITION, key) : -1;
    if (main < 0) return FKG_BAD_ALLOC;
    fkg_facts_rel(w->facts, FKG_R_SERIES, main, series);
    if (!w->facts->ents[main].name) {
      const FkgLayer *l = layer(w, first, FKG_LX_SERIES);
      w->facts->ents[main].name = fkg_tokens_text(w, first, closed_end(w, first, l->last));
    }
  }
  /* A series named without a number is the article's own edition when it is that edition's
   * series; another series ("took part in the All-Russian Forum "Community" in 2022" in an
   * article about the Eurasian Women's Forum) is only itself. */
  int32_t r = main >= 0 ? fkg_facts_first_rel(w->facts, FKG_R_SERIES, main) : -1;
  int32_t own_series = r >= 0 ? w->facts->rels[r].o : -1;
  for (int k = 0; k < nun && main >= 0; k++) {
    int32_t i = unnumbered[k];
    const FkgLayer *l = layer(w, i, FKG_LX_SERIES);
    int32_t series = series_entity(w, l->entry->row);
    if (series < 0) return FKG_BAD_ALLOC;
    int32_t ent = series == own_series ? main : series;
    fkg_facts_span(w->facts, ent, tok(w, i)->b, tok(w, l->last - 1)->e);
    if ((st = push_event(w, i, l->last, ent))) return st;
  }
  static const char *const of_words[] = {"of", "du", "de", "des", NULL};
  /* "The forum has been held since 2015": the series, named by the bare noun, started then. */
  for (int32_t i = 0; i < n && any_series >= 0; i++) {
    int year;
    if (w->facts->ents[any_series].start.year) break;
    if (!layer(w, i, FKG_LX_EVENTTYPE)->entry || !event_anaphor(w, i)) continue;
    int inside = 0; /* the "форума" of "Общероссийского гражданского форума" */
    for (int32_t j = i; j >= 0 && j >= i - 4 && !inside; j--)
      inside = layer(w, j, FKG_LX_SERIES)->entry && layer(w, j, FKG_LX_SERIES)->last > i;
    if (!inside && since_follows(w, i + 1, &year)) {
      w->facts->ents[any_series].start.year = year;
      if ((st = fkg_facts_span(w->facts, any_series, tok(w, i)->b, tok(w, i)->e))) return st;
    }
  }
  /* "the first forum": an ordinal before a bare forum noun, in an article about a series;
   * capitalised too when nothing follows that could go on naming it ("lors du Ve Forum, en
   * 2024"; not "IIe Forum de la jeunesse"). */
  static const char *const en_name_links[] = {"of", "for", "on", NULL};
  static const char *const fr_name_links[] = {"de", "des", "du", "d'", "d’", "pour", "sur", NULL};
  static const char *const fr_after_subject[] = {"se",   "s'",    "s’",    "a",   "est", "sera",
                                                 "aura", "avait", "était", "va",  "ne",  "n'",
                                                 "n’",   "y",     "en",    "qui", NULL};
  /* (not "your first forum", "notre premier forum": whose forum it was, not which edition) */
  static const char *const owner[] = {"your",  "my",  "our",   "their", "his", "her",
                                      "votre", "vos", "notre", "mon",   "ma",  "leur",
                                      "ваш",   "наш", "мой",   "свой",  NULL};
  for (int32_t i = 1; i < n && any_series >= 0; i++) {
    int32_t of;
    int num;
    /* (a quoted name after the noun makes it another forum: "третий форум «Сибирь
     * социальная»") */
    int quoted_next =
        i + 1 < n && ((tok(w, i + 1)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, i + 1, "\""));
    int bare =
        quoted_next
            ? 0
            : !(tok(w, i)->flags & FKG_TOK_CAP) ||
                  (i + 1 < n && (tok(w, i + 1)->flags & FKG_TOK_PUNCT) &&
                   !(tok(w, i + 1)->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE))) ||
                  fkg_tok_cue(w, i + 1, FKG_CUE_HELD, NULL) || /* "The first Forum took place …" */
                  /* (English names go on in capitals or with "of", "for", "on": "At the Fifth
                   * Forum two years ago we showed …" names no other forum) */
                  (w->doc->lang == FKG_LANG_EN && i + 1 < n &&
                   (tok(w, i + 1)->flags & FKG_TOK_WORD) && !(tok(w, i + 1)->flags & FKG_TOK_CAP) &&
                   !fkg_tok_is_any(w, i + 1, en_name_links)) ||
                  /* (French names go on with de, pour, sur or an adjective: a pronoun or a verb
                   * after the noun ends it, "le Ve Forum se tiendrait à l'automne 2022") */
                  (w->doc->lang == FKG_LANG_FR && i + 1 < n &&
                   (tok(w, i + 1)->flags & FKG_TOK_WORD) && !(tok(w, i + 1)->flags & FKG_TOK_CAP) &&
                   !fkg_tok_is_any(w, i + 1, fr_name_links) &&
                   (fkg_tok_is_any(w, i + 1, fr_after_subject) || fkg_tok_verb_like(w, i + 1)));
    /* …and "its first edition", when no series' name follows the noun (that one the loop
     * above has numbered). */
    /* (…or "la première édition du forum", "the first edition of the forum": the bare noun
     * after it is the series' too, unless a name goes on after it) */
    int32_t fn = i + 2 + (i + 2 < n && fkg_tok_definite_article(w, i + 2));
    int of_bare_forum = i + 1 < n && fkg_tok_is_any(w, i + 1, of_words) && fn < n &&
                        event_anaphor(w, fn) && !(tok(w, fn)->flags & FKG_TOK_CAP) &&
                        !(fn + 1 < n && fkg_tok_is_any(w, fn + 1, of_words));
    /* ("la dixième édition du forum interrégional « Oural social »" names another forum: its
     * adjectives lead to a quoted name) */
    for (int32_t q = fn + 1; of_bare_forum && q < n && q <= fn + 3; q++) {
      if (tok(w, q)->flags & FKG_TOK_QOPEN) of_bare_forum = 0;
      if (!(tok(w, q)->flags & FKG_TOK_WORD) || (tok(w, q)->flags & FKG_TOK_CAP) ||
          fkg_tok_locative(w, q) || fkg_tok_verb_like(w, q))
        break;
    }
    int edition_noun = fkg_tok_cue(w, i, FKG_CUE_EDITION, NULL) &&
                       (!(i + 1 < n && fkg_tok_is_any(w, i + 1, of_words)) || of_bare_forum);
    if ((event_anaphor(w, i) || edition_noun) && !layer(w, i, FKG_LX_SERIES)->entry && bare &&
        !of_this_kind(w, i + 1) && (num = ordinal_at(w, i - 1, &of)) &&
        !(!edition_noun && fkg_tok_is_any(w, of - 1, owner))) {
      if ((st = add_ordinal_edition(w, any_series, num, of, i + 1, -1))) return st;
      /* "The first forum took place in Omsk in 2015, the second in Krasnogorsk in 2017": an
       * ordinal alone after a comma or "and", its noun left out and a preposition after it,
       * names a later edition, dated and placed by its own stretch of the sentence. */
      static const char *const links[] = {",", ";", "and", "et", "и", NULL};
      static const char *const dets[] = {"the", "la", "le", "l'", "l’", NULL};
      static const char *const preps[] = {"in", "en", "à", "в", "во", NULL};
      int32_t hi = fkg_sent_last(w, i);
      for (int32_t k = i + 1; k + 2 < hi; k++) {
        if (!fkg_tok_is_any(w, k, links)) continue;
        int32_t q = k + 1 + fkg_tok_is_any(w, k + 1, dets), f;
        int num2 = q + 1 < hi ? ordinal_at(w, q, &f) : 0;
        if (num2 <= num || f != q || !fkg_tok_is_any(w, q + 1, preps)) continue;
        int32_t until = q + 1;
        while (until < hi && !fkg_tok_is_any(w, until, links))
          until++;
        if ((st = add_ordinal_edition(w, any_series, num2, k + 1, q + 1, until))) return st;
        num = num2;
        k = until - 1;
      }
    }
  }
  /* Other named events: a capitalised event noun with a quoted name, or mid-sentence with
   * its genitive dependents; never inside a series or edition mention already found (the
   * "Forum" of 'the 4th All-Russian Forum "Together for the Children"'). */
  uint8_t *named = fkg_arena_alloc(&w->doc->arena, (size_t)n + 1);
  if (!named) return FKG_BAD_ALLOC;
  for (int k = 0; k < w->nevents; k++)
    for (int32_t t = w->events[k].first; t < w->events[k].last && t < n; t++)
      named[t] = 1;
  for (int32_t i = 0; i < n; i++) {
    /* A conference, congress, summit or festival is named only by a quoted name after it
     * (научно-практическая конференция «Реабилитация без границ», la conférence
     * interrégionale « Enfance protégée »). */
    int quoted_only = !event_anaphor(w, i);
    if ((quoted_only && !quoted_event_noun(w, i)) ||
        (layer(w, i, FKG_LX_SERIES)->entry && !named_otherwise(w, i)) || named[i] ||
        fkg_tok_in_session_phrase(w, i))
      continue;
    if (i > 0 && layer(w, i - 1, FKG_LX_SERIES)->entry && !named_otherwise(w, i - 1)) continue;
    /* After the plural article the noun is plural, no one event: "au Centre des congrès
     * « Sibérie »" names a venue. */
    if (i > 0 && fkg_tok_is(w, i - 1, "des")) continue;
    int cap = (tok(w, i)->flags & FKG_TOK_CAP) != 0;
    /* "Пленарное заседание форума «Социальная политика: …»": the session's genitive, the
     * article's event; the quote titles the session (sessions.c). */
    if (fkg_session_genitive(w, i)) continue;
    static const char *const of[] = {"of", "de", "des", "du", NULL};
    static const char *const dets[] = {"the", "la", "l'", NULL};
    int32_t first = i, last = -1, lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i);
    /* Capitalised words before the noun belong to the name (All-Russian, Всероссийский, Far
     * Eastern Social), and so does an ordinal (IIe Forum). */
    int named_before = 0;
    for (;;) {
      int32_t k = first - 1;
      if (k > lo && (tok(w, k)->flags & FKG_TOK_DASH) && !(tok(w, k)->flags & FKG_TOK_SPACE)) k--;
      if (k < lo || !(tok(w, k)->flags & FKG_TOK_CAP) || !(tok(w, k)->flags & FKG_TOK_WORD) ||
          w->person_at[k] >= 0 || w->region_at[k] >= 0)
        break;
      int32_t ofirst;
      named_before |= !fkg_tok_function_word(w, k) && !ordinal_at(w, k, &ofirst);
      first = k;
    }
    /* A capitalised article opening the sentence is no part of the name (The Kama Forum). */
    while (first < i && fkg_tok_function_word(w, first))
      first++;
    /* "на Арктическом социальном форуме": a capitalised adjective, then lower-case ones, before
     * a lower-case Russian noun, mid-sentence. */
    if (first == i && !cap && (tok(w, i)->flags & FKG_TOK_CYR)) {
      int32_t k = i - 1;
      while (k > lo && k > i - 3 && !(tok(w, k)->flags & FKG_TOK_CAP) &&
             fkg_tok_ru_adjective_any_case(w, k))
        k--;
      if (k < i - 1 && k > lo && (tok(w, k)->flags & FKG_TOK_CAP) &&
          (tok(w, k)->flags & FKG_TOK_WORD) && fkg_tok_ru_adjective_any_case(w, k) &&
          w->person_at[k] < 0 && w->region_at[k] < 0 && !sentence_initial(w, k) &&
          !fkg_tok_cue(w, k, FKG_CUE_ANAPHOR, NULL)) {
        first = k;
        named_before = 1;
      }
    }
    /* A quoted name after the noun, directly or after its dependents (форум социальных
     * работников Сибири «Забота рядом»; Forum interrégional des pratiques sociales « Oural
     * sans frontières »). A lower-case noun names an event only so, with the adjectives
     * before it (межрегиональный форум). */
    /* (and the English and French copulas: 'the forum had become "a working tool …"' quotes
     * what was said of it, it names nothing) */
    static const char *const aux[] = {
        "был", "была", "было", "были", "будет", "будут", "стал", "стала", "станет", "является",
        "is", "was", "were", "has", "had", "have", "became", "become", "est", "était", "sont",
        "ont", "devenu", "devenue",
        /* modals: 'le forum doit permettre de « confronter … »' quotes its aim */
        "doit", "doivent", "peut", "peuvent", "devrait", "must", "should", "can", "could", "may",
        "will", "would", "должен", "должна", "должно", "может",
        /* a French reflexive verb's pronoun: "le Forum … s'est tenu", "se tiendra" */
        "s'", "s’", "se", NULL};
    int32_t q = i + 1, cf, cl, close;
    /* Not past a verb, a person, a session, an organisation (организован Фондом «…») or a
     * title cue (форума на тему «…»: a theme, not a name). */
    /* …nor past a clause's first word: 'told forum participants that the capital's "…"'. */
    static const char *const clause_words[] = {"that", "which", "who", "que", "qui",
                                               "что",  "где",   "où",  NULL};
    /* …nor past what the event gives a prize for or talks about: "диплом форума за проект «…»",
     * "the forum's award for the project "…"". */
    /* …nor past a preposition of place: "в сообществе форума в социальной сети «ВКонтакте»"
     * says where, the name there is another thing's. */
    /* …nor past an infinitive's "to": 'use the forum to present the "…"'. */
    static const char *const about_words[] = {"за",   "о",   "об",   "про", "for", "about",
                                              "pour", "sur", "в",    "во",  "на",  "in",
                                              "on",   "at",  "dans", "à",   "to",  NULL};
    /* …nor past a subject pronoun: 'At the Fifth Forum two years ago we showed our "…"'. */
    static const char *const subject[] = {"we",   "i",  "they", "he", "she", "you",
                                          "nous", "je", "j'",   "j’", "ils", "elles",
                                          "мы",   "я",  "они",  "он", "она", NULL};
    while (q < hi && q <= i + 6 && !fkg_quote_span(w, q, &cf, &cl, &close) &&
           (tok(w, q)->flags & FKG_TOK_WORD) && !fkg_tok_verb_like(w, q) &&
           !fkg_tok_is_any(w, q, aux) && !fkg_tok_is_any(w, q, clause_words) &&
           !fkg_tok_is_any(w, q, subject) &&
           !(fkg_tok_is_any(w, q, about_words) && !(tok(w, q)->flags & FKG_TOK_CAP)) &&
           !practice_owns_quote(w, q) && w->person_at[q] < 0 &&
           /* (what was brought or shown there: "привезла на форум практику «…»") */
           !(i > lo && fkg_tok_venue(w, i - 1) && (tok(w, q)->flags & FKG_TOK_CYR) &&
             fkg_tok_cue(w, q, FKG_CUE_PRACTICE, NULL) && !fkg_tok_ru_adjective(w, q - 1)) &&
           !layer(w, q, FKG_LX_SESSION)->entry && !layer(w, q, FKG_LX_ORG)->entry &&
           !fkg_tok_cue(w, q, FKG_CUE_TITLE, NULL) && !fkg_tok_cue(w, q, FKG_CUE_ORGANIZER, NULL))
      q++;
    /* A quotation that opens in lower case is what was said of it, no name: 'the practices
     * presented at the forum "have long outgrown the pilot stage."' */
    int named_q = q < hi && fkg_quote_span(w, q, &cf, &cl, &close) &&
                  (!(tok(w, cf)->flags & FKG_TOK_WORD) || (tok(w, cf)->flags & FKG_TOK_CAP));
    if (quoted_only && !named_q) continue;
    /* A plural noun names no one event: "KEY EVENTS OF THE PROGRAMME", "Forums of the
     * Year". */
    if ((tok(w, i)->flags & FKG_TOK_LAT) && !named_q) {
      const char *form = fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE,
                                          layer(w, i, FKG_LX_EVENTTYPE)->entry->row, "form");
      size_t tl = strlen(tok(w, i)->lower), fl = strlen(form);
      if (tl > 3 && tok(w, i)->lower[tl - 1] == 's' && fl > 0 && form[fl - 1] != 's') continue;
    }
    /* A heading in capitals capitalises every word: there only adjectives before the noun make
     * a name (МЕЖДУНАРОДНЫЙ СОЦИАЛЬНЫЙ ФОРУМ), another noun governs it (ПРОГРАММА ДЕЛОВЫХ
     * МЕРОПРИЯТИЙ is a programme's title). */
    if (!named_q && (tok(w, i)->flags & FKG_TOK_ALLCAPS) && (tok(w, i)->flags & FKG_TOK_CYR)) {
      int governed = 0;
      for (int32_t k = first; k < i && !governed; k++)
        governed = (tok(w, k)->flags & FKG_TOK_WORD) && !fkg_tok_ru_adjective_any_case(w, k) &&
                   !ordinal_at(w, k, &(int32_t){0});
      if (governed) continue;
    }
    /* (in Latin capitals, a function word before the noun shows a phrase, no name: "REGIONS AT
     * THE FORUM: WHAT THE DELEGATIONS BROUGHT") */
    if (!named_q && (tok(w, i)->flags & FKG_TOK_ALLCAPS) && (tok(w, i)->flags & FKG_TOK_LAT)) {
      int phrase = 0;
      for (int32_t k = first; k < i && !phrase; k++)
        phrase = fkg_tok_function_word(w, k);
      if (phrase) continue;
    }
    if (named_q) {
      last = close + 1;
      if (!cap)
        while (first > lo && fkg_tok_ru_adjective(w, first - 1) &&
               !(tok(w, first - 1)->flags & FKG_TOK_CAP))
          first--;
    } else if (!cap && !(named_before && first > lo && (tok(w, i)->flags & FKG_TOK_CYR) &&
                         (tok(w, first - 1)->flags & (FKG_TOK_WORD | FKG_TOK_NUM)) &&
                         !w->in_quote[first] && name_adjective(w, first, i))) {
      continue;
    } else if (!cap) {
      /* "прошёл Дальневосточный форум социальных практик": in Russian only a name writes the
       * adjective before a lower-case noun with a capital, mid-sentence after a word (not at
       * the start of quoted speech: «Такие встречи …»); its genitive dependents follow. */
      for (last = i + 1; last < hi && (tok(w, last)->flags & FKG_TOK_WORD) &&
                         !(tok(w, last)->flags & FKG_TOK_CAP) && !fkg_tok_clause_end(w, last) &&
                         !fkg_tok_verb_like(w, last) && !fkg_tok_is_any(w, last, aux) &&
                         !fkg_tok_function_word(w, last) && last < i + 4;
           last++)
        ;
    } else if (i + 2 < hi && fkg_tok_is_any(w, i + 1, of) &&
               (cap_word(w, i + 2) || (fkg_tok_is_any(w, i + 2, dets) && cap_word(w, i + 3)))) {
      /* "Volga Forum of Social Practices", "the Forum of Rural Initiatives", "the Social
       * Forum of the Urals": a capitalised complement after the noun. */
      for (last = i + 2 + !cap_word(w, i + 2);
           last < hi && (tok(w, last)->flags & FKG_TOK_CAP) && (tok(w, last)->flags & FKG_TOK_WORD);
           last++)
        ;
      /* (and a second complement: "Interregional Forum of Social Workers of the Ural Federal
       * District") */
      while (
          last + 1 < hi && fkg_tok_is_any(w, last, of) &&
          (cap_word(w, last + 1) || (fkg_tok_is_any(w, last + 1, dets) && cap_word(w, last + 2)))) {
        last += 1 + !cap_word(w, last + 1);
        while (last < hi && cap_word(w, last))
          last++;
      }
    } else if (named_before) {
      last = i + 1; /* "Far Eastern Social Forum": capitalised words before the noun */
    } else if ((first == i && !sentence_initial(w, i)) ||
               /* an ordinal alone before the capitalised noun (named_before is unset here):
                * "le IIe Forum sibérien des innovations sociales" */
               (first < i && !sentence_initial(w, first) && w->doc->lang != FKG_LANG_EN) ||
               (!named_before && !sentence_initial(w, first) && named_otherwise(w, i))) {
      /* (an ordinal before a series' short form that a region's genitive makes another forum:
       * "III Форум социальных инноваций Югры") */
      /* (Not in English, whose names capitalise their words: "of the Forum traditionally are
       * the Federation Council", "the Forum the stand of Perm Krai" name nothing.) */
      int32_t j = w->doc->lang == FKG_LANG_EN ? hi : i + 1, content = 0;
      /* (In French the name goes on with a complement or an adjective: "Forum social de
       * l'Oural", not "le Forum réunit cette année …", "Le Forum nous a appris …".) */
      static const char *const fr_lead[] = {"de", "des", "du", "d'", "d’", "pour", "sur", NULL};
      static const char *const fr_adj[] = {"al",  "ale",   "aux", "als",  "ales", "ial",  "iale",
                                           "ien", "ienne", "ais", "aise", "if",   "ive",  "ique",
                                           "el",  "elle",  "ain", "aine", "ains", "ois",  "oise",
                                           "é",   "ée",    "és",  "ées",  "usse", "aire", NULL};
      if (w->doc->lang == FKG_LANG_FR && j < hi && !fkg_tok_is_any(w, j, fr_lead) &&
          !fkg_ends_with_any(tok(w, j)->lower, fr_adj, 2))
        j = hi;
      while (j < hi && (tok(w, j)->flags & FKG_TOK_WORD) && !(tok(w, j)->flags & FKG_TOK_CAP) &&
             !fkg_tok_clause_end(w, j) && !fkg_tok_verb_like(w, j) && !fkg_tok_is_any(w, j, aux) &&
             !fkg_tok_cue(w, j, FKG_CUE_HELD, NULL)) /* "The first Forum took place in …" */
        content += !fkg_tok_function_word(w, j++);
      /* "Forum social de l'Oural", "Forum social de la Sibérie": a capitalised complement
       * after the dependents ends the name; a name never ends on "de l'". */
      /* A place's preposition says where it is held instead: "Forum caucasien des innovations
       * sociales à Grozny". */
      static const char *const at_place[] = {"à", "au", "aux", "en", "in", "at", "в", "во", NULL};
      if (j > i + 1 && fkg_tok_function_word(w, j - 1) && !fkg_tok_is_any(w, j - 1, at_place) &&
          cap_word(w, j) && w->person_at[j] < 0)
        while (j < hi && cap_word(w, j))
          j++;
      /* …and so does a region in the genitive (Форум социальных инноваций Прикамья). */
      if (j > i + 1 && j < hi && w->region_at[j] >= 0 && (tok(w, i)->flags & FKG_TOK_CYR))
        for (int32_t reg = w->region_at[j]; j < hi && w->region_at[j] == reg;)
          j++;
      while (j > i + 1 && fkg_tok_function_word(w, j - 1))
        j--;
      if (j >= i + 2 && content) last = j;
    }
    if (last < 0) continue;
    char *name = fkg_tokens_text(w, first, last);
    char *slug = name ? fkg_slug(w->ctx, &w->doc->arena, name, 60) : NULL;
    if (!slug) return FKG_BAD_ALLOC;
    int32_t ev = fkg_facts_entity(w->facts, FKG_E_EVENT,
                                  fkg_join(&w->doc->arena, "event/", slug, NULL, NULL));
    if (ev < 0) return FKG_BAD_ALLOC;
    if (!w->facts->ents[ev].name) w->facts->ents[ev].name = name;
    fkg_facts_span(w->facts, ev, tok(w, first)->b, tok(w, last - 1)->e);
    if ((st = push_event(w, first, last, ev))) return st;
    i = last - 1;
  }
  if ((st = merge_event_names(w))) return st;
  /* An article whose title or lead names another event, and names the series only further
   * down ("… the next Forum of Social Innovations of the Regions will be held in Moscow"), is
   * about that event: the series' unnumbered mentions are then only themselves. */
  /* So is an article whose lead names another event and a numbered edition only further down
   * ("краевой форум «…»" whose idea came from "участия региона в VI Форуме …"). */
  if (main >= 0 && (main_numbered < 0 || !edition_in_lead(w, main_numbered))) {
    int series_in_lead = 0;
    for (int k = 0; k < nun; k++)
      series_in_lead |= tok(w, unnumbered[k])->sent <= w->lead_last;
    int32_t lead = -1;
    for (int k = 0; k < w->nevents && !series_in_lead && lead != -2; k++) {
      int32_t e = w->events[k].ent;
      if (w->facts->ents[e].kind != FKG_E_EVENT || w->events[k].sent > w->lead_last) continue;
      lead = lead < 0 || lead == e ? e : -2;
    }
    if (lead >= 0) main = lead;
  }
  w->main_event = main;
  /* An article whose lead reports a standalone strategic session ("27–28 февраля в Калуге прошла
   * региональная стратегическая сессия «…»") and names an edition only further down (its
   * practices "будут представлены на VII Форуме") is about the session: the session becomes
   * its event below. */
  if (main >= 0 && main == main_numbered && lead_strategic_session(w) && !edition_in_lead(w, main))
    w->main_event = -1;
  if (main < 0) {
    /* An article about one named event: that event is its own, when the title or the lead
     * names it; an event named further down is context. */
    int32_t only = -1;
    for (int k = 0; k < w->nevents && only != -2; k++) {
      int32_t e = w->events[k].ent;
      if (w->facts->ents[e].kind == FKG_E_EVENT) only = only < 0 || only == e ? e : -2;
    }
    if (only >= 0)
      for (int k = 0; k < w->nevents; k++)
        if (w->events[k].ent == only && w->events[k].sent <= w->lead_last) w->main_event = only;
  }
  /* An article about a standalone strategic session (no forum, no named event in its lead):
   * the session is the event (CONTRACT: "a standalone round table or strategic session"), named
   * by its phrase and by the quoted name given where the article introduces it ("The session
   * was held … for the implementation of the … Project "X""). */
  /* …when it holds sessions of its own (thematic sites, a plenary): a strategic session
   * alone is a session with no event, as annotators write it. */
  /* (…and only when no event is named before the session: "au Forum social interrégional du
   * Nord-Ouest … Une session stratégique consacrée au bénévolat a clos la journée" is that
   * forum's session) */
  /* (the session first named, by its phrase or a bare noun: "The session was held …") */
  int32_t first_strategic = -1;
  for (int32_t i = 0; i < n && first_strategic < 0; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    if (!w->in_quote[i] &&
        ((l->entry && l->entry->value == FKG_ST_STRATEGIC) || fkg_tok_session_noun(w, i)))
      first_strategic = i;
  }
  int event_before = 0;
  for (int k = 0; k < w->nevents && first_strategic >= 0; k++)
    event_before |= w->events[k].first < first_strategic &&
                    w->facts->ents[w->events[k].ent].kind == FKG_E_EVENT;
  if (w->main_event < 0 && !event_before && holds_other_sessions(w)) {
    /* The phrase that gives the session's quoted title, when one in the title or lead does
     * ("В Вологде прошла … стратегическая сессия по …" / "работала … стратегическая сессия
     * «…»"); else the first phrase. */
    int32_t titled = -1;
    for (int32_t i = 0; i < n && titled < 0 && tok(w, i)->sent <= w->lead_last + 1; i++) {
      const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
      int32_t tf, tl, tclose;
      if (l->entry && l->entry->value == FKG_ST_STRATEGIC && !w->in_quote[i] &&
          title_after(w, l->last, &tf, &tl, &tclose) >= 0)
        titled = i;
    }
    for (int32_t i = titled >= 0 ? titled : 0; i < n; i++) {
      const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
      if (!l->entry || l->entry->value != FKG_ST_STRATEGIC || w->in_quote[i]) continue;
      int32_t first = i;
      if (i - 1 > fkg_sent_first(w, i) && (tok(w, i - 1)->flags & FKG_TOK_WORD) &&
          !(tok(w, i - 1)->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, i - 1) &&
          !fkg_tok_venue(w, i - 1) && !layer(w, i - 1, FKG_LX_SESSION)->entry)
        first = i - 1;
      char *name = fkg_tokens_text(w, first, l->last);
      int intro = -1;
      /* Its own quoted title right after it: 'прошла региональная стратегическая сессия
       * "Социальная сфера Калужской области: …"'. */
      int32_t tf, tl, tclose;
      if (title_after(w, l->last, &tf, &tl, &tclose) >= 0) {
        char *title = fkg_tokens_text(w, l->last, tclose + 1);
        if (name && title) name = fkg_join(&w->doc->arena, name, " ", title, NULL);
        intro = tok(w, i)->sent;
      }
      for (int32_t k = 0; k < i && intro < 0; k++) {
        const FkgLayer *et = layer(w, k, FKG_LX_EVENTTYPE);
        if (!et->entry || strcmp(fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE, et->entry->row, "type"),
                                 "session") != 0)
          continue;
        for (int32_t q = k + 1; q < fkg_sent_last(w, k); q++) {
          int32_t cf, cl, close;
          if (fkg_quote_span(w, q, &cf, &cl, &close)) {
            char *title = fkg_tokens_text(w, q, close + 1);
            if (name && title) name = fkg_join(&w->doc->arena, name, " ", title, NULL);
            intro = tok(w, k)->sent;
            break;
          }
        }
      }
      char *slug = name ? fkg_slug(w->ctx, &w->doc->arena, name, 60) : NULL;
      if (!slug) return FKG_BAD_ALLOC;
      int32_t ev = fkg_facts_entity(w->facts, FKG_E_EVENT,
                                    fkg_join(&w->doc->arena, "event/", slug, NULL, NULL));
      if (ev < 0) return FKG_BAD_ALLOC;
      w->facts->ents[ev].name = name;
      fkg_facts_span(w->facts, ev, tok(w, first)->b, tok(w, l->last - 1)->e);
      if ((st = push_event(w, first, l->last, ev))) return st;
      w->main_event = ev;
      w->event_phrase = i;
      if (intro >= 0) {
        attach_organizers(w, ev, intro);
      }
      break;
    }
  }
  /* The event mentions of each sentence, in mention order (no mention is added below nor by
   * the later rules, which ask through fkg_event_in_sentence): a long document is not
   * sentences times mentions. The attributes below read it too. */
  int nsents = w->doc->nsents;
  int *first_in = fkg_arena_alloc_uninit(&w->doc->arena, sizeof(int) * ((size_t)nsents + 1));
  int *next_in = fkg_arena_alloc_uninit(&w->doc->arena, sizeof(int) * ((size_t)w->nevents + 1));
  if (!first_in || !next_in) return FKG_BAD_ALLOC;
  for (int s = 0; s < nsents; s++)
    first_in[s] = -1;
  for (int k = w->nevents - 1; k >= 0; k--) {
    next_in[k] = first_in[w->events[k].sent];
    first_in[w->events[k].sent] = k;
  }
  w->event_first_in = first_in;
  w->event_next_in = next_in;
  /* Attributes from each sentence naming an event, or referring to the article's event. */
  for (int k = 0; k < w->nevents; k++) {
    FkgEventMention *m = &w->events[k];
    /* The series' organisers ("Форум … проводится с 2015 года, организаторами выступают X и
     * Y") organise the edition the article is about too. */
    if (w->facts->ents[m->ent].kind == FKG_E_SERIES) {
      attach_organizers(w, m->ent, m->sent);
      if (w->main_event >= 0 && w->main_event != m->ent)
        attach_organizers(w, w->main_event, m->sent);
      continue;
    }
    attach_date(w, m->ent, m->sent, m->first, m->last, 0);
    attach_city(w, m->ent, m->sent, 0, m->first, m->last);
    attach_organizers(w, m->ent, m->sent);
  }
  for (int32_t i = 0; i < n && w->main_event >= 0; i++) {
    int32_t of;
    if (!event_anaphor(w, i) || w->region_at[i] >= 0 || ordinal_at(w, i - 1, &of)) continue;
    int sent = tok(w, i)->sent;
    if (first_in[sent] >= 0) continue; /* the sentence names an event */
    attach_date(w, w->main_event, sent, i, i + 1, 1);
    attach_city(w, w->main_event, sent, 0, -1, -1);
    attach_organizers(w, w->main_event, sent);
  }
  /* "21 июня в Москве завершился III Форум … За три дня, с 19 по 21 июня 2019 года, его
   * площадки посетили …": the next sentence, which names no event, gives a range that opens
   * or closes on the single day the event's own sentence gave it: that range is the event's. */
  for (int s = 0; s + 1 < nsents; s++) {
    if (first_in[s] < 0 || first_in[s + 1] >= 0 || w->date_in_sent[s + 1] < 0) continue;
    for (int k = first_in[s]; k >= 0; k = next_in[k]) {
      FkgEntity *e = &w->facts->ents[w->events[k].ent];
      /* (the single day is the first one, or the last one a closing verb gave) */
      FkgDate day = e->start.day && !e->end.month ? e->start : e->end;
      if (e->kind == FKG_E_SERIES || !day.day || (e->start.month && e->end.month)) continue;
      for (int q = w->date_in_sent[s + 1];
           q < w->ndates && tok(w, w->dates[q].first)->sent == s + 1; q++) {
        const FkgDateExpr *d = &w->dates[q];
        if (!fkg_date_range_holds(d, day)) continue;
        int opens = d->start.month == day.month && d->start.day == day.day;
        int closes = d->end.month == day.month && d->end.day == day.day;
        if (!opens && !closes) continue;
        int year = day.year ? day.year : d->start.year ? d->start.year : d->end.year;
        e->start = d->start;
        e->end = d->end;
        if (!e->start.year) e->start.year = year;
        if (!e->end.year) e->end.year = year;
        break;
      }
    }
  }
  /* A pronoun that is held ("Organisé par …, il se tient du 10 au 12 septembre", "It will be
   * held on 5–6 June", "Он пройдёт 5–6 июня") dates and places the event named in the sentence
   * before. */
  static const char *const pron[] = {"il", "elle", "it", "он", "она", "оно", NULL};
  for (int s = 1; s < nsents; s++) {
    if (first_in[s] >= 0 || first_in[s - 1] < 0 || !fkg_sent_has_cue(w, s, FKG_CUE_HELD)) continue;
    int32_t p = -1;
    for (int32_t i = w->doc->sents[s].first; i + 1 < w->doc->sents[s].last && p < 0; i++)
      if (fkg_tok_is_any(w, i, pron) && !w->in_quote[i])
        for (int32_t c = i + 1; c <= i + 3 && c < w->doc->sents[s].last && p < 0; c++)
          if (fkg_tok_cue(w, c, FKG_CUE_HELD, NULL)) p = i;
    if (p < 0) continue;
    for (int k = first_in[s - 1]; k >= 0; k = next_in[k]) {
      if (w->facts->ents[w->events[k].ent].kind == FKG_E_SERIES) continue;
      attach_date(w, w->events[k].ent, s, p, p + 1, 1);
      attach_city(w, w->events[k].ent, s, 0, -1, -1);
      break;
    }
  }
  /* A heading's line of place and dates under the event's name ("X Форум социальных
   * инноваций регионов" / "Москва, 10–12 сентября 2025 года") dates and places that event. */
  /* (…or under its theme, a quotation alone on the line between: "SECOND FORUM …" / "\"Social
   * Innovations and Project Management …\"" / "8–9 June 2017 | Krasnogorsk") */
  for (int s = 1; s < nsents; s++) {
    if (first_in[s] >= 0 || !place_date_line(w, s)) continue;
    int above = s - 1;
    if (first_in[above] < 0 && above > 0 && quotation_line(w, above)) above--;
    for (int k = first_in[above]; k >= 0; k = next_in[k]) {
      if (w->facts->ents[w->events[k].ent].kind == FKG_E_SERIES) continue;
      attach_date(w, w->events[k].ent, s, w->doc->sents[s].first, w->doc->sents[s].first, 0);
      attach_city(w, w->events[k].ent, s, 1, -1, -1);
    }
  }
  /* (…or the place and the days on two lines of their own) */
  for (int s = 2; s < nsents; s++) {
    if (first_in[s] >= 0 || first_in[s - 1] >= 0 || !date_range_line(w, s) || !place_line(w, s - 1))
      continue;
    for (int k = first_in[s - 2]; k >= 0; k = next_in[k]) {
      if (w->facts->ents[w->events[k].ent].kind == FKG_E_SERIES) continue;
      attach_date(w, w->events[k].ent, s, w->doc->sents[s].first, w->doc->sents[s].first, 0);
      attach_city(w, w->events[k].ent, s - 1, 1, -1, -1);
    }
  }
  /* An organiser sentence with no event of its own continues the previous sentence's (or the
   * one before a heading's line of place and dates). */
  for (int s = 1; s < nsents; s++) {
    if (first_in[s] >= 0 || ordinal_edition_in(w, s) >= 0) continue;
    int from = s - 1;
    if (from > 0 && first_in[from] < 0 && place_date_line(w, from)) {
      from--;
      /* (a range alone on its line may have the place on the line above) */
      if (from > 0 && first_in[from] < 0 && date_range_line(w, from + 1) && place_line(w, from))
        from--;
    }
    /* ("The first forum took place in Omsk … It was organised by …": the edition an ordinal
     * named there) */
    int32_t ordinal = first_in[from] < 0 ? ordinal_edition_in(w, from) : -1;
    if (ordinal >= 0) {
      attach_organizers(w, ordinal, s);
      continue;
    }
    for (int k = first_in[from]; k >= 0; k = next_in[k]) {
      int32_t ent = w->events[k].ent;
      attach_organizers(w, ent, s);
      if (w->facts->ents[ent].kind == FKG_E_SERIES && w->main_event >= 0)
        attach_organizers(w, w->main_event, s);
    }
    /* …or the article's event, when that sentence refers to it by its noun, a forum or an
     * event ("Деловая программа шестого форума включает … . Организаторами выступают …"; a
     * семинар-совещание may be another event than the article's). */
    if (first_in[from] < 0 && w->main_event >= 0) {
      const FkgSentence *ps = &w->doc->sents[from];
      static const char *const nouns[] = {"forum", "event", NULL};
      int refers = 0;
      for (int32_t i = ps->first; i < ps->last && !refers; i++)
        refers = fkg_tok_event_type(w, i, nouns) && w->region_at[i] < 0 && !w->in_quote[i];
      if (refers) attach_organizers(w, w->main_event, s);
    }
  }
  return FKG_SUCCESS;
}

const FkgEventMention *
fkg_event_mention_in_sentence(const FkgWork *w, int sent)
{
  if (!w->event_first_in || sent < 0 || sent >= w->doc->nsents) return NULL;
  for (int k = w->event_first_in[sent]; k >= 0; k = w->event_next_in[k])
    if (w->facts->ents[w->events[k].ent].kind != FKG_E_SERIES) return &w->events[k];
  return NULL;
}

int32_t
fkg_event_in_sentence(const FkgWork *w, int sent)
{
  const FkgEventMention *m = fkg_event_mention_in_sentence(w, sent);
  return m ? m->ent : -1;
}
