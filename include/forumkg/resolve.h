/* forumkg: the resolve stage, identity. An entity's IRI is a pure function of its normalised
 * key, never of reading order, so graphs of any split of a corpus merge by set union. This
 * stage computes those keys: folded Latin name keys that unite spellings across languages
 * and transliteration systems (Kagramanyan / Kahramanyan / Каграманян; Dmitry / Dmitriy), and
 * slugs for titles. */
#ifndef FORUMKG_RESOLVE_H
#define FORUMKG_RESOLVE_H

#include "forumkg/arena.h"
#include "forumkg/context.h"

/* The folded key of one name word in any script: romanised (BGN/PCGN for Cyrillic), ASCII,
 * lower case, then the spelling variants of Russian names folded together:
 *   ye, yo, ë → e          (Matviyenko = Matvienko, Semyonov = Semenov)
 *   iy, yy, ii, final y → i (Dmitriy = Dmitry = Dmitri, Sergey = Sergei)
 *   yi → i; y after a vowel before a consonant → i (Ilyin = Ilin, Shoygu = Shoigu)
 *   i before a or u → y      (Natalia = Natalya, Tatiana = Tatyana, Iakov = Yakov)
 *   gu before e, i → g; a final consonant + er → r (Sergueï = Sergei, Alexander = Aleksandr)
 *   h → g, except in kh zh sh ch (Kahramanyan = Kagramanyan)
 *   x → ks                  (Alexey = Aleksei)
 *   French ou → u, final consonant + ine → in (Kouznetsov = Kuznetsov, Sobianine = Sobyanin)
 * Returns an arena string, "" for a name with no letters. */
char *fkg_resolve_name_key(FkgContext *ctx, FkgArena *arena, const char *word);

/* The IRI path of a person: "person/<family key>-<given key>". */
/* The row of given-names.tsv for the Russian given name whose romanised name key is `key`
 * (ilnur: Ильнур), or -1, so that a Latin spelling the table does not list (Ilnur, Aisen,
 * Zarema) is known; keys shorter than four letters are not indexed. The index is made in the
 * context on the first question: romanising two thousand names costs a tenth of the start-up,
 * which a corpus without Latin names need not pay. */
int32_t fkg_resolve_given_latin(FkgContext *ctx, const FkgLexicon *lex, const char *key);

char *fkg_resolve_person_key(FkgContext *ctx, FkgArena *arena, const char *family,
                             const char *given);

#endif
