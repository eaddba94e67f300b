/* forumkg: merge stage, the writer. Serialises the merged statements through raptor2 into a
 * temporary file beside the target and renames it into place only when everything was
 * written, so a failed merge leaves the previous output untouched. Targets that are not
 * regular files (/dev/stdout, /dev/full, a pipe) are written in place: renaming over a device
 * would replace it. */
#include "forumkg/output.h"
#include "merge_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
  const char *prefix, *ns;
} kPrefixes[] = {
    {"fkg", FKG_MERGE_NS_FKG},
    {"schema", "https://schema.org/"},
    {"org", "http://www.w3.org/ns/org#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
    {"wd", FKG_MERGE_NS_WD},
    {"wdt", FKG_MERGE_NS_WDT},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
};

/* Instance namespaces whose local names are safe prefixed names (as in graph/writer.c; "org"
 * names the W3C vocabulary above, so organisations keep full IRIs). */
static const char *const kIdPrefixes[] = {"region", "person", "city", "series", "edition"};

static void
set_namespaces(FkgMerge *m, raptor_serializer *ser)
{
  for (size_t i = 0; i < sizeof kPrefixes / sizeof *kPrefixes; i++) {
    raptor_uri *u = raptor_new_uri(m->world, (const unsigned char *)kPrefixes[i].ns);
    if (!u) continue;
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)kPrefixes[i].prefix);
    raptor_free_uri(u);
  }
  for (size_t i = 0; i < sizeof kIdPrefixes / sizeof *kIdPrefixes; i++) {
    size_t n = strlen(m->base) + strlen(kIdPrefixes[i]) + 2;
    char *ns = malloc(n);
    if (!ns) continue;
    snprintf(ns, n, "%s%s/", m->base, kIdPrefixes[i]);
    raptor_uri *u = raptor_new_uri(m->world, (const unsigned char *)ns);
    free(ns);
    if (!u) continue;
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)kIdPrefixes[i]);
    raptor_free_uri(u);
  }
}

/* ---- literals raptor2's Turtle writer gets wrong ------------------------------------------ */

#define XSD "http://www.w3.org/2001/XMLSchema#"

static int
is_digit(unsigned char c)
{
  return c >= '0' && c <= '9';
}

/* Length of the run of digits at s. */
static size_t
digits(const unsigned char *s)
{
  size_t n = 0;
  while (is_digit(s[n]))
    n++;
  return n;
}

/* Turtle's INTEGER, DECIMAL and DOUBLE tokens: the bare forms that read back as the same
 * xsd:integer, xsd:decimal and xsd:double literal. */
static int
turtle_integer(const unsigned char *s)
{
  if (*s == '+' || *s == '-') s++;
  size_t d = digits(s);
  return d > 0 && s[d] == '\0';
}

static int
turtle_decimal(const unsigned char *s)
{
  if (*s == '+' || *s == '-') s++;
  s += digits(s);
  if (*s++ != '.') return 0;
  size_t d = digits(s);
  return d > 0 && s[d] == '\0';
}

static int
turtle_double(const unsigned char *s)
{
  if (*s == '+' || *s == '-') s++;
  size_t before = digits(s), after = 0;
  s += before;
  if (*s == '.') {
    after = digits(++s);
    s += after;
  }
  if (before + after == 0 || (*s != 'e' && *s != 'E')) return 0;
  s++;
  if (*s == '+' || *s == '-') s++;
  size_t d = digits(s);
  return d > 0 && s[d] == '\0';
}

/* True when raptor2 2.0.15's Turtle writer would write literal `t` so that it reads back as
 * another term or not at all. The writer (raptor_turtle_writer_literal) writes an
 * xsd:integer, xsd:decimal or xsd:double literal bare whenever strtol/strtod take all of it
 * ("1." and "INF" are not Turtle, "1"^^xsd:decimal reads back as an xsd:integer, "1.5"^^xsd:double
 * as an xsd:decimal), an xsd:boolean "0" or "1" as false or true, and a literal with a CR but
 * no LF in short quotes with the CR raw, which Turtle forbids. The same calls decide here, in
 * the same process and locale, so the test agrees with the writer. */
static int
turtle_writer_mangles(const raptor_term *t)
{
  if (t->type != RAPTOR_TERM_TYPE_LITERAL) return 0;
  const unsigned char *s = t->value.literal.string;
  size_t n = t->value.literal.string_len;
  if (memchr(s, '\r', n) && !memchr(s, '\n', n)) return 1;
  const char *dt = t->value.literal.datatype
                       ? (const char *)raptor_uri_as_string(t->value.literal.datatype)
                       : NULL;
  if (!dt || strncmp(dt, XSD, sizeof XSD - 1) != 0) return 0;
  dt += sizeof XSD - 1;
  char *end = (char *)s;
  if (!strcmp(dt, "integer")) {
    long v = strtol((const char *)s, &end, 10);
    (void)v;
    return end != (char *)s && !*end && !turtle_integer(s);
  }
  if (!strcmp(dt, "decimal") || !strcmp(dt, "double")) {
    double v = strtod((const char *)s, &end);
    (void)v;
    int bare = end != (char *)s && !*end;
    return bare && !(dt[1] == 'e' ? turtle_decimal(s) : turtle_double(s));
  }
  if (!strcmp(dt, "boolean")) return !strcmp((const char *)s, "0") || !strcmp((const char *)s, "1");
  return 0;
}

/* The first statement whose object raptor2's Turtle writer would mangle, or NULL. */
static const raptor_statement *
first_mangled(const FkgMerge *m)
{
  for (size_t i = 0; i < m->all.n; i++)
    if (turtle_writer_mangles(m->all.v[i]->object)) return m->all.v[i];
  return NULL;
}

/* ---- reading the output back ------------------------------------------------------------ */

static void
count_statement(void *user, raptor_statement *st)
{
  (void)st;
  (*(size_t *)user)++;
}

/* The parser that reads serialiser `format`'s output back, or NULL for no read-back. Only the
 * writers that abbreviate are read back: raptor2's N-Triples and N-Quads writers stream each
 * term quoted and escaped as the gate let it in, and reading those outputs again would double
 * the time of the large merges they are for (and leak a reference to every datatype IRI:
 * raptor2's N-Triples parser does, see tests/fuzz/valgrind.supp). */
static const char *
parser_for_format(const char *format)
{
  static const struct {
    const char *format, *parser;
  } kReaders[] = {
      {"turtle", "turtle"},
      {"rdfxml", "rdfxml"},
      {"rdfxml-abbrev", "rdfxml"},
      {"json", "json"},
  };
  for (size_t i = 0; i < sizeof kReaders / sizeof *kReaders; i++)
    if (!strcmp(format, kReaders[i].format)) return kReaders[i].parser;
  return NULL;
}

/* Parses the file at `path` as `syntax` and counts its statements. Returns FKG_SUCCESS, or
 * FKG_BAD_SYNTAX when it does not parse, FKG_BAD_READ or FKG_BAD_ALLOC; raptor2's messages
 * are counted, not printed (the caller says what went wrong, once). */
static FkgStatus
read_back(FkgMerge *m, const char *path, const char *syntax, size_t *count)
{
  *count = 0;
  FILE *f = fopen(path, "rb");
  if (!f) return FKG_BAD_READ;
  raptor_parser *p = raptor_new_parser(m->world, syntax);
  unsigned char *base_str = raptor_uri_filename_to_uri_string(path);
  raptor_uri *base = base_str ? raptor_new_uri(m->world, base_str) : NULL;
  if (base_str) raptor_free_memory(base_str);
  FkgStatus st = FKG_BAD_ALLOC;
  if (p && base) {
    FkgMergeInput in;
    memset(&in, 0, sizeof in);
    in.m = m;
    in.name = path;
    memset(in.hex, '0', FKG_MERGE_BNODE_HEX); /* labels made while reading back are unused */
    raptor_parser_set_option(p, RAPTOR_OPTION_NO_NET, NULL, 1);
    raptor_parser_set_option(p, RAPTOR_OPTION_NO_FILE, NULL, 1);
    raptor_parser_set_statement_handler(p, count, count_statement);
    m->current = &in;
    m->quiet = 1;
    int rc = raptor_parser_parse_file_stream(p, f, path, base);
    m->quiet = 0;
    m->current = NULL;
    st = rc || in.errors ? FKG_BAD_SYNTAX : FKG_SUCCESS;
  }
  if (base) raptor_free_uri(base);
  if (p) raptor_free_parser(p);
  fclose(f);
  return st;
}

/* ---- writing ------------------------------------------------------------------------------ */

FkgStatus
fkg_merge_write(FkgMerge *m, const char *format, const char *out_path)
{
  /* N-Triples is a subset of Turtle: when raptor2's Turtle writer would change a literal, the
   * N-Triples writer (which quotes and escapes every literal as it is) writes the Turtle file,
   * plainer but exact, instead of a file that reads back as other statements. */
  const char *serializer = format;
  const raptor_statement *mangled = !strcmp(format, "turtle") ? first_mangled(m) : NULL;
  if (mangled) serializer = "ntriples";
  raptor_serializer *ser = raptor_new_serializer(m->world, serializer);
  if (!ser) {
    fkg_diag(m->diag, FKG_ERROR, NULL, "unknown output format '%s'", format);
    return FKG_BAD_ARG;
  }
  FkgOutput o;
  FkgStatus st = fkg_output_open(&o, out_path, m->diag);
  if (st) {
    raptor_free_serializer(ser);
    return st;
  }
  if (mangled) {
    const raptor_term *t = mangled->object;
    raptor_uri *dt = t->value.literal.datatype;
    FkgTermProblem shown = {"literal", t->value.literal.string, t->value.literal.string_len, ""};
    snprintf(shown.reason, sizeof shown.reason, "%s%.100s%s", dt ? "of type <" : "",
             dt ? (const char *)raptor_uri_as_string(dt) : "(a CR without a LF)", dt ? ">" : "");
    char msg[640];
    fkg_merge_term_problem_format(&shown, msg, sizeof msg);
    FkgLoc loc = {o.path ? o.path : "<stdout>", 0, 0};
    fkg_diag(m->diag, FKG_NOTE, &loc,
             "written as N-Triples lines, which are Turtle: raptor2's Turtle writer would change "
             "the %s",
             msg);
  }
  FILE *out = o.f;
  errno = 0;
  /* No base URI: raptor would write every IRI, prefixes included, relative to it. */
  if (raptor_serializer_start_to_file_handle(ser, NULL, out)) st = FKG_BAD_WRITE;
  if (!st && !mangled) set_namespaces(m, ser);
  for (size_t i = 0; i < m->all.n && !st; i++)
    if (raptor_serializer_serialize_statement(ser, m->all.v[i]) || ferror(out)) st = FKG_BAD_WRITE;
  if (!st && raptor_serializer_serialize_end(ser)) st = FKG_BAD_WRITE;
  raptor_free_serializer(ser);

  /* The net under raptor2's writers: a file that will replace the target is read back first,
   * and must give as many statements as were written (the merge holds no duplicates). A
   * writer bug not caught above then costs this run, never the previous file. */
  const char *reader = parser_for_format(serializer);
  if (!st && o.tmp && reader) {
    size_t got = 0;
    FkgStatus rb = fflush(out) == 0 ? read_back(m, o.tmp, reader, &got) : FKG_BAD_WRITE;
    if (rb == FKG_BAD_WRITE || rb == FKG_BAD_READ || rb == FKG_BAD_ALLOC) {
      st = rb == FKG_BAD_ALLOC ? rb : FKG_BAD_WRITE; /* reported by fkg_output_close */
    } else if (rb || got != m->all.n) {
      FkgLoc loc = {o.path, 0, 0};
      if (rb)
        fkg_diag(m->diag, FKG_ERROR, &loc,
                 "raptor2's %s writer made a file that does not parse again; nothing written, "
                 "previous file kept (write another format, e.g. -f ntriples)",
                 format);
      else
        fkg_diag(m->diag, FKG_ERROR, &loc,
                 "raptor2's %s writer made a file that reads back as %zu statements, not %zu; "
                 "nothing written, previous file kept (write another format, e.g. -f ntriples)",
                 format, got, m->all.n);
      fkg_output_abort(&o);
      return FKG_BAD_WRITE;
    }
  }
  return fkg_output_close(&o, st, m->diag);
}
