/* forumkg: extract stage driver. Builds the lexicon layers of a segmented document and runs
 * the rules in dependency order: dates and regions first (other rules read them), then
 * people and their posts, events, sessions, practices, and last the relations between them. */
#include "extract_int.h"

#include <string.h>

/* CONTRACT: an official is "a named person with a public post". A person is one when the
 * article gives them a post or a region they represent, a part at a session or event, or a
 * practice they present; a person named with none of these (a byline's author, a pensioner
 * quoted, a volunteer, a singer) stays a person only. */
static void
mark_officials(FkgFacts *f)
{
  for (int32_t k = 0; k < f->nrels; k++) {
    const FkgRel *r = &f->rels[k];
    int32_t who = -1;
    switch (r->kind) {
    case FKG_R_HOLDS:
    case FKG_R_REPRESENTS:
      who = r->s;
      break;
    case FKG_R_SPEAKER:
    case FKG_R_MODERATOR:
    case FKG_R_PARTICIPANT:
    case FKG_R_PRESENTED_BY:
      who = r->o;
      break;
    default:
      break;
    }
    if (who >= 0 && f->ents[who].kind == FKG_E_PERSON) f->ents[who].official = 1;
  }
}

FkgStatus
fkg_extract_doc(FkgContext *ctx, FkgDoc *doc, FkgFacts *facts)
{
  FkgWork w;
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.lex = ctx->lex;
  w.doc = doc;
  w.facts = facts;
  w.main_region = w.main_event = w.main_series = w.event_phrase = -1;
  w.last_practice = w.last_practice_sent = -1;
  w.region_subject_sent = -1;
  facts->doc = doc;
  size_t n = (size_t)doc->ntoks + 1;
  w.region_at = fkg_arena_alloc(&doc->arena, sizeof(int32_t) * n);
  w.person_at = fkg_arena_alloc(&doc->arena, sizeof(int32_t) * n);
  if (!w.region_at || !w.person_at) return FKG_BAD_ALLOC;
  memset(w.region_at, 0xff, sizeof(int32_t) * n);
  memset(w.person_at, 0xff, sizeof(int32_t) * n);
  typedef FkgStatus (*Stage)(FkgWork *);
  static const Stage stages[] = {
      fkg_layers_build, fkg_rule_dates,  fkg_rule_places,   fkg_rule_capitals,  fkg_rule_people,
      fkg_rule_posts,   fkg_rule_events, fkg_rule_sessions, fkg_rule_practices, fkg_rule_relations};
  for (size_t k = 0; k < sizeof stages / sizeof *stages; k++) {
    FkgStatus st = stages[k](&w);
    if (st) return st;
  }
  mark_officials(facts);
  return FKG_SUCCESS;
}
