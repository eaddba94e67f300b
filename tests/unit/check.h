/* forumkg unit tests: the shared check helpers. No framework: each test program prints one line
 * per check ("ok" or "FAIL", with what was expected), ends with "N passed, N failed" and exits 1
 * when any check failed. Header-only; every test program includes it once. */
#ifndef FKG_TEST_CHECK_H
#define FKG_TEST_CHECK_H

#include "forumkg/context.h"
#include "forumkg/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int check_passed, check_failed;

/* Records one check; `fmt` names it. Returns `ok` so callers can skip dependent checks. */
static inline int check_report(int ok, const char *file, int line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;
static inline int
check_report(int ok, const char *file, int line, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  printf("%s ", ok ? "ok  " : "FAIL");
  vprintf(fmt, ap);
  if (!ok) printf("  [%s:%d]", file, line);
  printf("\n");
  va_end(ap);
  if (ok)
    check_passed++;
  else
    check_failed++;
  fflush(stdout);
  return ok;
}

#define CHECK(cond, ...) check_report((cond) != 0, __FILE__, __LINE__, __VA_ARGS__)

/* Length of at most `max` bytes of UTF-8 `s`, cut on a character boundary (for messages). */
static inline int
check_clip(const char *s, int max)
{
  int n = (int)strlen(s);
  if (n <= max) return n;
  while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
    max--;
  return max;
}

/* String equality; NULL never equals anything. Long strings are shown cut to 120 bytes. */
#define CHECK_STR(got, want, what)                                                                 \
  do {                                                                                             \
    const char *g_ = (got), *w_ = (want);                                                          \
    const char *gs_ = g_ ? g_ : "(null)", *ws_ = w_ ? w_ : "(null)";                               \
    check_report(g_ &&w_ &&strcmp(g_, w_) == 0, __FILE__, __LINE__,                                \
                 "%s: got \"%.*s\", want \"%.*s\"", (what), check_clip(gs_, 120), gs_,             \
                 check_clip(ws_, 120), ws_);                                                       \
  } while (0)

#define CHECK_INT(got, want, what)                                                                 \
  do {                                                                                             \
    long g_ = (long)(got), w_ = (long)(want);                                                      \
    check_report(g_ == w_, __FILE__, __LINE__, "%s: got %ld, want %ld", (what), g_, w_);           \
  } while (0)

/* Prints the summary line; the return value is main's exit status. */
static inline int
check_summary(void)
{
  printf("%d passed, %d failed\n", check_passed, check_failed);
  return check_failed ? 1 : 0;
}

/* A diagnostic sink that keeps the messages, formatted the GNU way without the program name
 * ("file:line:col: error: msg"), so tests can assert where an error was reported. */
typedef struct {
  char text[64][512];
  int n;
} CheckDiagLog;

static inline void
check_diag_record(void *user, FkgSeverity sev, const FkgLoc *loc, const char *msg)
{
  CheckDiagLog *log = user;
  if (log->n >= 64) return;
  const char *sv = sev == FKG_ERROR ? "error" : sev == FKG_WARNING ? "warning" : "note";
  char *out = log->text[log->n++];
  if (loc && loc->file && loc->line > 0 && loc->col > 0)
    snprintf(out, 512, "%s:%ld:%ld: %s: %s", loc->file, loc->line, loc->col, sv, msg);
  else if (loc && loc->file && loc->line > 0)
    snprintf(out, 512, "%s:%ld: %s: %s", loc->file, loc->line, sv, msg);
  else if (loc && loc->file)
    snprintf(out, 512, "%s: %s: %s", loc->file, sv, msg);
  else
    snprintf(out, 512, "%s: %s", sv, msg);
}

/* True when some recorded message contains `needle`. */
static inline int
check_diag_has(const CheckDiagLog *log, const char *needle)
{
  for (int i = 0; i < log->n; i++)
    if (strstr(log->text[i], needle)) return 1;
  return 0;
}

/* The last recorded message, or "" when none. */
static inline const char *
check_diag_last(const CheckDiagLog *log)
{
  return log->n ? log->text[log->n - 1] : "";
}

/* Opens a context on the source ontology (FKG_TEST_ONTOLOGY_DIR, set by unit.cmake) with its
 * diagnostics recorded in `log`; exits the test program when it cannot. */
static inline FkgContext *
check_context_new(FkgDiag *diag, CheckDiagLog *log, const char *encoding)
{
  memset(diag, 0, sizeof *diag);
  memset(log, 0, sizeof *log);
  diag->func = check_diag_record;
  diag->user = log;
  FkgOptions opts = {FKG_TEST_ONTOLOGY_DIR, "https://w3id.org/forumkg/id/", 0, encoding};
  FkgStatus st;
  FkgContext *ctx = fkg_context_new(&opts, diag, &st);
  if (!ctx) {
    printf("FAIL cannot open a context on %s: status %d; %s\n", FKG_TEST_ONTOLOGY_DIR, (int)st,
           check_diag_last(log));
    printf("0 passed, 1 failed\n");
    exit(1);
  }
  return ctx;
}

#endif
