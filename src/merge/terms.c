/* forumkg: merge stage, the gate. Every term an input's parser hands over passes here before it
 * joins the merged graph: raptor2's parsers accept what RDF 1.1 forbids (invalid UTF-8, IRIs
 * holding '<' or a space, relative IRIs, malformed language tags, NUL characters) and disagree
 * with each other (Turtle lowers nothing and removes dot segments, N-Triples lowers language
 * tags and keeps dot segments), and its writers then produce files that no parser reads back.
 * So a term that breaks RDF 1.1 makes its input a syntax error, and the rest is normalised to
 * one form whatever the syntax it came in. */
#include "merge_int.h"

#include <unicode/utf8.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long
fkg_merge_utf8_invalid_at(const unsigned char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    /* U8_NEXT takes int32_t lengths: walk long inputs in windows that end on a lead byte. */
    const unsigned char *w = s + i;
    int32_t len = n - i > INT32_MAX ? INT32_MAX : (int32_t)(n - i), k = 0;
    if (len == INT32_MAX) {
      while (len > 0 && U8_IS_TRAIL(w[len - 1]))
        len--;
      if (len > 0 && w[len - 1] >= 0xC0) len--; /* the lead byte of the cut sequence */
      if (len == 0) return (long)i;
    }
    while (k < len) {
      int32_t start = k;
      UChar32 c;
      U8_NEXT(w, k, len, c);
      if (c < 0) return (long)(i + (size_t)start);
    }
    i += (size_t)len;
  }
  return -1;
}

void
fkg_merge_locate_byte(const unsigned char *s, size_t off, long *line, long *col)
{
  long ln = 1, cl = 1;
  for (size_t i = 0; i < off; i++) {
    if (s[i] == '\n') {
      ln++;
      cl = 1;
    } else if (!U8_IS_TRAIL(s[i])) {
      cl++; /* columns count code points, so continuation bytes add nothing */
    }
  }
  *line = ln;
  *col = cl;
}

/* Sets the problem's reason. */
static FkgStatus
refuse(FkgTermProblem *why, const char *what, const unsigned char *text, size_t len,
       const char *reason)
{
  why->what = what;
  why->text = text;
  why->len = len;
  snprintf(why->reason, sizeof why->reason, "%s", reason);
  return FKG_BAD_SYNTAX;
}

/* RDF 1.1 (the IRIREF production of Turtle and N-Triples) leaves these out of IRIs, raw or
 * escaped; raptor2's N-Triples parser takes them and its writers escape them as \u003C, which no
 * parser reads back. */
static int
iri_char_forbidden(UChar32 c)
{
  return c <= 0x20 || (c < 0x80 && strchr("<>\"{}|^`\\", (int)c) != NULL);
}

/* True when a '.' follows '/' or ':': only then can the IRI hold a dot segment. */
static int
may_have_dot_segment(const unsigned char *s, size_t n)
{
  for (size_t i = 1; i < n; i++)
    if (s[i] == '.' && (s[i - 1] == '/' || s[i - 1] == ':')) return 1;
  return 0;
}

/* Checks the IRI s[0, n) and returns its normalised form: a malloc'd string in *norm (length
 * *normlen) when it differs from `s`, else *norm = NULL. */
static FkgStatus
check_iri(const char *what, const unsigned char *s, size_t n, char **norm, size_t *normlen,
          FkgTermProblem *why)
{
  *norm = NULL;
  if (fkg_merge_utf8_invalid_at(s, n) >= 0) return refuse(why, what, s, n, "is not valid UTF-8");
  for (size_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT_UNSAFE(s, i, c); /* valid: checked above */
    if (iri_char_forbidden(c)) {
      char reason[96];
      if (c <= 0x20)
        snprintf(reason, sizeof reason, "holds %s U+%04X, which RDF 1.1 does not allow in an IRI",
                 c == 0x20 ? "a space" : "the control character", (unsigned)c);
      else
        snprintf(reason, sizeof reason, "holds '%c', which RDF 1.1 does not allow in an IRI",
                 (char)c);
      return refuse(why, what, s, n, reason);
    }
  }
  /* A relative IRI has no meaning outside the document it came from, and raptor2 writes it as
   * given, so the output would resolve it against its own location: RDF 1.1 graphs hold
   * absolute IRIs only. */
  if (!raptor_uri_uri_string_is_absolute(s))
    return refuse(why, what, s, n, "has no scheme (a relative IRI; RDF 1.1 needs absolute IRIs)");
  /* raptor2's Turtle parser resolves every IRI against the base, which removes dot segments
   * even from absolute IRIs; its N-Triples parser keeps them. Resolving the IRI against itself
   * (RFC 3986 5.2.2 with the IRI as both base and reference) gives the Turtle form, so the same
   * IRI is one node whatever syntax it came in, and a merged graph reads back unchanged. */
  if (!may_have_dot_segment(s, n)) return FKG_SUCCESS; /* most IRIs: no work, no allocation */
  size_t cap = 2 * n + 2;
  unsigned char *buf = malloc(cap);
  if (!buf) return FKG_BAD_ALLOC;
  size_t len = raptor_uri_resolve_uri_reference(s, s, buf, cap);
  if (len == 0 || (len == n && memcmp(buf, s, n) == 0)) {
    free(buf);
    return FKG_SUCCESS;
  }
  *norm = (char *)buf;
  *normlen = len;
  return FKG_SUCCESS;
}

/* The shape of a BCP 47 tag as RDF 1.1 writes it (Turtle's LANGTAG, with BCP 47's limit of 8
 * characters per subtag): letters, then '-' and letters or digits. A registry check would
 * refuse tags that are merely new; the shape is what parsers and writers depend on. */
static int
langtag_well_formed(const unsigned char *s, size_t n)
{
  size_t i = 0, run = 0;
  for (; i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'); i++)
    run++;
  if (run < 1 || run > 8) return 0;
  while (i < n) {
    if (s[i++] != '-') return 0;
    run = 0;
    for (;
         i < n && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z') || (s[i] >= '0' && s[i] <= '9'));
         i++)
      run++;
    if (run < 1 || run > 8) return 0;
  }
  return 1;
}

FkgStatus
fkg_merge_term_normalise(raptor_world *w, raptor_term *t, raptor_term **out, FkgTermProblem *why)
{
  *out = NULL;
  if (t->type == RAPTOR_TERM_TYPE_URI) {
    size_t n = 0;
    const unsigned char *s = raptor_uri_as_counted_string(t->value.uri, &n);
    char *norm;
    size_t normlen = 0;
    FkgStatus st = check_iri("IRI", s, n, &norm, &normlen, why);
    if (st) return st;
    if (!norm) {
      *out = raptor_term_copy(t);
      return FKG_SUCCESS;
    }
    *out = raptor_new_term_from_counted_uri_string(w, (const unsigned char *)norm, normlen);
    free(norm);
    return *out ? FKG_SUCCESS : FKG_BAD_ALLOC;
  }
  if (t->type == RAPTOR_TERM_TYPE_BLANK) {
    const unsigned char *s = t->value.blank.string;
    size_t bn = t->value.blank.string_len;
    if (fkg_merge_utf8_invalid_at(s, bn) >= 0)
      return refuse(why, "blank node", s, bn, "is not valid UTF-8");
    /* raptor2's N-Quads parser takes "_:y." as the label "y.", which no writer can give back:
     * in N-Triples and Turtle a label never ends with '.' (the dot ends the statement). */
    if (bn == 0 || s[bn - 1] == '.')
      return refuse(why, "blank node", s, bn,
                    "is empty or ends with '.', which N-Triples and Turtle do not allow");
    *out = raptor_term_copy(t);
    return FKG_SUCCESS;
  }
  if (t->type != RAPTOR_TERM_TYPE_LITERAL)
    return refuse(why, "term", (const unsigned char *)"", 0, "of an unknown kind");

  const unsigned char *s = t->value.literal.string;
  size_t n = t->value.literal.string_len;
  if (fkg_merge_utf8_invalid_at(s, n) >= 0)
    return refuse(why, "literal", s, n, "is not valid UTF-8");
  /* U+0000 is a character of RDF 1.1, but raptor2 compares and writes literals as C strings:
   * its Turtle and RDF/XML writers cut the literal there, and two literals that differ after
   * it are taken for one. Refusing it is the only way not to lose data silently. */
  if (memchr(s, '\0', n))
    return refuse(why, "literal", s, n,
                  "holds U+0000, where raptor2's writers would cut it (RDF 1.1 allows it, "
                  "raptor2 cannot carry it)");

  const unsigned char *lang = t->value.literal.language;
  size_t langlen = lang ? strlen((const char *)lang) : 0;
  unsigned char lower[256];
  int lang_changed = 0;
  if (langlen) {
    /* raptor2 keeps a tag's length in an unsigned char. */
    if (langlen > 255 || !langtag_well_formed(lang, langlen))
      return refuse(why, "language tag", lang, langlen,
                    "is not of the BCP 47 form (letters, then '-' and letters or digits; 1 to 8 "
                    "each)");
    /* RDF 1.1 compares tags without case, raptor2 byte for byte, and its parsers disagree on
     * lowering them: lower-case is the one form (RDF 1.1 Concepts 3.3 allows it). */
    for (size_t i = 0; i < langlen; i++) {
      lower[i] = lang[i] >= 'A' && lang[i] <= 'Z' ? (unsigned char)(lang[i] | 0x20) : lang[i];
      lang_changed |= lower[i] != lang[i];
    }
    lower[langlen] = '\0';
  }

  raptor_uri *dt = t->value.literal.datatype, *newdt = NULL;
  if (dt) {
    size_t dn = 0;
    const unsigned char *ds = raptor_uri_as_counted_string(dt, &dn);
    char *norm;
    size_t normlen = 0;
    FkgStatus st = check_iri("datatype IRI", ds, dn, &norm, &normlen, why);
    if (st) return st;
    if (norm) {
      newdt = raptor_new_uri_from_counted_string(w, (const unsigned char *)norm, normlen);
      free(norm);
      if (!newdt) return FKG_BAD_ALLOC;
    }
  }
  if (!lang_changed && !newdt) {
    *out = raptor_term_copy(t);
    return FKG_SUCCESS;
  }
  /* A new term: never change `t` in place, the parser and other statements share it. The
   * constructor copies the literal, the tag and (a reference to) the datatype. */
  /* raptor2's constructor refuses a tag beside a datatype; a typed literal has no tag. */
  int tagged = langlen && !dt;
  *out = raptor_new_term_from_counted_literal(w, s, n, newdt ? newdt : dt, tagged ? lower : NULL,
                                              (unsigned char)(tagged ? langlen : 0));
  if (newdt) raptor_free_uri(newdt);
  return *out ? FKG_SUCCESS : FKG_BAD_ALLOC;
}

void
fkg_merge_term_problem_format(const FkgTermProblem *why, char *buf, size_t cap)
{
  /* The term as it was read, shortened and with control bytes escaped: the message must stay
   * one readable line whatever the input held. */
  const char *open = "", *close = "";
  if (!strcmp(why->what, "IRI") || !strcmp(why->what, "datatype IRI")) {
    open = "<";
    close = ">";
  } else if (!strcmp(why->what, "literal")) {
    open = close = "\"";
  } else if (!strcmp(why->what, "language tag")) {
    open = "@";
  } else if (!strcmp(why->what, "blank node")) {
    open = "_:";
  }
  char shown[400];
  size_t o = 0, limit = 80;
  int valid = fkg_merge_utf8_invalid_at(why->text, why->len) < 0;
  for (size_t i = 0; i < why->len && o + 8 < sizeof shown; i++) {
    unsigned char c = why->text[i];
    if (i >= limit && !U8_IS_TRAIL(c)) {
      o += (size_t)snprintf(shown + o, sizeof shown - o, "...");
      break;
    }
    /* Bytes of broken UTF-8 are shown as escapes: a terminal would make them U+FFFD. */
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && !valid))
      o += (size_t)snprintf(shown + o, sizeof shown - o, "\\x%02X", c);
    else
      shown[o++] = (char)c;
  }
  shown[o] = '\0';
  snprintf(buf, cap, "%s %s%s%s %s", why->what, open, shown, close, why->reason);
}
