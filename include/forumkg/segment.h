/* forumkg: the segment stage. Splits a loaded document into tokens (ICU word breaks, French
 * elisions split off) and sentences (ICU sentence breaks, rejoined across a bare line break
 * inside a sentence), and gives each word its matching key (Snowball stem for Cyrillic, a
 * folded form for Latin). Also the transliteration services used for names and IRIs. */
#ifndef FORUMKG_SEGMENT_H
#define FORUMKG_SEGMENT_H

#include "forumkg/context.h"
#include "forumkg/doc.h"

#include <stddef.h>

FkgStatus fkg_segment_doc(FkgContext *ctx, FkgDoc *doc);

/* The word boundaries of text[0, len) after 0, as ICU's word breaker gives them, into `*ends`
 * (an arena array): from the context's chunks, or from ICU over the whole text when `direct`
 * (the reference the chunks must equal). Returns their number, -1 on failure. */
int32_t fkg_segment_word_ends(FkgContext *ctx, FkgArena *arena, const UChar *text, int32_t len,
                              int direct, int32_t **ends);

/* The context's cache slot of the given-names row that token t's text is a case form of (+ 2;
 * 0 until set), for the people rule: a pure function of the text, asked for every capitalised
 * word. NULL when the token's text is not kept in the context. */
int32_t *fkg_segment_given_slot(FkgContext *ctx, const FkgToken *t);

/* Tokenises a short UTF-8 phrase (a lexicon form) the way documents are tokenised, writing at
 * most `max` keys (arena strings) to `keys` and the capital-only flags to `caps`.
 * Punctuation other than hyphens and quotes is dropped. Returns the number of keys. */
int fkg_segment_phrase_keys(FkgContext *ctx, FkgArena *arena, const char *utf8, const char **keys,
                            unsigned char *caps, int max);

/* BGN/PCGN romanisation of a Cyrillic name (UTF-8 in, UTF-8 out in `arena`), with the
 * soft and hard sign marks dropped: Кольцов → Koltsov. Latin input is returned as is. */
char *fkg_translit_name(FkgContext *ctx, FkgArena *arena, const char *utf8);

/* Whether UTF-8 `s` starts with a Cyrillic letter (lead bytes 0xD0 to 0xD3): a name in the
 * text's own Russian, which gets its BGN romanisation beside it. */
int fkg_utf8_starts_cyrillic(const char *s);

/* Whether the two letters a, b (either case) are a Latin transcription's initial for one
 * Cyrillic letter, a BGN/PCGN digraph: Yu (Ю), Ya, Yo, Ye, Zh, Kh, Ts, Ch, Sh ("Yu.A.
 * Ogorodnikova"); "Mr" or "Dr" are none. */
int fkg_initial_digraph(int a, int b);

/* How a Latin name transcribes Russian: 1 the French way (ou, tch, dj, j, ï, an initial ia,
 * io, ie, iu, a final -ine or -yne: Kouznetsov, Tchernychev, Jdanova, Iachina, Kalinine,
 * Sinitsyne; ï wins over any English letter), -1 the English way (sh, zh, ya, yu, ye, yo, w, a
 * u outside ou, gu, qu: Shishkin, Yuri, Kuznetsov), 0 when nothing tells (Ivanov, Tkachev), or
 * when the name is Cyrillic. */
int fkg_name_transcription(const char *utf8);

/* The BGN/PCGN spelling of a Russian name transcribed the French way (Kouznetsov → Kuznetsov,
 * Chichkine → Shishkin), through ontology/lexicon/names-fr.rules; NULL when the name is
 * spelt the English way (fkg_name_transcription -1), whose ch and j the rules would misread.
 * Callers decide whether a name that tells nothing (Tkachev) is French from the other names
 * of its text. */
char *fkg_translit_french_name(FkgContext *ctx, FkgArena *arena, const char *utf8);

/* The BGN/PCGN spelling of a Russian family name spelt the English way when it differs
 * (Zaitseva → Zaytseva, Artemieva → Artemyeva, Egorova → Yegorova), through
 * ontology/lexicon/names-en.rules; NULL when it is already BGN, or Cyrillic. */
char *fkg_translit_english_name(FkgContext *ctx, FkgArena *arena, const char *utf8);

/* A readable ASCII slug of any text: lower case, words joined by '-', at most `max` bytes. */
char *fkg_slug(FkgContext *ctx, FkgArena *arena, const char *utf8, size_t max);

/* Lower-cases UTF-8 text and folds ё→е, typographic quotes → '"', dashes → '-', ’ → '\''. */
char *fkg_fold_lower(FkgArena *arena, const char *utf8);

/* The text with its first letter in upper case (a lexicon's lower-case form as a name, a family
 * name written in capitals as a name); the text itself when ICU cannot, or it is too long. */
const char *fkg_capitalise(FkgArena *arena, const char *utf8);

#endif
