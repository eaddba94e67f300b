/* forumkg: merge stage, the reader. Parses each input with raptor2 into one statement array,
 * renaming blank nodes by the input's content hash so that inputs never share a node by
 * accident and the result does not depend on argument order; then drives the passes (sort and
 * deduplicate, link, smush) that fkg_merge_finish runs. */
#include "merge_int.h"
#include "forumkg/rdfsort.h"

#include "forumkg/text.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- statement lists ---------------------------------------------------------------- */

FkgStatus
fkg_merge_list_push(FkgStmtList *l, raptor_statement *st)
{
  if (!st) return FKG_BAD_ALLOC;
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 1024;
    raptor_statement **nv = realloc(l->v, ncap * sizeof *nv);
    if (!nv) {
      raptor_free_statement(st);
      return FKG_BAD_ALLOC;
    }
    l->v = nv;
    l->cap = ncap;
  }
  l->v[l->n++] = st;
  return FKG_SUCCESS;
}

void
fkg_merge_list_normalise(FkgStmtList *l)
{
  /* raptor_statement_compare orders by subject, predicate, object, then graph name. */
  l->n = fkg_rdf_sort_unique(l->v, l->n);
}

void
fkg_merge_list_truncate(FkgStmtList *l, size_t from)
{
  for (size_t i = from; i < l->n; i++)
    raptor_free_statement(l->v[i]);
  if (from < l->n) l->n = from;
}

raptor_statement *
fkg_merge_new_iri_statement(raptor_world *w, const char *s, const char *p, const char *o)
{
  raptor_term *ts = raptor_new_term_from_uri_string(w, (const unsigned char *)s);
  raptor_term *tp = raptor_new_term_from_uri_string(w, (const unsigned char *)p);
  raptor_term *to = raptor_new_term_from_uri_string(w, (const unsigned char *)o);
  if (!ts || !tp || !to) {
    if (ts) raptor_free_term(ts);
    if (tp) raptor_free_term(tp);
    if (to) raptor_free_term(to);
    return NULL;
  }
  /* Takes ownership of the terms, also when it fails. */
  return raptor_new_statement_from_nodes(w, ts, tp, to, NULL);
}

const char *
fkg_merge_term_iri(const raptor_term *t)
{
  if (!t || t->type != RAPTOR_TERM_TYPE_URI) return NULL;
  return (const char *)raptor_uri_as_string(t->value.uri);
}

/* ---- lifecycle ---------------------------------------------------------------------- */

static void
log_handler(void *user, raptor_log_message *msg)
{
  FkgMerge *m = user;
  if (msg->level < RAPTOR_LOG_LEVEL_WARN) return;
  FkgSeverity sev = msg->level >= RAPTOR_LOG_LEVEL_ERROR ? FKG_ERROR : FKG_WARNING;
  FkgLoc loc = {NULL, 0, 0};
  if (m->current) {
    loc.file = m->current->name;
    if (sev == FKG_ERROR) m->current->errors++;
    if (msg->locator) {
      int line = raptor_locator_line(msg->locator);
      int col = raptor_locator_column(msg->locator);
      if (line > 0) loc.line = line;
      if (line > 0 && col > 0) loc.col = col;
    }
  }
  /* One message per bad input: after a refused term, raptor's later complaints add nothing. */
  if (m->quiet || (m->current && m->current->refused)) return;
  fkg_diag(m->diag, sev, loc.file ? &loc : NULL, "%s", msg->text ? msg->text : "(no message)");
}

/* The parsers of Turtle, TriG and RDF/XML ask here for every blank-node label: a label the
 * input wrote comes back unchanged (the statement handler makes it fkg<hex>_<label>), one for
 * an unlabelled node ([] in Turtle, a nested description in RDF/XML) is made in its final form
 * fkg<hex>-<n>, so the two never meet (raptor alone calls both "genid1"). Counted per input,
 * never per world: raptor's own counter would number one input's nodes after another's. */
static unsigned char *
generate_bnode(void *user, unsigned char *user_bnodeid)
{
  FkgMerge *m = user;
  if (user_bnodeid) return user_bnodeid; /* ownership goes back to the parser */
  char buf[64];
  if (m->current)
    snprintf(buf, sizeof buf, "fkg%s-%lu", m->current->hex, ++m->current->generated);
  else
    snprintf(buf, sizeof buf, "fkgunowned-%lu", ++m->generated);
  size_t n = strlen(buf) + 1;
  unsigned char *r = raptor_alloc_memory(n);
  if (r) memcpy(r, buf, n);
  return r;
}

FkgMerge *
fkg_merge_new(const FkgMergeOptions *opts, FkgDiag *diag, FkgStatus *st)
{
  FkgMerge *m = calloc(1, sizeof *m);
  if (!m) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  m->diag = diag;
  m->smush = opts->smush;
  m->keep_graphs = opts->keep_graphs;
  m->base = strdup(opts->base ? opts->base : FKG_MERGE_DEFAULT_BASE);
  m->link_property = opts->link_property ? strdup(opts->link_property) : NULL;
  if (!m->base || (opts->link_property && !m->link_property)) {
    *st = FKG_BAD_ALLOC;
    fkg_merge_free(m);
    return NULL;
  }
  m->world = raptor_new_world();
  if (!m->world || raptor_world_open(m->world)) {
    *st = FKG_BAD_LIBRARY;
    fkg_merge_free(m);
    return NULL;
  }
  raptor_world_set_log_handler(m->world, m, log_handler);
  raptor_world_set_generate_bnodeid_handler(m->world, m, generate_bnode);
  *st = FKG_SUCCESS;
  return m;
}

void
fkg_merge_free(FkgMerge *m)
{
  if (!m) return;
  fkg_merge_list_truncate(&m->all, 0);
  free(m->all.v);
  if (m->world) raptor_free_world(m->world);
  free(m->base);
  free(m->link_property);
  free(m);
}

const FkgMergeStats *
fkg_merge_stats(const FkgMerge *m)
{
  return &m->stats;
}

/* ---- syntaxes ----------------------------------------------------------------------- */

static const struct {
  const char *ext, *syntax;
} kExtensions[] = {
    {".ttl", "turtle"}, {".turtle", "turtle"}, {".n3", "turtle"},  {".nt", "ntriples"},
    {".nq", "nquads"},  {".rdf", "rdfxml"},    {".xml", "rdfxml"}, {".owl", "rdfxml"},
    {".trig", "trig"},  {".json", "json"},
};

static int
ends_with_ci(const char *s, const char *suffix)
{
  size_t n = strlen(s), k = strlen(suffix);
  if (n < k) return 0;
  for (size_t i = 0; i < k; i++) {
    char c = s[n - k + i];
    if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
    if (c != suffix[i]) return 0;
  }
  return 1;
}

const char *
fkg_merge_syntax_for_path(const char *path)
{
  for (size_t i = 0; i < sizeof kExtensions / sizeof *kExtensions; i++)
    if (ends_with_ci(path, kExtensions[i].ext)) return kExtensions[i].syntax;
  return NULL;
}

/* Asks a throwaway world: the names are properties of the build, not of a merge. */
static int
raptor_name_ok(const char *name, int serializer)
{
  raptor_world *w = raptor_new_world();
  if (!w || raptor_world_open(w)) {
    if (w) raptor_free_world(w);
    return 0;
  }
  int ok =
      serializer ? raptor_world_is_serializer_name(w, name) : raptor_world_is_parser_name(w, name);
  raptor_free_world(w);
  return ok;
}

int
fkg_merge_syntax_ok(const char *name)
{
  return name && raptor_name_ok(name, 0);
}

int
fkg_merge_format_ok(const char *name)
{
  return name && raptor_name_ok(name, 1);
}

/* ---- reading ------------------------------------------------------------------------ */

/* True for a label this stage made: "fkg", 12 lower-case hex digits, '_' or '-', more. */
static int
has_content_prefix(const char *label)
{
  if (strncmp(label, "fkg", 3) != 0) return 0;
  for (int i = 0; i < FKG_MERGE_BNODE_HEX; i++) {
    char c = label[3 + i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return 0;
  }
  char sep = label[3 + FKG_MERGE_BNODE_HEX];
  return (sep == '_' || sep == '-') && label[4 + FKG_MERGE_BNODE_HEX] != '\0';
}

/* The blank node `t` (ownership taken) with the input's content prefix on its label. */
static raptor_term *
rename_blank(FkgMergeInput *in, raptor_term *t)
{
  const char *label = (const char *)t->value.blank.string;
  if (has_content_prefix(label)) return t;
  size_t len = strlen(label), n = 3 + FKG_MERGE_BNODE_HEX + 1 + len + 1;
  char stackbuf[256];
  char *buf = n <= sizeof stackbuf ? stackbuf : malloc(n);
  raptor_term *r = NULL;
  if (buf) {
    snprintf(buf, n, "fkg%s_%s", in->hex, label);
    r = raptor_new_term_from_counted_blank(t->world, (const unsigned char *)buf, n - 1);
    if (buf != stackbuf) free(buf);
  }
  raptor_free_term(t);
  return r;
}

/* Reports the first refused term of an input, where the parser was when it came. */
static void
refuse_input(FkgMergeInput *in, const FkgTermProblem *why)
{
  in->refused = 1;
  if (in->errors) return; /* raptor already said what is wrong with this input */
  FkgLoc loc = {in->name, 0, 0};
  raptor_locator *at = in->parser ? raptor_parser_get_locator(in->parser) : NULL;
  if (at && raptor_locator_line(at) > 0) {
    loc.line = raptor_locator_line(at);
    if (raptor_locator_column(at) > 0) loc.col = raptor_locator_column(at);
  }
  char msg[640];
  fkg_merge_term_problem_format(why, msg, sizeof msg);
  fkg_diag(in->m->diag, FKG_ERROR, &loc, "%s", msg);
}

static void
handle_statement(void *user, raptor_statement *st)
{
  FkgMergeInput *in = user;
  /* After a refused term the input is lost anyway: its later statements are not kept. */
  if (in->failed || in->refused) return;
  FkgMerge *m = in->m;
  raptor_term *from[4] = {st->subject, st->predicate, st->object,
                          m->keep_graphs ? st->graph : NULL};
  raptor_term *to[4] = {NULL, NULL, NULL, NULL};
  FkgTermProblem why;
  FkgStatus rc = st->subject && st->predicate && st->object ? FKG_SUCCESS : FKG_BAD_ALLOC;
  for (int k = 0; k < 4 && !rc; k++) {
    if (!from[k]) continue;
    rc = fkg_merge_term_normalise(m->world, from[k], &to[k], &why);
    if (!rc && to[k]->type == RAPTOR_TERM_TYPE_BLANK && !(to[k] = rename_blank(in, to[k])))
      rc = FKG_BAD_ALLOC;
  }
  if (rc) {
    for (int k = 0; k < 4; k++)
      if (to[k]) raptor_free_term(to[k]);
    if (rc == FKG_BAD_SYNTAX)
      refuse_input(in, &why);
    else
      in->failed = 1;
    return;
  }
  /* raptor_new_statement_from_nodes takes the four references, also when it fails. */
  if (fkg_merge_list_push(&m->all,
                          raptor_new_statement_from_nodes(m->world, to[0], to[1], to[2], to[3])))
    in->failed = 1;
  else
    m->stats.read++;
}

/* Reads a whole stream into a malloc'd buffer. */
static FkgStatus
read_stream(FILE *f, unsigned char **bytes, size_t *n)
{
  size_t cap = 1 << 16, len = 0;
  unsigned char *buf = malloc(cap);
  if (!buf) return FKG_BAD_ALLOC;
  for (;;) {
    if (len == cap) {
      unsigned char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        return FKG_BAD_ALLOC;
      }
      buf = nb;
      cap *= 2;
    }
    size_t got = fread(buf + len, 1, cap - len, f);
    len += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(buf);
    return FKG_BAD_READ;
  }
  *bytes = buf;
  *n = len;
  return FKG_SUCCESS;
}

FkgStatus
fkg_merge_add_file(FkgMerge *m, const char *path, const char *syntax)
{
  int is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  FkgLoc loc = {is_stdin ? "<stdin>" : path, 0, 0};
  if (!f) {
    fkg_diag(m->diag, FKG_ERROR, &loc, "cannot read: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  unsigned char *bytes = NULL;
  size_t n = 0;
  errno = 0;
  FkgStatus st = read_stream(f, &bytes, &n);
  int saved = errno;
  if (!is_stdin) fclose(f);
  if (st) {
    fkg_diag(m->diag, FKG_ERROR, &loc, "cannot read: %s",
             st == FKG_BAD_ALLOC ? "out of memory" : strerror(saved ? saved : EIO));
    return st;
  }
  st = fkg_merge_add_bytes(m, path, bytes, n, syntax);
  free(bytes);
  return st;
}

FkgStatus
fkg_merge_add_bytes(FkgMerge *m, const char *name, const unsigned char *bytes, size_t n,
                    const char *syntax)
{
  int is_stdin = strcmp(name, "-") == 0;
  FkgMergeInput in;
  memset(&in, 0, sizeof in);
  in.m = m;
  in.name = is_stdin ? "<stdin>" : name;
  in.first = m->all.n;
  FkgLoc loc = {in.name, 0, 0};
  if (m->finished) {
    fkg_diag(m->diag, FKG_ERROR, &loc, "input added after the merge was finished");
    return FKG_BAD_ARG;
  }
  char sha[65];
  fkg_sha256_hex(bytes, n, sha);
  memcpy(in.hex, sha, FKG_MERGE_BNODE_HEX);
  in.hex[FKG_MERGE_BNODE_HEX] = '\0';

  if (!syntax && !is_stdin) syntax = fkg_merge_syntax_for_path(name);
  if (!syntax || strcmp(syntax, "guess") == 0) {
    syntax = raptor_world_guess_parser_name(m->world, NULL, NULL, bytes, n < 4096 ? n : 4096,
                                            (const unsigned char *)(is_stdin ? NULL : name));
    if (!syntax) {
      fkg_diag(m->diag, FKG_ERROR, &loc, "cannot tell the RDF syntax; name it with -i");
      return FKG_BAD_ARG;
    }
  }
  /* raptor2's text parsers take invalid UTF-8 into literals (and its writers then cut them),
   * cut literals at NULs, and mishandle some escapes: screen.c says how. */
  long off;
  unsigned char *blanked = NULL;
  FkgScreenFault fault = fkg_merge_screen(bytes, n, syntax, &off, &blanked);
  if (fault == FKG_SCREEN_NO_MEMORY) {
    fkg_diag(m->diag, FKG_ERROR, &loc, "out of memory");
    return FKG_BAD_ALLOC;
  }
  if (fault != FKG_SCREEN_CLEAN) {
    FkgLoc at = {in.name, 0, 0};
    fkg_merge_locate_byte(bytes, (size_t)off, &at.line, &at.col);
    switch (fault) {
    case FKG_SCREEN_ESCAPED_NUL:
      fkg_diag(m->diag, FKG_ERROR, &at,
               "escaped NUL (\\u0000) at offset %ld: raptor2 would cut the literal there", off);
      break;
    case FKG_SCREEN_NUL:
      fkg_diag(m->diag, FKG_ERROR, &at, "NUL byte at offset %ld (binary file?)", off);
      break;
    case FKG_SCREEN_ESCAPE:
      fkg_diag(m->diag, FKG_ERROR, &at,
               "backslash at offset %ld: %s allows one only inside a literal or an IRI, as "
               "\\t \\b \\n \\r \\f \\\" \\\\ \\uXXXX or \\UXXXXXXXX (for \\', which raptor2 "
               "cannot read, write \\u0027)",
               off, strcmp(syntax, "nquads") == 0 ? "N-Quads" : "N-Triples");
      break;
    case FKG_SCREEN_LINE_JOIN:
      if (bytes[off] == '\\')
        fkg_diag(m->diag, FKG_ERROR, &at,
                 "backslash before a line end (offset %ld): raptor2 would read the next line as "
                 "part of this one and lose its statement",
                 off);
      else
        fkg_diag(m->diag, FKG_ERROR, &at,
                 "%c not closed on its line (offset %ld): raptor2 "
                 "would read the lines up to the next %c as part of this one and lose their "
                 "statements",
                 bytes[off], off, bytes[off]);
      break;
    case FKG_SCREEN_EMPTY_GRAPH_NAME:
      fkg_diag(m->diag, FKG_ERROR, &at,
               "<> before '{' (offset %ld), a graph named by the document's own IRI: raptor2 "
               "crashes on it; write the graph's IRI in full",
               off);
      break;
    case FKG_SCREEN_TURTLE_GRAPH:
      fkg_diag(m->diag, FKG_ERROR, &at,
               "'{' (offset %ld): Turtle has no graphs; read a file with graphs as TriG", off);
      break;
    default:
      fkg_diag(m->diag, FKG_ERROR, &at, "invalid UTF-8 (byte 0x%02X at offset %ld)", bytes[off],
               off);
      break;
    }
    return FKG_BAD_SYNTAX;
  }
  raptor_parser *parser = raptor_new_parser(m->world, syntax);
  if (!parser) {
    free(blanked);
    fkg_diag(m->diag, FKG_ERROR, &loc, "unknown input syntax '%s'", syntax);
    return FKG_BAD_ARG;
  }
  /* An input is data, never a reason to fetch other files or URLs (RDF/XML DTDs, GRDDL). */
  raptor_parser_set_option(parser, RAPTOR_OPTION_NO_NET, NULL, 1);
  raptor_parser_set_option(parser, RAPTOR_OPTION_NO_FILE, NULL, 1);
  raptor_parser_set_statement_handler(parser, &in, handle_statement);
  in.parser = parser;

  unsigned char *base_str = raptor_uri_filename_to_uri_string(is_stdin ? "/dev/stdin" : name);
  raptor_uri *base = base_str ? raptor_new_uri(m->world, base_str) : NULL;
  if (base_str) raptor_free_memory(base_str);
  if (!base) {
    free(blanked);
    raptor_free_parser(parser);
    return FKG_BAD_ALLOC;
  }
  m->current = &in;
  int rc = raptor_parser_parse_start(parser, base);
  if (!rc) rc = raptor_parser_parse_chunk(parser, blanked ? blanked : bytes, n, 1);
  free(blanked);
  m->current = NULL;
  in.parser = NULL;
  raptor_free_parser(parser);
  raptor_free_uri(base);

  if (in.failed) {
    fkg_merge_list_truncate(&m->all, in.first);
    fkg_diag(m->diag, FKG_ERROR, &loc, "out of memory");
    return FKG_BAD_ALLOC;
  }
  if (rc || in.errors || in.refused) {
    fkg_merge_list_truncate(&m->all, in.first);
    if (!in.errors && !in.refused) fkg_diag(m->diag, FKG_ERROR, &loc, "cannot parse as %s", syntax);
    return FKG_BAD_SYNTAX;
  }
  m->stats.inputs++;
  return FKG_SUCCESS;
}

/* ---- finishing ---------------------------------------------------------------------- */

FkgStatus
fkg_merge_finish(FkgMerge *m)
{
  if (m->finished) return FKG_SUCCESS;
  m->finished = 1;
  fkg_merge_list_normalise(&m->all);
  FkgStatus st = fkg_merge_link(m);
  if (!st && m->smush) st = fkg_merge_smush(m);
  if (st == FKG_BAD_ALLOC) fkg_diag(m->diag, FKG_ERROR, NULL, "out of memory while merging");
  m->stats.statements = m->all.n;
  return st;
}
