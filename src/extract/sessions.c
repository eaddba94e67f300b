/* forumkg: extract rule, sessions. A session-type phrase (session-types.tsv) followed, after
 * at most a few words (on the themes:, на тему, по теме:), by quoted titles makes one titled
 * session per title: стратегической сессии «Цифровая трансформация…»; lors des séances
 * d’experts «A», «B»; 5 sites on the themes: "A", "B". Without a title, a session is kept only
 * when a framing preposition introduces it (в рамках пленарного заседания и круглых столов;
 * during the plenary session; На одной из дискуссионных площадок), and only when the same
 * event has no titled session of that type (the untitled phrase then names those). A session
 * belongs to the event named in its sentence, else to the article's own event. */
#include "extract_int.h"
#include "forumkg/hash.h"
#include "forumkg/segment.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  int32_t first, last;   /* the type phrase */
  int32_t tfirst, tlast; /* title tokens, or tfirst = -1 */
  int stype;
  int32_t event;
} Cand;

/* A candidate's (type, event) as one nonzero key. */
static uint64_t
cand_pair(const Cand *x)
{
  return ((uint64_t)(uint32_t)x->stype << 32 | (uint32_t)(x->event + 1)) + 1;
}

/* Where `key` is in the set of `mask` + 1 slots (0: empty), or the empty slot that ends its
 * probe. */
static uint32_t
pair_slot(const uint64_t *set, uint32_t mask, uint64_t key)
{
  uint32_t h = fkg_hash_mix((uint32_t)(key >> 32) * 0x9e3779b9u ^ (uint32_t)key) & mask;
  while (set[h] && set[h] != key)
    h = (h + 1) & mask;
  return h;
}

static FkgStatus index_sessions(FkgWork *w);

static int
framed(const FkgWork *w, int32_t i)
{
  int32_t lo = fkg_sent_first(w, i);
  for (int32_t k = i - 1; k >= lo && k >= i - 4; k--) {
    int32_t last;
    if (fkg_tok_cue(w, k, FKG_CUE_FRAME, &last) && last <= i) return 1;
    /* "пленарного заседания и круглых столов": a session phrase joined to a framed one */
    if (layer(w, k, FKG_LX_SESSION)->entry && k < i - 1 &&
        (fkg_tok_is(w, i - 1, "и") || fkg_tok_is(w, i - 1, "and") || fkg_tok_is(w, i - 1, "et")))
      return framed(w, k);
  }
  return 0;
}

/* Whether the session phrase at i heads a programme entry: it opens its line, and one of the
 * next three lines opens with a moderators', speakers' or participants' label and its colon
 * ("Session stratégique à huis clos des vice-gouverneurs" / "Salle 5" / "Modératrice : …";
 * "Круглый стол для руководителей НКО" / "Модератор: …"). The entry is a session of the
 * programme's event even with no title. */
static int
programme_heading(const FkgWork *w, int32_t i)
{
  int32_t n = w->doc->ntoks, lines = 0, colon;
  if (i > 0 && !(tok(w, i)->flags & FKG_TOK_NL)) return 0;
  for (int32_t k = i + 1; k < n && lines <= 3; k++) {
    if (!(tok(w, k)->flags & FKG_TOK_NL)) continue;
    lines++;
    if (fkg_programme_label(w, k, &colon) >= 0) return 1;
  }
  return 0;
}

/* Whether the session phrase [i, last) is said to be held: a held cue right before it ("прошёл
 * круглый стол", "s'est tenue une table ronde") or a few words after it, its topic between ("a
 * round table on social entrepreneurship was held"). Such a phrase is a session of its own
 * even without a title. */
static int
held_session(const FkgWork *w, int32_t i, int32_t last)
{
  static const char *const art[] = {"a", "an", "the", "une", "un", "la", "le", NULL};
  int32_t lo = fkg_sent_first(w, i), hi = fkg_sent_last(w, i), end;
  int32_t b = i - (i > lo && fkg_tok_is_any(w, i - 1, art));
  for (int32_t k = b - 1; k >= lo && k >= b - 3; k--)
    if (fkg_tok_cue(w, k, FKG_CUE_HELD, &end) && end == b) return 1;
  for (int32_t k = last; k < hi && k <= last + 6; k++) {
    if (fkg_tok_is(w, k, ",") || w->in_quote[k] || layer(w, k, FKG_LX_SESSION)->entry) break;
    if (fkg_tok_cue(w, k, FKG_CUE_HELD, NULL)) return 1;
  }
  return 0;
}

/* Whether the words at k name the event a session phrase ending there belongs to: "пленарное
 * заседание форума", "la séance plénière du forum", "the plenary session of the Forum of …" (an
 * event noun or an event's mention, after "of the", "du", "de la"): the session is that event's
 * own. */
static int32_t event_mention_end(const FkgWork *w, int32_t k);

static int
of_event(const FkgWork *w, int32_t k)
{
  static const char *const of[] = {"of", "du", "de", "des", NULL};
  static const char *const dets[] = {"the", "la", "l'", "l’", "this", "ce", "cet", NULL};
  int32_t n = w->doc->ntoks;
  if (k < n && fkg_tok_is_any(w, k, of)) k++;
  if (k < n && fkg_tok_is_any(w, k, dets)) k++;
  if (k >= n || w->in_quote[k]) return 0;
  if (event_mention_end(w, k) > k) return 1;
  const FkgLayer *e = layer(w, k, FKG_LX_EVENTTYPE);
  if (!e->entry) return 0;
  const char *type = fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE, e->entry->row, "type");
  return !strcmp(type, "forum");
}

/* A sentence where named people speak, moderate or take part: the session it names is a
 * concrete one ("В открывающем пленарном заседании приняли участие …"); so is one the next
 * sentence's people act at by pointing back ("En parallèle, une table ronde a réuni … . Le
 * vice-président …, Roustem Ibraguimov, y a pris part."). */
static int acts_here(const FkgWork *w, int sent);

static int
acted_in(const FkgWork *w, int sent)
{
  return acts_here(w, sent) ||
         (sent + 1 < w->doc->nsents && fkg_sentence_points_back(w, &w->doc->sents[sent + 1]) &&
          acts_here(w, sent + 1));
}

static int
acts_here(const FkgWork *w, int sent)
{
  const FkgSentence *s = &w->doc->sents[sent];
  int person = 0, cue = 0;
  for (int32_t i = s->first; i < s->last; i++) {
    if (w->person_at[i] >= 0) person = 1;
    if (fkg_tok_cue(w, i, FKG_CUE_SPEAKER, NULL) || fkg_tok_cue(w, i, FKG_CUE_MODERATOR, NULL) ||
        fkg_tok_cue(w, i, FKG_CUE_PARTICIPANT, NULL))
      cue = 1;
  }
  return person && cue;
}

static int32_t
event_of_sentence(const FkgWork *w, int sent)
{
  int32_t named = fkg_event_in_sentence(w, sent);
  return named >= 0 ? named : w->main_event;
}

/* The event of the session phrase that ends before token `after`: the edition named right after
 * it, past function words only ("the closing plenary session of the sixth forum", "пленарное
 * заседание VII Форума", "la séance plénière du Ve Forum"), else the sentence's, whose first
 * edition may be another ("The seventh forum will take place in Kazan, … said at the closing
 * plenary session of the sixth forum"). */
static int
named_right_after(const FkgWork *w, const FkgEventMention *m, int32_t after)
{
  static const char *const links[] = {"of", "the", "de", "du", "des", "d'",
                                      "d’", "la",  "l'", "l’", NULL};
  if (m->first < after || m->first > after + 3 || w->facts->ents[m->ent].kind == FKG_E_SERIES)
    return 0;
  int32_t g = after;
  while (g < m->first && fkg_tok_is_any(w, g, links))
    g++;
  return g == m->first;
}

static int32_t
event_of_session(const FkgWork *w, int32_t after, int sent)
{
  for (int k = w->event_first_in ? w->event_first_in[sent] : -1; k >= 0; k = w->event_next_in[k])
    if (named_right_after(w, &w->events[k], after)) return w->events[k].ent;
  for (int k = 0; k < w->nordinal_events; k++)
    if (w->ordinal_events[k].sent == sent && named_right_after(w, &w->ordinal_events[k], after))
      return w->ordinal_events[k].ent;
  return event_of_sentence(w, sent);
}

static const char *
event_part(FkgWork *w, int32_t ev)
{
  if (ev < 0) return fkg_arena_printf(&w->doc->arena, "a%.16s", w->doc->sha256);
  const char *k = w->facts->ents[ev].key;
  const char *slash = strchr(k, '/');
  return slash ? slash + 1 : k;
}

/* Where a word between a session-type phrase and a quoted title ends, when the word leaves the
 * title to the session; -1 when it names a thing of its own, whose name the quote then is.
 * What may stand there: a phrase that introduces a title (на тему, по теме, on the themes,
 * sur le thème: cues.tsv, role title), the event the session belongs to (пленарное заседание
 * форума на тему «…»), a number, a capitalised name (an organiser's), a colon, and the
 * function words of a noun phrase. A conjunction starts another clause (дискуссии и
 * представил проект «…»), and any other word is a noun with a name of its own (лекцию
 * финалиста премии «…», a programme for training foster parents "…"). */
static int32_t
title_gap(const FkgWork *w, int32_t k)
{
  int32_t last;
  if (fkg_tok_cue(w, k, FKG_CUE_TITLE, &last)) return last;
  const FkgToken *t = tok(w, k);
  if (t->flags & FKG_TOK_PUNCT) return k + 1; /* the colon: the caller stops at other marks */
  /* An event noun with its own quoted name after it (форума «Социальный Кузбасс»): the quote
   * names the event, not the session, unless it reads as the session's title (пленарное
   * заседание форума «Социальная политика: человек в центре»). */
  const FkgLayer *event = layer(w, k, FKG_LX_EVENTTYPE);
  if (event->entry) {
    int32_t e = event->last, cf, cl, close;
    return e < w->doc->ntoks && fkg_quote_span(w, e, &cf, &cl, &close) &&
                   !fkg_session_genitive(w, k)
               ? -1
               : e;
  }
  static const char *const conj[] = {"и", "and", "et", NULL};
  if (fkg_tok_is_any(w, k, conj)) return -1;
  /* An article right before the quotation makes it an object of its own: "a évoqué à la
   * tribune de la plénière le « Certificat familial … »". */
  int32_t cf, cl, close;
  if (fkg_tok_definite_article(w, k) && fkg_quote_span(w, k + 1, &cf, &cl, &close)) return -1;
  if ((t->flags & (FKG_TOK_NUM | FKG_TOK_CAP)) || fkg_tok_function_word(w, k)) return k + 1;
  /* A French adjective after its noun: "la table ronde interrégionale « … »". */
  static const char *const adj[] = {"ale",   "ales",   "aux", "ique", "iques", "elle",  "elles",
                                    "ienne", "iennes", "ive", "ives", "aire",  "aires", NULL};
  if (w->doc->lang == FKG_LANG_FR && (t->flags & FKG_TOK_WORD) &&
      fkg_ends_with_any(t->lower, adj, 2))
    return k + 1;
  return -1;
}

/* Whether a quotation that reads as a title opens at token q: it starts with a capital, holds
 * at most fifteen tokens and does not end as speech does, on a comma or a full stop. */
static int
apposed_title(const FkgWork *w, int32_t q)
{
  int32_t cf, cl, close;
  if (!fkg_quote_span(w, q, &cf, &cl, &close) || cl - cf > 15) return 0;
  static const char *const ends[] = {",", ".", "!", "?", "…", NULL};
  return (tok(w, cf)->flags & FKG_TOK_CAP) && !fkg_tok_is_any(w, cl - 1, ends);
}

/* The end of the event mention that starts at token k, or -1. */
static int32_t
event_mention_end(const FkgWork *w, int32_t k)
{
  int sent = tok(w, k)->sent;
  if (!w->event_first_in || sent < 0 || sent >= w->doc->nsents) return -1;
  for (int m = w->event_first_in[sent]; m >= 0; m = w->event_next_in[m])
    if (w->events[m].first == k) return w->events[m].last;
  return -1;
}

/* Whether a cue of `role` that starts at most three tokens before token `at` (not before `lo`)
 * ends right there: the verb right before a phrase. */
static int
cue_ends_at(const FkgWork *w, FkgCueRole role, int32_t at, int32_t lo)
{
  for (int32_t c = at - 1; c >= lo && c >= at - 3; c--) {
    int32_t end;
    if (fkg_tok_cue(w, c, role, &end) && end == at) return 1;
  }
  return 0;
}

/* Whether the bare session form at token i (площадка, platform, site) is where an event took
 * place: "Форум, прошедший 23–24 октября на площадке «Экспоцентра»", "le forum s'est tenu sur
 * le site « … »". Between a held cue and the form stand only a date, the event's own mention,
 * numbers and function words; a session noun between ("прошла дискуссия на площадке «…»") has
 * the cue for its own. */
static int
held_at_venue(const FkgWork *w, int32_t i)
{
  int sent = tok(w, i)->sent;
  int32_t lo = w->doc->sents[sent].first, p = i - 1;
  if (p > lo && fkg_tok_definite_article(w, p)) p--;
  /* held at a place (на площадке, sur le site): "se tiendra l'atelier « … »" holds a session */
  if (p <= lo || !(fkg_tok_venue(w, p) || fkg_tok_is(w, p, "sur"))) return 0;
  for (int32_t k = p - 1; k >= lo && k >= i - 12; k--) {
    if (cue_ends_at(w, FKG_CUE_HELD, k + 1, lo)) return 1;
    int skipped = 0;
    for (int d = 0; d < w->ndates && !skipped; d++)
      if (w->dates[d].first <= k && k < w->dates[d].last) {
        k = w->dates[d].first;
        skipped = 1;
      }
    if (w->event_first_in)
      for (int m = w->event_first_in[sent]; m >= 0 && !skipped; m = w->event_next_in[m])
        if (w->events[m].first <= k && k < w->events[m].last) {
          k = w->events[m].first;
          skipped = 1;
        }
    if (!skipped && !(tok(w, k)->flags & FKG_TOK_NUM) && !fkg_tok_function_word(w, k) &&
        !fkg_tok_venue(w, k) && !fkg_tok_is(w, k, "sur"))
      return 0;
  }
  return 0;
}

/* Whether the bare session form at token i (plateforme, platform, площадку) is what a
 * presenting verb right before it, or an ordinal that opens the sentence, presents: "la ministre a
 * présenté la plateforme « Sibérie accessible », une carte interactive …" is a practice, no
 * thematic site. */
static int
presented_thing(const FkgWork *w, int32_t i)
{
  static const char *const determiners[] = {"a",     "its", "sa",  "son", "leur",
                                            "their", "her", "his", NULL};
  int32_t k = i - 1, lo = fkg_sent_first(w, i);
  if (k > lo && (fkg_tok_definite_article(w, k) || fkg_tok_is_any(w, k, determiners))) k--;
  /* (so is the one an ordinal opens a sentence with, after a count of practices: "La première
   * est la plateforme « Ma famille 73 », qui …") */
  if (fkg_ordinal_opening(w, lo) == k + 1) return 1;
  /* (and so is a programme's topic: "Présentation : plateforme « … »") */
  if (fkg_topic_line(w, i) == k + 1) return 1;
  return cue_ends_at(w, FKG_CUE_PRESENT, k + 1, lo);
}

/* Whether the one-word session noun at token i has an adjective of its own that makes it some
 * other thing: "une même plateforme numérique", "a digital platform" are no thematic site. (A
 * determiner or "same" before it, as in "la même plateforme", "the same platform", leaves it
 * the session named before.) */
static int
qualified_noun(const FkgWork *w, int32_t i)
{
  int32_t n = w->doc->ntoks;
  if (w->doc->lang == FKG_LANG_FR)
    return i + 1 < n && (tok(w, i + 1)->flags & FKG_TOK_WORD) &&
           !(tok(w, i + 1)->flags & (FKG_TOK_CAP | FKG_TOK_NL)) &&
           !fkg_tok_function_word(w, i + 1) && !fkg_tok_verb_like(w, i + 1) &&
           !layer(w, i + 1, FKG_LX_SESSION)->entry && !layer(w, i + 1, FKG_LX_EVENTTYPE)->entry;
  static const char *const pointing[] = {"same", "this", "that", "said", "whole", NULL};
  if (w->doc->lang == FKG_LANG_EN)
    return i > 0 && (tok(w, i - 1)->flags & FKG_TOK_WORD) &&
           !(tok(w, i - 1)->flags & FKG_TOK_CAP) && !fkg_tok_function_word(w, i - 1) &&
           !fkg_tok_is_any(w, i - 1, pointing) && !fkg_tok_definite_article(w, i - 1);
  return 0;
}

/* Whether session entity s was named before token i or in its sentence (its first span starts
 * before it, or right after it: "панельной дискуссии «…»" is the session's own noun). */
static int
named_before(const FkgWork *w, int32_t s, int32_t i)
{
  const FkgEntity *e = &w->facts->ents[s];
  return e->nspans > 0 && (e->spans[0].b < tok(w, i)->b ||
                           tok(w, fkg_token_at(w, e->spans[0].b))->sent == tok(w, i)->sent);
}

FkgStatus
fkg_rule_sessions(FkgWork *w)
{
  int32_t n = w->doc->ntoks;
  /* Not zeroed: candidates are written whole and only the first nc are read. */
  Cand *c = fkg_arena_alloc_uninit(&w->doc->arena, sizeof(Cand) * (size_t)(n + 1));
  int nc = 0;
  if (!c) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < n; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    if (!l->entry) continue;
    if (i == w->event_phrase) { /* the session phrase that names the article's event */
      i = l->last - 1;
      continue;
    }
    int stype = l->entry->value;
    int32_t j = l->last, ev = event_of_session(w, l->last, tok(w, i)->sent);
    int32_t qf, ql, qc;
    /* A form that names a session only with its title right after it (на площадке «…»; a bare
     * площадка is as often the venue itself): session-types.tsv, needs = title. */
    if (!strcmp(fkg_lexicon_cell(w->lex, FKG_LX_SESSION, l->entry->row, "needs"), "title") &&
        (j >= n || !fkg_quote_span(w, j, &qf, &ql, &qc) || held_at_venue(w, i) ||
         presented_thing(w, i))) {
      i = l->last - 1;
      continue;
    }
    if (j < n && (tok(w, j)->flags & FKG_TOK_QCLOSE) && !fkg_quote_span(w, j, &qf, &ql, &qc))
      j++; /* the closing quote of a quoted type: «круглого стола» */
    int titled = 0;
    int32_t lim = j + 4;
    for (int32_t k = j; k < n && k <= lim; k++) {
      int32_t cf, cl, close;
      if (!fkg_quote_span(w, k, &cf, &cl, &close)) {
        /* "a panel discussion, "Siberian Families: …", moderated by …": a title in apposition
         * after a comma, when it reads as one (not speech: "…," said the minister). */
        if (k == j && fkg_tok_is(w, k, ",") && apposed_title(w, k + 1)) continue;
        /* "The plenary session, titled "People, Not Paperwork: …", will be opened by …" */
        int32_t cue_end;
        if (k == j && fkg_tok_is(w, k, ",") && fkg_tok_cue(w, k + 1, FKG_CUE_TITLE, &cue_end) &&
            fkg_quote_span(w, cue_end, &cf, &cl, &close)) {
          lim = cue_end + 1;
          k = cue_end - 1;
          continue;
        }
        /* (…and after a short aside between commas: "La séance plénière, prévue le 9
         * septembre, s'intitulera « … »") */
        if (k == j && fkg_tok_is(w, k, ",")) {
          int32_t m = k + 1;
          while (m < n && m <= k + 8 && !fkg_tok_is(w, m, ",") &&
                 !(fkg_tok_clause_end(w, m) && !fkg_tok_is(w, m, ":")) && w->person_at[m] < 0 &&
                 !(tok(w, m)->flags & FKG_TOK_QOPEN))
            m++;
          if (m < n && m > k + 1 && fkg_tok_is(w, m, ",") &&
              fkg_tok_cue(w, m + 1, FKG_CUE_TITLE, &cue_end) &&
              fkg_quote_span(w, cue_end, &cf, &cl, &close)) {
            lim = cue_end + 1;
            k = cue_end - 1;
            continue;
          }
        }
        if ((tok(w, k)->flags & FKG_TOK_PUNCT) && !fkg_tok_is(w, k, ":") &&
            !(tok(w, k)->flags & (FKG_TOK_QOPEN | FKG_TOK_QCLOSE)))
          break;
        if ((tok(w, k)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, k, "\"")) {
          /* An opening quote that never closes: a truncated title, an untitled session. */
          c[nc++] = (Cand){i, l->last, -1, -1, stype, ev};
          titled = 1;
          break;
        }
        int32_t past = title_gap(w, k);
        /* The event the session is part of, named whole between the type and the title: "на
         * пленарном заседании седьмого Форума социальных инноваций регионов «…»". */
        int32_t em = event_mention_end(w, k);
        if (em > k && em > past) {
          lim += em - k;
          past = em;
        }
        if (past < 0) break;
        k = past - 1;
        continue;
      }
      /* A quotation that starts in lower case is a term, not a title ('Panel on "silver
       * economy" urges …'): titles start with a capital in all three languages. */
      if ((tok(w, cf)->flags & FKG_TOK_WORD) && !(tok(w, cf)->flags & FKG_TOK_CAP)) break;
      /* One or more quoted titles. */
      for (;;) {
        c[nc++] = (Cand){i, l->last, cf, cl, stype, ev};
        titled = 1;
        int32_t next = close + 1;
        if (next < n && (fkg_tok_is(w, next, ",") || fkg_tok_is(w, next, "и") ||
                         fkg_tok_is(w, next, "and") || fkg_tok_is(w, next, "et")))
          next++;
        if (next < n && (fkg_tok_is(w, next, "и") || fkg_tok_is(w, next, "and"))) next++;
        if (!fkg_quote_span(w, next, &cf, &cl, &close)) {
          if (next < n && ((tok(w, next)->flags & FKG_TOK_QOPEN) || fkg_tok_is(w, next, "\"")) &&
              nc < n)
            c[nc++] = (Cand){i, l->last, -1, -1, stype, ev};
          break;
        }
        if (nc >= n) break;
      }
      break;
    }
    /* Titles in bulleted lines after the phrase and a colon: "на четырёх тематических
     * площадках:" / "1. «…» (модератор — …);" / "2. «…»". */
    if (!titled && j < n && fkg_tok_is(w, j, ":")) {
      int32_t b = j + 1, mark, cf, cl, close;
      while (b < n && (tok(w, b)->flags & FKG_TOK_NL) && (mark = fkg_bullet(w, b)) > 0 &&
             fkg_quote_span(w, b + mark, &cf, &cl, &close) && nc < n) {
        c[nc++] = (Cand){i, l->last, cf, cl, stype, ev};
        titled = 1;
        for (b = close + 1; b < n && !(tok(w, b)->flags & FKG_TOK_NL); b++)
          ;
      }
    }
    /* An untitled session word inside a quotation is part of a name (the network of "Inclusive
     * Workshops"), not a session. */
    /* Nor is an untitled phrase of the type of the session that is the article's own event
     * ("Ural regions draft … at strategic session in Yekaterinburg" over 'The district
     * strategic session "…", … took place'): that session is the event. */
    int own_kind = w->event_phrase >= 0 && layer(w, w->event_phrase, FKG_LX_SESSION)->entry &&
                   layer(w, w->event_phrase, FKG_LX_SESSION)->entry->value == stype;
    if (!titled && !w->in_quote[i] && !own_kind &&
        (framed(w, i) || acted_in(w, tok(w, i)->sent) || of_event(w, l->last) ||
         programme_heading(w, i) || held_session(w, i, l->last)) &&
        nc < n)
      c[nc++] = (Cand){i, l->last, -2, -2, stype, ev};
    i = l->last - 1;
  }
  /* "…, who moderated the session, titled "Beyond Benefits: …"": the bare session noun after
   * an article, with a title cue and a title, titles the untitled session named last before it
   * (a panel session, earlier), whose type it takes. */
  for (int32_t i = 1, nc0 = nc; i + 2 < n && nc < n; i++) {
    static const char *const dems[] = {"this", "that", "cette", "ce", "эта", "этой", "эту", NULL};
    /* (the noun first: a look-up in its lexicon slots, where the article test compares strings) */
    if (!fkg_tok_session_noun(w, i) || layer(w, i, FKG_LX_SESSION)->entry ||
        !(fkg_tok_definite_article(w, i - 1) || fkg_tok_is_any(w, i - 1, dems)))
      continue;
    int32_t k = i + 1 + fkg_tok_is(w, i + 1, ","), cue_end, cf, cl, close;
    if (!fkg_tok_cue(w, k, FKG_CUE_TITLE, &cue_end) ||
        !fkg_quote_span(w, cue_end, &cf, &cl, &close) || !(tok(w, cf)->flags & FKG_TOK_CAP) ||
        cl - cf > 20)
      continue;
    int last_untitled = -1;
    for (int q = 0; q < nc0 && c[q].first < i; q++) {
      if (c[q].tfirst < 0)
        last_untitled = q;
      else
        last_untitled = -1; /* a titled one named since: "the session" may be that one */
    }
    if (last_untitled < 0) continue;
    c[nc++] = (Cand){i, i + 1, cf, cl, c[last_untitled].stype, c[last_untitled].event};
  }
  /* The (type, event) pairs that have a titled candidate, a set: an untitled one of the same
   * pair is the same session, and a long document has thousands of candidates. */
  uint32_t tslots = 16;
  while (tslots < 2u * (uint32_t)nc)
    tslots *= 2;
  uint64_t *titled_pairs = fkg_arena_alloc(&w->doc->arena, sizeof(uint64_t) * tslots);
  if (!titled_pairs) return FKG_BAD_ALLOC;
  int titled_any = 0;
  for (int k = 0; k < nc; k++)
    if (c[k].tfirst >= 0) {
      titled_pairs[pair_slot(titled_pairs, tslots - 1, cand_pair(&c[k]))] = cand_pair(&c[k]);
      titled_any = 1;
    }
  for (int k = 0; k < nc; k++) {
    Cand *x = &c[k];
    const char *tail;
    if (x->tfirst >= 0) {
      char *title = fkg_tokens_text(w, x->tfirst, x->tlast);
      char *slug = title ? fkg_slug(w->ctx, &w->doc->arena, title, 60) : NULL;
      if (!slug) return FKG_BAD_ALLOC;
      tail = slug;
    } else {
      if (titled_pairs[pair_slot(titled_pairs, tslots - 1, cand_pair(x))]) continue;
      /* The bare word "дискуссия", "discussion", "débat" is what happens at any session:
       * with a titled session in the article it names that one (Модератором дискуссии
       * выступил …, after «Круглый стол «…» прошёл …»), not a session of its own. */
      if (x->stype == FKG_ST_DISCUSSION && x->last - x->first == 1 && titled_any) continue;
      /* A session held on its own and named with its title, then again bare in a sentence
       * that names an event ("Following the round table, the participants agreed to submit
       * … to the VI Forum"), is still that session, not one of the event's. */
      int standalone = 0;
      for (int q = 0; q < k && !standalone; q++)
        standalone = c[q].tfirst >= 0 && c[q].event < 0 && c[q].stype == x->stype;
      if (standalone) continue;
      tail = fkg_session_type_name((FkgSessionType)x->stype);
    }
    const char *ep = event_part(w, x->event);
    char *key = ep ? fkg_join(&w->doc->arena, "session/", ep, "/", tail) : NULL;
    int32_t s = key ? fkg_facts_entity(w->facts, FKG_E_SESSION, key) : -1;
    if (s < 0) return FKG_BAD_ALLOC;
    FkgEntity *e = &w->facts->ents[s];
    e->stype = x->stype;
    if (x->tfirst >= 0 && !e->name) e->name = fkg_tokens_text(w, x->tfirst, x->tlast);
    if (!e->label) e->label = e->name ? e->name : fkg_tokens_text(w, x->first, x->last);
    if (x->event >= 0) fkg_facts_rel(w->facts, FKG_R_SUPER, s, x->event);
    int32_t sb = x->tfirst >= 0 ? x->tfirst : x->first, se = x->tfirst >= 0 ? x->tlast : x->last;
    fkg_facts_span(w->facts, s, tok(w, sb)->b, tok(w, se - 1)->e);
    const FkgDateExpr *d = fkg_date_in_sentence(w, tok(w, x->first)->sent);
    if (d && !e->start.month && !e->start.year) {
      e->start = d->start;
      e->end = d->end;
    }
  }
  /* A later bare mention of a session type refers to the article's only session of that
   * type: «Круглый стол» провела … */
  int32_t only[FKG_ST_COUNT];
  int count[FKG_ST_COUNT] = {0};
  for (int32_t e = 0; e < w->facts->nents; e++) {
    const FkgEntity *x = &w->facts->ents[e];
    if (x->kind != FKG_E_SESSION || x->stype < 0 || x->stype >= FKG_ST_COUNT) continue;
    only[x->stype] = e;
    count[x->stype]++;
  }
  int sessions = 0;
  int32_t only_one = -1;
  for (int t = 0; t < FKG_ST_COUNT; t++)
    if (count[t]) {
      sessions += count[t];
      only_one = only[t];
    }
  for (int32_t i = 0; i < n; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    if (!l->entry) continue;
    int t = l->entry->value;
    if (l->last - i == 1 && qualified_noun(w, i)) {
      i = l->last - 1;
      continue;
    }
    /* (a lone noun only later: "en ouvrant les débats" before "une table de discussion « … »"
     * is named opens the session its paragraph is about, not that one; "ouvriront … une séance
     * plénière" announces the plenary named further on) */
    int lone = l->last - i == 1;
    if (t >= 0 && t < FKG_ST_COUNT && count[t] == 1 && (!lone || named_before(w, only[t], i)))
      fkg_facts_span(w->facts, only[t], tok(w, i)->b, tok(w, l->last - 1)->e);
    /* …and the bare "дискуссия" refers to the article's only session, whatever its type. */
    else if (t == FKG_ST_DISCUSSION && lone && sessions == 1 && named_before(w, only_one, i))
      fkg_facts_span(w->facts, only_one, tok(w, i)->b, tok(w, i)->e);
    /* (…or to its only panel discussion, when it has no discussion of its own: "панельная
     * дискуссия «…»" and then "В дискуссии приняли участие …") */
    else if (t == FKG_ST_DISCUSSION && lone && count[t] == 0 && count[FKG_ST_PANEL] == 1 &&
             named_before(w, only[FKG_ST_PANEL], i))
      fkg_facts_span(w->facts, only[FKG_ST_PANEL], tok(w, i)->b, tok(w, i)->e);
    i = l->last - 1;
  }
  return index_sessions(w);
}

/* The sentence whose text holds [b, e), or -1: the last sentence starting at or before b. */
static int
sentence_holding(const FkgWork *w, int32_t b, int32_t e)
{
  const FkgDoc *d = w->doc;
  int lo = 0, hi = d->nsents - 1, found = -1;
  while (lo <= hi) {
    int mid = lo + (hi - lo) / 2;
    if (d->sents[mid].first < d->sents[mid].last && tok(w, d->sents[mid].first)->b <= b) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (found < 0 || d->sents[found].first >= d->sents[found].last ||
      tok(w, d->sents[found].last - 1)->e < e)
    return -1;
  return found;
}

/* Answers fkg_session_in_sentence for every sentence at once, once the sessions are all made:
 * the practices and relations rules ask it sentence by sentence, and a scan of all entities per
 * question made a long document entities times sentences. The first session (in entity order)
 * with a span inside a sentence is its answer. */
static FkgStatus
index_sessions(FkgWork *w)
{
  int32_t *at = fkg_arena_alloc_uninit(&w->doc->arena, sizeof *at * ((size_t)w->doc->nsents + 1));
  if (!at) return FKG_BAD_ALLOC;
  for (int k = 0; k < w->doc->nsents; k++)
    at[k] = -1;
  uint8_t *in = fkg_arena_alloc(&w->doc->arena, (size_t)w->doc->ntoks + 1);
  uint8_t *several = fkg_arena_alloc(&w->doc->arena, (size_t)w->doc->nsents + 1);
  if (!in || !several) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < w->facts->nents; i++) {
    const FkgEntity *s = &w->facts->ents[i];
    if (s->kind != FKG_E_SESSION) continue;
    for (int k = 0; k < s->nspans; k++) {
      int sent = sentence_holding(w, s->spans[k].b, s->spans[k].e);
      if (sent >= 0 && at[sent] < 0)
        at[sent] = i;
      else if (sent >= 0 && at[sent] != i)
        several[sent] = 1;
      for (int32_t t = fkg_token_at(w, s->spans[k].b);
           t < w->doc->ntoks && tok(w, t)->b < s->spans[k].e; t++)
        in[t] = 1;
    }
  }
  w->session_in_sent = at;
  w->in_session = in;
  w->sessions_several = several;
  return FKG_SUCCESS;
}

int32_t
fkg_session_in_sentence(const FkgWork *w, int sent)
{
  /* Before the sessions rule has run there is no session at all. */
  return w->session_in_sent ? w->session_in_sent[sent] : -1;
}

int
fkg_sentence_has_sessions(const FkgWork *w, int sent)
{
  return w->sessions_several && w->sessions_several[sent];
}
