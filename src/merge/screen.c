/* forumkg: merge stage, the screen. An input's bytes pass here before raptor2 sees them, and
 * the first fault found refuses the input, located. Each screen stands for a way raptor2 2.0.15
 * (Debian 12) goes wrong on bytes it should refuse: it takes invalid UTF-8 into literals, cuts
 * a literal at a NUL, and in its N-Triples and N-Quads parsers an escape it does not know
 * reads and writes memory it does not own, and a quote or backslash in a comment loses the
 * statements after it; its Turtle lexer crashes on `<> {`, and leaks in Turtle on a '{'. */
#include "merge_int.h"

#include <stdlib.h>
#include <string.h>

/* Offset of the first \u0000 or \U00000000 escape in s[0, n) (a backslash preceded by an
 * even number of backslashes), or -1. raptor2's text parsers unescape it into a C string and
 * so end the literal there without a word: "a\u0000b" is read as "a". RDF 1.1 allows the
 * character; raptor2 cannot carry it, so the input is refused rather than silently cut. */
static long
find_escaped_nul(const unsigned char *s, size_t n)
{
  size_t run = 0; /* backslashes just before s[i] */
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\\') {
      run = 0;
      continue;
    }
    if (run % 2 == 0) {
      if (i + 6 <= n && !memcmp(s + i + 1, "u0000", 5)) return (long)i;
      if (i + 10 <= n && !memcmp(s + i + 1, "U00000000", 9)) return (long)i;
    }
    run++;
  }
  return -1;
}

static int
is_hex(unsigned char c)
{
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* The escapes raptor2's N-Triples term reader decodes: those of N-Triples' ECHAR but \', and
 * those Turtle 2013 allows in IRIs. */
static int
ntriples_escape_known(unsigned char c)
{
  return c != '\0' && strchr("\"\\bfnrt<>{}|^`", c) != NULL;
}

/* raptor2 2.0.15 cuts N-Triples and N-Quads input into lines its own way: a backslash takes
 * the byte after it, line ends included, and from a '"' (or a '\'' outside <...>) to the next
 * such quote a line end does not end the line. Comments are not exempt, so "# it's" or a
 * comment ending with a backslash makes the lines after it one with it, and their statements
 * are lost without a word (a line that starts with '#' is skipped whole). Returns the offset of
 * the first backslash or opening quote that carries a line across a line end, or -1. */
static long
find_joined_line(const unsigned char *s, size_t n)
{
  int quote = 0, in_iri = 0;
  size_t opened = 0; /* where the open quote is */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '\\') {
      if (i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) return (long)i;
      i++;
      continue;
    }
    if (c == '<')
      in_iri = 1;
    else if (in_iri && c == '>')
      in_iri = 0;
    if (quote) {
      if (c == quote)
        quote = 0;
      else if (c == '\n' || c == '\r')
        return (long)opened;
    } else if (c == '"' || (c == '\'' && !in_iri)) {
      quote = c;
      opened = i;
    } else if (c == '\n' || c == '\r') {
      in_iri = 0; /* a new line starts afresh */
    }
  }
  return -1;
}

/* On a backslash anywhere in a term (literal, IRI, blank node label, language tag) raptor2
 * 2.0.15 decodes an escape. When it does not know the escape, or the line ends within it, it
 * reports an error but returns success without ending the decoded text or setting its length:
 * the parser then reads an unset length and copies an unterminated string, and writes past the
 * end of a heap block (found by fuzz_merge; valgrind shows the write in
 * raptor_new_term_from_counted_literal). So each line is screened first, the way N-Triples
 * reads it: a backslash may stand only inside a literal or an IRI, and only as an escape
 * raptor2 knows, whole on its line. Returns the offset of the first backslash that breaks
 * this, or -1.
 * Comments (from a '#' outside any term to the line end) may hold anything, but a quote or a
 * backslash in one would join lines (find_joined_line): such a comment is blanked with spaces
 * in *copy (made on the first one, NULL until then; offsets and columns stay as they were).
 * Returns -2 when out of memory. */
static long
find_unreadable_escape(const unsigned char *s, size_t n, unsigned char **copy)
{
  enum { OUTSIDE, LITERAL, IRI } state = OUTSIDE;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '\n' || c == '\r') {
      state = OUTSIDE;
      continue;
    }
    if (state == OUTSIDE && c == '#') {
      size_t end = i;
      int risky = 0;
      while (end < n && s[end] != '\n' && s[end] != '\r') {
        risky |= s[end] == '"' || s[end] == '\'' || s[end] == '\\';
        end++;
      }
      if (risky) {
        if (!*copy) {
          if (!(*copy = malloc(n))) return -2;
          memcpy(*copy, s, n);
        }
        memset(*copy + i, ' ', end - i);
      }
      i = end - 1;
      continue;
    }
    if (c == '\\') {
      if (state == OUTSIDE) return (long)i;
      size_t left = 0; /* bytes after the backslash on this line, up to the longest escape */
      while (left < 9 && i + 1 + left < n && s[i + 1 + left] != '\n' && s[i + 1 + left] != '\r')
        left++;
      if (left == 0) return (long)i;
      unsigned char e = s[i + 1];
      size_t digits = e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (digits) {
        if (left < 1 + digits) return (long)i;
        for (size_t k = 0; k < digits; k++)
          if (!is_hex(s[i + 2 + k])) return (long)i;
        i += 1 + digits;
      } else if (ntriples_escape_known(e)) {
        i += 1;
      } else {
        return (long)i;
      }
      continue;
    }
    if (state == OUTSIDE) {
      if (c == '"')
        state = LITERAL;
      else if (c == '<')
        state = IRI;
    } else if ((state == LITERAL && c == '"') || (state == IRI && c == '>')) {
      state = OUTSIDE;
    }
  }
  return -1;
}

static size_t
skip_space(const unsigned char *s, size_t n, size_t j)
{
  while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
    j++;
  return j;
}

/* raptor2 2.0.15's Turtle and TriG lexer reads an IRI followed by '{' (a TriG graph's name) as
 * one token, and when the IRI is empty, `<>` (the document's own IRI), it reads a NULL string
 * and crashes: `<> { ... }` is valid TriG, and rapper crashes on it too (found by fuzz_merge, as
 * was `<> = {`; raptor2's issue 83 reports crashes of this lexer). The same lexer serves Turtle,
 * which has no graphs, and there a graph name before a syntax error is leaked (`<'>={...`,
 * found by fuzz_merge). Returns the offset, outside literals and comments, of the first `<>`
 * that only white space, or white space around one '=', separates from a '{' (*kind
 * FKG_SCREEN_EMPTY_GRAPH_NAME), or in Turtle of the first '{' (FKG_SCREEN_TURTLE_GRAPH); else
 * -1. */
static long
find_graph_fault(const unsigned char *s, size_t n, int turtle, FkgScreenFault *kind)
{
  *kind = FKG_SCREEN_EMPTY_GRAPH_NAME;
  size_t i = 0;
  while (i < n) {
    unsigned char c = s[i];
    if (c == '#') { /* a comment, to the line end */
      while (i < n && s[i] != '\n' && s[i] != '\r')
        i++;
    } else if (c == '<') {
      size_t start = i++;
      while (i < n && s[i] != '>') /* an IRI holds no '>' (escapes are \u, \U) */
        i += s[i] == '\\' && i + 1 < n ? 2 : 1;
      if (i < n && i == start + 1) {
        /* White space, an optional '=' (TriG's older `<g> = { ... }`), white space, '{'. */
        size_t j = skip_space(s, n, i + 1);
        if (j < n && s[j] == '=') j = skip_space(s, n, j + 1);
        if (j < n && s[j] == '{') return (long)start;
      }
      i++;
    } else if (c == '{' && turtle) {
      *kind = FKG_SCREEN_TURTLE_GRAPH;
      return (long)i;
    } else if (c == '"' || c == '\'') { /* a literal, short or long ("""...""") */
      int lng = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
      i += lng ? 3 : 1;
      while (i < n) {
        if (s[i] == '\\') {
          i += 2;
        } else if (s[i] == c && (!lng || (i + 2 < n && s[i + 1] == c && s[i + 2] == c))) {
          i += lng ? 3 : 1;
          break;
        } else if (!lng && (s[i] == '\n' || s[i] == '\r')) {
          break; /* a short literal ends with its line (raptor2 then reports it) */
        } else {
          i++;
        }
      }
    } else {
      i++;
    }
  }
  return -1;
}

static int
is_turtle_family(const char *syntax)
{
  return strcmp(syntax, "turtle") == 0 || strcmp(syntax, "trig") == 0;
}

static int
is_ntriples_family(const char *syntax)
{
  return strcmp(syntax, "ntriples") == 0 || strcmp(syntax, "nquads") == 0;
}

/* Syntaxes read through libxml2, which decodes the declared encoding itself. */
static int
syntax_is_xml(const char *syntax)
{
  static const char *const kXml[] = {"rdfxml", "rdfa", "grddl", "rss-tag-soup"};
  for (size_t i = 0; i < sizeof kXml / sizeof *kXml; i++)
    if (strcmp(syntax, kXml[i]) == 0) return 1;
  return 0;
}

/* Keeps the fault at `at` (-1: none) when it comes before the one kept so far. */
static void
first_fault(FkgScreenFault *fault, long *off, long at, FkgScreenFault kind)
{
  if (at < 0 || (*fault != FKG_SCREEN_CLEAN && *off <= at)) return;
  *fault = kind;
  *off = at;
}

FkgScreenFault
fkg_merge_screen(const unsigned char *s, size_t n, const char *syntax, long *off,
                 unsigned char **blanked)
{
  *off = -1;
  *blanked = NULL;
  /* XML-based syntaxes may declare another encoding; libxml2 checks theirs. */
  if (syntax_is_xml(syntax)) return FKG_SCREEN_CLEAN;
  long bad = fkg_merge_utf8_invalid_at(s, n);
  size_t valid = bad >= 0 ? (size_t)bad : n;
  /* A raw NUL is well-formed UTF-8, but raptor2's text parsers stop a literal there and go
   * on after it, silently: "1.\0...5e3" was read as "1.". */
  const unsigned char *nul = memchr(s, '\0', valid);
  size_t clean = nul ? (size_t)(nul - s) : valid;
  long join = -1, esc = -1, graph = -1;
  FkgScreenFault graph_kind = FKG_SCREEN_EMPTY_GRAPH_NAME;
  const unsigned char *view = s; /* what raptor2 will read */
  if (is_ntriples_family(syntax)) {
    esc = find_unreadable_escape(s, clean, blanked);
    if (esc == -2) return FKG_SCREEN_NO_MEMORY;
    if (*blanked) view = *blanked;
    join = find_joined_line(view, esc >= 0 ? (size_t)esc : clean);
  }
  if (is_turtle_family(syntax))
    graph = find_graph_fault(s, clean, strcmp(syntax, "turtle") == 0, &graph_kind);
  /* The first fault in the input is the one reported (NUL and invalid UTF-8 stand at the end
   * of what the others scanned). */
  FkgScreenFault fault = FKG_SCREEN_CLEAN;
  first_fault(&fault, off, esc, FKG_SCREEN_ESCAPE);
  first_fault(&fault, off, join, FKG_SCREEN_LINE_JOIN);
  first_fault(&fault, off, graph, graph_kind);
  first_fault(&fault, off, find_escaped_nul(view, clean), FKG_SCREEN_ESCAPED_NUL);
  first_fault(&fault, off, nul ? (long)(nul - s) : -1, FKG_SCREEN_NUL);
  first_fault(&fault, off, bad, FKG_SCREEN_UTF8);
  if (fault != FKG_SCREEN_CLEAN) {
    free(*blanked);
    *blanked = NULL;
  }
  return fault;
}
