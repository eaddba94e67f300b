/* forumkg: diagnostics. Messages are located (file:line:col, lines and columns from 1, columns
 * in code points) and go to a sink owned by the context, never straight to stderr. */
#ifndef FORUMKG_DIAG_H
#define FORUMKG_DIAG_H

#include <stdarg.h>
#include <stdio.h>

typedef enum { FKG_NOTE, FKG_WARNING, FKG_ERROR } FkgSeverity;

typedef struct {
  const char *file; /* borrowed; NULL when the message has no place */
  long line;        /* 0 when unknown */
  long col;         /* 0 when unknown */
} FkgLoc;

typedef void (*FkgDiagFunc)(void *user, FkgSeverity sev, const FkgLoc *loc, const char *msg);

typedef struct {
  FkgDiagFunc func; /* NULL: messages are printed to stderr in the GNU form */
  void *user;
  unsigned errors;   /* count of FKG_ERROR messages so far */
  unsigned warnings; /* count of FKG_WARNING messages so far */
} FkgDiag;

/* Formats and delivers one message. `loc` may be NULL. */
void fkg_diag(FkgDiag *diag, FkgSeverity sev, const FkgLoc *loc, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

/* Writes one message in the GNU form `forumkg: FILE:LINE:COL: error: MSG` to `out`. */
void fkg_diag_print(FILE *out, FkgSeverity sev, const FkgLoc *loc, const char *msg);

#endif
