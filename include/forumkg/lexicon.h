/* forumkg: the lexicons. Tables in ontology/lexicon/ (TSV) (regions, cities, organisations,
 * series, posts, session and event types, months, ordinals, given names, cue words, countries) are
 * loaded once per context into one phrase index keyed by word keys, and matched against a
 * document's tokens, longest phrase first. */
#ifndef FORUMKG_LEXICON_H
#define FORUMKG_LEXICON_H

#include "forumkg/context.h"
#include "forumkg/doc.h"

#include <stdint.h>

typedef enum {
  FKG_LX_REGION,
  FKG_LX_CITY,
  FKG_LX_ORG,
  FKG_LX_ORGHEAD,
  FKG_LX_POST,
  FKG_LX_SESSION,
  FKG_LX_EVENTTYPE,
  FKG_LX_SERIES,
  FKG_LX_MONTH,
  FKG_LX_ORDINAL,
  FKG_LX_GIVEN,
  FKG_LX_CUE,
  FKG_LX_COUNTRY, /* countries.tsv; entry value 0: a name, 1: the adjective (российский) */
  FKG_LX_COUNT
} FkgLexKind;

#define FKG_LX_MASK(k) (1u << (k))

/* Session types, in the order of the contract's concepts. */
typedef enum {
  FKG_ST_PLENARY,
  FKG_ST_ROUND_TABLE,
  FKG_ST_STRATEGIC,
  FKG_ST_EXPERT,
  FKG_ST_DISCUSSION,
  FKG_ST_PANEL,
  FKG_ST_THEMATIC_SITE,
  FKG_ST_OTHER,
  FKG_ST_COUNT
} FkgSessionType;

/* Cue roles (cues.tsv). */
typedef enum {
  FKG_CUE_SPEAKER,
  FKG_CUE_MODERATOR,
  FKG_CUE_PARTICIPANT,
  FKG_CUE_ORGANIZER,
  FKG_CUE_PRESENT,
  FKG_CUE_PRACTICE,
  FKG_CUE_LIST_INTRO,
  FKG_CUE_DELEGATION,
  FKG_CUE_SINCE,    /* "проводится с", "held since": a series' start */
  FKG_CUE_REGIONAL, /* "окружной", "regional": a body of the region the article is about */
  FKG_CUE_FRAME,    /* "в рамках", "during": frames a mention of a concrete session */
  FKG_CUE_CREATED, /* "созданный по инициативе", "créé à l'initiative": an initiative */
  FKG_CUE_TITLE, /* "на тему", "entitled", "sur le thème": a session's quoted title follows */
  FKG_CUE_IMPLEMENT, /* "реализуется", "is being implemented", "mis en œuvre": put in place */
  FKG_CUE_ANAPHOR,     /* "такой", "similar", "cette": points back to something named before */
  FKG_CUE_INSTITUTION, /* "центр", "school": a practice only when said to be put in place */
  FKG_CUE_VISIT, /* "посетила", "visited", "a visité": the region after it hosts a visit */
  FKG_CUE_REPRESENTATIVES, /* "представители", "representatives of": a region's people */
  FKG_CUE_GREETING, /* "приветственное слово", "welcoming speech": speaks at the event */
  FKG_CUE_REPRESENTS, /* "who represents", "qui représente", "представляющий": the person's region
                       */
  FKG_CUE_QUANTITY,  /* "четыре", "several", "plusieurs": a count, not a name */
  FKG_CUE_STAND,     /* "стенд", "stand", "pavillon": where a region shows its practices */
  FKG_CUE_HONORIFIC, /* "Mme", "Mr", "г-жа": before a family name, no given name */
  FKG_CUE_EPONYM,    /* "имени", "named after": the name after it is an institution's */
  FKG_CUE_EDITION,   /* "edition", "édition": an ordinal before it numbers a series' edition */
  FKG_CUE_OPENING, /* "открыл", "opened", "a ouvert" (also speaker forms): who opens an event
                      speaks at it */
  FKG_CUE_SPEAKERS_LABEL, /* "Спикеры:", "Speakers:": a programme's list of speakers follows */
  FKG_CUE_MODERATORS_LABEL,   /* "Модератор:", "Modératrice :": its moderators follow */
  FKG_CUE_PARTICIPANTS_LABEL, /* "Участники:", "Participants:": its participants follow */
  FKG_CUE_HELD, /* "прошедший", "held", "s'est tenu": an event took place (at a venue) */
  FKG_CUE_TOPIC_LABEL, /* "Тема выступления:", "Talk:": a programme entry's talk follows */
  FKG_CUE_TIME,        /* "jeudi dernier", "last month", "вчера": when, never what */
  FKG_CUE_JURY,        /* "жюри", "jury": who chairs it moderates no session */
  FKG_CUE_AUTHOR, /* "(автор: …)", "(author: …)": the person after it made the practice */
  FKG_CUE_CLOSED, /* "завершился", "ended", "s'est achevé": a sentence's one day is the last */
  FKG_CUE_GROUP, /* "делегация", "colleagues", "équipe": a region's people, beside its demonym */
  FKG_CUE_AGENT, /* ", presented by", ", представленный", ", présenté par": who presented the
                    name before it */
  FKG_CUE_INCLUDING, /* "в том числе", "including", "notamment": members of a count follow */
  FKG_CUE_OPENS, /* "открылся", "opens", "s'ouvre": the event itself opens (its first day) */
  FKG_CUE_REGION_ANAPHOR, /* "регион", "the region", "la région": the article's region, by its
                             common noun */
  FKG_CUE_WISH, /* "хотели бы", "would like to", "aimerions": a presenting verb after it is a
                   wish, nothing presented yet */
  FKG_CUE_FUTURE, /* "состоится", "will be held", "se tiendra": the sentence announces; a
                     yearless date too far from the article's to be dated otherwise is the next
                     one after it */
  FKG_CUE_COUNT
} FkgCueRole;

/* One table row, cells addressed by column name. */
typedef struct {
  const char *const *cells;
} FkgLexRow;

typedef struct {
  FkgLexKind kind;
  int32_t row; /* row in the kind's table */
  int value;   /* month or ordinal number, session type, cue role, gender ('m'/'f'); a country's
                * adjective or a region's demonym: 1 */
  int lang;    /* FkgLang of the form, or -1 when any */
  int nwords;
  /* caps[0], kept beside the fields a chain walk reads: the scan tests it for every entry it
   * meets, and following the pointer was a cache miss per entry (perf). */
  unsigned char caps0;
  /* A one-word region name written with a capital (Коми, Chuvashia), matched by its stem: it
   * names the region only when the text capitalises it too (not кому, whose stem is Коми's). */
  unsigned char proper;
  const char **words;
  const unsigned char *caps;
  uint64_t second; /* first 8 bytes of the second word as compared (see word_prefix), or 0 */
  int32_t next;    /* previous entry with exactly the same first word, or -1 */
  /* previous entry of the same scan chain (lexicon.c: one-word entries of a first word, or
   * longer ones of a first word, second word and its caps mode), or -1 */
  int32_t next_scan;
} FkgLexEntry;

typedef struct {
  const FkgLexEntry *entry;
  int32_t first, last; /* token range [first, last) matched */
} FkgLexMatch;

FkgStatus fkg_lexicon_load(FkgContext *ctx, const char *dir, FkgLexicon **out);
void fkg_lexicon_free(FkgLexicon *lex);

/* The cell of `row` in column `col` of the table of `kind`; "" when absent. */
const char *fkg_lexicon_cell(const FkgLexicon *lex, FkgLexKind kind, int32_t row, const char *col);
int32_t fkg_lexicon_rows(const FkgLexicon *lex, FkgLexKind kind);
/* Row of `kind` whose column `col` equals `value`, or -1. */
int32_t fkg_lexicon_find(const FkgLexicon *lex, FkgLexKind kind, const char *col,
                         const char *value);

/* All entries of the kinds in `mask` that match the tokens starting at `pos` (quote tokens are
 * skipped inside a phrase), longest first; at most `max` written. Returns the count. */
int fkg_lexicon_match(const FkgLexicon *lex, const FkgDoc *doc, int32_t pos, unsigned mask,
                      FkgLexMatch *out, int max);

/* The first-word index slots (-1: none) of the strings of a token that can start an entry: its
 * key, its capital key (NULL when none) and, for word tokens (`lower` NULL otherwise), its exact
 * form. The segmenter keeps them per distinct token text, so that fkg_lexicon_match need not
 * probe the index for every token. */
void fkg_lexicon_firsts(const FkgLexicon *lex, const char *key, const char *capkey,
                        const char *lower, int32_t slots[3]);

/* The session type named by a lexicon type string ("round_table"), or FKG_ST_COUNT. */
FkgSessionType fkg_session_type_from_name(const char *name);
const char *fkg_session_type_name(FkgSessionType t);

/* The entry of a kind in `mask` whose words are exactly `keys` (non-capital keys), or NULL. */
const FkgLexEntry *fkg_lexicon_lookup(const FkgLexicon *lex, unsigned mask, const char *const *keys,
                                      int n);

/* The row of given-names.tsv whose name, lower-cased, is exactly `lower`, or -1. */
int32_t fkg_lexicon_given(const FkgLexicon *lex, const char *lower);
#endif
