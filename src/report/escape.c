/* forumkg: report stage, escaping. Every text from a graph reaches the page through one of
 * these: HTML text and attributes, DOT strings for Graphviz (whose SVG then carries it), and
 * the check that the SVG Graphviz returns is well formed and inert before it is inlined. */
#include "report_int.h"

#include <unicode/utf8.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */

/* Code points that neither HTML text nor XML may carry as they are. */
static int
is_unsafe(UChar32 cp)
{
  if (cp < 0x20) return cp != '\t' && cp != '\n' && cp != '\r';
  if (cp >= 0x7F && cp <= 0x9F) return 1;
  return cp == 0xFFFE || cp == 0xFFFF;
}

/* Copies `s` to `out`, each code point for which `rep_of` gives a replacement replaced, and
 * each ill-formed UTF-8 sequence (ICU's maximal subpart) replaced by U+FFFD. Runs of bytes
 * kept as they are go out in one piece. */
static void
escape_with(FkgRBuf *out, const char *s, const char *(*rep_of)(UChar32 cp))
{
  const uint8_t *p = (const uint8_t *)s;
  size_t n = strlen(s);
  size_t run = 0; /* bytes copied as they are, flushed before each escape */
  size_t i = 0;
  while (i < n) {
    /* A window of one sequence's longest length: U8_NEXT takes int32_t lengths. */
    int32_t k = 0;
    UChar32 cp;
    U8_NEXT(p + i, k, (int32_t)(n - i < 4 ? n - i : 4), cp);
    const char *rep = cp < 0 ? REPLACEMENT : rep_of(cp);
    if (rep) {
      fkg_rbuf_add(out, s + i - run, run);
      fkg_rbuf_puts(out, rep);
      run = 0;
    } else {
      run += (size_t)k;
    }
    i += (size_t)k;
  }
  fkg_rbuf_add(out, s + n - run, run);
}

static const char *
html_rep(UChar32 cp)
{
  if (is_unsafe(cp)) return REPLACEMENT;
  switch (cp) {
  case '&':
    return "&amp;";
  case '<':
    return "&lt;";
  case '>':
    return "&gt;";
  case '"':
    return "&quot;";
  case '\'':
    return "&#39;";
  default:
    return NULL;
  }
}

void
fkg_report_html_escape(FkgRBuf *out, const char *s)
{
  escape_with(out, s, html_rep);
}

static const char *
dot_rep(UChar32 cp)
{
  switch (cp) {
  case '\\':
    return "\\\\";
  case '"':
    return "\\\"";
  case '&':
    return "&#38;";
  case '\n':
    return "\\n";
  case '\r':
  case '\t':
    return " ";
  default:
    return is_unsafe(cp) ? REPLACEMENT : NULL;
  }
}

void
fkg_report_dot_escape(FkgRBuf *out, const char *s)
{
  escape_with(out, s, dot_rep);
}

/* ---- label wrapping ------------------------------------------------------------------- */

/* Byte offset after `k` code points from `from` (or the end). */
static size_t
skip_cps(const char *t, size_t n, size_t from, size_t k)
{
  size_t i = from;
  while (i < n && k > 0) {
    i++;
    while (i < n && ((unsigned char)t[i] & 0xC0) == 0x80)
      i++;
    k--;
  }
  return i;
}

static size_t
count_cps(const char *t, size_t from, size_t to)
{
  size_t k = 0;
  for (size_t i = from; i < to; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) k++;
  return k;
}

/* The last space in t[from, to), or `from` when there is none. */
static size_t
last_space(const char *t, size_t from, size_t to)
{
  for (size_t i = to; i > from; i--)
    if (t[i - 1] == ' ') return i - 1;
  return from;
}

char *
fkg_report_label_wrap(const char *s, size_t width, size_t lines)
{
  if (width < 2) width = 2;
  if (lines < 1) lines = 1;
  size_t n = strlen(s);
  /* Collapse whitespace; the result is never longer than s. */
  char *t = malloc(n + 1);
  if (!t) return NULL;
  size_t tn = 0;
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = tn > 0;
      continue;
    }
    if (space) t[tn++] = ' ';
    space = 0;
    t[tn++] = (char)c;
  }
  t[tn] = '\0';
  FkgRBuf out = {0};
  size_t pos = 0;
  for (size_t line = 0; line < lines && pos < tn; line++) {
    if (line) fkg_rbuf_add(&out, "\n", 1);
    size_t left = count_cps(t, pos, tn);
    if (left <= width) {
      fkg_rbuf_add(&out, t + pos, tn - pos);
      break;
    }
    if (line + 1 == lines) {
      /* The last line: room for the ellipsis, preferably cut at a space. */
      size_t cut = skip_cps(t, tn, pos, width - 1);
      size_t sp = last_space(t, pos, cut);
      if (sp > pos && count_cps(t, pos, sp) * 2 >= width) cut = sp;
      fkg_rbuf_add(&out, t + pos, cut - pos);
      fkg_rbuf_puts(&out, "\xE2\x80\xA6"); /* … */
      break;
    }
    size_t lim = skip_cps(t, tn, pos, width + 1); /* a space right after `width` still fits */
    size_t sp = last_space(t, pos, lim);
    if (sp > pos) {
      fkg_rbuf_add(&out, t + pos, sp - pos);
      pos = sp + 1;
    } else {
      size_t cut = skip_cps(t, tn, pos, width);
      fkg_rbuf_add(&out, t + pos, cut - pos);
      pos = cut;
      if (pos < tn && t[pos] == ' ') pos++;
    }
  }
  free(t);
  if (out.len == 0 && !out.failed) fkg_rbuf_add(&out, "", 0);
  return fkg_rbuf_take(&out, NULL);
}

/* ---- SVG check ------------------------------------------------------------------------ */

/* The elements Graphviz's SVG renderer writes; anything else is refused. */
static const char *const kSvgElements[] = {
    "svg",
    "g",
    "title",
    "desc",
    "a",
    "text",
    "tspan",
    "path",
    "polygon",
    "polyline",
    "ellipse",
    "circle",
    "rect",
    "line",
    "defs",
    "linearGradient",
    "radialGradient",
    "stop",
    "clipPath",
};

typedef struct {
  const char *s;
  size_t n, i;
  char *why;
  size_t whylen;
} SvgScan;

static FkgStatus
svg_fail(SvgScan *sc, const char *what)
{
  snprintf(sc->why, sc->whylen, "byte %zu: %s", sc->i, what);
  return FKG_BAD_INPUT;
}

static int
is_name_start(char c)
{
  return isalpha((unsigned char)c) || c == '_' || c == ':';
}

static int
is_name_char(char c)
{
  return isalnum((unsigned char)c) || c == '_' || c == ':' || c == '-' || c == '.';
}

/* Checks a character reference at sc->i ('&'); advances past it. */
static FkgStatus
svg_reference(SvgScan *sc)
{
  size_t j = sc->i + 1;
  if (j < sc->n && sc->s[j] == '#') {
    j++;
    int hex = j < sc->n && sc->s[j] == 'x';
    if (hex) j++;
    size_t start = j;
    while (j < sc->n &&
           (hex ? isxdigit((unsigned char)sc->s[j]) : isdigit((unsigned char)sc->s[j])))
      j++;
    if (j == start || j - start > 8) return svg_fail(sc, "malformed character reference");
  } else {
    size_t start = j;
    while (j < sc->n && isalnum((unsigned char)sc->s[j]))
      j++;
    if (j == start) return svg_fail(sc, "bare '&'");
    static const char *const kNames[] = {"amp", "lt", "gt", "quot", "apos"};
    int known = 0;
    for (size_t k = 0; k < sizeof kNames / sizeof *kNames; k++)
      if (j - start == strlen(kNames[k]) && memcmp(sc->s + start, kNames[k], j - start) == 0)
        known = 1;
    if (!known) return svg_fail(sc, "entity reference that XML does not define");
  }
  if (j >= sc->n || sc->s[j] != ';') return svg_fail(sc, "character reference without ';'");
  sc->i = j + 1;
  return FKG_SUCCESS;
}

static int
name_is(const char *s, size_t n, const char *want)
{
  return strlen(want) == n && strncmp(s, want, n) == 0;
}

static int
prefix_ci(const char *s, size_t n, const char *want)
{
  size_t wl = strlen(want);
  return n >= wl && strncasecmp(s, want, wl) == 0;
}

/* Checks one attribute value (between its quotes). */
static FkgStatus
svg_attribute(SvgScan *sc, const char *name, size_t nl, size_t from, size_t to)
{
  if (prefix_ci(name, nl, "on")) return svg_fail(sc, "event-handler attribute");
  int link =
      name_is(name, nl, "href") || name_is(name, nl, "xlink:href") || name_is(name, nl, "src");
  if (link && (to == from || sc->s[from] != '#'))
    return svg_fail(sc, "link that is not a fragment of the page");
  for (size_t k = from; k < to; k++) {
    if (sc->s[k] == '<') return svg_fail(sc, "'<' in an attribute value");
    if (prefix_ci(sc->s + k, to - k, "url(") && !prefix_ci(sc->s + k, to - k, "url(#"))
      return svg_fail(sc, "url() of an outside resource");
    if (prefix_ci(sc->s + k, to - k, "javascript:")) return svg_fail(sc, "javascript: value");
    if (sc->s[k] == '&') {
      size_t save = sc->i;
      sc->i = k;
      FkgStatus st = svg_reference(sc);
      if (st) return st;
      k = sc->i - 1;
      sc->i = save;
    }
  }
  return FKG_SUCCESS;
}

FkgStatus
fkg_report_svg_check(const char *svg, size_t n, char *why, size_t whylen)
{
  SvgScan sc = {svg, n, 0, why, whylen};
  if (whylen) why[0] = '\0';
  /* Names of the open elements: offsets and lengths into svg. */
  size_t stack_cap = 64, depth = 0;
  size_t *open_at = malloc(stack_cap * sizeof *open_at);
  size_t *open_len = malloc(stack_cap * sizeof *open_len);
  FkgStatus st = FKG_SUCCESS;
  int roots = 0;
  if (!open_at || !open_len) {
    free(open_at);
    free(open_len);
    return FKG_BAD_ALLOC;
  }
  while (sc.i < n && !st) {
    char c = svg[sc.i];
    if (c == '&') {
      st = svg_reference(&sc);
      continue;
    }
    if (c != '<') {
      if (c == '\0')
        st = svg_fail(&sc, "NUL byte");
      else if (depth == 0 && !isspace((unsigned char)c))
        st = svg_fail(&sc, "text outside <svg>");
      sc.i++;
      continue;
    }
    if (n - sc.i >= 4 && memcmp(svg + sc.i, "<!--", 4) == 0) {
      const char *end = NULL;
      for (size_t k = sc.i + 4; k + 3 <= n; k++)
        if (memcmp(svg + k, "-->", 3) == 0) {
          end = svg + k;
          break;
        }
      if (!end) {
        st = svg_fail(&sc, "unterminated comment");
        break;
      }
      sc.i = (size_t)(end - svg) + 3;
      continue;
    }
    if (sc.i + 1 < n && svg[sc.i + 1] == '/') {
      size_t j = sc.i + 2, start = j;
      while (j < n && is_name_char(svg[j]))
        j++;
      if (depth == 0 || j - start != open_len[depth - 1] ||
          memcmp(svg + start, svg + open_at[depth - 1], j - start) != 0) {
        st = svg_fail(&sc, "end tag that does not match its start tag");
        break;
      }
      while (j < n && isspace((unsigned char)svg[j]))
        j++;
      if (j >= n || svg[j] != '>') {
        st = svg_fail(&sc, "malformed end tag");
        break;
      }
      depth--;
      sc.i = j + 1;
      continue;
    }
    size_t j = sc.i + 1, start = j;
    if (j >= n || !is_name_start(svg[j])) {
      st = svg_fail(&sc, "'<' that starts no element");
      break;
    }
    while (j < n && is_name_char(svg[j]))
      j++;
    size_t nl = j - start;
    int allowed = 0;
    for (size_t k = 0; k < sizeof kSvgElements / sizeof *kSvgElements; k++)
      if (name_is(svg + start, nl, kSvgElements[k])) allowed = 1;
    if (!allowed) {
      st = svg_fail(&sc, "element that a Graphviz drawing does not have");
      break;
    }
    if (depth == 0) {
      if (roots++ || !name_is(svg + start, nl, "svg")) {
        st = svg_fail(&sc, "root element that is not the one <svg>");
        break;
      }
    }
    /* Attributes. */
    int empty = 0;
    for (;;) {
      while (j < n && isspace((unsigned char)svg[j]))
        j++;
      if (j >= n) {
        st = svg_fail(&sc, "unterminated start tag");
        break;
      }
      if (svg[j] == '>') {
        j++;
        break;
      }
      if (svg[j] == '/' && j + 1 < n && svg[j + 1] == '>') {
        empty = 1;
        j += 2;
        break;
      }
      size_t an = j;
      if (!is_name_start(svg[j])) {
        sc.i = j;
        st = svg_fail(&sc, "malformed attribute");
        break;
      }
      while (j < n && is_name_char(svg[j]))
        j++;
      size_t anl = j - an;
      while (j < n && isspace((unsigned char)svg[j]))
        j++;
      if (j >= n || svg[j] != '=') {
        sc.i = j;
        st = svg_fail(&sc, "attribute without a value");
        break;
      }
      j++;
      while (j < n && isspace((unsigned char)svg[j]))
        j++;
      if (j >= n || (svg[j] != '"' && svg[j] != '\'')) {
        sc.i = j;
        st = svg_fail(&sc, "unquoted attribute value");
        break;
      }
      char q = svg[j++];
      size_t vs = j;
      while (j < n && svg[j] != q)
        j++;
      if (j >= n) {
        sc.i = vs;
        st = svg_fail(&sc, "unterminated attribute value");
        break;
      }
      sc.i = an;
      st = svg_attribute(&sc, svg + an, anl, vs, j);
      if (st) break;
      j++;
    }
    if (st) break;
    if (!empty) {
      if (depth == stack_cap) {
        size_t ncap = stack_cap * 2;
        size_t *na = realloc(open_at, ncap * sizeof *na);
        if (na) open_at = na;
        size_t *nb = na ? realloc(open_len, ncap * sizeof *nb) : NULL;
        if (nb) open_len = nb;
        if (!na || !nb) {
          st = FKG_BAD_ALLOC;
          break;
        }
        stack_cap = ncap;
      }
      open_at[depth] = start;
      open_len[depth] = nl;
      depth++;
    }
    sc.i = j;
  }
  if (!st && depth) st = svg_fail(&sc, "element left open at the end");
  if (!st && !roots) st = svg_fail(&sc, "no <svg> element");
  free(open_at);
  free(open_len);
  return st;
}
