/* forumkg: one input document as the pipeline sees it: the NFC text in UTF-16 (ICU's native
 * form), the map to code-point offsets, the article's metadata, and its tokens and sentences.
 * Everything hangs off the document's arena and dies with it. */
#ifndef FORUMKG_DOC_H
#define FORUMKG_DOC_H

#include "forumkg/arena.h"

#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

/* Token flags. */
enum {
  FKG_TOK_WORD = 1u << 0,    /* letters (possibly with digits) */
  FKG_TOK_NUM = 1u << 1,     /* digits only */
  FKG_TOK_PUNCT = 1u << 2,   /* anything else */
  FKG_TOK_CAP = 1u << 3,     /* first letter upper case */
  FKG_TOK_ALLCAPS = 1u << 4, /* every letter upper case, at least two letters */
  FKG_TOK_CYR = 1u << 5,     /* Cyrillic letters */
  FKG_TOK_LAT = 1u << 6,     /* Latin letters */
  FKG_TOK_NL = 1u << 7,      /* a line break precedes the token */
  FKG_TOK_QOPEN = 1u << 8,   /* an opening quote mark */
  FKG_TOK_QCLOSE = 1u << 9,  /* a closing quote mark */
  FKG_TOK_DASH = 1u << 10,   /* a hyphen or dash */
  FKG_TOK_SPACE = 1u << 11   /* white space precedes the token */
};

typedef struct {
  int32_t b, e;        /* UTF-16 offsets into FkgDoc.text */
  uint32_t flags;      /* FKG_TOK_* */
  int32_t sent;        /* index of the sentence holding the token */
  const char *surface; /* UTF-8 as written (NFC) */
  const char *lower;   /* UTF-8, lower case, quotes and dashes folded */
  const char *key;     /* matching key: Snowball stem (Cyrillic) or folded Latin word */
  const char *capkey;  /* "^" + lower for all-capital abbreviations, else NULL */
  /* The lexicon's first-word slots of key, capkey and exact form (fkg_lexicon_firsts), looked
   * up once per distinct token text by the segmenter; valid only for FkgDoc.lexfirst_of. */
  int32_t lexfirst[3];
  int32_t form; /* the context's slot of the token's text (segment.h), or -1 */
} FkgToken;

typedef struct {
  int32_t first, last; /* token range [first, last) */
} FkgSentence;

typedef enum { FKG_LANG_RU = 0, FKG_LANG_EN, FKG_LANG_FR, FKG_LANG_COUNT } FkgLang;

/* A possibly partial date. year 0, month 0 or day 0 mean "not stated". */
typedef struct {
  int year, month, day;
} FkgDate;

typedef struct {
  FkgArena arena;         /* owns everything below */
  const char *source;     /* base name as given, or "-" */
  const char *path;       /* path as given, for messages */
  char sha256[65];        /* hex digest of the input bytes */
  UChar *text;            /* NFC text, UTF-16 */
  int32_t len;            /* UTF-16 length of text */
  int32_t *cp;            /* cp[i]: code-point offset of UTF-16 offset i, len + 1 entries */
  uint8_t *skip;          /* skip[i] != 0: UTF-16 unit i is in page chrome or metadata */
  FkgLang lang;           /* identified language */
  FkgDate date;           /* the article's own date, when stated */
  const char *date_month; /* that date's month as written when a name (June, марта): the
                           * dates rule looks it up in the lexicon; NULL when a number */
  const char *encoding;   /* "UTF-8" or the converted charset */
  FkgToken *toks;
  int32_t ntoks;
  const struct FkgLexicon *lexfirst_of; /* the lexicon of FkgToken.lexfirst, or NULL: none */
  FkgSentence *sents;
  int32_t nsents;
} FkgDoc;

const char *fkg_lang_code(FkgLang lang);

#endif
