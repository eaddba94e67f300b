/* forumkg: the context's private layout, shared by the stages that use its ICU objects,
 * stemmers and lexicon. Only src/ includes this file. */
#ifndef FORUMKG_CONTEXT_INT_H
#define FORUMKG_CONTEXT_INT_H

#include "forumkg/context.h"
#include "forumkg/doc.h"
#include "forumkg/memo.h"

#include <libstemmer.h>
#include <stdint.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>

typedef struct {
  URegularExpression *re;
  int kind; /* meaning depends on the table holding it */
  /* The pattern can look left of where its match starts (\b, \B, lookbehind, ^, \G, \A) or
   * match the empty string: a search cannot be ruled out from the text after each start. */
  int looks_left;
} FkgPattern;

/* For one line prefix (its first 1 to FKG_PREFIX_CPS code points), which line patterns of one
 * table can match a text that starts with it (bit k set: pattern k may match; patterns from
 * index 64 on are always tried). Learnt from ICU itself on the first line that starts so: see
 * meta.c. */
enum { FKG_PREFIX_CPS = 4, FKG_PREFIX_UNITS = 2 * FKG_PREFIX_CPS };
typedef struct {
  uint64_t mask;
  uint8_t len;   /* UTF-16 units of key; 0: empty slot */
  uint8_t table; /* FKG_PREFIX_CHROME, _META, _META_UNDATED or _CONTAINS */
  UChar key[FKG_PREFIX_UNITS];
} FkgPrefixSet;
/* Tables: chrome patterns matched on a whole line, metadata patterns at a line start, and
 * "contains" chrome patterns at any start within a line. */
/* _META_UNDATED: the metadata patterns for a line without a year, the date ones left out. */
enum {
  FKG_PREFIX_CHROME = 1,
  FKG_PREFIX_META = 2,
  FKG_PREFIX_CONTAINS = 3,
  FKG_PREFIX_META_UNDATED = 4
};

/* Open addressing, power of two; stops learning when 3/4 full (the shorter prefixes already
 * learnt still rule patterns out). */
enum { FKG_PREFIX_SLOTS = 16384, FKG_PREFIX_MAX = FKG_PREFIX_SLOTS / 4 * 3 };

/* A short line whose chrome decision took ICU, and that decision (see meta.c). */
typedef struct {
  const UChar *units; /* the trimmed line; NULL: empty slot */
  int32_t len;
  uint32_t hash;
  int chrome; /* 0 text, 1 chrome, 2 chrome that heads a block of links */
} FkgLineDecision;

/* Open addressing, power of two; stops taking lines when 3/4 full. */
enum { FKG_LINE_SLOTS = 16384, FKG_LINE_MAX = FKG_LINE_SLOTS / 4 * 3 };

/* What the segmenter derives from one token's text alone (see tokens.c): its class flags and
 * its strings. Kept per context, so that a word seen before costs one hash lookup. */
typedef struct {
  const UChar *units; /* the token's UTF-16 text; NULL: empty slot */
  int32_t len;
  uint32_t hash;
  uint32_t flags; /* FKG_TOK_WORD, NUM, PUNCT, CAP, ALLCAPS, CYR, LAT, QOPEN, QCLOSE, DASH */
  const char *surface, *lower, *key, *capkey;
  /* fkg_lexicon_firsts of the strings, for lexicon lexfirst_of (NULL: not looked up; forms made
   * while the lexicon itself loads get theirs when it is done). */
  const FkgLexicon *lexfirst_of;
  int32_t lexfirst[3];
  /* The given-names row the text is a case form of, + 2, for the context's lexicon (people.c,
   * through fkg_segment_given_slot); 0 until asked. */
  int32_t given;
} FkgTokenForm;

/* Open addressing, power of two; stops taking new forms when 3/4 full (the frequent words
 * come early). Only tokens of at most FKG_FORM_UNITS UTF-16 units are kept. */
enum { FKG_FORM_SLOTS = 65536, FKG_FORM_MAX = FKG_FORM_SLOTS / 4 * 3, FKG_FORM_UNITS = 32 };

/* A chunk of text that ends a run of word breaks on its own (see tokens.c): its ICU word
 * boundaries and the form of each segment between them, kept per context so that a chunk seen
 * before costs one hash lookup instead of ICU's walk. */
typedef struct {
  const UChar *units; /* the chunk's UTF-16 text; NULL: empty slot */
  int32_t len;
  uint32_t hash;
  int32_t nseg;
  const uint8_t *ends;              /* segment ends, relative to the chunk's start */
  const uint8_t *kinds;             /* per segment: a token or white space (tokens.c) */
  const FkgTokenForm *const *forms; /* per segment: its form, or NULL to be made per use */
} FkgChunk;

/* Open addressing, power of two; stops taking chunks when 3/4 full. Only chunks of at most
 * FKG_CHUNK_UNITS UTF-16 units are kept (the ends fit a byte). */
enum { FKG_CHUNK_SLOTS = 65536, FKG_CHUNK_MAX = FKG_CHUNK_SLOTS / 4 * 3, FKG_CHUNK_UNITS = 64 };

struct FkgContext {
  FkgOptions opts;
  FkgDiag *diag;
  UTransliterator *to_latin; /* Russian-Latin/BGN, for names */
  UTransliterator *to_ascii; /* Any-Latin; Latin-ASCII, for IRI slugs */
  UTransliterator *fr_names; /* French transcriptions of Russian names to BGN (names-fr.rules) */
  UTransliterator *en_names; /* English spellings of Russian family names to BGN (names-en.rules) */
  const UNormalizer2 *nfc;
  const UNormalizer2 *nfd;
  UBreakIterator *words; /* reused for every chunk of text the segmenter learns (tokens.c) */
  UBreakIterator *sentences;
  struct sb_stemmer *stem_ru;
  FkgLexicon *lex;
  FkgMemo *memo;      /* word keys, transliterations, slugs (tags: FKG_MEMO_*) */
  FkgPattern *chrome; /* whole-line patterns of page furniture */
  int nchrome;
  FkgPattern *meta; /* metadata line patterns (kind: FKG_META_*) */
  int nmeta;
  FkgPrefixSet *prefixes; /* FKG_PREFIX_SLOTS slots, learnt lazily by the text stage */
  int nprefixes;
  uint64_t chrome_scan; /* "contains" chrome patterns among the first 64 without looks_left */
  uint8_t *scan_start;  /* 65536: whether a BMP code unit may start a chrome_scan match (meta.c) */
  /* The directory of the last input read, open, for opening the next input relative to it
   * (load.c); dir_fd -1 when none. */
  int dir_fd;
  size_t dir_len;
  char dir_path[4096];
  FkgLineDecision *lines; /* FKG_LINE_SLOTS slots, filled by the text stage */
  int nlines;
  FkgArena lines_arena; /* the lines' text, for the context's life */
  /* Russian given names by romanised key (the keys in lines_arena), made on first use
   * (resolve/keys.c) */
  const char **given_latin_keys;
  int32_t *given_latin_rows;
  uint32_t ngiven_latin;
  int given_latin_built;
  FkgTokenForm *forms; /* FKG_FORM_SLOTS slots, filled by the segmenter */
  int nforms;
  FkgArena forms_arena; /* the forms' units and strings, for the context's life */
  FkgChunk *chunks;     /* FKG_CHUNK_SLOTS slots, filled by the segmenter (in forms_arena) */
  int nchunks;
  uint8_t *cut_ok; /* 65536: whether a chunk may start at a BMP code unit (tokens.c) */
  uint8_t *uclass; /* 65536: ICU's answers on a BMP code unit for token classes (tokens.c) */
};

/* Tags of ctx->memo; a slug's tag adds its maximum length. */
enum {
  FKG_MEMO_WORD_KEY = 1,
  FKG_MEMO_NAME_LATIN = 2,
  FKG_MEMO_ASCII_WORD = 3,
  FKG_MEMO_FRENCH_NAME = 4,
  FKG_MEMO_ENGLISH_NAME = 5,
  FKG_MEMO_SLUG = 16
};

enum { FKG_META_DATE_YMD = 1, FKG_META_DATE_DMY = 2, FKG_META_SOURCE = 3 };
/* chrome.tsv kinds: a whole-line pattern (0), one found anywhere in the line, a whole-line
 * pattern tried only on a line that holds a menu separator (| · •), or a whole-line pattern
 * that heads a block of links (the short lines under it, to a blank line, are chrome too). */
enum { FKG_CHROME_CONTAINS = 1, FKG_CHROME_MENU = 2, FKG_CHROME_BLOCK = 3 };

/* Computes the matching key of one lower-cased UTF-8 word into `out` (size `cap`):
 * the Snowball stem for Cyrillic words, a folded form for Latin ones. */
void fkg_word_key(FkgContext *ctx, const char *lower, char *out, size_t cap);

#endif
