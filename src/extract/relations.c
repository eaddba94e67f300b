/* forumkg: extract rule, who did what at which session or event. Within one sentence:
 *   speaker:     a speaking cue (выступил, рассказала, a déclaré, spoke) with a person and a
 *                session: Тереза Пономарева в ходе дискуссии «…» рассказала …
 *   moderator:   a moderating cue (модератор, провела, modérateur) with a person and a session:
 *                «Круглый стол» провела … Эльмира Маврина
 *   participant: a participation cue (приняли участие, посетили, participeront) or a
 *                delegation: every person named, at the session named, else at the event
 *                named or referred to (форум, le forum); a speaking cue at an event with no
 *                session also makes the speaker a participant, when the event is where
 *                they speak (на форуме), not what they speak of (о подготовке к форуму).
 * A sentence with a cue and a session but no name continues the person of the previous
 * sentence when it refers back (он, она, il, elle, he, she, le sénateur). In an article with a
 * single session and no event, persons quoted with a speaking cue spoke at that session. */
#include "extract_int.h"

#include <string.h>

static int
has_cue(const FkgWork *w, const FkgSentence *s, FkgCueRole role)
{
  return fkg_sent_has_cue(w, (int)(s - w->doc->sents), role);
}

/* Whether sentence s has a moderating cue that is about a session: "провёл рабочую встречу",
 * "held a working meeting", "a animé une rencontre" hold a meeting, which is no session, and
 * such a cue moderates nothing. */
static int
moderating_sentence(const FkgWork *w, const FkgSentence *s)
{
  if (!has_cue(w, s, FKG_CUE_MODERATOR)) return 0;
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t end;
    if (!fkg_tok_cue(w, i, FKG_CUE_MODERATOR, &end)) continue;
    int32_t k = end;
    while (k < s->last && k < end + 2 && fkg_tok_ru_adjective_any_case(w, k) &&
           !layer(w, k, FKG_LX_EVENTTYPE)->entry)
      k++;
    if (k < s->last && fkg_tok_gathering(w, k) && !layer(w, k, FKG_LX_SESSION)->entry) continue;
    return 1;
  }
  return 0;
}

/* Whether token i lies in an event, edition or series mention of sentence `sent` other than
 * the article's own: the "Forum" of 'the All-Russian Forum "Community"' names that series,
 * not the Eurasian Women's Forum the article is about (events.c keeps another series' mention
 * apart from the article's edition). */
static int
in_event_mention(const FkgWork *w, int sent, int32_t i)
{
  if (!w->event_first_in) return 0;
  for (int k = w->event_first_in[sent]; k >= 0; k = w->event_next_in[k])
    if (w->events[k].first <= i && i < w->events[k].last && w->events[k].ent != w->main_event)
      return 1;
  return 0;
}

/* Whether the event noun at token i may stand for the article's own event. A contest or an award
 * (конкурс, the national contest of volunteer projects, prix) is an event of its own, unless one
 * of the article's mentions of its event is named by a noun of the same type: taking part in a
 * contest is no part in the forum. */
static int
refers_to_main_event(const FkgWork *w, int32_t i, const FkgLexEntry *noun)
{
  const char *type = fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE, noun->row, "type");
  if (strcmp(type, "contest") != 0 && strcmp(type, "award") != 0) return 1;
  for (int k = 0; k < w->nevents; k++) {
    if (w->events[k].ent != w->main_event) continue;
    for (int32_t q = w->events[k].first; q < w->events[k].last; q++) {
      const FkgLayer *m = layer(w, q, FKG_LX_EVENTTYPE);
      if (m->entry &&
          !strcmp(fkg_lexicon_cell(w->lex, FKG_LX_EVENTTYPE, m->entry->row, "type"), type))
        return 1;
    }
  }
  return 0;
}

/* The event sentence `sent` names, else the article's own event when the sentence refers to
 * it by its noun (форум, le forum); -1 when neither. *at gets the first token of the mention. */
static int32_t
event_in(const FkgWork *w, int sent, int32_t *at)
{
  const FkgEventMention *m = fkg_event_mention_in_sentence(w, sent);
  if (m) {
    *at = m->first;
    return m->ent;
  }
  const FkgSentence *s = &w->doc->sents[sent];
  /* A noun inside quoted speech («Такие встречи позволяют …», — сказал …) is not where the
   * speaker is. */
  for (int32_t i = s->first; i < s->last && w->main_event >= 0; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_EVENTTYPE);
    if (l->entry && w->region_at[i] < 0 && !w->in_quote[i] && !in_event_mention(w, sent, i) &&
        refers_to_main_event(w, i, l->entry)) {
      *at = i;
      return w->main_event;
    }
  }
  return -1;
}

/* Whether the event mentioned at token `at` is what a speaker speaks of (рассказал о
 * подготовке к форуму, spoke about the preparations for the forum, a parlé des préparatifs
 * du forum), not where they speak: a speaking cue followed by "о"/"about"/"de" comes before
 * it in its sentence, and no preposition of place or framing cue (на форуме, at the forum,
 * lors du forum, в рамках форума) stands within the four tokens before it. */
static int
event_is_topic(const FkgWork *w, int32_t at)
{
  static const char *const about[] = {"о", "об", "обо", "about", "de", "des", "du", "d'", NULL};
  int32_t lo = fkg_sent_first(w, at), end;
  int spoken_of = 0;
  for (int32_t k = lo; k < at && !spoken_of; k++)
    spoken_of =
        fkg_tok_cue(w, k, FKG_CUE_SPEAKER, &end) && end < at && fkg_tok_is_any(w, end, about);
  if (!spoken_of) return 0;

  for (int32_t k = at - 1; k >= lo && k >= at - 4; k--) {
    if (tok(w, k)->flags & FKG_TOK_PUNCT) return 1;
    if (fkg_tok_venue(w, k) || (fkg_tok_cue(w, k, FKG_CUE_FRAME, &end) && end == at)) return 0;
  }
  return 1;
}

/* Whether the event mention at token `at` is framed as where something happens: a venue
 * preposition or a framing cue (на форуме, at the forum, в рамках форума) within the four
 * tokens before it, not merely spoken of ("напомнила, что форум превратился …"). */
static int
event_framed(const FkgWork *w, int32_t at)
{
  int32_t lo = fkg_sent_first(w, at), end;
  for (int32_t k = at - 1; k >= lo && k >= at - 4; k--)
    if (fkg_tok_venue(w, k) || (fkg_tok_cue(w, k, FKG_CUE_FRAME, &end) && end == at)) return 1;
  return 0;
}

/* Whether token i lies in one of the document's date expressions. */
static int
in_date(const FkgWork *w, int32_t i)
{
  for (int k = 0; k < w->ndates; k++)
    if (w->dates[k].first <= i && i < w->dates[k].last) return 1;
  return 0;
}

/* The regions named in a list from token k: "Тамбовской, Липецкой и Воронежской областей",
 * "the Tambov, Lipetsk and Voronezh regions", "des régions de Tambov, de Lipetsk et de
 * Voronej", joined by commas, conjunctions (а также, as well as, ainsi que) and articles. Adds them
 * to out[*n] (at most max, each once). */
static void
region_list(const FkgWork *w, int32_t k, int32_t last, int32_t *out, int *n, int max)
{
  static const char *const glue[] = {"и",   "and", "et", ",",  "the", "de", "d'",
                                     "des", "du",  "la", "le", "l'",  "of", NULL};
  for (; k < last; k++) {
    int32_t r = w->region_at[k];
    if (r < 0) {
      if (fkg_tok_is_any(w, k, glue)) continue;
      /* "…, а также Республики Хакасия", "as well as", "ainsi que" */
      if (fkg_tok_is(w, k, "а") && fkg_tok_is(w, k + 1, "также")) {
        k++;
        continue;
      }
      if (fkg_tok_is(w, k, "ainsi") && fkg_tok_is(w, k + 1, "que")) {
        k++;
        continue;
      }
      if (fkg_tok_is(w, k, "as") && fkg_tok_is(w, k + 1, "well") && fkg_tok_is(w, k + 2, "as")) {
        k += 2;
        continue;
      }
      break;
    }
    int dup = 0;
    for (int q = 0; q < *n; q++)
      dup |= out[q] == r;
    if (!dup && *n < max) out[(*n)++] = r;
  }
}

/* The regions that sentence s, which holds a participation cue, says take part in its event,
 * into out (at most max); returns their number:
 * - its subject, when `subject` (the sentence names no person): "Смоленщина примет участие в
 *   Форуме", "Делегация Ярославской области приняла участие", "Une délégation de la région de
 *   Kirov participe", "La région de Belgorod participera" (only a date, an article or a
 *   delegation word before it);
 * - the regions of delegations named after the verb ("приняли участие делегации Тамбовской,
 *   Липецкой и Воронежской областей") or of representatives named anywhere in it ("приняли
 *   участие представители Пензенской области", "avec la participation de représentants de l'oblast
 * de Tver"; "представители региона" is the article's region. */
static int
regions_taking_part(const FkgWork *w, const FkgSentence *s, int subject, int32_t *out, int max)
{
  static const char *const lead[] = {"the", "a",  "an", "le", "la",   "les", "l'",  "un",
                                     "une", "de", "du", "d'", "from", "of",  "des", NULL};
  int n = 0, delegation = 0;
  /* A short fronted phrase before a comma names neither (Outre les hôtes, Besides the hosts,
   * Кроме того,), nor do two ("Ранее, напомним, делегация …"): the subject comes after
   * them. */
  int32_t from = s->first;
  for (int32_t i = s->first; i < s->last && i <= s->first + 5; i++) {
    if (w->region_at[i] >= 0 || w->person_at[i] >= 0 || w->in_quote[i]) break;
    if (fkg_tok_is(w, i, ",")) from = i + 1;
  }
  for (int32_t i = from; i < s->last; i++) {
    int32_t cue_end;
    /* A sentence that names people takes its region only from its delegation: "Делегация
     * Ярославской области во главе с губернатором X приняла участие" (X takes part too). */
    if (w->region_at[i] >= 0) {
      /* …or from a delegation the region's name comes before (The Tver Region delegation,
       * led by X, …) */
      int32_t after = i;
      while (after < s->last && w->region_at[after] == w->region_at[i])
        after++;
      if (!subject && !delegation && after < s->last && !w->in_quote[after] &&
          fkg_tok_cue(w, after, FKG_CUE_DELEGATION, NULL))
        delegation = 1;
      if (subject || delegation) region_list(w, i, s->last, out, &n, max);
      break;
    }
    if (fkg_tok_cue(w, i, FKG_CUE_DELEGATION, &cue_end)) {
      i = cue_end - 1;
      delegation = 1;
    } else if (!fkg_tok_is_any(w, i, lead) && !(tok(w, i)->flags & FKG_TOK_PUNCT) &&
               !in_date(w, i)) {
      break;
    }
  }
  int32_t took_part = -1; /* the end of the first participation cue, or -1 */
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t k, cue_end;
    /* Delegations after the verb that says they took part (приняли участие делегации …); a
     * delegation's make-up (В состав делегации X вошли …, itself a participation cue) says
     * who came, not that X did. */
    int dele = took_part >= 0 && i >= took_part && fkg_tok_cue(w, i, FKG_CUE_DELEGATION, &k);
    if (took_part < 0 && fkg_tok_cue(w, i, FKG_CUE_PARTICIPANT, &cue_end)) took_part = cue_end;
    if (w->in_quote[i] || (!dele && !fkg_tok_cue(w, i, FKG_CUE_REPRESENTATIVES, &k))) continue;
    while (k < s->last && w->region_at[k] < 0 && fkg_tok_is_any(w, k, lead))
      k++;
    /* "делегации более 60 субъектов, в том числе Республики Башкортостан, …", "delegations from
     * 40 regions, including …": a count, then the regions it includes. */
    for (int32_t q = k; q < s->last && q < k + 8 && w->region_at[k] < 0 && !w->in_quote[q]; q++) {
      int32_t incl_end;
      if (!fkg_tok_cue(w, q, FKG_CUE_INCLUDING, &incl_end)) continue;
      k = incl_end;
      while (k < s->last && w->region_at[k] < 0 && fkg_tok_is_any(w, k, lead))
        k++;
      break;
    }
    if (k < s->last && w->region_at[k] >= 0)
      region_list(w, k, s->last, out, &n, max);
    else if (!dele && fkg_tok_is(w, k, "региона") && w->main_region >= 0 && n < max)
      out[n++] = w->main_region;
  }
  return n;
}

/* Whether sentence s ends with its participation cue, only punctuation after it: "The Kaliningrad
 * Region has also confirmed its participation.", "Тверская область также примет участие." Such
 * a sentence names no event because it speaks of the article's. */
static int
ends_with_participation(const FkgWork *w, const FkgSentence *s)
{
  for (int32_t i = s->first; i < s->last; i++) {
    int32_t end;
    if (!fkg_tok_cue(w, i, FKG_CUE_PARTICIPANT, &end)) continue;
    while (end < s->last && (tok(w, end)->flags & FKG_TOK_PUNCT))
      end++;
    if (end == s->last) return 1;
  }
  return 0;
}

/* In a sentence with both a speaking and a moderating cue, whether the person at token i is the
 * moderator: their own verb after them says so, else the nearest cue before them is the
 * moderating one ("X spoke at the panel «…», moderated by Y"), or, with no cue before them, the
 * nearest after. */
static int
moderates(const FkgWork *w, const FkgSentence *s, int32_t i)
{
  /* A moderating participle right after the person is theirs, whatever cue came before:
   * "Такое мнение высказала X, модерируя экспертную сессию …". */
  int32_t after = i;
  while (after < s->last && w->person_at[after] == w->person_at[i])
    after++;
  if (after + 1 < s->last && fkg_tok_is(w, after, ",") &&
      fkg_tok_cue(w, after + 1, FKG_CUE_MODERATOR, NULL))
    return 1;
  /* "La discussion était modérée par le directeur général … X, qui a demandé …": a moderating
   * cue that leads straight to the person, across their post, is theirs, whatever their
   * relative clause then says. */
  for (int32_t k = i - 1; k >= s->first && w->person_at[k] < 0; k--) {
    if (fkg_tok_is(w, k, ",") || fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL) ||
        fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL) || w->in_quote[k])
      break;
    if (fkg_tok_cue(w, k, FKG_CUE_MODERATOR, NULL)) return 1;
  }
  /* A moderating noun the person stands in apposition to is theirs, whatever they go on to
   * say: "The moderator of the session, Federation Council senator X, recalled …",
   * "Модератор сессии, сенатор X, напомнил …". */
  for (int32_t k = i - 1, comma = 0; k >= s->first && w->person_at[k] < 0; k--) {
    comma |= fkg_tok_is(w, k, ",");
    if (fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL) || fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL)) break;
    if (fkg_tok_cue(w, k, FKG_CUE_MODERATOR, NULL)) {
      int alone = comma && k <= s->first + 2;
      for (int32_t q = s->first; q < k && alone; q++)
        alone = w->person_at[q] < 0;
      if (alone) return 1;
      break;
    }
  }
  /* …and so does their own verb, the first cue after them before anyone else: "Ostrovskaya
   * moderated the expert session "…", at which Alexei Kuvshinov (director …) briefed
   * participants on …" */
  for (int32_t k = after; k < s->last && w->person_at[k] < 0; k++) {
    if (fkg_tok_cue(w, k, FKG_CUE_MODERATOR, NULL)) return 1;
    if (fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL) || fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL))
      return 0;
  }
  for (int32_t k = i - 1; k >= s->first; k--) {
    if (fkg_tok_cue(w, k, FKG_CUE_MODERATOR, NULL)) return 1;
    if (!fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL)) continue;
    /* "Модератором круглого стола выступил X": the verb belongs to the moderator's cue when
     * nobody and no comma stands between them. */
    for (int32_t q = k - 1; q >= s->first && w->person_at[q] < 0 && !fkg_tok_is(w, q, ","); q--)
      if (fkg_tok_cue(w, q, FKG_CUE_MODERATOR, NULL)) return 1;
    return 0;
  }
  for (int32_t k = i; k < s->last; k++) {
    if (w->person_at[k] >= 0 && w->person_at[k] == w->person_at[i]) continue;
    if (fkg_tok_cue(w, k, FKG_CUE_MODERATOR, NULL)) return 1;
    if (fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL)) return 0;
  }
  return 1;
}

/* In a sentence with both a speaking and a participation cue, whether the person at token i
 * only took part. Their own verb decides: the first verb after them, before the next person,
 * when it is a speaking, presenting or participation cue ("Mme X a assisté à la séance « … »,
 * ouverte par Y"; "was represented by X, deputy chairman …, who spoke about …"); else the
 * nearest cue before them ("Speaking at …, X described …"). */
static int
only_attends(const FkgWork *w, const FkgSentence *s, int32_t i)
{
  for (int32_t k = i; k < s->last; k++) {
    if (w->person_at[k] >= 0 && w->person_at[k] == w->person_at[i]) continue;
    if (w->person_at[k] >= 0) break;
    if (fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL) || fkg_tok_cue(w, k, FKG_CUE_PRESENT, NULL))
      return 0;
    if (fkg_tok_cue(w, k, FKG_CUE_PARTICIPANT, NULL)) {
      /* "X prendra part à la session …, où elle évoquera …": their own pronoun's speaking
       * verb later in the sentence makes them a speaker there. */
      for (int32_t q = k + 1; q + 1 < s->last && w->person_at[q] < 0; q++)
        if (fkg_tok_person_pronoun(w, q) && (fkg_tok_cue(w, q + 1, FKG_CUE_SPEAKER, NULL) ||
                                             fkg_tok_cue(w, q + 1, FKG_CUE_PRESENT, NULL)))
          return 0;
      return 1;
    }
    if (fkg_tok_verb_like(w, k)) break; /* their verb is neither: the cue before decides */
  }
  for (int32_t k = i - 1; k >= s->first; k--) {
    if (fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL)) return 0;
    if (fkg_tok_cue(w, k, FKG_CUE_PARTICIPANT, NULL)) return 1;
  }
  return 0;
}

/* Whether sentence s names a meeting or a session by its bare noun (the meeting, la réunion,
 * встреча; the session, заседание), outside quotation marks. */
static int
names_meeting(const FkgWork *w, const FkgSentence *s)
{
  static const char *const types[] = {"meeting", "session", NULL};
  for (int32_t i = s->first; i < s->last; i++)
    if (!w->in_quote[i] && fkg_tok_event_type(w, i, types)) return 1;
  return 0;
}

/* Whether sentence s names a session by its bare noun (the session, la séance, заседание),
 * outside quotation marks. */
static int
bare_session(const FkgWork *w, const FkgSentence *s)
{
  for (int32_t i = s->first; i < s->last; i++)
    if (!w->in_quote[i] && fkg_tok_session_noun(w, i)) return 1;
  return 0;
}

/* Whether sentence s holds the bare word дискуссия, discussion, débat (a one-word session
 * phrase of the discussion type) outside quotation marks. */
static int
bare_discussion(const FkgWork *w, const FkgSentence *s)
{
  for (int32_t i = s->first; i < s->last; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_SESSION);
    if (l->entry && l->entry->value == FKG_ST_DISCUSSION && l->last == i + 1 && !w->in_quote[i])
      return 1;
  }
  return 0;
}

/* Whether sentence s refers to a person without naming one: a pronoun (Selon lui, по его
 * словам) or a definite post (le sénateur). */
static int
names_someone(const FkgWork *w, const FkgSentence *s)
{
  static const char *const pron[] = {"lui", "him", "his", "her", "его",
                                     "её",  "ее",  "ему", "ей",  NULL};
  if (fkg_sentence_refers_back(w, (int)(s - w->doc->sents))) return 1;
  for (int32_t i = s->first; i < s->last; i++)
    if (fkg_tok_is_any(w, i, pron)) return 1;
  return 0;
}

/* Whether sentence s names "the same" session: a bare session noun (séance, session,
 * сессии, заседании) next to même, same, тот же, or after a demonstrative (cette séance). */
static int
same_session(const FkgWork *w, const FkgSentence *s)
{
  /* "Там же X рассказала …": there too */
  if (s->first + 1 < s->last && fkg_tok_is(w, s->first, "там") && fkg_tok_is(w, s->first + 1, "же"))
    return 1;
  /* …or a demonstrative before it: cette séance, this session, этой сессии */
  static const char *const same[] = {"même", "same", "же",    "cette", "this",
                                     "этой", "этом", "этого", NULL};
  /* The session nouns are few: find them first, then the word before them. */
  for (int32_t k = s->first + 1; k < s->last; k++) {
    if (!w->lex_at[k] || !(layer(w, k, FKG_LX_SESSION)->entry || fkg_tok_session_noun(w, k)))
      continue;
    for (int32_t i = k - 1; i >= s->first && i >= k - 2; i--)
      if (!w->in_quote[i] && fkg_tok_is_any(w, i, same)) return 1;
  }
  return 0;
}

/* The session a sentence names by what it is dedicated to: "На площадке, посвящённой
 * старшему поколению, X представил …" after the list of sites "– «Старшее поколение: забота
 * без границ»;": of the sessions named in the twelve sentences before, the one whose title
 * shares the most word stems (four letters or more) with the five words after the
 * dedication; -1 when none shares one. */
static int32_t
dedicated_session(FkgWork *w, int sent)
{
  static const char *const dedicated[] = {
      "посвящённой", "посвященной", "посвящённом", "посвященном", "посвящённая", "посвященная",
      "dedicated",   "devoted",     "consacrée",   "consacré",    "consacrées",  NULL};
  const FkgSentence *s = &w->doc->sents[sent];
  int32_t d = -1;
  /* (the session noun first: the lexicon's layers answer it without a string compare) */
  for (int32_t k = s->first + 1; k < s->last && d < 0; k++) {
    int32_t noun = k - 1 - (k >= 2 && fkg_tok_is(w, k - 1, ","));
    if (w->lex_at[noun] &&
        (layer(w, noun, FKG_LX_SESSION)->entry || fkg_tok_session_noun(w, noun)) &&
        fkg_tok_is_any(w, k, dedicated))
      d = k;
  }
  if (d < 0) return -1;
  const char *stems[5];
  int ns = 0;
  for (int32_t k = d + 1; k < s->last && k <= d + 6 && ns < 5; k++) {
    const FkgToken *t = tok(w, k);
    if (fkg_tok_is(w, k, ",")) break;
    if ((t->flags & FKG_TOK_WORD) && t->key && strlen(t->key) >= 4) stems[ns++] = t->key;
  }
  /* The best session title among the quotations of those sentences (a list of sites names
   * several in one sentence). */
  int32_t best_cf = -1, best_cl = -1;
  int best_n = 0;
  for (int back = 1; back <= 12 && sent - back >= 0 && ns > 0; back++) {
    if (fkg_session_in_sentence(w, sent - back) < 0) continue;
    const FkgSentence *p = &w->doc->sents[sent - back];
    for (int32_t q = p->first; q < p->last; q++) {
      int32_t cf, cl, close;
      if (!fkg_quote_span(w, q, &cf, &cl, &close) || !w->in_session || !w->in_session[cf]) continue;
      int shared = 0;
      for (int32_t k = cf; k < cl; k++)
        for (int j = 0; tok(w, k)->key && j < ns; j++)
          shared += strcmp(tok(w, k)->key, stems[j]) == 0;
      if (shared > best_n) {
        best_n = shared;
        best_cf = cf;
        best_cl = cl;
      }
      q = close;
    }
  }
  if (best_n == 0) return -1;
  /* …and the session that title names */
  const char *title = fkg_tokens_text(w, best_cf, best_cl);
  for (int32_t e = 0; title && e < w->facts->nents; e++)
    if (w->facts->ents[e].kind == FKG_E_SESSION && w->facts->ents[e].name &&
        !strcmp(w->facts->ents[e].name, title))
      return e;
  return -1;
}

/* Whether sentence s opens with a cue of `role`, after at most one token (a bullet, a dash). */
static int
opens_with(const FkgWork *w, const FkgSentence *s, FkgCueRole role)
{
  int32_t end;
  return fkg_tok_cue(w, s->first, role, &end) ||
         (s->first + 1 < s->last && fkg_tok_cue(w, s->first + 1, role, &end));
}

/* The part sentence s's programme label gives ("Спикеры:", "— Moderator:", "Intervenants :",
 * a label word and its colon first on the line), with *after the token after the colon; -1 when
 * it opens with none. */
/* The first token of a programme's line after its bullet or dash ("— Moderator:", "• Иванов
 * Иван Иванович — …"). */
static int32_t
line_start(const FkgWork *w, const FkgSentence *s)
{
  int32_t at = fkg_line_entry_start(w, s->first);
  return at < s->last ? at : s->first;
}

/* Whether the line that starts at token ls is a heading: at most ten words, no quotation,
 * and no mark that ends a sentence or a clause at its end ("Round table on long-term care",
 * "Занятость людей с инвалидностью"). */
static int
heading_line(const FkgWork *w, int32_t ls)
{
  int32_t n = w->doc->ntoks, i = ls;
  int words = 0;
  for (; i < n && (i == ls || !(tok(w, i)->flags & FKG_TOK_NL)); i++) {
    if (tok(w, i)->flags & FKG_TOK_QOPEN) return 0;
    words += (tok(w, i)->flags & FKG_TOK_WORD) != 0;
  }
  static const char *const ends[] = {".", "!", "?", ";", ":", ",", "…", NULL};
  return words > 0 && words <= 10 && !fkg_tok_is_any(w, i - 1, ends);
}

/* Whether a sentence with no one in it keeps a programme's list going: a list number alone
 * ("1." before its entry), the entry's topic line ("Тема выступления: …", or a quoted talk
 * title alone on its line), or the rest of an entry's line. */
static int
entry_filler(const FkgWork *w, const FkgSentence *s)
{
  int words = 0;
  for (int32_t i = s->first; i < s->last; i++)
    words += (tok(w, i)->flags & FKG_TOK_WORD) != 0;
  int32_t at = fkg_line_entry_start(w, s->first);
  return words == 0 || fkg_topic_line(w, s->first) >= 0 ||
         !(tok(w, s->first)->flags & FKG_TOK_NL) || (tok(w, at)->flags & FKG_TOK_QOPEN);
}

/* Whether sentence s opens a bulleted line: "– la ministre …, Irina Semionova" is an entry of
 * a programme's list whether the name or the post comes first. */
static int
bulleted_line(const FkgWork *w, const FkgSentence *s)
{
  return (tok(w, s->first)->flags & FKG_TOK_NL) && fkg_bullet(w, s->first) > 0;
}

static int
label_kind(const FkgWork *w, const FkgSentence *s, int32_t *after, int *delegation)
{
  *delegation = 0;
  int32_t i = line_start(w, s), label_colon;
  int label = fkg_programme_label(w, i, &label_colon);
  if (label >= 0 && label_colon < s->last) {
    *after = label_colon + 1;
    return (int)(label == FKG_CUE_SPEAKERS_LABEL     ? FKG_R_SPEAKER
                 : label == FKG_CUE_MODERATORS_LABEL ? FKG_R_MODERATOR
                                                     : FKG_R_PARTICIPANT);
  }
  /* A line that introduces a list with a speaking verb and a colon at its end ("С докладами на
   * заседании выступили:", "The speakers at the plenary were:", "Sont intervenus :"), naming
   * nobody itself, heads the speakers listed below. */
  /* So does a line that introduces a delegation's members ("В составе делегации:", "La
   * délégation était composée de :", "The delegation included:"): they take part in the event. */
  int32_t colon = -1, n = w->doc->ntoks;
  int speaks = 0, dele = 0;
  for (int32_t k = i; k < s->last && k < n; k++) {
    if (k > i && (tok(w, k)->flags & FKG_TOK_NL)) break;
    if (w->person_at[k] >= 0) return -1;
    speaks |= fkg_tok_cue(w, k, FKG_CUE_SPEAKER, NULL);
    dele |= fkg_tok_cue(w, k, FKG_CUE_DELEGATION, NULL);
    colon = fkg_tok_is(w, k, ":") ? k : -1;
  }
  if (colon > i && (speaks || dele) &&
      (colon + 1 >= n || (tok(w, colon + 1)->flags & FKG_TOK_NL) || colon + 1 >= s->last)) {
    *after = colon + 1;
    *delegation = !speaks;
    return (int)(speaks ? FKG_R_SPEAKER : FKG_R_PARTICIPANT);
  }
  return -1;
}

/* The session a programme label lists people for: the one its heading named, in the label's
 * sentence or in the dozen before it (a heading, its date and hall, an earlier label and its
 * entries); -1 when none. */
static int32_t
label_session(const FkgWork *w, int sent)
{
  for (int back = 0; back <= 12 && sent - back >= 0; back++) {
    int32_t at = fkg_session_in_sentence(w, sent - back);
    if (at >= 0) return at;
  }
  return -1;
}

/* A person's part in a session or event, held back until the article is read: one person has
 * one part in one place, the most specific (a moderator is not also its speaker, a speaker not
 * also a participant), as the gold annotates and as a reader counts them. */
typedef struct {
  FkgRelKind kind;
  int32_t at, who;
} Part;

/* The parts in the order found, with an open-addressing index on (place, person): a long
 * document holds thousands. */
typedef struct {
  Part *v;
  int n, cap;
  int32_t *slot; /* 2 * cap entries: an index into v, or -1 */
} Parts;

static uint32_t
part_hash(int32_t at, int32_t who)
{
  return ((uint32_t)at * 2654435761u) ^ ((uint32_t)who * 40503u);
}

/* The slot of (at, who): where it is, or the empty one where it would go. */
static int32_t *
part_slot(const Parts *ps, int32_t at, int32_t who)
{
  uint32_t mask = (uint32_t)(2 * ps->cap) - 1;
  for (uint32_t h = part_hash(at, who) & mask;; h = (h + 1) & mask) {
    int32_t k = ps->slot[h];
    if (k < 0 || (ps->v[k].at == at && ps->v[k].who == who)) return &ps->slot[h];
  }
}

static int
part_rank(FkgRelKind k)
{
  return k == FKG_R_MODERATOR ? 3 : k == FKG_R_SPEAKER ? 2 : 1;
}

static int
has_part(const Parts *ps, int32_t at, int32_t who)
{
  return ps->cap && *part_slot(ps, at, who) >= 0;
}

static FkgStatus
add_part(FkgWork *w, Parts *ps, FkgRelKind kind, int32_t at, int32_t who)
{
  if (ps->cap) {
    int32_t k = *part_slot(ps, at, who);
    if (k >= 0) {
      if (part_rank(kind) > part_rank(ps->v[k].kind)) ps->v[k].kind = kind;
      return FKG_SUCCESS;
    }
  }
  if (ps->n == ps->cap) {
    int cap = ps->cap ? 2 * ps->cap : 32; /* a power of two, so is the index's size */
    Part *v = fkg_arena_alloc(&w->doc->arena, sizeof *v * (size_t)cap);
    int32_t *slot = fkg_arena_alloc(&w->doc->arena, sizeof *slot * (size_t)(2 * cap));
    if (!v || !slot) return FKG_BAD_ALLOC;
    if (ps->n) memcpy(v, ps->v, sizeof *v * (size_t)ps->n);
    ps->v = v;
    ps->cap = cap;
    ps->slot = slot;
    for (int k = 0; k < 2 * cap; k++)
      slot[k] = -1;
    for (int k = 0; k < ps->n; k++)
      *part_slot(ps, v[k].at, v[k].who) = k;
  }
  *part_slot(ps, at, who) = ps->n;
  ps->v[ps->n++] = (Part){kind, at, who};
  return FKG_SUCCESS;
}

FkgStatus
fkg_rule_relations(FkgWork *w)
{
  Parts parts = {NULL, 0, 0, NULL};
  int32_t last_person = -1;
  int nsessions = 0, nevents = 0;
  int32_t only_session = -1;
  for (int32_t i = 0; i < w->facts->nents; i++) {
    if (w->facts->ents[i].kind == FKG_E_SESSION) {
      nsessions++;
      only_session = i;
    }
    if (w->facts->ents[i].kind == FKG_E_EVENT || w->facts->ents[i].kind == FKG_E_EDITION) nevents++;
  }
  /* A session whose sentence says people speak there without naming them ("В панельной
   * дискуссии «…» выступили гости из соседних регионов."), and how many sentences after it
   * may still name them. */
  int32_t unnamed_at = -1;
  int unnamed_left = 0;
  int32_t lead_session = -1;
  for (int sent = 0; sent < w->doc->nsents && sent <= w->lead_last + 1 && nsessions == 1; sent++)
    if (fkg_session_in_sentence(w, sent) == only_session) lead_session = only_session;
  /* A programme's label ("Модератор:", "Speakers:") and the session it lists people for, while
   * its entries last. */
  int block_kind = -1;
  int32_t block_at = -1;
  int block_delegation = 0; /* the block lists a delegation's members */
  /* The session the last sentence that had one was found to be at, and that sentence. */
  int32_t resolved = -1;
  int resolved_in = -1;
  /* The one session named by the last sentence that named any, when that sentence opens its
   * paragraph (line); its first token and its index. */
  int32_t line_session = -1, line_session_from = -1;
  int line_session_in = -1;
  /* …or, when a heading line stands right above it, the section that heading opens: its
   * paragraphs go on about the session until the next heading. */
  int line_session_section = 0;
  static const char *const subject_pronouns[] = {"il", "elle", "it", "он", "она", "оно", NULL};
  for (int sent = 0; sent < w->doc->nsents; sent++) {
    const FkgSentence *s = &w->doc->sents[sent];
    if ((tok(w, s->first)->flags & FKG_TOK_NL) && heading_line(w, s->first)) line_session = -1;
    int32_t session = fkg_session_in_sentence(w, sent);
    int32_t event_at = -1, event = event_in(w, sent, &event_at);
    int speak = has_cue(w, s, FKG_CUE_SPEAKER), moderate = moderating_sentence(w, s);
    /* "The jury was chaired by …", "Жюри возглавил …, который отметил …": a competition's
     * chair, who neither moderates nor speaks at a session for it */
    if (has_cue(w, s, FKG_CUE_JURY)) moderate = speak = 0;
    int participate = has_cue(w, s, FKG_CUE_PARTICIPANT) || has_cue(w, s, FKG_CUE_DELEGATION);
    int32_t persons[32], person_tok[32];
    int np = 0;
    for (int32_t i = s->first; i < s->last && np < 32; i++)
      if (w->person_at[i] >= 0 && (i == s->first || w->person_at[i - 1] != w->person_at[i])) {
        int32_t e = w->people[w->person_at[i]].ent;
        int dup = 0;
        for (int k = 0; k < np; k++)
          dup |= persons[k] == e;
        if (!dup) {
          person_tok[np] = i;
          persons[np++] = e;
        }
      }
    int np0 = np;
    /* A programme: the label's people on its line, then each line that opens with a name
     * ("Окунев Игорь Степанович — директор …"), until a line of another kind. */
    int32_t after = s->first;
    int delegation;
    int label = label_kind(w, s, &after, &delegation);
    if (label >= 0 && delegation) {
      /* (the event of the label's sentence or of the three before it, else the article's) */
      int32_t at = event, ignored;
      for (int back = 1; at < 0 && back <= 3 && sent - back >= 0; back++)
        at = event_in(w, sent - back, &ignored);
      block_kind = label;
      block_at = at >= 0 ? at : w->main_event;
      block_delegation = 1;
    } else if (label >= 0) {
      block_kind = label;
      block_delegation = 0;
      /* (a label far below its heading, after a long list of speakers and their topics, is
       * for the session of the label before it) */
      int32_t at = label_session(w, sent);
      block_at = at >= 0 ? at : block_at;
    } else if (block_kind >= 0 &&
               !(np > 0 && (person_tok[0] == line_start(w, s) ||
                            (bulleted_line(w, s) && (session < 0 || session == block_at)))) &&
               !(np == 0 && entry_filler(w, s))) {
      block_kind = -1;
    } else if (block_kind >= 0 && block_delegation &&
               (speak || moderate || has_cue(w, s, FKG_CUE_PRESENT))) {
      /* (a member's line lists who they are; one that tells what they did is not the list) */
      block_kind = -1;
    }
    if (block_kind >= 0 && block_at >= 0 && np > 0) {
      int listed = 0;
      for (int k = 0; k < np; k++) {
        if (person_tok[k] < after) continue;
        if (add_part(w, &parts, (FkgRelKind)block_kind, block_at, persons[k])) return FKG_BAD_ALLOC;
        listed = 1;
      }
      if (listed) {
        last_person = persons[np - 1];
        continue;
      }
    }
    int present = has_cue(w, s, FKG_CUE_PRESENT);
    int greet = has_cue(w, s, FKG_CUE_GREETING);
    if (session >= 0 && present) speak = 1;
    /* ("Summing up, the moderator announced …": the session's moderator, named before, not
     * the last person named) */
    /* (a bare session noun in an article of one session is that session: "Сенатор, который
     * модерировал сессию, напомнил …") */
    int refers = np == 0 && last_person >= 0 &&
                 (((speak || moderate) &&
                   (session >= 0 || (nsessions == 1 && moderate && bare_session(w, s)))) ||
                  greet) &&
                 fkg_sentence_refers_back(w, sent);
    /* (the parts are scanned only for such a sentence: a long document holds thousands) */
    for (int k = 0; refers && moderate && session >= 0 && k < parts.n; k++)
      if (parts.v[k].at == session && parts.v[k].kind == FKG_R_MODERATOR) refers = 0;
    if (refers) {
      /* (the one who holds the post the sentence opens with, when someone named before does:
       * "Министр отметила …" after the minister and others were named) */
      int32_t ref = fkg_referent_before(w, sent);
      persons[np++] = ref >= 0 ? ref : last_person;
    }
    /* "— C'est ce que j'ai expliqué lors de la session stratégique « … »": an interview's
     * answer speaks as the one interviewed. */
    if (np == 0 && (speak || present) && fkg_interviewee_speaks(w, sent))
      persons[np++] = fkg_interviewee(w);
    if (np == 0 && (speak || moderate || present) && fkg_interviewee_addressed(w, sent))
      persons[np++] = fkg_interviewee(w);
    /* A welcome speech (приветственное слово, In his welcoming speech, he noted …) is spoken
     * at the session or event of its sentence, else of the event the sentence before
     * introduced. */
    if (greet) {
      int32_t at = session >= 0 ? session : event;
      for (int back = 1; at < 0 && back <= 2 && sent - back >= 0; back++) {
        int32_t prev_at;
        at = event_in(w, sent - back, &prev_at);
      }
      for (int k = 0; at >= 0 && k < np; k++)
        if (add_part(w, &parts, FKG_R_SPEAKER, at, persons[k])) return FKG_BAD_ALLOC;
      if (at >= 0 && np > 0) {
        last_person = persons[np - 1];
        continue;
      }
    }
    if (event < 0 && has_cue(w, s, FKG_CUE_DELEGATION)) event = w->main_event;
    if (event < 0 && participate && session < 0 && ends_with_participation(w, s))
      event = w->main_event;
    /* "Il a rassemblé des spécialistes venus de …", "It brought together …", "Он собрал …":
     * a pronoun subject, with nobody named, is the event the sentence before named. */
    if (event < 0 && session < 0 && participate && np == 0 && sent > 0 &&
        fkg_tok_is_any(w, s->first, subject_pronouns)) {
      int32_t prev_at;
      event = event_in(w, sent - 1, &prev_at);
    }
    /* In an article about one standalone session, a speaker is at it, and so is a moderator
     * when the sentence names a meeting or a session ("The meeting was moderated by X"; not "a
     * delegation led by X"). */
    if (session < 0 && nsessions == 1 && nevents == 0 &&
        (speak || (moderate && names_meeting(w, s))))
      session = only_session;
    /* So in an article whose lead introduces its one session at an event ("в рамках форума
     * «…» состоялась экспертная сессия «…»"): a speaker or moderator in a sentence that names
     * no event is at that session. */
    int via_lead = 0;
    if (session < 0 && lead_session >= 0 && event_at < 0 &&
        (speak || present || (moderate && !has_cue(w, s, FKG_CUE_DELEGATION)))) {
      session = lead_session;
      via_lead = 1;
      speak |= present; /* presenting there is speaking there */
    }
    /* "… will moderate the session", "… modérera la séance": a bare session noun in an
     * article with one session is that session; "X y prendra la parole", "It was moderated
     * by X": there, at the session of the sentence before. */
    if (session < 0 && (speak || moderate || participate)) {
      if (nsessions == 1 && bare_session(w, s)) session = only_session;
      /* With several sessions, the bare noun is the one named last before it ("рассказал
       * участникам заседания …" after the plenary's sentence; the expert sessions of
       * tomorrow come later). Not in French, where "la session" is as often the forum's own
       * days ("au cours de la seconde moitié de la session", dev h005). */
      /* (eight sentences back: "The session was moderated by …" and the session's talks may
       * stand between) */
      for (int back = 1; session < 0 && nsessions > 1 && back <= 8 && sent - back >= 0 && np > 0 &&
                         w->doc->lang != FKG_LANG_FR && bare_session(w, s);
           back++)
        session = fkg_session_in_sentence(w, sent - back);
      /* "The speakers were X, Y and Z", "Спикерами стали …": a sentence that opens with its
       * speaking cue lists the speakers of the session the sentences before named; so does
       * one that opens with its moderating cue ("Модератором станет X", "Модерировать её
       * будет X", "Moderator: X") name that session's moderator. */
      int opens = (speak && opens_with(w, s, FKG_CUE_SPEAKER)) ||
                  (moderate && opens_with(w, s, FKG_CUE_MODERATOR));
      for (int back = 1; session < 0 && opens && np > 0 && back <= 2 && sent - back >= 0; back++)
        session = fkg_session_in_sentence(w, sent - back);
      /* "Модератором дискуссии выступила X", "X joined the discussion": the bare word for what
       * happens at any session is the session the sentence before named. (Not so the bare
       * session noun: "au cours de la seconde moitié de la session" in dev h005 is the
       * forum's, where its gold has the speaker take part.) */
      /* (…or, when the sentence before named none, the last session of the two before it:
       * "…панельной дискуссии «…» приняли участие …. Модератором выступила X. В ходе
       * дискуссии Y рассказала …") */
      for (int back = 1; session < 0 && back <= 3 && sent - back >= 0 && bare_discussion(w, s);
           back++)
        session = fkg_session_in_sentence(w, sent - back);
      /* (not a delegation's: it comes to the event, "La délégation y était conduite par X") */
      if (session < 0 && sent > 0 && np > 0 && fkg_sentence_points_back(w, s) &&
          !has_cue(w, s, FKG_CUE_DELEGATION))
        session = fkg_session_in_sentence(w, sent - 1);
      /* "Intervenant lors de la même séance", "at the same session", "на той же сессии": the
       * last session named in the three sentences before. */
      /* (the session a sentence of the three before resolved first: "На площадке, посвящённой
       * …, X представил …. Там же Y рассказала …") */
      int same = same_session(w, s);
      if (session < 0 && same && resolved >= 0 && resolved_in >= sent - 3) session = resolved;
      for (int back = 1; session < 0 && same && back <= 3 && sent - back >= 0; back++)
        session = fkg_session_in_sentence(w, sent - back);
    }
    /* "На площадке, посвящённой старшему поколению, X представил …" */
    if (session < 0 && np > 0 && (speak || present || moderate)) {
      session = dedicated_session(w, sent);
      if (session >= 0 && present) speak = 1;
    }
    /* "Au cours de cette séance, X a présenté …": presenting at the session named before is
     * speaking there. */
    if (session < 0 && present && np > 0 && same_session(w, s))
      for (int back = 1; session < 0 && back <= 3 && sent - back >= 0; back++)
        if ((session = fkg_session_in_sentence(w, sent - back)) >= 0) speak = 1;
    /* So does presenting where the sentence points back ("Tatiana Sazonova y a présenté …"
     * after the session's sentence). */
    if (session < 0 && present && np > 0 && sent > 0 && fkg_sentence_points_back(w, s) &&
        (session = fkg_session_in_sentence(w, sent - 1)) >= 0)
      speak = 1;
    /* (presenting at the session found above is speaking there, however it was found) */
    if (session >= 0 && present && np > 0) speak = 1;
    /* A paragraph that introduces one session ("10 сентября состоялась стратегическая сессия
     * «…». Модерировал её …. Министр … презентовал …") goes on about it: who speaks or
     * presents later on its line, at no session or event of their own, speaks there. */
    if (session < 0 && np > 0 && (speak || present) && line_session >= 0 &&
        ((line_session_section && fkg_line_first(w, s->first) != line_session_from &&
          event_at < 0) ||
         (fkg_line_first(w, s->first) == line_session_from && sent - line_session_in <= 4)) &&
        (event_at < 0 || !event_framed(w, event_at))) {
      session = line_session;
      speak = 1;
      event = -1;
    }
    /* …the speakers the next sentences name are that session's (Министр … рассказал о …). */
    if (session >= 0 || event_at >= 0) unnamed_left = 0;
    if (session < 0 && unnamed_left > 0 && np > 0 && (speak || present)) {
      session = unnamed_at;
      speak = 1;
    }
    if (unnamed_left > 0) unnamed_left--;
    if (session >= 0 && np == 0 && speak && fkg_session_in_sentence(w, sent) == session &&
        !names_someone(w, s)) {
      unnamed_at = session;
      unnamed_left = 3;
    }
    for (int k = 0; k < np; k++) {
      int32_t p = persons[k];
      FkgStatus st = FKG_SUCCESS;
      /* …but someone already placed there ("X a pris part à la session", later "Selon X, …")
       * keeps that part: quoting them says no more. */
      if (via_lead && has_part(&parts, session, p)) continue;
      if (moderate && session >= 0 && (!speak || k >= np0 || moderates(w, s, person_tok[k])))
        st = add_part(w, &parts, FKG_R_MODERATOR, session, p);
      else if (speak && session >= 0 &&
               !(has_cue(w, s, FKG_CUE_PARTICIPANT) && k < np0 &&
                 only_attends(w, s, person_tok[k])))
        st = add_part(w, &parts, FKG_R_SPEAKER, session, p);
      else if (participate && session >= 0)
        st = add_part(w, &parts, FKG_R_PARTICIPANT, session, p);
      /* "Форум открыл X", "The conference was opened by X": who opens the event, with no
       * session named, speaks at the event itself. */
      else if (event >= 0 && speak && !participate && has_cue(w, s, FKG_CUE_OPENING) &&
               !event_is_topic(w, event_at))
        st = add_part(w, &parts, FKG_R_SPEAKER, event, p);
      else if (event >= 0 && (participate || (speak && !event_is_topic(w, event_at))))
        st = add_part(w, &parts, FKG_R_PARTICIPANT, event, p);
      if (st) return st;
    }
    if ((event >= 0 || session >= 0) && participate) {
      int32_t regs[16];
      int nr = regions_taking_part(w, s, np == 0, regs, 16);
      for (int k = 0; k < nr; k++)
        fkg_facts_rel(w->facts, FKG_R_PARTICIPANT, session >= 0 ? session : event, regs[k]);
    }
    if (np > 0) last_person = persons[np - 1];
    if (session >= 0) {
      resolved = session;
      resolved_in = sent;
    }
    /* (only a sentence that opens its paragraph introduces it so, and only for the four
     * sentences after it: a whole article on one line is no paragraph about one session) */
    int32_t own = fkg_session_in_sentence(w, sent);
    if (own >= 0) { /* (a sentence with several sessions has a first one too) */
      int opens = fkg_line_first(w, s->first) == s->first && !fkg_sentence_has_sessions(w, sent);
      line_session = opens ? own : -1;
      line_session_from = s->first;
      line_session_in = sent;
      line_session_section =
          opens && s->first > 0 && heading_line(w, fkg_line_first(w, s->first - 1));
    }
  }
  for (int k = 0; k < parts.n; k++)
    fkg_facts_rel(w->facts, parts.v[k].kind, parts.v[k].at, parts.v[k].who);
  return FKG_SUCCESS;
}
