/* forumkg: status strings and the diagnostic sink (see status.h, diag.h). */
#include "forumkg/diag.h"
#include "forumkg/status.h"

#include <stdio.h>

const char *
fkg_status_string(FkgStatus st)
{
  switch (st) {
  case FKG_SUCCESS:
    return "success";
  case FKG_FAILURE:
    return "nothing done";
  case FKG_BAD_ALLOC:
    return "out of memory";
  case FKG_BAD_READ:
    return "read error";
  case FKG_BAD_WRITE:
    return "write error";
  case FKG_BAD_ENCODING:
    return "invalid text encoding";
  case FKG_BAD_INPUT:
    return "not a text article";
  case FKG_BAD_SYNTAX:
    return "syntax error";
  case FKG_BAD_ARG:
    return "invalid argument";
  case FKG_BAD_LIBRARY:
    return "library error";
  }
  return "unknown status";
}

static const char *
severity_name(FkgSeverity sev)
{
  switch (sev) {
  case FKG_NOTE:
    return "note";
  case FKG_WARNING:
    return "warning";
  case FKG_ERROR:
    return "error";
  }
  return "error";
}

void
fkg_diag_print(FILE *out, FkgSeverity sev, const FkgLoc *loc, const char *msg)
{
  fputs("forumkg: ", out);
  if (loc && loc->file) {
    fputs(loc->file, out);
    if (loc->line > 0) {
      fprintf(out, ":%ld", loc->line);
      if (loc->col > 0) fprintf(out, ":%ld", loc->col);
    }
    fputs(": ", out);
  }
  fprintf(out, "%s: %s\n", severity_name(sev), msg);
}

void
fkg_diag(FkgDiag *diag, FkgSeverity sev, const FkgLoc *loc, const char *fmt, ...)
{
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (sev == FKG_ERROR) diag->errors++;
  if (sev == FKG_WARNING) diag->warnings++;
  if (diag->func)
    diag->func(diag->user, sev, loc, buf);
  else
    fkg_diag_print(stderr, sev, loc, buf);
}
