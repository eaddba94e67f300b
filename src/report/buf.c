/* forumkg: report stage, the growable text buffer the page, the DOT and the SVG are built in.
 * Allocation failure is sticky (see FkgRBuf), so writers check once when they are done. */
#include "report_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int
reserve(FkgRBuf *b, size_t extra)
{
  if (b->failed) return -1;
  if (b->len + extra + 1 <= b->cap) return 0;
  size_t ncap = b->cap ? b->cap : 4096;
  while (ncap < b->len + extra + 1) {
    if (ncap > ((size_t)-1) / 2) {
      b->failed = 1;
      return -1;
    }
    ncap *= 2;
  }
  char *nd = realloc(b->data, ncap);
  if (!nd) {
    b->failed = 1;
    return -1;
  }
  b->data = nd;
  b->cap = ncap;
  return 0;
}

void
fkg_rbuf_add(FkgRBuf *b, const char *s, size_t n)
{
  if (reserve(b, n)) return;
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void
fkg_rbuf_puts(FkgRBuf *b, const char *s)
{
  fkg_rbuf_add(b, s, strlen(s));
}

void
fkg_rbuf_printf(FkgRBuf *b, const char *fmt, ...)
{
  char small[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0) {
    b->failed = 1;
    return;
  }
  if ((size_t)n < sizeof small) {
    fkg_rbuf_add(b, small, (size_t)n);
    return;
  }
  if (reserve(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void
fkg_rbuf_clear(FkgRBuf *b)
{
  free(b->data);
  memset(b, 0, sizeof *b);
}

char *
fkg_rbuf_take(FkgRBuf *b, size_t *len)
{
  if (b->failed) {
    fkg_rbuf_clear(b);
    return NULL;
  }
  if (reserve(b, 0)) return NULL;
  b->data[b->len] = '\0';
  char *r = b->data;
  if (len) *len = b->len;
  memset(b, 0, sizeof *b);
  return r;
}
