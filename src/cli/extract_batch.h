/* forumkg: `forumkg extract`'s document pipeline over a batch of inputs, on one thread or on
 * several (--jobs). */
#ifndef FORUMKG_CLI_EXTRACT_BATCH_H
#define FORUMKG_CLI_EXTRACT_BATCH_H

#include "forumkg/context.h"
#include "forumkg/graph.h"

#include <stddef.h>
#include <stdio.h>

typedef struct FkgBatch FkgBatch;

/* Called on the main thread, in input order, after each input: its size in bytes (0 when it
 * could not be read). */
typedef void (*FkgBatchDone)(void *user, size_t nbytes);

/* Runs inputs through load, segment, extract and the graph stage with `jobs` threads: the
 * main thread with `ctx`, and jobs - 1 workers with contexts of their own made from `opts`.
 * Results (graph parts, --facts lines, diagnostics) are handed on in input order, so the
 * output is the same for any number of jobs. Either `w` or `facts_out` is set. */
FkgBatch *fkg_batch_new(FkgContext *ctx, const FkgOptions *opts, int jobs, FkgWriter *w,
                        FILE *facts_out, FkgBatchDone done, void *user, FkgStatus *st);
/* Queues a file to read (first processing and committing older inputs while the queue is
 * full). */
void fkg_batch_add_file(FkgBatch *b, const char *path);
/* Queues a text given in memory (a JSON line): `where` names it in messages, `source` is the
 * article's name. Copies all three. */
void fkg_batch_add_text(FkgBatch *b, const char *where, const char *source, const char *text,
                        size_t n);
/* Processes and commits everything queued. */
void fkg_batch_flush(FkgBatch *b);
/* 1 once some input was skipped; 1 once the output failed (nothing more is processed). */
int fkg_batch_skipped(const FkgBatch *b);
int fkg_batch_fatal(const FkgBatch *b);
void fkg_batch_free(FkgBatch *b);

#endif
