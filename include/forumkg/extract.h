/* forumkg: the extract stage's output, the facts of one document: entities (with the text
 * spans that name them) and relations between them. Entities are keyed by their normalised
 * key (resolve stage), so two mentions of one thing in a document become one entity. */
#ifndef FORUMKG_EXTRACT_H
#define FORUMKG_EXTRACT_H

#include "forumkg/context.h"
#include "forumkg/doc.h"

#include <stdint.h>
#include <stdio.h>

typedef enum {
  FKG_E_REGION,
  FKG_E_CITY,
  FKG_E_ORG,
  FKG_E_SERIES,
  FKG_E_EDITION,
  FKG_E_EVENT,
  FKG_E_SESSION,
  FKG_E_PERSON,
  FKG_E_POST,
  FKG_E_PRACTICE,
  FKG_E_COUNT
} FkgEntityKind;

typedef enum {
  FKG_R_SPEAKER,      /* session/event → person */
  FKG_R_MODERATOR,    /* session/event → person */
  FKG_R_PARTICIPANT,  /* event/session → person or region */
  FKG_R_ORGANIZER,    /* event → org */
  FKG_R_PRESENTED_BY, /* practice → person or region */
  FKG_R_PRESENTED_AT, /* practice → session or event */
  FKG_R_HOLDS,        /* person → post */
  FKG_R_POST_IN,      /* post → org */
  FKG_R_REPRESENTS,   /* person → region */
  FKG_R_REGION,       /* org, post, practice, city → region */
  FKG_R_LOCATION,     /* event → city or region */
  FKG_R_SERIES,       /* edition → series */
  FKG_R_SUPER,        /* session → event */
  FKG_R_COUNT
} FkgRelKind;

typedef struct {
  int32_t b, e; /* UTF-16 offsets in the document text */
} FkgSpan;

typedef struct {
  FkgEntityKind kind;
  const char *key;   /* IRI path below the base: "region/ru-yar" */
  int32_t row;       /* lexicon row (region, city, org, series), or -1 */
  const char *name;  /* schema:name as written, or NULL */
  const char *label; /* rdfs:label as written (NULL: use lexicon labels or name) */
  int lang;          /* FkgLang of name/label */
  int mentioned;     /* the article names this entity (fkg:mentionedIn) */
  int hidden;        /* a name mention only (a given name and patronymic, a family name alone
                        with no given name anywhere): written by --facts tsv, not in the graph */
  /* persons */
  const char *given, *family, *given_lat, *family_lat;
  int official; /* a post, a region represented, a part at an event or session, or a practice
                   presented: fkg:Official (extract.c) */
  /* events, editions, sessions */
  int edition; /* edition number, 0 when unknown */
  FkgDate start, end;
  int stype;    /* FkgSessionType for sessions */
  int regional; /* posts: a regional post with no region named (see posts.c) */
  FkgSpan head; /* posts: the title with its portfolio (министр финансов), for occupation facts */
  const char *where; /* posts: the organisation or country of the post as written, or NULL */
  /* spans that name the entity */
  FkgSpan *spans;
  int nspans, capspans;
} FkgEntity;

typedef struct {
  FkgRelKind kind;
  int32_t s, o;    /* entity indices */
  int32_t next_ks; /* the next relation of the same kind and subject, in the order added; -1 */
  int32_t last_ks; /* on the first of them: the last of them */
} FkgRel;

/* A hash index over a fact table's items (open addressing, at most half full; -1: empty). */
typedef struct {
  int32_t *slot;
  uint32_t mask; /* slots - 1; 0 before the first item */
} FkgFactIndex;

/* All zero is an empty store (set doc). */
typedef struct {
  FkgDoc *doc; /* borrowed */
  FkgEntity *ents;
  int32_t nents, capents;
  FkgRel *rels;
  int32_t nrels, caprels;
  FkgFactIndex ent_index, rel_index; /* by (kind, key) and by (kind, s, o) */
  FkgFactIndex ks_index;             /* the first relation of each (kind, s) */
  int32_t nks;                       /* how many (kind, s) ks_index holds */
} FkgFacts;

/* Writes the persons and occupation facts of one document as TSV (see `--facts tsv`):
 *   person<TAB>source<TAB>begin<TAB>end<TAB>text               one line per name mention
 *   occupation<TAB>source<TAB>who<TAB>position<TAB>where<TAB>begin<TAB>end
 * offsets in code points of the NFC text; `where` is the organisation or region, or empty. */
FkgStatus fkg_facts_write_tsv(const FkgFacts *facts, FILE *out);

/* Runs every rule over a segmented document. `facts` lives in the doc's arena. */
FkgStatus fkg_extract_doc(FkgContext *ctx, FkgDoc *doc, FkgFacts *facts);

/* Finds or adds the entity of `kind` with `key`; returns its index or -1 when out of memory. */
int32_t fkg_facts_entity(FkgFacts *f, FkgEntityKind kind, const char *key);
/* Records that text[b, e) names entity `ent` (and marks it mentioned). */
FkgStatus fkg_facts_span(FkgFacts *f, int32_t ent, int32_t b, int32_t e);
/* Adds a relation once. */
FkgStatus fkg_facts_rel(FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o);
int fkg_facts_has_rel(const FkgFacts *f, FkgRelKind kind, int32_t s, int32_t o);
/* The first relation of `kind` from `s` in the order added (-1: none); the next ones follow
 * through FkgRel.next_ks. */
int32_t fkg_facts_first_rel(const FkgFacts *f, FkgRelKind kind, int32_t s);

#endif
