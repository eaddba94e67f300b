/* forumkg: query stage, the lexical side of a query's text before rasqal sees it. Strings,
 * IRIs and comments are skipped here for the two readers that need it: run.c, which finds
 * the prefixes a query declares, and the screen, which refuses the SPARQL that rasqal 0.9.33
 * crashes on while it prepares a query. The screen reads tokens as rasqal's own lexer does
 * (sparql_lexer.l), more loosely than SPARQL's grammar: what rasqal takes for an IRI or a
 * string must be one here too, or a crash gets through. */
#include "query_int.h"

#include <unicode/utf8.h>

#include <ctype.h>
#include <string.h>
#include <strings.h>

int
fkg_sparql_name_char(unsigned char c)
{
  return isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

/* The position after the string literal at p (a quote). A short string ends at its line's
 * end when `one_line` (SPARQL's grammar); rasqal's lexer lets it run on. */
static const char *
skip_string(const char *p, int one_line)
{
  char q = *p;
  int longq = p[1] == q && p[2] == q;
  p += longq ? 3 : 1;
  while (*p) {
    if (*p == '\\' && p[1]) {
      p += 2;
      continue;
    }
    if (longq ? (p[0] == q && p[1] == q && p[2] == q) : *p == q) return p + (longq ? 3 : 1);
    if (one_line && !longq && *p == '\n') return p;
    p++;
  }
  return p;
}

const char *
fkg_sparql_skip_string(const char *p)
{
  return skip_string(p, 1);
}

const char *
fkg_sparql_skip_iri(const char *p)
{
  const char *e = p + 1;
  while (*e && *e != '>' && !isspace((unsigned char)*e) && *e != '<')
    e++;
  return *e == '>' ? e + 1 : NULL;
}

/* Skips white space and comments. */
static const char *
skip_blank(const char *p)
{
  for (;;) {
    while (isspace((unsigned char)*p))
      p++;
    if (*p != '#') return p;
    while (*p && *p != '\n')
      p++;
  }
}

/* True when the keyword `kw` (lower case) starts at p as a whole word. */
static int
keyword_at(const char *text, const char *p, const char *kw)
{
  size_t n = strlen(kw);
  return (p == text || !fkg_sparql_name_char((unsigned char)p[-1])) && !strncasecmp(p, kw, n) &&
         !fkg_sparql_name_char((unsigned char)p[n]) && p[n] != ':';
}

/* The end of the token at p as rasqal's lexer reads it, when it is one the screen must see
 * whole: an IRI, "<" then anything but ">", "<", "=" or a space, then anything up to ">"
 * (newlines and form feeds included); a string, whose short form may hold newlines too; a
 * comment, to the line's end. NULL when p starts none of them. */
static const char *
rasqal_skip(const char *p)
{
  if (*p == '<') {
    if (p[1] == '>') return p + 2;
    if (!p[1] || strchr("><= ", p[1])) return NULL;
    const char *e = strchr(p + 1, '>');
    return e ? e + 1 : NULL;
  }
  if (*p == '"' || *p == '\'') return skip_string(p, 0);
  if (*p == '#') {
    while (*p && *p != '\n')
      p++;
    return p;
  }
  return NULL;
}

/* After a bracket's opening at p, the position of its closing bracket, or NULL. */
static const char *
matching_bracket(const char *p)
{
  int depth = 0;
  while (*p) {
    const char *e = rasqal_skip(p);
    if (e) {
      p = e;
      continue;
    }
    if (*p == '(') depth++;
    if (*p == ')' && --depth == 0) return p;
    p++;
  }
  return NULL;
}

/* Whether the bracketed GROUP BY condition from `open` to `close` names a variable (?x, $x)
 * outside its IRIs, strings and comments. rasqal takes the literal of a condition without one
 * (1, <iri>, true, -1, "2020-01-01"^^xsd:date, a prefixed name) for a variable; a condition
 * with one is a variable, an expression or "expr AS ?v", whose literal is a variable or none. */
static int
names_variable(const char *open, const char *close)
{
  for (const char *p = open + 1; p < close;) {
    const char *e = rasqal_skip(p);
    if (e) {
      p = e;
      continue;
    }
    if ((*p == '?' || *p == '$') && fkg_sparql_name_char((unsigned char)p[1])) return 1;
    p++;
  }
  return 0;
}

/* Whether the run of name bytes at p holds a colon: a prefixed name (ex:groupBy), one token
 * for rasqal, whatever keywords its letters spell. */
static int
prefixed_name(const char *p)
{
  while (fkg_sparql_name_char((unsigned char)*p))
    p++;
  return *p == ':';
}

/* If GROUP BY starts at p, the position after it, else NULL. rasqal's lexer reads keywords
 * as bare letter runs, with no word boundary: "GROUPBY" is GROUP then BY, and so is
 * "}GROUP#c\n BY(". GROUP_CONCAT is a longer token of its own. */
static const char *
group_by_at(const char *p)
{
  if (strncasecmp(p, "group", 5) != 0 || p[5] == '_') return NULL;
  const char *b = skip_blank(p + 5);
  return strncasecmp(b, "by", 2) == 0 ? b + 2 : NULL;
}

long
fkg_query_screen(const char *text)
{
  const char *p = text;
  while (*p) {
    const char *e = rasqal_skip(p);
    const char *by;
    if (e) {
      p = e;
    } else if (*p == '?' || *p == '$') { /* a variable's name holds no keyword */
      p++;
      while (fkg_sparql_name_char((unsigned char)*p))
        p++;
    } else if (fkg_sparql_name_char((unsigned char)*p) && prefixed_name(p)) {
      while (fkg_sparql_name_char((unsigned char)*p) || *p == ':')
        p++;
    } else if ((by = group_by_at(p)) != NULL) {
      /* GroupCondition: a variable, a call, or a bracketed expression with an optional AS. */
      p = by;
      for (;;) {
        p = skip_blank(p);
        if (*p == '?' || *p == '$') {
          p++;
          while (fkg_sparql_name_char((unsigned char)*p))
            p++;
          continue;
        }
        const char *open = p;
        int call = *p != '(';
        if (call) {
          if (keyword_at(text, p, "having")) break;
          const char *name = p;
          if (*p == '<') { /* a function named by its IRI */
            const char *iri_end = rasqal_skip(p);
            if (!iri_end) break;
            p = iri_end;
          }
          while (fkg_sparql_name_char((unsigned char)*p) || *p == ':')
            p++;
          open = skip_blank(p);
          /* ORDER, LIMIT, a brace, the end: the conditions are over */
          if (p == name || *open != '(') break;
        }
        const char *close = matching_bracket(open);
        if (!close) break;
        if (!call && !names_variable(open, close)) return open - text;
        p = close + 1;
      }
    } else {
      p++;
    }
  }
  return -1;
}

long
fkg_query_bad_utf8(const char *text)
{
  const uint8_t *s = (const uint8_t *)text;
  int32_t i = 0, len = (int32_t)strlen(text);
  while (i < len) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) return start;
  }
  return -1;
}
