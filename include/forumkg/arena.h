/* forumkg: a bump allocator. Per-document strings and tables live in one arena that is reset
 * when the document is done, so memory does not grow with the corpus and nothing leaks. */
#ifndef FORUMKG_ARENA_H
#define FORUMKG_ARENA_H

#include <stddef.h>

typedef struct FkgArenaBlock FkgArenaBlock;

typedef struct {
  FkgArenaBlock *head; /* current block; older blocks follow */
  size_t block_size;   /* default size of a new block */
} FkgArena;

/* Zeroed memory for a large table that lives as long as a context (hash tables, the blocks of
 * long-lived arenas): from the kernel, 2 MiB aligned and advised to transparent huge pages when
 * it is at least FKG_TABLE_HUGE bytes (lookups at random in megabytes of 4 KiB pages miss the
 * TLB), else from calloc. NULL when out of memory. Released with fkg_table_free and the same
 * size. */
enum { FKG_TABLE_HUGE = 2 * 1024 * 1024 };
void *fkg_table_alloc(size_t size);
void fkg_table_free(void *p, size_t size);

/* An arena whose block_size is at least FKG_TABLE_HUGE takes its blocks from fkg_table_alloc. */
void fkg_arena_init(FkgArena *arena, size_t block_size);
/* Releases every block. */
void fkg_arena_clear(FkgArena *arena);
/* Forgets every allocation but keeps the first block for reuse. */
void fkg_arena_reset(FkgArena *arena);
/* Returns zeroed memory aligned for any type, or NULL when out of memory. */
void *fkg_arena_alloc(FkgArena *arena, size_t size);
/* The same without zeroing, for buffers the caller fills at once (strings). */
void *fkg_arena_alloc_uninit(FkgArena *arena, size_t size);
/* Copies `len` bytes and a terminating NUL; NULL when out of memory. */
char *fkg_arena_strndup(FkgArena *arena, const char *s, size_t len);
char *fkg_arena_strdup(FkgArena *arena, const char *s);
/* Room for one more item in an array of `n` items of `size` bytes kept in the arena, whose
 * capacity follows from n alone (16, then doubling, so appending is amortised constant time):
 * the array itself, or a zero-filled copy with twice the room when it was full; NULL when out
 * of memory. */
void *fkg_arena_room(FkgArena *arena, void *items, size_t n, size_t size);
/* Marks `size` bytes at p, inside an allocation, as not in use (an array's capacity past its
 * last item): under AddressSanitizer a read or write of them is reported, as one past a
 * malloc'ed array is; otherwise it does nothing. */
void fkg_arena_unused(void *p, size_t size);
/* printf into the arena. */
char *fkg_arena_printf(FkgArena *arena, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
