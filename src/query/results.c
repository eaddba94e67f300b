/* forumkg: query stage, writing answers. Solutions and booleans as a text table or in the
 * SPARQL 1.1 result formats (CSV, TSV, JSON, XML), graphs as Turtle (raptor2's serialiser) or
 * N-Triples, and both in the canonical TSV that tests compare with another engine. Written here
 * rather than by rasqal's formatters, whose TSV escapes every non-ASCII character. Rows keep
 * the order the query's ORDER BY gives, except in the canonical form, which sorts them. */
#include "query_int.h"

#include <stdlib.h>
#include <string.h>

#define XSD "http://www.w3.org/2001/XMLSchema#"
#define XSD_STRING XSD "string"
#define RDF_LANGSTRING "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

void
fkg_buf_add(FkgBuf *b, const char *s, size_t n)
{
  if (b->failed) return;
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + n + 1)
      cap *= 2;
    char *ns = realloc(b->s, cap);
    if (!ns) {
      b->failed = 1;
      return;
    }
    b->s = ns;
    b->cap = cap;
  }
  memcpy(b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

void
fkg_buf_adds(FkgBuf *b, const char *s)
{
  fkg_buf_add(b, s, strlen(s));
}

void
fkg_buf_clear(FkgBuf *b)
{
  free(b->s);
  memset(b, 0, sizeof *b);
}

/* Adds `s` with \ " LF CR TAB escaped, the rest raw. */
static void
add_escaped(FkgBuf *b, const unsigned char *s, size_t n)
{
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    const char *esc = NULL;
    switch (s[i]) {
    case '\\':
      esc = "\\\\";
      break;
    case '"':
      esc = "\\\"";
      break;
    case '\n':
      esc = "\\n";
      break;
    case '\r':
      esc = "\\r";
      break;
    case '\t':
      esc = "\\t";
      break;
    default:
      break;
    }
    if (!esc) continue;
    fkg_buf_add(b, (const char *)s + run, i - run);
    fkg_buf_adds(b, esc);
    run = i + 1;
  }
  fkg_buf_add(b, (const char *)s + run, n - run);
}

static const char *
datatype_of(librdf_node *node)
{
  librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(node);
  return dt ? (const char *)librdf_uri_as_string(dt) : NULL;
}

void
fkg_buf_add_term(FkgBuf *b, librdf_node *node, int anon_blanks)
{
  if (!node) return;
  if (librdf_node_is_resource(node)) {
    fkg_buf_adds(b, "<");
    fkg_buf_adds(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
    fkg_buf_adds(b, ">");
  } else if (librdf_node_is_blank(node)) {
    fkg_buf_adds(b, "_:");
    fkg_buf_adds(b, anon_blanks ? "b" : (const char *)librdf_node_get_blank_identifier(node));
  } else if (librdf_node_is_literal(node)) {
    size_t n = 0;
    const unsigned char *lex = librdf_node_get_literal_value_as_counted_string(node, &n);
    fkg_buf_adds(b, "\"");
    add_escaped(b, lex ? lex : (const unsigned char *)"", lex ? n : 0);
    fkg_buf_adds(b, "\"");
    const char *lang = librdf_node_get_literal_value_language(node);
    const char *dt = datatype_of(node);
    if (lang && *lang) {
      fkg_buf_adds(b, "@");
      fkg_buf_adds(b, lang);
    } else if (dt && strcmp(dt, XSD_STRING) != 0 && strcmp(dt, RDF_LANGSTRING) != 0) {
      fkg_buf_adds(b, "^^<");
      fkg_buf_adds(b, dt);
      fkg_buf_adds(b, ">");
    }
  }
}

/* An IRI as prefix:local when a contract prefix covers it and the local part is a plain
 * name; otherwise <iri>. */
static void
add_short_iri(FkgBuf *b, const char *iri)
{
  for (size_t i = 0; i < fkg_query_n_prefixes; i++) {
    size_t n = strlen(fkg_query_prefixes[i].iri);
    if (strncmp(iri, fkg_query_prefixes[i].iri, n) != 0) continue;
    const char *local = iri + n;
    int plain = *local != '\0' && *local != '-' && *local != '.';
    for (const char *p = local; *p && plain; p++)
      plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '_' || *p == '-';
    if (!plain) continue;
    fkg_buf_adds(b, fkg_query_prefixes[i].prefix);
    fkg_buf_adds(b, ":");
    fkg_buf_adds(b, local);
    return;
  }
  fkg_buf_adds(b, "<");
  fkg_buf_adds(b, iri);
  fkg_buf_adds(b, ">");
}

static int
is_bare_number(const char *dt, const unsigned char *lex)
{
  if (!dt || !lex || !*lex) return 0;
  if (strcmp(dt, XSD "boolean") == 0)
    return strcmp((const char *)lex, "true") == 0 || strcmp((const char *)lex, "false") == 0;
  int decimal = strcmp(dt, XSD "decimal") == 0;
  if (!decimal && strcmp(dt, XSD "integer") != 0) return 0;
  const unsigned char *p = lex;
  if (*p == '+' || *p == '-') p++;
  int digits = 0, dots = 0;
  for (; *p; p++) {
    if (*p >= '0' && *p <= '9')
      digits++;
    else if (*p == '.' && decimal)
      dots++;
    else
      return 0;
  }
  return digits > 0 && dots <= (decimal ? 1 : 0) && (!decimal || dots == 1);
}

/* A term for people: Turtle's shorthands (prefixed names, bare numbers). */
static void
add_table_term(FkgBuf *b, librdf_node *node)
{
  if (!node) return;
  if (librdf_node_is_resource(node)) {
    add_short_iri(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
    return;
  }
  if (librdf_node_is_literal(node)) {
    const unsigned char *lex = librdf_node_get_literal_value(node);
    const char *dt = datatype_of(node);
    const char *lang = librdf_node_get_literal_value_language(node);
    if (!(lang && *lang) && is_bare_number(dt, lex)) {
      fkg_buf_adds(b, (const char *)lex);
      return;
    }
    fkg_buf_adds(b, "\"");
    add_escaped(b, lex, lex ? strlen((const char *)lex) : 0);
    fkg_buf_adds(b, "\"");
    if (lang && *lang) {
      fkg_buf_adds(b, "@");
      fkg_buf_adds(b, lang);
    } else if (dt && strcmp(dt, XSD_STRING) != 0 && strcmp(dt, RDF_LANGSTRING) != 0) {
      fkg_buf_adds(b, "^^");
      add_short_iri(b, dt);
    }
    return;
  }
  fkg_buf_add_term(b, node, 0);
}

/* SPARQL 1.1 CSV: the plain value, quoted when it holds a quote, comma or line break. */
static void
add_csv_term(FkgBuf *b, librdf_node *node)
{
  if (!node) return;
  FkgBuf v = {0};
  if (librdf_node_is_resource(node)) {
    fkg_buf_adds(&v, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    fkg_buf_adds(&v, "_:");
    fkg_buf_adds(&v, (const char *)librdf_node_get_blank_identifier(node));
  } else {
    size_t n = 0;
    const unsigned char *lex = librdf_node_get_literal_value_as_counted_string(node, &n);
    if (lex) fkg_buf_add(&v, (const char *)lex, n);
  }
  if (v.failed)
    b->failed = 1;
  else if (v.s && strpbrk(v.s, "\",\r\n")) {
    fkg_buf_adds(b, "\"");
    for (const char *p = v.s; *p; p++)
      fkg_buf_add(b, *p == '"' ? "\"\"" : p, *p == '"' ? 2 : 1);
    fkg_buf_adds(b, "\"");
  } else if (v.s) {
    fkg_buf_adds(b, v.s);
  }
  fkg_buf_clear(&v);
}

static void
add_json_string(FkgBuf *b, const char *s)
{
  fkg_buf_adds(b, "\"");
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    char esc[8];
    if (*p == '"' || *p == '\\') {
      esc[0] = '\\';
      esc[1] = (char)*p;
      fkg_buf_add(b, esc, 2);
    } else if (*p < 0x20) {
      const char *named = *p == '\n' ? "\\n" : *p == '\r' ? "\\r" : *p == '\t' ? "\\t" : NULL;
      if (named)
        fkg_buf_adds(b, named);
      else {
        snprintf(esc, sizeof esc, "\\u%04x", *p);
        fkg_buf_adds(b, esc);
      }
    } else {
      fkg_buf_add(b, (const char *)p, 1);
    }
  }
  fkg_buf_adds(b, "\"");
}

static void
add_json_term(FkgBuf *b, librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fkg_buf_adds(b, "{ \"type\": \"uri\", \"value\": ");
    add_json_string(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
  } else if (librdf_node_is_blank(node)) {
    fkg_buf_adds(b, "{ \"type\": \"bnode\", \"value\": ");
    add_json_string(b, (const char *)librdf_node_get_blank_identifier(node));
  } else {
    fkg_buf_adds(b, "{ \"type\": \"literal\", \"value\": ");
    const unsigned char *lex = librdf_node_get_literal_value(node);
    add_json_string(b, lex ? (const char *)lex : "");
    const char *lang = librdf_node_get_literal_value_language(node);
    const char *dt = datatype_of(node);
    if (lang && *lang) {
      fkg_buf_adds(b, ", \"xml:lang\": ");
      add_json_string(b, lang);
    } else if (dt && strcmp(dt, XSD_STRING) != 0) {
      fkg_buf_adds(b, ", \"datatype\": ");
      add_json_string(b, dt);
    }
  }
  fkg_buf_adds(b, " }");
}

static void
add_xml_text(FkgBuf *b, const char *s)
{
  for (const char *p = s; *p; p++) {
    switch (*p) {
    case '&':
      fkg_buf_adds(b, "&amp;");
      break;
    case '<':
      fkg_buf_adds(b, "&lt;");
      break;
    case '>':
      fkg_buf_adds(b, "&gt;");
      break;
    case '"':
      fkg_buf_adds(b, "&quot;");
      break;
    default:
      fkg_buf_add(b, p, 1);
    }
  }
}

static void
add_xml_term(FkgBuf *b, librdf_node *node)
{
  if (librdf_node_is_resource(node)) {
    fkg_buf_adds(b, "<uri>");
    add_xml_text(b, (const char *)librdf_uri_as_string(librdf_node_get_uri(node)));
    fkg_buf_adds(b, "</uri>");
  } else if (librdf_node_is_blank(node)) {
    fkg_buf_adds(b, "<bnode>");
    add_xml_text(b, (const char *)librdf_node_get_blank_identifier(node));
    fkg_buf_adds(b, "</bnode>");
  } else {
    const char *lang = librdf_node_get_literal_value_language(node);
    const char *dt = datatype_of(node);
    fkg_buf_adds(b, "<literal");
    if (lang && *lang) {
      fkg_buf_adds(b, " xml:lang=\"");
      add_xml_text(b, lang);
      fkg_buf_adds(b, "\"");
    } else if (dt && strcmp(dt, XSD_STRING) != 0) {
      fkg_buf_adds(b, " datatype=\"");
      add_xml_text(b, dt);
      fkg_buf_adds(b, "\"");
    }
    fkg_buf_adds(b, ">");
    const unsigned char *lex = librdf_node_get_literal_value(node);
    add_xml_text(b, lex ? (const char *)lex : "");
    fkg_buf_adds(b, "</literal>");
  }
}

/* Rows kept for the formats that need them all before writing (table, canonical). */
typedef struct {
  char **v;
  size_t n, cap;
} Lines;

static int
lines_push(Lines *l, FkgBuf *b)
{
  if (b->failed) return -1;
  if (l->n == l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 64;
    char **nv = realloc(l->v, cap * sizeof *nv);
    if (!nv) return -1;
    l->v = nv;
    l->cap = cap;
  }
  l->v[l->n++] = b->s ? b->s : strdup("");
  memset(b, 0, sizeof *b);
  return l->v[l->n - 1] ? 0 : -1;
}

static void
lines_clear(Lines *l)
{
  for (size_t i = 0; i < l->n; i++)
    free(l->v[i]);
  free(l->v);
  memset(l, 0, sizeof *l);
}

static int
compare_bytes(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static FkgStatus
write_all(FILE *out, FkgBuf *b)
{
  if (b->failed) return FKG_BAD_ALLOC;
  if (b->n && fwrite(b->s, 1, b->n, out) != b->n) return FKG_BAD_WRITE;
  b->n = 0;
  if (b->s) b->s[0] = '\0';
  return FKG_SUCCESS;
}

/* Display width of UTF-8 text in code points (combining marks U+0300..U+036F take none). */
static size_t
width_of(const char *s)
{
  size_t w = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) == 0x80) continue;
    if (p[0] == 0xCC || (p[0] == 0xCD && p[1] < 0xB0)) continue;
    w++;
  }
  return w;
}

/* A table of cells (`ncols` per row, row-major) framed like a terminal table. */
static FkgStatus
write_table(FILE *out, char **cells, size_t ncols, size_t nrows)
{
  size_t *w = calloc(ncols ? ncols : 1, sizeof *w);
  if (!w) return FKG_BAD_ALLOC;
  for (size_t r = 0; r <= nrows; r++)
    for (size_t c = 0; c < ncols; c++) {
      size_t cw = width_of(cells[r * ncols + c]);
      if (cw > w[c]) w[c] = cw;
    }
  size_t total = 1;
  for (size_t c = 0; c < ncols; c++)
    total += w[c] + 3;
  for (size_t r = 0; r <= nrows; r++) {
    if (r <= 1) {
      for (size_t i = 0; i < total; i++)
        fputc(r == 1 ? '=' : '-', out);
      fputc('\n', out);
    }
    fputs("|", out);
    for (size_t c = 0; c < ncols; c++) {
      const char *cell = cells[r * ncols + c];
      fprintf(out, " %s%*s |", cell, (int)(w[c] - width_of(cell)), "");
    }
    fputc('\n', out);
  }
  if (nrows == 0) {
    for (size_t i = 0; i < total; i++)
      fputc('=', out);
    fputc('\n', out);
  }
  for (size_t i = 0; i < total; i++)
    fputc('-', out);
  fputc('\n', out);
  free(w);
  return ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
}

static FkgStatus
write_boolean(int value, FkgResultsFormat f, FILE *out)
{
  const char *v = value ? "true" : "false";
  switch (f) {
  case FKG_RESULTS_JSON:
    fprintf(out, "{ \"head\": {}, \"boolean\": %s }\n", v);
    break;
  case FKG_RESULTS_XML:
    fprintf(out,
            "<?xml version=\"1.0\"?>\n"
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
            "  <head></head>\n  <boolean>%s</boolean>\n</sparql>\n",
            v);
    break;
  case FKG_RESULTS_CSV:
    fprintf(out, "ask\r\n%s\r\n", v);
    break;
  case FKG_RESULTS_TABLE: {
    char *cells[2] = {"ask", (char *)v};
    return write_table(out, cells, 1, 1);
  }
  default:
    fprintf(out, "?ask\n%s\n", v);
    break;
  }
  return ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
}

FkgStatus
fkg_results_write_solutions(FkgStore *s, librdf_query_results *r, FkgResultsFormat f, FILE *out)
{
  (void)s;
  if (librdf_query_results_is_boolean(r)) {
    int v = librdf_query_results_get_boolean(r);
    if (v < 0) return FKG_BAD_LIBRARY;
    return write_boolean(v > 0, f, out);
  }
  if (!librdf_query_results_is_bindings(r)) return FKG_BAD_LIBRARY;
  int nvars = librdf_query_results_get_bindings_count(r);
  if (nvars < 0) return FKG_BAD_LIBRARY;
  FkgBuf b = {0};
  Lines rows = {0}; /* table: one cell per entry; canonical: one line per entry */
  FkgStatus st = FKG_SUCCESS;

  /* The header. */
  for (int i = 0; i < nvars; i++) {
    const char *name = librdf_query_results_get_binding_name(r, i);
    if (!name) name = "";
    switch (f) {
    case FKG_RESULTS_TABLE:
      fkg_buf_adds(&b, name);
      if (lines_push(&rows, &b)) st = FKG_BAD_ALLOC;
      break;
    case FKG_RESULTS_CSV:
      if (i) fkg_buf_adds(&b, ",");
      fkg_buf_adds(&b, name);
      break;
    case FKG_RESULTS_JSON:
      if (i == 0)
        fkg_buf_adds(&b, "{\n  \"head\": { \"vars\": [ ");
      else
        fkg_buf_adds(&b, ", ");
      add_json_string(&b, name);
      break;
    case FKG_RESULTS_XML:
      if (i == 0)
        fkg_buf_adds(&b, "<?xml version=\"1.0\"?>\n"
                         "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                         "  <head>\n");
      fkg_buf_adds(&b, "    <variable name=\"");
      add_xml_text(&b, name);
      fkg_buf_adds(&b, "\"/>\n");
      break;
    default: /* tsv, canonical */
      fkg_buf_adds(&b, i ? "\t?" : "?");
      fkg_buf_adds(&b, name);
      break;
    }
  }
  switch (f) {
  case FKG_RESULTS_CSV:
    fkg_buf_adds(&b, "\r\n");
    break;
  case FKG_RESULTS_JSON:
    if (nvars == 0) fkg_buf_adds(&b, "{\n  \"head\": { \"vars\": [ ");
    fkg_buf_adds(&b, " ] },\n  \"results\": {\n    \"bindings\": [");
    break;
  case FKG_RESULTS_XML:
    if (nvars == 0)
      fkg_buf_adds(&b, "<?xml version=\"1.0\"?>\n"
                       "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                       "  <head>\n");
    fkg_buf_adds(&b, "  </head>\n  <results>\n");
    break;
  case FKG_RESULTS_TABLE:
    break;
  default:
    fkg_buf_adds(&b, "\n");
    break;
  }
  if (!st && f != FKG_RESULTS_TABLE) st = write_all(out, &b);

  /* The rows. */
  size_t nrows = 0;
  while (!st && !librdf_query_results_finished(r)) {
    if (f == FKG_RESULTS_JSON) fkg_buf_adds(&b, nrows ? ",\n      {" : "\n      {");
    if (f == FKG_RESULTS_XML) fkg_buf_adds(&b, "    <result>\n");
    int first_bound = 1;
    for (int i = 0; i < nvars && !st; i++) {
      librdf_node *v = librdf_query_results_get_binding_value(r, i);
      switch (f) {
      case FKG_RESULTS_TABLE:
        add_table_term(&b, v);
        if (lines_push(&rows, &b)) st = FKG_BAD_ALLOC;
        break;
      case FKG_RESULTS_CSV:
        if (i) fkg_buf_adds(&b, ",");
        add_csv_term(&b, v);
        break;
      case FKG_RESULTS_JSON:
        if (!v) break;
        fkg_buf_adds(&b, first_bound ? " " : ", ");
        add_json_string(&b, librdf_query_results_get_binding_name(r, i));
        fkg_buf_adds(&b, ": ");
        add_json_term(&b, v);
        first_bound = 0;
        break;
      case FKG_RESULTS_XML:
        if (!v) break;
        fkg_buf_adds(&b, "      <binding name=\"");
        add_xml_text(&b, librdf_query_results_get_binding_name(r, i));
        fkg_buf_adds(&b, "\">");
        add_xml_term(&b, v);
        fkg_buf_adds(&b, "</binding>\n");
        break;
      default:
        if (i) fkg_buf_adds(&b, "\t");
        fkg_buf_add_term(&b, v, f == FKG_RESULTS_CANONICAL);
        break;
      }
      if (v) librdf_free_node(v);
    }
    switch (f) {
    case FKG_RESULTS_CSV:
      fkg_buf_adds(&b, "\r\n");
      break;
    case FKG_RESULTS_JSON:
      fkg_buf_adds(&b, first_bound ? "}" : " }");
      break;
    case FKG_RESULTS_XML:
      fkg_buf_adds(&b, "    </result>\n");
      break;
    case FKG_RESULTS_TABLE:
      break;
    case FKG_RESULTS_CANONICAL:
      if (lines_push(&rows, &b)) st = FKG_BAD_ALLOC;
      break;
    default:
      fkg_buf_adds(&b, "\n");
      break;
    }
    nrows++;
    if (!st && f != FKG_RESULTS_TABLE && f != FKG_RESULTS_CANONICAL) st = write_all(out, &b);
    librdf_query_results_next(r);
  }

  /* The end. */
  if (!st) {
    switch (f) {
    case FKG_RESULTS_TABLE:
      st = write_table(out, rows.v, (size_t)nvars, nrows);
      break;
    case FKG_RESULTS_CANONICAL:
      if (rows.n > 1) qsort(rows.v, rows.n, sizeof *rows.v, compare_bytes);
      for (size_t i = 0; i < rows.n; i++)
        fprintf(out, "%s\n", rows.v[i]);
      break;
    case FKG_RESULTS_JSON:
      fkg_buf_adds(&b, nrows ? "\n    ]\n  }\n}\n" : " ]\n  }\n}\n");
      st = write_all(out, &b);
      break;
    case FKG_RESULTS_XML:
      fkg_buf_adds(&b, "  </results>\n</sparql>\n");
      st = write_all(out, &b);
      break;
    default:
      break;
    }
  }
  fkg_buf_clear(&b);
  lines_clear(&rows);
  if (!st && (fflush(out) || ferror(out))) st = FKG_BAD_WRITE;
  return st;
}

static FkgStatus
write_turtle(FkgStore *s, librdf_stream *stream, FILE *out)
{
  librdf_serializer *ser = librdf_new_serializer(s->world, "turtle", NULL, NULL);
  if (!ser) return FKG_BAD_LIBRARY;
  for (size_t i = 0; i < fkg_query_n_prefixes; i++) {
    librdf_uri *u = librdf_new_uri(s->world, (const unsigned char *)fkg_query_prefixes[i].iri);
    if (u) {
      librdf_serializer_set_namespace(ser, u, fkg_query_prefixes[i].prefix);
      librdf_free_uri(u);
    }
  }
  int rc = librdf_serializer_serialize_stream_to_file_handle(ser, out, NULL, stream);
  librdf_free_serializer(ser);
  if (rc) return FKG_BAD_LIBRARY;
  return fflush(out) || ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
}

FkgStatus
fkg_results_write_graph(FkgStore *s, librdf_query_results *r, FkgResultsFormat f, FILE *out)
{
  librdf_stream *stream = librdf_query_results_as_stream(r);
  if (!stream) {
    /* rasqal gives no stream for an empty graph. */
    if (f == FKG_RESULTS_CANONICAL) fputs("?subject\t?predicate\t?object\n", out);
    return fflush(out) || ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
  }
  FkgStatus st = FKG_SUCCESS;
  if (f == FKG_RESULTS_TURTLE) {
    st = write_turtle(s, stream, out);
    librdf_free_stream(stream);
    return st;
  }
  /* N-Triples (raw UTF-8, where raptor2 would write \u escapes) and the canonical form,
   * both sorted and without duplicates: a graph is a set. */
  Lines lines = {0};
  FkgBuf b = {0};
  int canonical = f == FKG_RESULTS_CANONICAL;
  for (; !st && !librdf_stream_end(stream); librdf_stream_next(stream)) {
    librdf_statement *t = librdf_stream_get_object(stream);
    if (!t) continue;
    fkg_buf_add_term(&b, librdf_statement_get_subject(t), canonical);
    fkg_buf_adds(&b, canonical ? "\t" : " ");
    fkg_buf_add_term(&b, librdf_statement_get_predicate(t), canonical);
    fkg_buf_adds(&b, canonical ? "\t" : " ");
    fkg_buf_add_term(&b, librdf_statement_get_object(t), canonical);
    if (!canonical) fkg_buf_adds(&b, " .");
    if (lines_push(&lines, &b)) st = FKG_BAD_ALLOC;
  }
  librdf_free_stream(stream);
  if (!st) {
    if (lines.n > 1) qsort(lines.v, lines.n, sizeof *lines.v, compare_bytes);
    if (canonical) fputs("?subject\t?predicate\t?object\n", out);
    for (size_t i = 0; i < lines.n; i++)
      if (i == 0 || strcmp(lines.v[i], lines.v[i - 1]) != 0) fprintf(out, "%s\n", lines.v[i]);
    if (fflush(out) || ferror(out)) st = FKG_BAD_WRITE;
  }
  fkg_buf_clear(&b);
  lines_clear(&lines);
  return st;
}

FkgStatus
fkg_results_format_parse(const char *name, FkgResultsFormat *format)
{
  static const struct {
    const char *name;
    FkgResultsFormat f;
  } kNames[] = {
      {"table", FKG_RESULTS_TABLE}, {"csv", FKG_RESULTS_CSV},
      {"tsv", FKG_RESULTS_TSV},     {"json", FKG_RESULTS_JSON},
      {"xml", FKG_RESULTS_XML},     {"turtle", FKG_RESULTS_TURTLE},
      {"ttl", FKG_RESULTS_TURTLE},  {"ntriples", FKG_RESULTS_NTRIPLES},
      {"nt", FKG_RESULTS_NTRIPLES}, {"canonical", FKG_RESULTS_CANONICAL},
  };
  for (size_t i = 0; i < sizeof kNames / sizeof *kNames; i++)
    if (strcmp(kNames[i].name, name) == 0) {
      *format = kNames[i].f;
      return FKG_SUCCESS;
    }
  return FKG_BAD_ARG;
}
