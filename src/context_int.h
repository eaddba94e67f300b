/* forumkg: the context's private layout, shared by the stages that use its ICU objects,
 * stemmers and lexicon. Only src/ includes this file. */
#ifndef FORUMKG_CONTEXT_INT_H
#define FORUMKG_CONTEXT_INT_H

#include "forumkg/context.h"
#include "forumkg/doc.h"
#include "forumkg/memo.h"

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uregex.h>
#include <unicode/utrans.h>

typedef struct {
  URegularExpression *re;
  int kind; /* meaning depends on the table holding it */
} FkgPattern;

struct FkgContext {
  FkgOptions opts;
  FkgDiag *diag;
  UTransliterator *to_latin; /* Russian-Latin/BGN, for names */
  UTransliterator *to_ascii; /* Any-Latin; Latin-ASCII, for IRI slugs */
  const UNormalizer2 *nfc;
  const UNormalizer2 *nfd;
  UBreakIterator *words; /* reused for every document */
  UBreakIterator *sentences;
  struct sb_stemmer *stem_ru;
  FkgLexicon *lex;
  FkgMemo *memo;      /* word keys, transliterations, slugs (tags: FKG_MEMO_*) */
  FkgPattern *chrome; /* whole-line patterns of page furniture */
  int nchrome;
  FkgPattern *meta; /* metadata line patterns (kind: FKG_META_*) */
  int nmeta;
};

/* Tags of ctx->memo; a slug's tag adds its maximum length. */
enum { FKG_MEMO_WORD_KEY = 1, FKG_MEMO_NAME_LATIN = 2, FKG_MEMO_SLUG = 16 };

enum { FKG_META_DATE_YMD = 1, FKG_META_DATE_DMY = 2, FKG_META_SOURCE = 3 };
/* chrome.tsv kinds: a whole-line pattern (0), or one found anywhere in the line. */
enum { FKG_CHROME_CONTAINS = 1 };

/* Computes the matching key of one lower-cased UTF-8 word into `out` (size `cap`):
 * the Snowball stem for Cyrillic words, a folded form for Latin ones. */
void fkg_word_key(FkgContext *ctx, const char *lower, char *out, size_t cap);

#endif
