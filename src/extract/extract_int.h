/* forumkg: extract stage internals. The rules share one working state per document: the
 * lexicon layers (the longest lexicon match of each kind starting at each token), the date
 * expressions, the people found so far and the events. Rules run in a fixed order (see
 * extract.c) and only add to the facts. */
#ifndef FORUMKG_EXTRACT_INT_H
#define FORUMKG_EXTRACT_INT_H

#include "context_int.h"
#include "forumkg/extract.h"
#include "forumkg/lexicon.h"

#include <stdint.h>
#include <string.h>

typedef struct {
  const FkgLexEntry *entry; /* longest match of this kind at the token, or NULL */
  int32_t last;             /* end token (exclusive) */
} FkgLayer;

/* The lexicon layers and cue ends of one token. Most tokens start no lexicon entry and share
 * one empty record, so a document costs a pointer per token, not a full record. */
typedef struct {
  FkgLayer layer[FKG_LX_COUNT];
  int32_t cue_last[FKG_CUE_COUNT]; /* end of the longest cue of each role, or 0 */
} FkgTokLex;

/* A practice named by a quoted name, by the name's key (practices.c). */
typedef struct FkgQuotedPractice {
  const char *key;
  int32_t ent;
} FkgQuotedPractice;

typedef struct {
  int32_t first, last; /* tokens */
  FkgDate start, end;  /* end.year/month/day 0 when a single date */
  int explicit_year;   /* the year was written */
} FkgDateExpr;

typedef struct {
  int32_t first, last; /* tokens of the full name */
  int32_t ent;         /* person entity, -1 until resolved */
  int gender;          /* 'm', 'f' or 0 */
  const char *given;   /* nominative given name or "V." initial, NULL when absent */
  const char *family;  /* nominative family name */
  const char *fkey;    /* resolve keys of the family and given names, computed once */
  const char *gkey;
} FkgPersonMention;

typedef struct {
  int32_t first, last; /* tokens naming the event (or its anaphor) */
  int32_t ent;         /* edition, event or series entity */
  int sent;
} FkgEventMention;

typedef struct {
  FkgContext *ctx;
  const FkgLexicon *lex;
  FkgDoc *doc;
  FkgFacts *facts;
  FkgTokLex **lex_at;      /* per token (ntoks + 1), NULL when no entry starts there */
  const FkgTokLex *no_lex; /* the empty record */
  uint64_t *sent_cues;     /* per sentence: bit r set when a cue of role r starts in it */
  int32_t *given_memo;     /* per token: given-names row + 2 once known, 0 before (people.c) */
  const char **lower_keys; /* the keys of the lower-case words, a set; NULL until asked */
  uint32_t lower_keys_mask;
  /* The sentence whose presenting verb has a region for its subject, said so in words
   * ("… said that the region will show", "Ses représentants ont présenté"): an interview's
   * "we" does not take its practices over. -1 when none yet (practices.c). */
  int region_subject_sent;
  FkgDateExpr *dates;
  int ndates;
  int32_t *date_in_sent; /* per sentence: its first date, or -1; set by the dates rule */
  FkgPersonMention *people;
  int npeople;
  FkgEventMention *events;
  int nevents;
  /* per sentence: its first event mention, the next ones through event_next_in; set by the
   * events rule once every mention is in */
  int *event_first_in, *event_next_in;
  /* the editions named by an ordinal and a bare event noun ("the sixth forum"), which are not
   * among the mentions above: what they say of the sentence's event is too little */
  FkgEventMention *ordinal_events;
  int nordinal_events;
  int32_t *region_at;   /* per token: region entity whose mention covers it, or -1 */
  int32_t *region_ent;  /* per region row of the lexicon: its entity, or -1 (places.c) */
  uint8_t *in_quote;    /* per token: inside a quotation (titles, quoted speech) */
  int32_t *person_at;   /* per token: index into people, or -1 */
  int32_t main_region;  /* entity of the region the article is mostly about, or -1 */
  int32_t main_event;   /* entity of the article's own event (current edition), or -1 */
  int32_t main_series;  /* series entity mentioned, or -1 */
  int32_t event_phrase; /* token of a session phrase that names the article's event, or -1 */
  /* per sentence: the session entity fkg_session_in_sentence finds there, or -1; NULL until the
   * sessions rule has made every session */
  int32_t *session_in_sent;
  uint8_t *sessions_several; /* per sentence: mentions of two sessions or more; NULL as above */
  uint8_t *in_session;    /* per token: inside a session's mention (its phrase or its title); NULL
                             until the sessions rule has run */
  int32_t practices_done; /* tokens before this one lie in a practice found already (practices.c) */
  /* The practice named last and its sentence (-1 before any); -2 for the practice when that
   * sentence named several. */
  int32_t last_practice, last_practice_sent;
  int32_t host_region; /* the region a delegation visits, or -1 (practices.c) */
  /* practices a region presents when no person does: pairs of practice and region entities,
   * added as relations once the article's practices are all in (practices.c) */
  int32_t *region_presents;
  int nregion_presents;
  /* practices named by a quoted name: the name's key (its words' stems) and the practice
   * entity, so that a later mention of the name is the same practice (practices.c) */
  struct FkgQuotedPractice *quoted_practices;
  int nquoted_practices;
  /* practices by the sorted stems of their label's content words, so that the headline's
   * "home rehabilitation model" and the text's "Rehabilitation at Home" model are one */
  struct FkgQuotedPractice *stem_practices;
  int nstem_practices;
  int french_names; /* 1: family names, 2: given names transcribed the French way (people.c) */
  /* an interview's interviewee (person entity) + 1, -1 when the article is no interview, 0
   * until asked (fkg_interviewee) */
  int32_t interviewee;
  int32_t first_question; /* the first question line's first token, once fkg_interviewee asked */
  int column; /* the interviewee is a column's author, who speaks in every "I" (layers.c) */
  /* the last sentence of the title and lead: the second sentence of four words or more (a
   * page's menu lines come before them), set by fkg_layers_build */
  int lead_last;
} FkgWork;

/* Token helpers. */
static inline const FkgToken *
tok(const FkgWork *w, int32_t i)
{
  return &w->doc->toks[i];
}
static inline const FkgLayer *
layer(const FkgWork *w, int32_t i, FkgLexKind k)
{
  const FkgTokLex *x = w->lex_at[i];
  return &(x ? x : w->no_lex)->layer[k];
}
/* Rules ask these of nearly every token, mostly to hear "no": the first two bytes (the
 * first letter, Cyrillic included) settle most of them without a call to strcmp. */
static inline int
fkg_lower_is(const char *have, const char *want)
{
  if (have[0] != want[0]) return 0;
  if (!have[0]) return 1;
  return have[1] == want[1] && strcmp(have + 1, want + 1) == 0;
}
static inline int
fkg_tok_is(const FkgWork *w, int32_t i, const char *lower)
{
  return i >= 0 && i < w->doc->ntoks && fkg_lower_is(tok(w, i)->lower, lower);
}
static inline int
fkg_tok_is_any(const FkgWork *w, int32_t i, const char *const *lowers)
{
  if (i < 0 || i >= w->doc->ntoks) return 0;
  const char *have = tok(w, i)->lower;
  for (; *lowers; lowers++)
    if (fkg_lower_is(have, *lowers)) return 1;
  return 0;
}
/* Whether a cue of `role` starts at token i; *last gets its end. Inline: rules ask it of most
 * tokens. */
static inline int
fkg_tok_cue(const FkgWork *w, int32_t i, FkgCueRole role, int32_t *last)
{
  if (i < 0 || i >= w->doc->ntoks) return 0;
  const FkgTokLex *x = w->lex_at[i];
  int32_t end = x ? x->cue_last[role] : 0;
  if (end && last) *last = end;
  return end != 0;
}
/* Whether sentence `sent` holds a cue of `role` (any token of it, as fkg_tok_cue). */
static inline int
fkg_sent_has_cue(const FkgWork *w, int sent, FkgCueRole role)
{
  return (int)((w->sent_cues[sent] >> role) & 1);
}
int fkg_tok_function_word(const FkgWork *w, int32_t i);
/* Whether token i is a bare session noun (session, séance, заседание: event-types.tsv's
 * "session" type). */
int fkg_tok_session_noun(const FkgWork *w, int32_t i);
/* Whether token i is the noun of a meeting or a visit (встреча, working meeting, réunion,
 * визит): what one holds or pays, never a session or a practice. */
int fkg_tok_gathering(const FkgWork *w, int32_t i);
/* Whether token i is a definite article: le, la, l', les, the. */
int fkg_tok_definite_article(const FkgWork *w, int32_t i);
/* Where what a sentence opening with an ordinal names begins ("The first is …", "Первая —
 * …", "La deuxième est …"): the token after its verb or dash, or -1. */
int32_t fkg_ordinal_opening(const FkgWork *w, int32_t i);
/* The first token of the line that holds token i. */
int32_t fkg_line_first(const FkgWork *w, int32_t i);
/* Where a line's entry starts, from the line's first token ls: after its bullet (fkg_bullet)
 * or another mark. */
int32_t fkg_line_entry_start(const FkgWork *w, int32_t ls);
/* Whether token i is a third-person singular pronoun for a person: он, она, il, elle, he, she. */
int fkg_tok_person_pronoun(const FkgWork *w, int32_t i);
/* Whether token i ends a clause: a full stop, semicolon, colon, question or exclamation mark. */
int fkg_tok_clause_end(const FkgWork *w, int32_t i);
/* Whether token i is a pictograph or other symbol (🏠, ✔️, ►): in a post, it sets off what
 * follows as a sentence does. */
int fkg_tok_symbol(const FkgWork *w, int32_t i);
/* A topic label at token `at`, "Тема выступления: …", "Talk: …" (a topic-label cue, or a
 * title cue, before a colon with text after it on the line): the token after the colon, else
 * -1. */
int32_t fkg_topic_label_at(const FkgWork *w, int32_t at);
/* The programme label at token i, a role word and its colon ("Модератор:", "Speakers:",
 * "Intervenants :"): FKG_CUE_SPEAKERS_LABEL, FKG_CUE_MODERATORS_LABEL or
 * FKG_CUE_PARTICIPANTS_LABEL, with the colon's token in *colon; -1 when none. */
int fkg_programme_label(const FkgWork *w, int32_t i, int32_t *colon);
/* Whether tokens [first, last) name any region. */
int fkg_region_named(const FkgWork *w, int32_t first, int32_t last);
/* The one region tokens [first, last) name, or -1 when they name none or several. */
int32_t fkg_one_region(const FkgWork *w, int32_t first, int32_t last);
/* A programme entry's topic line: a topic label opening the line of token i
 * (fkg_topic_label_at). */
int32_t fkg_topic_line(const FkgWork *w, int32_t i);
/* The person who opens the line above the line of token i (a programme's entry), or -1. */
int32_t fkg_entry_person_above(const FkgWork *w, int32_t i);
/* The person an interview asks, or -1: in an article with a dash-led line that asks ("– What
 * has changed?"), the person named last before that first question (the headline's and the
 * lead's "We asked X"); in a column, its author (a byline of a name and a post near the top,
 * and an article that says I). Asked once the people rule has run. */
int32_t fkg_interviewee(FkgWork *w);
/* Whether sentence `sent` speaks as the interviewee: it lies in a dash-led line that does not
 * ask, in an interview, and says I, me, my, our (я, мы, наш; je, j', nous, notre), or answers
 * a question line that asks what they presented. */
int fkg_interviewee_speaks(FkgWork *w, int sent);
/* Whether sentence `sent`, in an interview's question line, tells the interviewee what they
 * did: "Q: At the forum you moderated the strategic session "…". What …?" (you, vous, вы,
 * nobody named before it; a statement, not the question itself). */
int fkg_interviewee_addressed(FkgWork *w, int sent);
/* Whether token i is an English possessive ending, a token of its own (Tatarstan 's). */
int fkg_tok_possessive(const FkgWork *w, int32_t i);
/* Whether token i is a Russian adjective by its ending (социальной, творческих, новое). */
int fkg_tok_ru_adjective(const FkgWork *w, int32_t i);
/* An adjective in any case, for a word known to stand before its noun (layers.c). */
int fkg_tok_ru_adjective_any_case(const FkgWork *w, int32_t i);
/* Whether token i is a preposition that says where or when something takes place, before an
 * event or session noun (на форуме, at the forum, lors du forum, pendant la séance). */
int fkg_tok_venue(const FkgWork *w, int32_t i);
/* How many quotations opened in tokens [first, last) are still open at `last` (« “ „ by
 * their flags, straight quotes alternating). */
int fkg_quotes_open(const FkgWork *w, int32_t first, int32_t last);
/* If token i opens a quotation, the token range of its content and the closing token. */
int fkg_quote_span(const FkgWork *w, int32_t i, int32_t *cfirst, int32_t *clast, int32_t *close);
/* The concatenation of up to four strings (NULL: none) in the arena. Entity keys and names
 * are made for every fact, and printf's format parsing cost more than the copying. */
char *fkg_join(FkgArena *a, const char *s1, const char *s2, const char *s3, const char *s4);
/* UTF-8 text of tokens [first, last) as written. */
char *fkg_tokens_text(FkgWork *w, int32_t first, int32_t last);
int fkg_tok_verb_like(const FkgWork *w, int32_t i);
/* The person of the last person mention before token i, or -1. */
int32_t fkg_last_person_before(const FkgWork *w, int32_t i);
/* The person a sentence that refers back (fkg_sentence_refers_back) means: for one opening
 * with a post (Вице-премьер рассказала …), the last person before it who holds that post, else
 * the last person named before it. */
int32_t fkg_referent_before(const FkgWork *w, int sent);
/* The last person before token `at` who holds the post named at `at` (министр, the minister),
 * or -1. */
int32_t fkg_post_holder_before(const FkgWork *w, int32_t at);
/* The first token that starts at or after text offset b (tokens are in text order). */
int32_t fkg_token_at(const FkgWork *w, int32_t b);
/* Whether token i lies inside a session-type phrase that starts at most three tokens before it
 * (the "Forum" of a session phrase, the "platform" of "thematic platform"). */
int fkg_tok_in_session_phrase(const FkgWork *w, int32_t i);
/* Whether the lower-case event noun at i, right after a session phrase and before a quote,
 * is the session's genitive and the quote its title ("пленарное заседание форума «Социальная
 * политика: человек в центре»"): the quote reads as a title, with a colon or five words or
 * more, where an event's name is short (форума «Сильная семья»). */
int fkg_session_genitive(const FkgWork *w, int32_t i);
/* The number of tokens of the bullet that opens a line at token j: a dash, •, * (1), an item
 * number, "1." or "2)" (2), or one in brackets, "(3)" (3); 0 when the line has none. */
int fkg_bullet(const FkgWork *w, int32_t j);
/* Whether an event-type phrase (event-types.tsv) starts at token i with one of `types`
 * (NULL-terminated: "forum", "conference", "session" …). */
int fkg_tok_event_type(const FkgWork *w, int32_t i, const char *const *types);
/* Whether the lower-case word `low` ends with one of `ends` (NULL-terminated) and has more
 * than `more` bytes before it: the endings by which rules tell Russian word classes. */
int fkg_ends_with_any(const char *low, const char *const *ends, size_t more);
/* The first five letters of a lower-case word, into out (at most cap bytes). */
void fkg_stem5(const char *lower, char *out, size_t cap);
/* The regions.tsv row of the region a cities.tsv or organizations.tsv row lies in (its
 * region_iso), or -1. */
int32_t fkg_region_row_of(const FkgWork *w, FkgLexKind kind, int32_t row);
/* The sentence refers back to a person named before it (он, elle, le sénateur). */
int fkg_sentence_refers_back(const FkgWork *w, int sent);
/* Whether sentence s points back at the sentence before as the place of what it tells (French
 * y, en before an auxiliary, a pronoun subject first). */
int fkg_sentence_points_back(const FkgWork *w, const FkgSentence *s);
/* Whether the region named from token i is a group's origin, its demonym or name beside a
 * group noun: нижегородская делегация, the Tula delegation, les spécialistes bachkirs. */
int fkg_region_group(const FkgWork *w, int32_t i);
/* Whether token i is a bracket next to a region's name: Республики Саха (Якутия). */
int fkg_tok_in_region_brackets(const FkgWork *w, int32_t i);
int32_t fkg_sent_first(const FkgWork *w, int32_t i);
int32_t fkg_sent_last(const FkgWork *w, int32_t i);

FkgStatus fkg_layers_build(FkgWork *w);
FkgStatus fkg_rule_dates(FkgWork *w);
FkgStatus fkg_rule_places(FkgWork *w);
FkgStatus fkg_rule_capitals(FkgWork *w);
FkgStatus fkg_rule_people(FkgWork *w);
FkgStatus fkg_rule_posts(FkgWork *w);
FkgStatus fkg_rule_events(FkgWork *w);
FkgStatus fkg_rule_sessions(FkgWork *w);
FkgStatus fkg_rule_practices(FkgWork *w);
FkgStatus fkg_rule_relations(FkgWork *w);

/* Organisation found at token i (lexicon, region government, or head-noun phrase ending no
 * later than `limit`); returns the entity or -1 and sets *last. */
int32_t fkg_org_at(FkgWork *w, int32_t i, int32_t limit, int32_t *last);
/* The Russian genitive of a region's official name (Московская область → Московской области). */
const char *fkg_region_genitive_ru(FkgArena *a, const char *name);
/* Region entity for a lexicon region row, created on first use. */
int32_t fkg_region_entity(FkgWork *w, int32_t row);

/* The first session entity one of whose mentions lies in sentence `sent`, or -1 (none yet
 * before the sessions rule). */
int32_t fkg_session_in_sentence(const FkgWork *w, int sent);
/* Whether sentence `sent` mentions two sessions or more. */
int fkg_sentence_has_sessions(const FkgWork *w, int sent);

/* Nearest date expression in the sentence of token i, or NULL. */
const FkgDateExpr *fkg_date_in_sentence(const FkgWork *w, int32_t sent);
const FkgDateExpr *fkg_date_near(const FkgWork *w, int32_t sent, int32_t first, int32_t last);
/* Whether the range of d (a day at both ends) holds the single day `day`, in the same year
 * when both give one: "la journée du 1er octobre" and "du 30 septembre au 2 octobre". */
int fkg_date_range_holds(const FkgDateExpr *d, FkgDate day);
/* The first mention in sentence `sent` of an event or edition (not a series), or NULL; for the
 * rules after the events rule. */
const FkgEventMention *fkg_event_mention_in_sentence(const FkgWork *w, int sent);
/* The entity of that mention, or -1. */
int32_t fkg_event_in_sentence(const FkgWork *w, int sent);
/* Whether token i is a preposition of place before a region (в области, на Ставрополье, in the
 * Kurgan Region, dans l'oblast, en Carélie, au Tatarstan, à …). */
int fkg_tok_locative(const FkgWork *w, int32_t i);

#endif
