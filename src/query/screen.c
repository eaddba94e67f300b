/* forumkg: query stage, the lexical side of a query's text before rasqal sees it. Strings,
 * IRIs and comments are skipped here once for the two readers that need it: run.c, which
 * finds the prefixes a query declares, and the screen, which refuses the SPARQL that rasqal
 * 0.9.33 crashes on while it prepares a query. */
#include "query_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

int
fkg_sparql_name_char(unsigned char c)
{
  return isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80;
}

const char *
fkg_sparql_skip_string(const char *p)
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
    if (!longq && *p == '\n') return p;
    p++;
  }
  return p;
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

/* After a bracket's opening at p, the position of its closing bracket, or NULL. Strings, IRIs
 * and comments inside do not count. */
static const char *
matching_bracket(const char *p)
{
  int depth = 0;
  while (*p) {
    if (*p == '#') {
      while (*p && *p != '\n')
        p++;
      continue;
    }
    if (*p == '"' || *p == '\'') {
      p = fkg_sparql_skip_string(p);
      continue;
    }
    if (*p == '<') {
      const char *e = fkg_sparql_skip_iri(p);
      p = e ? e : p + 1;
      continue;
    }
    if (*p == '(') depth++;
    if (*p == ')' && --depth == 0) return p;
    p++;
  }
  return NULL;
}

/* One RDF term at p, as the SPARQL lexer reads constants: an IRI, a literal with its tag or
 * datatype, a number with the sign the lexer joins to it, true or false, a prefixed name.
 * Returns the position after it, or NULL when p holds no constant. */
static const char *
constant_at(const char *p)
{
  if (*p == '<') return fkg_sparql_skip_iri(p);
  if (*p == '"' || *p == '\'') {
    p = fkg_sparql_skip_string(p);
    if (*p == '@') {
      p++;
      while (isalnum((unsigned char)*p) || *p == '-')
        p++;
    } else if (p[0] == '^' && p[1] == '^') {
      p += 2;
      if (*p == '<') return fkg_sparql_skip_iri(p);
      while (fkg_sparql_name_char((unsigned char)*p) || *p == ':')
        p++;
    }
    return p;
  }
  const char *s = p;
  if (*p == '+' || *p == '-') p++;
  if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
    while (isalnum((unsigned char)*p) || *p == '.' ||
           ((*p == '+' || *p == '-') && (p[-1] == 'e' || p[-1] == 'E')))
      p++;
    return p;
  }
  if (p != s) return NULL;
  const char *e = p;
  int colon = 0;
  while (fkg_sparql_name_char((unsigned char)*e) || *e == ':')
    colon |= *e++ == ':';
  if (e == p || *skip_blank(e) == '(') return NULL; /* a function call */
  if (colon || ((size_t)(e - p) == 4 && !strncasecmp(p, "true", 4)) ||
      ((size_t)(e - p) == 5 && !strncasecmp(p, "false", 5)))
    return e;
  return NULL;
}

/* True when the bracketed condition from `open` to `close` holds one constant and no AS:
 * brackets inside it and blanks around it do not change that. */
static int
constant_condition(const char *open, const char *close)
{
  const char *p = skip_blank(open + 1);
  const char *end = close;
  while (*p == '(') {
    const char *inner = matching_bracket(p);
    if (!inner || skip_blank(inner + 1) != end) return 0;
    end = inner;
    p = skip_blank(p + 1);
  }
  const char *after = constant_at(p);
  return after && after <= end && skip_blank(after) == end;
}

long
fkg_query_screen(const char *text)
{
  const char *p = text;
  while (*p) {
    if (*p == '#') {
      while (*p && *p != '\n')
        p++;
    } else if (*p == '"' || *p == '\'') {
      p = fkg_sparql_skip_string(p);
    } else if (*p == '<') {
      const char *e = fkg_sparql_skip_iri(p);
      p = e ? e : p + 1;
    } else if (keyword_at(text, p, "group") && keyword_at(text, skip_blank(p + 5), "by")) {
      /* GroupCondition: a variable, a call, or a bracketed expression with an optional AS. */
      p = skip_blank(p + 5) + 2;
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
          while (fkg_sparql_name_char((unsigned char)*p) || *p == ':')
            p++;
          open = skip_blank(p);
          /* ORDER, LIMIT, a brace, the end: the conditions are over */
          if (p == name || *open != '(') break;
        }
        const char *close = matching_bracket(open);
        if (!close) break;
        if (!call && constant_condition(open, close)) return open - text;
        p = close + 1;
      }
    } else {
      p++;
    }
  }
  return -1;
}
