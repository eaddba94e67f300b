/* forumkg: extract rule, who did what at which session or event. Within one sentence:
 *   speaker:     a speaking cue (выступил, рассказала, a déclaré, spoke) with a person and a
 *                session: Тереза Пономарева в ходе дискуссии «…» рассказала …
 *   moderator:   a moderating cue (модератор, провела, modérateur) with a person and a session:
 *                «Круглый стол» провела … Эльмира Маврина
 *   participant: a participation cue (приняли участие, посетили, participeront) or a
 *                delegation: every person named, at the session named, else at the event
 *                named or referred to (форум, le forum); a speaking cue at an event with no
 *                session also makes the speaker a participant.
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

static int32_t
event_in(const FkgWork *w, int sent)
{
  int32_t named = fkg_event_in_sentence(w, sent);
  if (named >= 0) return named;
  const FkgSentence *s = &w->doc->sents[sent];
  for (int32_t i = s->first; i < s->last && w->main_event >= 0; i++) {
    const FkgLayer *l = layer(w, i, FKG_LX_EVENTTYPE);
    if (l->entry && w->region_at[i] < 0) return w->main_event;
  }
  return -1;
}

FkgStatus
fkg_rule_relations(FkgWork *w)
{
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
  for (int sent = 0; sent < w->doc->nsents; sent++) {
    const FkgSentence *s = &w->doc->sents[sent];
    int32_t session = fkg_session_in_sentence(w, sent);
    int32_t event = event_in(w, sent);
    int speak = has_cue(w, s, FKG_CUE_SPEAKER), moderate = has_cue(w, s, FKG_CUE_MODERATOR);
    int participate = has_cue(w, s, FKG_CUE_PARTICIPANT) || has_cue(w, s, FKG_CUE_DELEGATION);
    int32_t persons[32];
    int np = 0;
    for (int32_t i = s->first; i < s->last && np < 32; i++)
      if (w->person_at[i] >= 0 && (i == s->first || w->person_at[i - 1] != w->person_at[i])) {
        int32_t e = w->people[w->person_at[i]].ent;
        int dup = 0;
        for (int k = 0; k < np; k++)
          dup |= persons[k] == e;
        if (!dup) persons[np++] = e;
      }
    int present = has_cue(w, s, FKG_CUE_PRESENT);
    if (session >= 0 && present) speak = 1;
    if (np == 0 && last_person >= 0 && (speak || moderate) && session >= 0 &&
        fkg_sentence_refers_back(w, sent))
      persons[np++] = last_person;
    if (event < 0 && has_cue(w, s, FKG_CUE_DELEGATION)) event = w->main_event;
    if (session < 0 && nsessions == 1 && nevents == 0 && speak) session = only_session;
    for (int k = 0; k < np; k++) {
      int32_t p = persons[k];
      if (moderate && session >= 0)
        fkg_facts_rel(w->facts, FKG_R_MODERATOR, session, p);
      else if (speak && session >= 0)
        fkg_facts_rel(w->facts, FKG_R_SPEAKER, session, p);
      else if (participate && session >= 0)
        fkg_facts_rel(w->facts, FKG_R_PARTICIPANT, session, p);
      else if ((participate || speak) && event >= 0)
        fkg_facts_rel(w->facts, FKG_R_PARTICIPANT, event, p);
    }
    /* A region that takes part: "Смоленщина примет участие в Форуме" (the region names the
     * subject, before the participation verb), "Делегация Ярославской области приняла участие",
     * "Une délégation de la région de Kirov participe", "La région de Belgorod participera". */
    if (participate && event >= 0 && np == 0)
      for (int32_t i = s->first; i < s->last; i++) {
        static const char *const lead[] = {"the", "a",   "an", "le", "la",   "les", "l'",
                                           "un",  "une", "de", "d'", "from", "of",  NULL};
        int32_t cue_end;
        if (w->region_at[i] < 0 && fkg_tok_cue(w, i, FKG_CUE_DELEGATION, &cue_end)) {
          i = cue_end - 1;
          continue;
        }
        if (w->region_at[i] < 0 && fkg_tok_is_any(w, i, lead)) continue;
        /* Only a date may precede the region: it must be the subject. */
        int dated = 0;
        for (int k = 0; k < w->ndates; k++)
          if (w->dates[k].first <= i && i < w->dates[k].last) dated = 1;
        if (w->region_at[i] >= 0) {
          fkg_facts_rel(w->facts, FKG_R_PARTICIPANT, event, w->region_at[i]);
          break;
        }
        if (!dated && !(tok(w, i)->flags & FKG_TOK_PUNCT)) {
          int in_date = 0;
          for (int k = 0; k < w->ndates; k++)
            if (w->dates[k].first <= i && i < w->dates[k].last) in_date = 1;
          if (!in_date) break;
        }
      }
    if (np > 0) last_person = persons[np - 1];
  }
  return FKG_SUCCESS;
}
