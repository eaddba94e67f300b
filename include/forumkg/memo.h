/* forumkg: a bounded string memo, owned by a context. Pure functions of a short string that
 * cost an ICU call (transliteration, case folding, stemming) are asked about the same few
 * thousand words over and over across a corpus; the memo keeps their answers. It stops
 * taking entries when full instead of evicting, so a value it returned stays valid for the
 * memo's whole life. Not shared between threads: each context has its own. */
#ifndef FORUMKG_MEMO_H
#define FORUMKG_MEMO_H

#include <stddef.h>

typedef struct FkgMemo FkgMemo;

/* At most `max_entries` entries; NULL when out of memory. */
FkgMemo *fkg_memo_new(size_t max_entries);
void fkg_memo_free(FkgMemo *m);
/* The value stored for (`tag`, `key`), or NULL. `tag` tells apart the functions sharing it. */
const char *fkg_memo_get(const FkgMemo *m, int tag, const char *key);
/* Stores copies of `key` and `value` and returns the stored value, or NULL when the memo is
 * full or out of memory (the caller keeps its own value). */
const char *fkg_memo_put(FkgMemo *m, int tag, const char *key, const char *value);

#endif
