/* forumkg: all-or-nothing output files, shared by every command that writes one. A target
 * that is a regular file (or does not exist) is written through a temporary file beside it,
 * renamed into place only when complete, so a reader never sees half a file and a failed run
 * leaves the previous one untouched. Standard output, devices and pipes are written in place
 * (renaming a file over /dev/full would replace the device). */
#ifndef FORUMKG_OUTPUT_H
#define FORUMKG_OUTPUT_H

#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stddef.h>
#include <stdio.h>

typedef struct {
  FILE *f;          /* where to write */
  const char *path; /* the target as given, NULL for standard output (borrowed) */
  char *tmp;        /* the temporary file, NULL when written in place */
} FkgOutput;

/* Opens `path` (NULL or "-": standard output). On failure reports through `diag`, naming the
 * target, and returns FKG_BAD_WRITE or FKG_BAD_ALLOC. */
FkgStatus fkg_output_open(FkgOutput *o, const char *path, FkgDiag *diag);

/* Flushes, syncs and closes, then renames the temporary file into place. `st` is the status of
 * the writing so far: when it is not FKG_SUCCESS, or anything here fails, the temporary file is
 * removed, the previous target kept, and the cause reported. Returns the final status. */
FkgStatus fkg_output_close(FkgOutput *o, FkgStatus st, FkgDiag *diag);

/* Gives up: closes and removes the temporary file, silently (the caller reported the cause).
 * Does nothing after fkg_output_close. */
void fkg_output_abort(FkgOutput *o);

/* Writes a whole buffer to `path` all or nothing. */
FkgStatus fkg_output_write_all(const char *path, const char *data, size_t len, FkgDiag *diag);

#endif
