/* forumkg: report stage, private declarations shared by its files: a growable text buffer,
 * the escapers (HTML, DOT, SVG check), the in-memory triple index the graphs are read into,
 * the entity model the page and the drawing are built from, and the page's words. */
#ifndef FORUMKG_REPORT_INT_H
#define FORUMKG_REPORT_INT_H

#include "forumkg/arena.h"
#include "forumkg/diag.h"
#include "forumkg/report.h"
#include "forumkg/status.h"

#include <stddef.h>
#include <stdint.h>

/* ---- text buffer (buf.c) -------------------------------------------------------------- */

/* A growable byte string, always NUL-terminated once anything was added. An allocation
 * failure is sticky: later appends do nothing and `failed` stays set, so a writer checks once
 * at the end instead of after every append. */
typedef struct {
  char *data;
  size_t len, cap;
  int failed;
} FkgRBuf;

void fkg_rbuf_add(FkgRBuf *b, const char *s, size_t n);
void fkg_rbuf_puts(FkgRBuf *b, const char *s);
void fkg_rbuf_printf(FkgRBuf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Frees the bytes; the buffer can be used again. */
void fkg_rbuf_clear(FkgRBuf *b);
/* Hands the bytes to the caller (who frees them) and empties the buffer; NULL if it failed. */
char *fkg_rbuf_take(FkgRBuf *b, size_t *len);

/* ---- escaping (escape.c) -------------------------------------------------------------- */

/* Text for HTML content or a double- or single-quoted attribute value: & < > " ' become
 * character references; bytes that are not UTF-8, NUL and the other control characters except
 * tab, LF and CR become U+FFFD. */
void fkg_report_html_escape(FkgRBuf *out, const char *s);

/* The inside of a double-quoted DOT string that Graphviz shows as exactly `s`: \ and " are
 * backslash-escaped (so \N, \G, \l are not Graphviz escapes), & becomes &#38; (Graphviz
 * decodes character references in labels), a line feed becomes \n (a centred line break),
 * other control characters and bytes that are not UTF-8 become U+FFFD. */
void fkg_report_dot_escape(FkgRBuf *out, const char *s);

/* A label for a drawing: whitespace runs become one space, then the text is broken at spaces
 * into at most `lines` lines of at most `width` code points (a word longer than a line is cut),
 * joined by '\n'; when text is left over, the last line ends with "…". malloc'd; NULL when out
 * of memory. */
char *fkg_report_label_wrap(const char *s, size_t width, size_t lines);

/* Checks SVG text before it is put into the page: well-formed tags that nest, quoted
 * attributes, character references that are well formed, and nothing that runs code or loads
 * anything (script, foreignObject, iframe, object, embed, image, use of an outside resource,
 * on* attributes, javascript: or data: links, href that is not a fragment). Returns
 * FKG_SUCCESS, or FKG_BAD_INPUT with the reason and its byte offset in `why`. */
FkgStatus fkg_report_svg_check(const char *svg, size_t n, char *why, size_t whylen);

/* ---- triple index (store.c) ----------------------------------------------------------- */

typedef enum { FKG_RTERM_IRI = 1, FKG_RTERM_BLANK, FKG_RTERM_LITERAL } FkgRTermKind;

typedef struct {
  FkgRTermKind kind;
  const char *value;    /* IRI, blank label (prefixed per file) or lexical form */
  const char *lang;     /* literals: language tag or NULL */
  const char *datatype; /* literals: datatype IRI or NULL */
} FkgRTerm;

typedef uint32_t FkgTermId; /* 0 is no term */

typedef struct {
  FkgTermId s, p, o;
} FkgRTriple;

typedef struct FkgRStore FkgRStore;

FkgRStore *fkg_rstore_new(FkgDiag *diag, FkgStatus *st);
void fkg_rstore_free(FkgRStore *store);
/* Parses one file with the raptor2 parser `syntax`; see fkg_report_add_file. */
FkgStatus fkg_rstore_add_file(FkgRStore *store, const char *path, const char *syntax);
/* Parses bytes already in memory; `name` is used in messages. */
FkgStatus fkg_rstore_add_bytes(FkgRStore *store, const char *name, const char *bytes, size_t n,
                               const char *syntax);
/* Sorts and deduplicates; call before the lookups below (again after more files). */
FkgStatus fkg_rstore_finish(FkgRStore *store);

const FkgRTerm *fkg_rstore_term(const FkgRStore *store, FkgTermId id);
size_t fkg_rstore_nterms(const FkgRStore *store);
size_t fkg_rstore_ntriples(const FkgRStore *store);
/* The id of an IRI, or 0 when the graphs never use it. */
FkgTermId fkg_rstore_iri(const FkgRStore *store, const char *iri);
/* The triples (s, p, *) sorted by object, or (*, p, o) sorted by subject; *n is their count. */
const FkgRTriple *fkg_rstore_match_sp(const FkgRStore *store, FkgTermId subj, FkgTermId pred,
                                      size_t *n);
const FkgRTriple *fkg_rstore_match_po(const FkgRStore *store, FkgTermId p, FkgTermId o, size_t *n);
/* Every triple with predicate p, sorted by object then subject. */
const FkgRTriple *fkg_rstore_match_p(const FkgRStore *store, FkgTermId p, size_t *n);

/* ---- the page's words (words.c) ------------------------------------------------------- */

typedef enum {
  FKG_W_TITLE,
  FKG_W_SOURCES,
  FKG_W_COUNTS,
  FKG_W_CLASS,
  FKG_W_COUNT,
  FKG_W_DRAWING,
  FKG_W_DRAWING_NOTE,
  FKG_W_DRAWN_PART,
  FKG_W_NO_DRAWING,
  FKG_W_LEGEND,
  FKG_W_EDITIONS,
  FKG_W_EVENTS,
  FKG_W_SESSIONS,
  FKG_W_OFFICIALS,
  FKG_W_REGIONS,
  FKG_W_PRACTICES,
  FKG_W_MENTIONS,
  FKG_W_EDITION,
  FKG_W_SERIES,
  FKG_W_NUMBER,
  FKG_W_START,
  FKG_W_END,
  FKG_W_PLACE,
  FKG_W_ORGANIZERS,
  FKG_W_EVENT,
  FKG_W_SESSION,
  FKG_W_TYPE,
  FKG_W_SPEAKERS,
  FKG_W_MODERATORS,
  FKG_W_OFFICIAL,
  FKG_W_POSTS,
  FKG_W_REGION,
  FKG_W_ISO,
  FKG_W_PRACTICE,
  FKG_W_PRESENTER,
  FKG_W_PRESENTED_AT,
  FKG_W_NO_REGION,
  FKG_W_NONE,
  FKG_W_ARTICLE_ONLY,
  FKG_W_EDGE_PART_OF,
  FKG_W_EDGE_SPEAKER,
  FKG_W_EDGE_MODERATOR,
  FKG_W_EDGE_PARTICIPANT,
  FKG_W_EDGE_REPRESENTS,
  FKG_W_EDGE_PRESENTED_BY,
  FKG_W_EDGE_PRESENTED_AT,
  FKG_W_EDGE_REGION,
  FKG_W_EDGE_LOCATION,
  FKG_W_TRIPLES,
  FKG_W_N_OFFICIALS,
  FKG_W_N_PRACTICES,
  FKG_W_N_EVENTS,
  FKG_W_NWORDS
} FkgWord;

typedef enum { FKG_LANG_RU, FKG_LANG_EN, FKG_LANG_FR } FkgLang;

/* The word in a language; static storage. */
const char *fkg_report_word(FkgLang lang, FkgWord w);
/* The label of a session type given its local name ("RoundTable"), or NULL. */
const char *fkg_report_session_type_label(FkgLang lang, const char *local);
int fkg_report_lang_parse(const char *name, FkgLang *lang);
const char *fkg_report_lang_code(FkgLang lang);

/* ---- entity model (model.c) ----------------------------------------------------------- */

/* Classes, in the order of the counts table. An entity may have several. */
typedef enum {
  FKG_C_SERIES,
  FKG_C_EDITION,
  FKG_C_EVENT,
  FKG_C_SESSION,
  FKG_C_OFFICIAL,
  FKG_C_POST,
  FKG_C_ORG,
  FKG_C_REGION,
  FKG_C_CITY,
  FKG_C_PRACTICE,
  FKG_C_ARTICLE,
  FKG_C_MENTION,
  FKG_C_NCLASSES
} FkgClass;

typedef struct {
  FkgTermId term;
  const char *label; /* in the chosen language, else the best other; never NULL */
  unsigned classes;  /* bit (1u << FkgClass) */
  int has_mentions;  /* a mention list exists at #e<index> */
  int drawn;         /* a node n<index> in the drawing */
} FkgREntity;

typedef struct {
  FkgTermId mention, article;
  const char *source; /* the article's dcterms:source, else its IRI */
  const char *anchor; /* nif:anchorOf or NULL */
  long begin, end;    /* -1 when absent */
} FkgRMention;

/* Well-known IRIs, looked up once (0 when the graphs never use one). */
typedef enum {
  FKG_P_TYPE,
  FKG_P_LABEL,
  FKG_P_NAME,
  FKG_P_PREFLABEL,
  FKG_P_SERIES,
  FKG_P_EDITION_NUMBER,
  FKG_P_START,
  FKG_P_END,
  FKG_P_LOCATION,
  FKG_P_ORGANIZER,
  FKG_P_SUPER_EVENT,
  FKG_P_SESSION_TYPE,
  FKG_P_SPEAKER,
  FKG_P_MODERATOR,
  FKG_P_PARTICIPANT,
  FKG_P_HOLDS,
  FKG_P_POST_IN,
  FKG_P_REPRESENTS,
  FKG_P_REGION,
  FKG_P_ISO,
  FKG_P_PRESENTED_BY,
  FKG_P_PRESENTED_AT,
  FKG_P_MENTIONED_IN,
  FKG_P_SOURCE,
  FKG_P_REFERS_TO,
  FKG_P_IN_ARTICLE,
  FKG_P_BEGIN,
  FKG_P_END_INDEX,
  FKG_P_ANCHOR,
  FKG_P_NPROPS
} FkgProp;

typedef struct {
  const FkgRStore *store;
  FkgLang lang;
  FkgArena arena;
  FkgTermId prop[FKG_P_NPROPS];
  FkgTermId cls[FKG_C_NCLASSES];
  FkgREntity *ents; /* sorted by label, then IRI */
  size_t nents;
  uint32_t *ent_of_term; /* term id -> entity index + 1, or 0 */
  size_t count[FKG_C_NCLASSES];
  const char **label_of_term; /* cache of fkg_rmodel_label, by term id */
  int failed;                 /* memory ran out somewhere; the page must not be written */
} FkgRModel;

/* Builds the entities of every class above from a finished store, with labels in `lang`. */
FkgStatus fkg_rmodel_init(FkgRModel *m, const FkgRStore *store, FkgLang lang);
void fkg_rmodel_clear(FkgRModel *m);
/* The entity of a term, or NULL. */
FkgREntity *fkg_rmodel_entity(const FkgRModel *m, FkgTermId t);
size_t fkg_rmodel_index(const FkgRModel *m, const FkgREntity *e);
/* The label of a class in a language (the ontology's rdfs:label); static storage. */
const char *fkg_report_class_label(FkgLang lang, FkgClass c);
/* The compact name of a class ("fkg:Session"); static storage. */
const char *fkg_report_class_curie(FkgClass c);
/* The IRI or blank-node objects of (s, p), sorted by label; malloc'd (caller frees), NULL
 * with *n = 0 when there are none or memory ran out (then m->failed is set). */
FkgTermId *fkg_rmodel_objects(FkgRModel *m, FkgTermId s, FkgProp p, size_t *n);
/* The subjects of (*, p, o), sorted by label, as above. */
FkgTermId *fkg_rmodel_subjects(FkgRModel *m, FkgProp p, FkgTermId o, size_t *n);
/* The subjects of a class, sorted by label, as above. */
FkgTermId *fkg_rmodel_instances(FkgRModel *m, FkgClass c, size_t *n);
/* The first literal object of (s, p): lexical form, or NULL. */
const char *fkg_rmodel_literal(const FkgRModel *m, FkgTermId s, FkgProp p);
/* The best label of any term in the chosen language (rdfs:label, schema:name,
 * skos:prefLabel, then the IRI's last segment; see docs/report.md); never NULL, arena or
 * store storage. */
const char *fkg_rmodel_label(FkgRModel *m, FkgTermId t);
/* The IRI (or "_:label") of a term; store storage. */
const char *fkg_rmodel_iri(const FkgRModel *m, FkgTermId t);
/* The mentions of an entity (fkg:refersTo it), sorted by source and offsets; malloc'd. */
FkgRMention *fkg_rmodel_mentions(FkgRModel *m, FkgTermId t, size_t *n);
/* The articles an entity is fkg:mentionedIn that none of its mentions is in; malloc'd. */
FkgTermId *fkg_rmodel_bare_articles(FkgRModel *m, FkgTermId t, const FkgRMention *ms, size_t nm,
                                    size_t *n);

/* ---- drawing (graphviz.c) and page (page.c) ------------------------------------------- */

typedef struct {
  FkgLang lang;
  const char *dot_program;
  int no_drawing;
  size_t max_nodes;
  const char *title;
  FkgDiag *diag;
  const char *const *sources; /* base names of the graphs read */
  size_t nsources;
} FkgRPageOptions;

/* Marks the entities to draw (drawn = 1) and writes their DOT; returns how many were drawn
 * and how many could have been. */
FkgStatus fkg_report_dot_write(FkgRModel *m, const FkgRPageOptions *o, FkgRBuf *dot, size_t *drawn,
                               size_t *drawable);
/* Runs `program -Tsvg` on the DOT and returns the SVG element only (from "<svg"), with each
 * node's and cluster's <title> replaced by the entity's full label, checked by
 * fkg_report_svg_check. `diag` receives the reason of a failure. */
FkgStatus fkg_report_dot_run(FkgRModel *m, const char *program, const char *dot, size_t n,
                             FkgDiag *diag, FkgRBuf *svg);
/* Writes the page. */
FkgStatus fkg_report_page_write(FkgRModel *m, const FkgRPageOptions *o, FkgRBuf *out);

#endif
