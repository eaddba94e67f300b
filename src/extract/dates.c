/* forumkg: extract rule, dates. Recognises day, month and year expressions in the three
 * languages with the month names of months.tsv:
 *   day range in one month:   8-9 июня; с 5 по 8 сентября; du 19 au 21 juin; June 8-9;
 *                             8th and 9th of June; March 1-2, 2018
 *   range across months:      30 мая – 2 июня; du 30 mai au 2 juin; May 30 - June 2
 *   single day:               11 сентября 2025 года; le 3 juin; February 8
 *   month and year:           в июне 2019 года; in June 2019
 *   year alone after a preposition: в 2015 году; in 2017; en 2019; с 2015 года (since)
 *   numeric:                  11.02.2018; 19/09/2024; 2025-09-25; 17–18.10.2024; du 17 au
 *                             19/09/2024
 * A missing year is taken from the article's own date only when the month lies within three
 * months before it or six after it (news reports on events around its publication, and
 * announces them ahead); otherwise the date stays partial (xsd:gMonthDay). */
#include "extract_int.h"
#include "forumkg/segment.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int
day_at(const FkgWork *w, int32_t i)
{
  if (i < 0 || i >= w->doc->ntoks) return 0;
  const char *s = tok(w, i)->lower;
  int v = 0, n = 0;
  /* At most two digits are a day; a longer run is no day (and must not overflow v). */
  while (s[n] >= '0' && s[n] <= '9' && n < 3)
    v = v * 10 + (s[n++] - '0');
  if (n == 0 || n > 2) return 0;
  const char *suf = s + n;
  if (*suf && strcmp(suf, "st") && strcmp(suf, "nd") && strcmp(suf, "rd") && strcmp(suf, "th") &&
      strcmp(suf, "er") && strcmp(suf, "e") && strcmp(suf, "-го") && strcmp(suf, "го"))
    return 0;
  return v >= 1 && v <= 31 ? v : 0;
}

/* Parses "DD<sep>MM<sep>YYYY" (or "YYYY-MM-DD") from the digits and separators of text,
 * into *d; returns 1 when it is a valid date. The separator is one of seps. */
static int
parse_numeric(const char *text, const char *seps, FkgDate *d)
{
  int part[3] = {0, 0, 0}, len[3] = {0, 0, 0}, k = 0;
  char sep = 0;
  for (const char *s = text; *s; s++) {
    if (strchr(seps, *s) && k < 2 && len[k] > 0 && (!sep || *s == sep)) {
      sep = *s;
      k++;
      continue;
    }
    if (*s < '0' || *s > '9' || len[k] >= 4) return 0;
    part[k] = part[k] * 10 + (*s - '0');
    len[k]++;
  }
  if (k != 2) return 0;
  /* ISO order, year first: 2025-09-25 */
  if (len[0] == 4 && len[1] == 2 && len[2] == 2 && sep == '-') {
    int y = part[0];
    part[0] = part[2];
    part[2] = y;
    len[0] = 2;
    len[2] = 4;
  } else if (sep == '-') {
    return 0;
  }
  if (len[0] > 2 || len[1] > 2 || len[2] != 4) return 0;
  if (part[0] < 1 || part[0] > 31 || part[1] < 1 || part[1] > 12 || part[2] < 1900 ||
      part[2] > 2100)
    return 0;
  *d = (FkgDate){part[2], part[1], part[0]};
  return 1;
}

/* A numeric date at token i: one token (ICU's word breaks keep "17.10.2024" whole) or a run of
 * digits and separators ("19 / 09 / 2024", "2025 - 09 - 25"): DD.MM.YYYY, DD/MM/YYYY,
 * YYYY-MM-DD. Fills *d and *last (the token after it) and returns 1. In English a slash date
 * is read only when its first number cannot be a month (25/09/2025): 09/10/2025 is as often
 * September 10. */
static int
numeric_date(const FkgWork *w, int32_t i, FkgDate *d, int32_t *last)
{
  if (i < 0 || i >= w->doc->ntoks || !(tok(w, i)->flags & FKG_TOK_NUM)) return 0;
  char buf[16];
  size_t n = 0;
  int32_t k = i;
  /* digits and separators written together: at most five tokens, no space between */
  for (; k < w->doc->ntoks && k < i + 5; k++) {
    const FkgToken *t = tok(w, k);
    if (k > i && (t->flags & FKG_TOK_SPACE)) break;
    size_t m = strlen(t->lower);
    if (n + m >= sizeof buf) break;
    if (!(t->flags & FKG_TOK_NUM) && !(m == 1 && strchr("./-", t->lower[0]))) break;
    memcpy(buf + n, t->lower, m);
    n += m;
  }
  /* (a separator at the end belongs to the sentence: "… 19/09/2024.") */
  while (k > i + 1 && n > 0 && strchr("./-", buf[n - 1])) {
    n--;
    k--;
  }
  buf[n] = '\0';
  if (!parse_numeric(buf, "./-", d)) return 0;
  if (strchr(buf, '/') && w->doc->lang == FKG_LANG_EN && d->day <= 12) return 0;
  *last = k;
  return 1;
}

static int
year_at(const FkgWork *w, int32_t i)
{
  if (i < 0 || i >= w->doc->ntoks || !(tok(w, i)->flags & FKG_TOK_NUM)) return 0;
  const char *s = tok(w, i)->lower;
  if (strlen(s) != 4) return 0;
  int v = atoi(s);
  return v >= 1990 && v <= 2099 ? v : 0;
}

static int
month_at(const FkgWork *w, int32_t i, int32_t *last)
{
  if (i < 0 || i >= w->doc->ntoks) return 0;
  const FkgLayer *l = layer(w, i, FKG_LX_MONTH);
  if (!l->entry) return 0;
  *last = l->last;
  if (*last < w->doc->ntoks && fkg_tok_is(w, *last, ".")) (*last)++;
  return l->entry->value;
}

/* Range connectors between two days or dates. */
static int
range_word(const FkgWork *w, int32_t i)
{
  static const char *const words[] = {"-", "по", "до", "au", "to", "and", "и", "et", "&", NULL};
  return fkg_tok_is_any(w, i, words);
}

/* Whether the date at token i is the last day of something: "until September 12", "till",
 * "jusqu'au 5 mars", "продлится до 16 мая". */
static int
until_before(const FkgWork *w, int32_t i)
{
  static const char *const until[] = {"until",    "till",     "through", "до",
                                      "jusqu'au", "jusqu’au", NULL};
  /* …with a weekday between: "jusqu'au samedi 7 septembre", "until Saturday, September 7" */
  if (i >= 2 && (tok(w, i - 1)->flags & FKG_TOK_WORD) && !(tok(w, i - 1)->flags & FKG_TOK_NUM) &&
      fkg_tok_is_any(w, i - 2, until))
    i--;
  else if (i >= 3 && fkg_tok_is(w, i - 1, ",") && (tok(w, i - 2)->flags & FKG_TOK_WORD) &&
           fkg_tok_is_any(w, i - 3, until))
    i -= 2;
  if (i >= 1 && fkg_tok_is_any(w, i - 1, until)) return 1;
  return i >= 2 && fkg_tok_is(w, i - 1, "au") &&
         (fkg_tok_is(w, i - 2, "jusqu'") || fkg_tok_is(w, i - 2, "jusqu’"));
}

/* A year right after a date: 2018, ", 2018", "2018 года", "2018 г.". */
static int
trailing_year(const FkgWork *w, int32_t i, int32_t *last)
{
  int32_t j = i;
  if (fkg_tok_is(w, j, ",")) j++;
  int y = year_at(w, j);
  if (!y) return 0;
  j++;
  static const char *const year_words[] = {"года", "год", "году", "г", "year", NULL};
  if (fkg_tok_is_any(w, j, year_words)) {
    j++;
    if (fkg_tok_is(w, j, ".")) j++;
  }
  *last = j;
  return y;
}

static void
infer_year(const FkgWork *w, FkgDate *d, int future)
{
  const FkgDate *a = &w->doc->date;
  if (d->year || !a->year || !d->month) return;
  /* An article dated by its year alone ("Novosibirsk, 2022") speaks of that year. */
  if (!a->month) {
    d->year = a->year;
    return;
  }
  int best = 0, bestdist = 1000, bestdiff = 0;
  for (int y = a->year - 1; y <= a->year + 1; y++) {
    int diff = (y * 12 + d->month) - (a->year * 12 + a->month);
    if (abs(diff) < bestdist) {
      bestdist = abs(diff);
      bestdiff = diff;
      best = y;
    }
  }
  /* News reports an event up to three months after it, and announces one up to six months
   * ahead ("Межрегиональный форум … пройдёт 2–4 октября" in an article of 21 June). */
  if (bestdiff >= -3 && bestdiff <= 6) d->year = best;
  /* A sentence that announces speaks of the next such day further ahead too ("scheduled for
   * 16–17 October" in an article of 4 March). Only where the window above gives no year: a
   * sentence that announces one event may date another, past one ("… will take place in Kazan
   * in 2026, … at the closing session of the sixth forum, which ran from September 9 to 12"). */
  else if (future)
    d->year = a->year + (d->month < a->month);
}

/* A year after the date that ends at token j ("…, 2024", "2024 года") dates its start, and its
 * end when it has one: into *year (0: none); returns the token after it, or j. */
static int32_t
with_year(const FkgWork *w, int32_t j, FkgDate *s, FkgDate *e, int *year)
{
  int32_t yl;
  *year = trailing_year(w, j, &yl);
  if (!*year) return j;
  s->year = *year;
  if (e->month) e->year = *year;
  return yl;
}

static FkgStatus
push(FkgWork *w, int32_t first, int32_t last, FkgDate s, FkgDate e, int explicit_year)
{
  FkgDateExpr *nd = fkg_arena_room(&w->doc->arena, w->dates, (size_t)w->ndates, sizeof *nd);
  if (!nd) return FKG_BAD_ALLOC;
  w->dates = nd;
  if (!explicit_year) {
    int future = fkg_sent_has_cue(w, tok(w, first)->sent, FKG_CUE_FUTURE);
    infer_year(w, &s, future);
    if (e.month) infer_year(w, &e, future);
    /* An article with no date of its own: the year written in the sentence before this date
     * ("В начале сентября 2024 года … отправилась на форум (5–8 сентября)"). */
    for (int k = w->ndates - 1; !s.year && s.month && k >= 0; k--) {
      const FkgDateExpr *p = &w->dates[k];
      if (tok(w, p->first)->sent != tok(w, first)->sent) break;
      if (!p->explicit_year || !p->start.month) continue;
      if (abs(p->start.month - s.month) <= 3) {
        s.year = p->start.year;
        if (e.month && !e.year) e.year = e.month >= s.month ? s.year : s.year + 1;
      }
      break;
    }
  }
  FkgDateExpr *x = &w->dates[w->ndates++];
  x->first = first;
  x->last = last;
  x->start = s;
  x->end = e;
  x->explicit_year = explicit_year;
  return FKG_SUCCESS;
}

/* Tries every pattern at token i; returns the end token or -1. */
static int32_t
match_at(FkgWork *w, int32_t i, FkgStatus *st)
{
  FkgDate s = {0, 0, 0}, e = {0, 0, 0};
  int32_t j, m1last, m2last;
  int d1 = day_at(w, i), m, y;
  int32_t first = i;
  if (i > 0 &&
      (fkg_tok_is(w, i - 1, "с") || fkg_tok_is(w, i - 1, "du") || fkg_tok_is(w, i - 1, "from")))
    first = i - 1;
  /* DD.MM.YYYY, DD/MM/YYYY, YYYY-MM-DD; D1–DD.MM.YYYY (17–18.10.2024, du 17 au 19/09/2024) */
  int32_t nlast;
  if (numeric_date(w, i, &s, &nlast)) {
    /* (a range of two: "du 11/10/2022 au 13/10/2022", "с 11.10.2022 по 13.10.2022") */
    int32_t elast;
    if (range_word(w, nlast) && numeric_date(w, nlast + 1, &e, &elast) &&
        (e.year > s.year ||
         (e.year == s.year && (e.month > s.month || (e.month == s.month && e.day > s.day))))) {
      *st = push(w, first, elast, s, e, 1);
      return elast;
    }
    e = (FkgDate){0, 0, 0};
    *st = push(w, first, nlast, s, e, 1);
    return nlast;
  }
  if (d1 && range_word(w, i + 1) && numeric_date(w, i + 2, &e, &nlast) && e.day > d1) {
    s = (FkgDate){e.year, e.month, d1};
    *st = push(w, first, nlast, s, e, 1);
    return nlast;
  }
  if (d1) {
    /* D1 MONTH [- D2 MONTH2] [YEAR] */
    if ((m = month_at(w, i + 1, &m1last))) {
      s.day = d1;
      s.month = m;
      j = m1last;
      int d2;
      m2last = 0;
      if (range_word(w, j) && (d2 = day_at(w, j + 1)) && month_at(w, j + 2, &m2last)) {
        e.day = d2;
        e.month = month_at(w, j + 2, &m2last);
        j = m2last;
      }
      j = with_year(w, j, &s, &e, &y);
      if (!e.month && until_before(w, i)) { /* jusqu'au 5 mars, до 16 мая: the last day */
        e = s;
        s = (FkgDate){0, 0, 0};
      }
      *st = push(w, first, j, s, e, y != 0);
      return j;
    }
    /* D1, D2 and D3 MONTH [YEAR]: "les 10, 11 et 12 septembre", "10, 11 и 12 сентября"; the
     * days of one event, which runs from the first to the last. */
    int d2, d3;
    if (fkg_tok_is(w, i + 1, ",") && (d2 = day_at(w, i + 2)) > d1 && range_word(w, i + 3) &&
        (d3 = day_at(w, i + 4)) > d2 && (m = month_at(w, i + 5, &m1last))) {
      s = (FkgDate){0, m, d1};
      e = (FkgDate){0, m, d3};
      j = with_year(w, m1last, &s, &e, &y);
      *st = push(w, first, j, s, e, y != 0);
      return j;
    }
    /* D1 - D2 [of] MONTH [YEAR] */
    if (range_word(w, i + 1) && (d2 = day_at(w, i + 2))) {
      j = i + 3;
      if (fkg_tok_is(w, j, "of")) j++;
      if ((m = month_at(w, j, &m1last)) && d2 > d1) {
        s.day = d1;
        s.month = m;
        e.day = d2;
        e.month = m;
        j = with_year(w, m1last, &s, &e, &y);
        *st = push(w, first, j, s, e, y != 0);
        return j;
      }
    }
    return -1;
  }
  /* MONTH D1 [- D2] [, YEAR] and MONTH YEAR */
  if ((m = month_at(w, i, &m1last))) {
    int32_t yl;
    if ((d1 = day_at(w, m1last)) && !year_at(w, m1last)) {
      s.month = m;
      s.day = d1;
      j = m1last + 1;
      int d2;
      if (range_word(w, j) && (d2 = day_at(w, j + 1)) && d2 > d1) {
        e.month = m;
        e.day = d2;
        j += 2;
      } else if (range_word(w, j) && month_at(w, j + 1, &m2last) && day_at(w, m2last)) {
        e.month = month_at(w, j + 1, &m2last);
        e.day = day_at(w, m2last);
        j = m2last + 1;
      }
      j = with_year(w, j, &s, &e, &y);
      if (!e.month && until_before(w, i)) { /* until September 12: the last day */
        e = s;
        s = (FkgDate){0, 0, 0};
      }
      *st = push(w, i, j, s, e, y != 0);
      return j;
    }
    if ((y = trailing_year(w, m1last, &yl)) && !fkg_tok_is(w, m1last, ",")) {
      s.month = m;
      s.year = y;
      *st = push(w, i, yl, s, e, 1);
      return yl;
    }
    return -1;
  }
  /* в 2015 году, in 2017, en 2019, с 2015 года, since 2015, depuis 2015 */
  static const char *const preps[] = {"в", "во", "in", "en", "с", "since", "depuis", NULL};
  if ((y = year_at(w, i + 1)) && fkg_tok_is_any(w, i, preps)) {
    int32_t yl = i + 2;
    trailing_year(w, i + 1, &yl);
    /* "в 2015 году" needs no word after the year in English or French. */
    s.year = y;
    *st = push(w, i, yl, s, e, 1);
    return yl;
  }
  return -1;
}

/* The article's own date with its month written as a name (a dateline: June 20, 2019;
 * 11 сентября 2024): the month from the lexicon, or no date at all when the word is none. */
static void
article_month(FkgWork *w)
{
  FkgDoc *doc = w->doc;
  if (!doc->date_month || doc->date.month) return;
  const char *keys[2];
  unsigned char caps[2];
  int n = fkg_segment_phrase_keys(w->ctx, &doc->arena, doc->date_month, keys, caps, 2);
  const FkgLexEntry *e =
      n == 1 ? fkg_lexicon_lookup(w->lex, FKG_LX_MASK(FKG_LX_MONTH), keys, 1) : NULL;
  if (e && e->value >= 1 && e->value <= 12)
    doc->date.month = e->value;
  else
    memset(&doc->date, 0, sizeof doc->date);
}

/* "программа действует с 2019 года", "held since 2015": a year something runs since dates no
 * event or session of its sentence; nor does a page's publishing date; every other date may. */
static int
date_dates_events(const FkgWork *w, const FkgDateExpr *d)
{
  static const char *const since[] = {"с", "since", "depuis", NULL};
  /* "Publié le 13/09/2025 à 09:42 | Mis à jour le 13/09/2025", "Updated 4 October 2024": a
   * page's publishing dates date the page. */
  static const char *const published[] = {"publié",      "publiée", "published",    "posted",
                                          "updated",     "jour",    "опубликовано", "обновлено",
                                          "опубликован", NULL};
  for (int32_t k = d->first - 1; k >= 0 && k >= d->first - 3; k--)
    if (fkg_tok_is_any(w, k, published)) return 0;
  return d->start.month ||
         !(fkg_tok_is_any(w, d->first, since) || fkg_tok_is_any(w, d->first - 1, since));
}

FkgStatus
fkg_rule_dates(FkgWork *w)
{
  FkgStatus st = FKG_SUCCESS;
  article_month(w);
  for (int32_t i = 0; i < w->doc->ntoks && !st; i++) {
    /* Every pattern starts on a day number, a month name, or the word before a year number:
     * other tokens skip them all. */
    const char *low = tok(w, i)->lower;
    if (!(low[0] >= '0' && low[0] <= '9') && !layer(w, i, FKG_LX_MONTH)->entry &&
        !(i + 1 < w->doc->ntoks && (tok(w, i + 1)->flags & FKG_TOK_NUM)))
      continue;
    int32_t end = match_at(w, i, &st);
    if (end > i) i = end - 1;
  }
  if (st) return st;
  /* Each sentence's first date (one that starts or ends in it), for the rules after this one:
   * a long document asks once per event and session. */
  w->date_in_sent =
      fkg_arena_alloc_uninit(&w->doc->arena, sizeof(int32_t) * ((size_t)w->doc->nsents + 1));
  if (!w->date_in_sent) return FKG_BAD_ALLOC;
  for (int32_t k = 0; k < w->doc->nsents; k++)
    w->date_in_sent[k] = -1;
  for (int k = w->ndates - 1; k >= 0; k--) {
    const FkgDateExpr *d = &w->dates[k];
    if (!date_dates_events(w, d)) continue;
    w->date_in_sent[tok(w, d->first)->sent] = k;
    w->date_in_sent[tok(w, d->last - 1)->sent] = k;
  }
  return FKG_SUCCESS;
}

int
fkg_date_range_holds(const FkgDateExpr *d, FkgDate day)
{
  if (!d->end.month || !d->start.day || !d->end.day) return 0;
  int a = d->start.month * 32 + d->start.day, b = d->end.month * 32 + d->end.day;
  int x = day.month * 32 + day.day;
  if (b < a) b += 12 * 32; /* across the new year */
  if (x < a) x += 12 * 32;
  return (!day.year || !d->start.year || day.year == d->start.year || day.year == d->end.year) &&
         x >= a && x <= b;
}

/* The date of sentence `sent` nearest to the mention [first, last) (counted in tokens from the
 * mention's edge): "…a présenté le 2 octobre, dernier jour du Forum (30 septembre – 2
 * octobre)" dates the forum by its brackets, not by the day before it. NULL when the sentence
 * has no date. */
const FkgDateExpr *
fkg_date_near(const FkgWork *w, int32_t sent, int32_t first, int32_t last)
{
  if (!w->date_in_sent || sent < 0 || sent >= w->doc->nsents || w->date_in_sent[sent] < 0)
    return NULL;
  const FkgDateExpr *best = NULL;
  int32_t bestdist = INT32_MAX;
  const FkgSentence *s = &w->doc->sents[sent];
  const FkgDate *own = &w->doc->date;
  for (int k = w->date_in_sent[sent]; k < w->ndates; k++) {
    const FkgDateExpr *d = &w->dates[k];
    if (tok(w, d->first)->sent > sent) break;
    if (!date_dates_events(w, d)) continue;
    int32_t dist = d->last <= first ? first - d->last : d->first >= last ? d->first - last : 0;
    /* A last day alone ("until June 15") is what the attachment takes when no first day is
     * written in the sentence. */
    if (!d->start.month && d->end.month) dist += 1 << 20;
    /* A dateline's date ("MOSCOW. Sept 8 (Interfax) - The VII Forum … will be held on
     * September 10-12, 2025") is when the news was written: any other date of the sentence
     * comes first. */
    int32_t c = d->first - 1;
    while (c >= 0 && c >= d->first - 2 && (fkg_tok_is(w, c, ".") || fkg_tok_is(w, c, ",")))
      c--;
    int after_city = c >= 0 && c < d->first - 1 && (tok(w, c)->flags & FKG_TOK_ALLCAPS) &&
                     (tok(w, c)->flags & FKG_TOK_WORD) && tok(w, c)->e - tok(w, c)->b > 2;
    if (d->first - s->first <= 4 && !d->end.month &&
        (after_city || (own->month && d->start.month == own->month && d->start.day == own->day)))
      dist += 1 << 19;
    if (dist < bestdist) {
      bestdist = dist;
      best = d;
    }
  }
  /* "announced on 21 June at the closing plenary of the III Forum, which took place in Moscow
   * on 19-21 June": a single day that another date of the sentence spans is a day of the
   * event (its session's); the span is the event's. */
  if (best && best->start.day && !best->end.month)
    for (int k = w->date_in_sent[sent]; k < w->ndates; k++) {
      const FkgDateExpr *d = &w->dates[k];
      if (tok(w, d->first)->sent > sent) break;
      if (d != best && date_dates_events(w, d) && d->start.month &&
          (d->start.month != d->end.month || d->start.day != d->end.day) &&
          fkg_date_range_holds(d, best->start))
        return d;
    }
  return best;
}

const FkgDateExpr *
fkg_date_in_sentence(const FkgWork *w, int32_t sent)
{
  /* No index: the dates rule has not run, and there are no dates. */
  if (!w->date_in_sent || sent < 0 || sent >= w->doc->nsents || w->date_in_sent[sent] < 0)
    return NULL;
  return &w->dates[w->date_in_sent[sent]];
}
