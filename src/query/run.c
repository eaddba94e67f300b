/* forumkg: query stage, running one query. The contract's prefixes are put in front of the
 * user's text, rasqal parses it once on its own (to refuse updates and to place syntax errors
 * at LINE:COL of the user's own lines; screen.c first refuses what rasqal would crash on), then
 * librdf runs it on the store's model and results.c writes the answer. SPARQL Update is refused
 * unless asked for; even then rasqal 0.9.33 only parses updates, so forumkg itself applies INSERT
 * DATA and DELETE DATA. */
#include "query_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COLUMN_PROBES 4096

const FkgPrefix fkg_query_prefixes[] = {
    {"fkg", "https://w3id.org/forumkg/ontology#"},
    {"schema", "https://schema.org/"},
    {"org", "http://www.w3.org/ns/org#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
    {"wd", "http://www.wikidata.org/entity/"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
};
#define N_PREFIXES (sizeof fkg_query_prefixes / sizeof *fkg_query_prefixes)
const size_t fkg_query_n_prefixes = N_PREFIXES;

/* A byte of a word: a name, a prefixed name, a variable, a number. */
static int
is_word_char(unsigned char c)
{
  return fkg_sparql_name_char(c) || c == ':' || c == '?' || c == '$';
}

/* Marks in `declared` the contract prefixes that the query declares itself. Comments, strings
 * and IRIs are skipped, so "PREFIX" inside them does not count. */
static void
find_declared(const char *text, int declared[N_PREFIXES])
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
    } else if ((p == text || !fkg_sparql_name_char((unsigned char)p[-1])) &&
               strncasecmp(p, "prefix", 6) == 0 && isspace((unsigned char)p[6])) {
      const char *n = p + 6;
      while (isspace((unsigned char)*n))
        n++;
      const char *start = n;
      while (fkg_sparql_name_char((unsigned char)*n))
        n++;
      if (*n == ':')
        for (size_t i = 0; i < N_PREFIXES; i++)
          if (strlen(fkg_query_prefixes[i].prefix) == (size_t)(n - start) &&
              strncmp(fkg_query_prefixes[i].prefix, start, (size_t)(n - start)) == 0)
            declared[i] = 1;
      p = n > p + 6 ? n : p + 6;
    } else {
      p++;
    }
  }
}

char *
fkg_query_with_prefixes(const char *text, long *added_lines)
{
  int declared[N_PREFIXES] = {0};
  find_declared(text, declared);
  FkgBuf b = {0};
  int any = 0;
  /* All on one line: the user's line N becomes line N + 1, whatever was added. */
  for (size_t i = 0; i < N_PREFIXES; i++) {
    if (declared[i]) continue;
    fkg_buf_adds(&b, any ? " PREFIX " : "PREFIX ");
    fkg_buf_adds(&b, fkg_query_prefixes[i].prefix);
    fkg_buf_adds(&b, ": <");
    fkg_buf_adds(&b, fkg_query_prefixes[i].iri);
    fkg_buf_adds(&b, ">");
    any = 1;
  }
  if (any) fkg_buf_add(&b, "\n", 1);
  fkg_buf_adds(&b, text);
  fkg_buf_add(&b, "", 1); /* the terminating NUL */
  if (b.failed) {
    fkg_buf_clear(&b);
    return NULL;
  }
  *added_lines = any ? 1 : 0;
  return b.s;
}

/* Parses `text` with rasqal alone; library messages go to `c`. Returns the query (caller
 * frees it) or NULL when it does not parse. */
static rasqal_query *
parse_only(FkgStore *s, const char *text, FkgLogCapture *c)
{
  rasqal_world *rw = librdf_world_get_rasqal(s->world);
  rasqal_world_set_log_handler(rw, s, fkg_store_rasqal_log);
  rasqal_query *q = rasqal_new_query(rw, "sparql", NULL);
  if (!q) return NULL;
  fkg_store_capture(s, c);
  int rc = rasqal_query_prepare(q, (const unsigned char *)text, NULL);
  fkg_store_capture(s, NULL);
  if (rc || c->errors) {
    rasqal_free_query(q);
    return NULL;
  }
  return q;
}

/* Offset of the first byte of 1-based line `line`, or -1 past the end. */
static long
line_start(const char *text, long line)
{
  const char *p = text;
  for (long l = 1; l < line; l++) {
    p = strchr(p, '\n');
    if (!p) return -1;
    p++;
  }
  return p - text;
}

/* Line and column (code points, from 1) of byte offset `off`. */
static void
locate(const char *text, long off, long *line, long *col)
{
  long l = 1, c = 1;
  for (long i = 0; i < off && text[i]; i++) {
    if (text[i] == '\n') {
      l++;
      c = 1;
    } else if (((unsigned char)text[i] & 0xC0) != 0x80) {
      c++;
    }
  }
  *line = l;
  *col = c;
}

/* rasqal's SPARQL lexer counts lines but not columns. The column is found again by parsing
 * prefixes of the text that end on the error's line: the shortest one that still fails with
 * the same message at the same line ends inside the offending token. Messages that name the token
 * ("$end", an undeclared prefix in quotes) are placed directly. Returns a byte offset, or -1. */
static long
find_error_offset(FkgStore *s, const char *text, const FkgLogCapture *err)
{
  size_t len = strlen(text);
  if (strstr(err->first, "unexpected $end")) {
    long e = (long)len;
    while (e > 0 && isspace((unsigned char)text[e - 1]))
      e--;
    return e;
  }
  const char *q1 = strchr(err->first, '"');
  const char *q2 = q1 ? strchr(q1 + 1, '"') : NULL;
  if (q1 && q2 && q2 > q1 + 1 && strstr(err->first, "not declared")) {
    char name[256];
    size_t n = (size_t)(q2 - q1 - 1);
    if (n < sizeof name) {
      memcpy(name, q1 + 1, n);
      name[n] = '\0';
      const char *hit = strstr(text, name);
      if (hit) return hit - text;
    }
  }
  if (err->line <= 0) return -1;
  long start = line_start(text, err->line);
  if (start < 0) return -1;
  const char *nl = strchr(text + start, '\n');
  long end = nl ? nl - text : (long)len;
  char *buf = malloc(len + 1);
  if (!buf) return -1;
  /* Once the offending token is in, every longer prefix fails the same way; shorter ones
   * that fail alike (a prefix ending in the opening quote of an earlier string) are cut-offs
   * of their own. So the answer is the start of the last run of same failures. */
  long found = -1;
  int probes = 0;
  for (long k = end; k > start && probes < MAX_COLUMN_PROBES; k--) {
    /* Cut between tokens only: a word cut short is an error of its own ("SELEC"). */
    if (k < end && is_word_char((unsigned char)text[k - 1]) && is_word_char((unsigned char)text[k]))
      continue;
    probes++;
    memcpy(buf, text, (size_t)k);
    buf[k] = '\0';
    FkgLogCapture probe = {0};
    rasqal_query *q = parse_only(s, buf, &probe);
    if (q) rasqal_free_query(q);
    if (!(probe.errors && probe.line == err->line && strcmp(probe.first, err->first) == 0)) break;
    found = k - 1;
  }
  free(buf);
  if (found < 0) return -1;
  /* Back to the start of the word the offending byte belongs to. */
  while (found > start && is_word_char((unsigned char)text[found - 1]) &&
         is_word_char((unsigned char)text[found]))
    found--;
  return found;
}

static void
report_syntax_error(FkgStore *s, const FkgQueryRequest *req, const char *full, long added,
                    const FkgLogCapture *err)
{
  long off = find_error_offset(s, full, err);
  long line = err->line, col = 0;
  if (off >= 0) locate(full, off, &line, &col);
  line -= added;
  if (line < 1) {
    line = 1;
    col = 0;
  }
  FkgLoc loc = {req->origin, line, col};
  fkg_diag(s->diag, FKG_ERROR, &loc, "%s", err->errors ? err->first : "the query does not parse");
}

/* A rasqal term from a DATA block as a new librdf node, or NULL. */
static librdf_node *
node_from_literal(FkgStore *s, rasqal_literal *l)
{
  if (!l) return NULL;
  rasqal_literal *n = rasqal_literal_as_node(l);
  if (!n) return NULL;
  librdf_node *node = NULL;
  switch (n->type) {
  case RASQAL_LITERAL_URI:
    node = librdf_new_node_from_uri_string(s->world, raptor_uri_as_string(n->value.uri));
    break;
  case RASQAL_LITERAL_BLANK:
    node = librdf_new_node_from_blank_identifier(s->world, n->string);
    break;
  default:
    if (n->string)
      node = librdf_new_node_from_typed_literal(s->world, n->string, n->language,
                                                n->language ? NULL : n->datatype);
    break;
  }
  rasqal_free_literal(n);
  return node;
}

static const char *
update_kind(const rasqal_update_operation *op)
{
  switch (op->type) {
  case RASQAL_UPDATE_TYPE_CLEAR:
    return "CLEAR";
  case RASQAL_UPDATE_TYPE_CREATE:
    return "CREATE";
  case RASQAL_UPDATE_TYPE_DROP:
    return "DROP";
  case RASQAL_UPDATE_TYPE_LOAD:
    return "LOAD";
  case RASQAL_UPDATE_TYPE_ADD:
    return "ADD";
  case RASQAL_UPDATE_TYPE_MOVE:
    return "MOVE";
  case RASQAL_UPDATE_TYPE_COPY:
    return "COPY";
  case RASQAL_UPDATE_TYPE_UPDATE:
    return "INSERT/DELETE with a WHERE clause";
  default:
    return "this update";
  }
}

/* Applies the ground triples of one INSERT DATA or DELETE DATA; counts what changed. */
static FkgStatus
apply_data(FkgStore *s, raptor_sequence *triples, raptor_uri *graph, int insert, long *changed)
{
  int n = triples ? raptor_sequence_size(triples) : 0;
  for (int i = 0; i < n; i++) {
    rasqal_triple *t = raptor_sequence_get_at(triples, i);
    librdf_node *sn = node_from_literal(s, t->subject);
    librdf_node *pn = node_from_literal(s, t->predicate);
    librdf_node *on = node_from_literal(s, t->object);
    /* The in-memory store keeps no graph names (store.c): there the triple goes to the one
     * graph that queries see anyway. */
    int named = librdf_model_supports_contexts(s->model) > 0;
    librdf_node *gn = !named      ? NULL
                      : t->origin ? node_from_literal(s, t->origin)
                      : graph
                          ? librdf_new_node_from_uri_string(s->world, raptor_uri_as_string(graph))
                          : NULL;
    if (!sn || !pn || !on) {
      if (sn) librdf_free_node(sn);
      if (pn) librdf_free_node(pn);
      if (on) librdf_free_node(on);
      if (gn) librdf_free_node(gn);
      return FKG_BAD_LIBRARY;
    }
    librdf_statement *st = librdf_new_statement_from_nodes(s->world, sn, pn, on);
    if (!st) {
      if (gn) librdf_free_node(gn);
      return FKG_BAD_ALLOC;
    }
    /* librdf 1.0.17 answers -1, not 1, for a statement that is there (0 when it is not). */
    int present = librdf_model_contains_statement(s->model, st) != 0;
    int rc = 0;
    if (insert && !present) {
      rc = gn ? librdf_model_context_add_statement(s->model, gn, st)
              : librdf_model_add_statement(s->model, st);
      if (!rc) (*changed)++;
    } else if (!insert && present) {
      rc = gn ? librdf_model_context_remove_statement(s->model, gn, st)
              : librdf_model_remove_statement(s->model, st);
      if (!rc) (*changed)++;
    }
    librdf_free_statement(st);
    if (gn) librdf_free_node(gn);
    if (rc) return FKG_BAD_WRITE;
  }
  return FKG_SUCCESS;
}

static FkgStatus
run_update(FkgStore *s, const FkgQueryRequest *req, rasqal_query *q)
{
  FkgLoc loc = {req->origin, 0, 0};
  if (!req->allow_update) {
    fkg_diag(s->diag, FKG_ERROR, &loc,
             "this is a SPARQL Update request; forumkg query never changes a store unless "
             "--update is given (and rasqal 0.9.33 parses SPARQL Update but does not execute "
             "it: with --update forumkg itself applies only INSERT DATA and DELETE DATA)");
    return FKG_BAD_ARG;
  }
  /* Every operation is checked before any is applied: all or nothing. */
  for (int i = 0;; i++) {
    rasqal_update_operation *op = rasqal_query_get_update_operation(q, i);
    if (!op) break;
    if (op->type != RASQAL_UPDATE_TYPE_UPDATE || !(op->flags & RASQAL_UPDATE_FLAGS_DATA)) {
      fkg_diag(s->diag, FKG_ERROR, &loc,
               "rasqal 0.9.33 parses SPARQL Update but does not execute it, and forumkg applies "
               "only INSERT DATA and DELETE DATA: %s is not supported; nothing was changed",
               update_kind(op));
      return FKG_BAD_ARG;
    }
  }
  int tx = fkg_store_has_transactions(s) && librdf_model_transaction_start(s->model) == 0;
  long inserted = 0, deleted = 0;
  FkgStatus st = FKG_SUCCESS;
  for (int i = 0; !st; i++) {
    rasqal_update_operation *op = rasqal_query_get_update_operation(q, i);
    if (!op) break;
    st = apply_data(s, op->delete_templates, op->graph_uri, 0, &deleted);
    if (!st) st = apply_data(s, op->insert_templates, op->graph_uri, 1, &inserted);
  }
  if (tx) {
    if (st)
      librdf_model_transaction_rollback(s->model);
    else if (librdf_model_transaction_commit(s->model))
      st = FKG_BAD_WRITE;
  }
  if (st) {
    fkg_diag(s->diag, FKG_ERROR, &loc, "store %s: the update failed (%s); nothing was changed",
             s->name, fkg_status_string(st));
    return st;
  }
  fkg_diag(s->diag, FKG_NOTE, NULL, "store %s: %ld statement%s inserted, %ld deleted%s", s->name,
           inserted, inserted == 1 ? "" : "s", deleted,
           s->kind == FKG_KIND_MEMORY ? " (in memory only: nothing is saved)" : "");
  return FKG_SUCCESS;
}

static FkgStatus
check_format(FkgStore *s, const FkgQueryRequest *req, int graph, FkgResultsFormat *f)
{
  FkgLoc loc = {req->origin, 0, 0};
  *f = req->format;
  if (*f == FKG_RESULTS_DEFAULT) *f = graph ? FKG_RESULTS_TURTLE : FKG_RESULTS_TABLE;
  if (*f == FKG_RESULTS_CANONICAL) return FKG_SUCCESS;
  int is_rdf = *f == FKG_RESULTS_TURTLE || *f == FKG_RESULTS_NTRIPLES;
  if (graph && !is_rdf) {
    fkg_diag(s->diag, FKG_ERROR, &loc, "CONSTRUCT gives RDF: use -r turtle or -r ntriples");
    return FKG_BAD_ARG;
  }
  if (!graph && is_rdf) {
    fkg_diag(s->diag, FKG_ERROR, &loc,
             "SELECT and ASK give results, not RDF: use -r table, csv, tsv, json or xml");
    return FKG_BAD_ARG;
  }
  return FKG_SUCCESS;
}

/* Runs a query that parsed on `model`. The answer is written to memory (*answer, malloc'd)
 * so that a query failing part-way writes nothing; library errors are kept in `run`. */
static FkgStatus
execute(FkgStore *s, librdf_model *model, const char *full, int graph, FkgResultsFormat format,
        FkgLogCapture *run, char **answer, size_t *answer_len)
{
  *answer = NULL;
  *answer_len = 0;
  FILE *mem = open_memstream(answer, answer_len);
  if (!mem) return FKG_BAD_ALLOC;
  FkgStatus st;
  /* librdf parses the text again; its warnings were given before, so only errors are kept. */
  fkg_store_capture(s, run);
  librdf_query *q = librdf_new_query(s->world, "sparql", NULL, (const unsigned char *)full, NULL);
  librdf_query_results *results = q ? librdf_model_query_execute(model, q) : NULL;
  if (results) {
    st = graph ? fkg_results_write_graph(s, results, format, mem)
               : fkg_results_write_solutions(s, results, format, mem);
    librdf_free_query_results(results);
  } else {
    st = FKG_BAD_LIBRARY;
  }
  if (q) librdf_free_query(q);
  fkg_store_capture(s, NULL);
  if (fclose(mem) && !st) st = FKG_BAD_ALLOC;
  if (run->errors && !st) st = FKG_BAD_LIBRARY;
  return st;
}

FkgStatus
fkg_query_run(FkgStore *s, const FkgQueryRequest *req)
{
  long added = 0;
  char *full = fkg_query_with_prefixes(req->text, &added);
  if (!full) return FKG_BAD_ALLOC;
  FkgLogCapture err = {0};
  err.deliver_warnings = 1;
  s->msg_file = req->origin;
  s->line_offset = added;
  FkgStatus st = FKG_SUCCESS;
  long bad = fkg_query_bad_utf8(req->text);
  if (bad >= 0) {
    long line, col;
    locate(req->text, bad, &line, &col);
    FkgLoc loc = {req->origin, line, col};
    fkg_diag(s->diag, FKG_ERROR, &loc, "invalid UTF-8 (byte 0x%02X at offset %ld)",
             (unsigned char)req->text[bad], bad);
    st = FKG_BAD_SYNTAX;
    goto done;
  }
  long crash = fkg_query_screen(req->text);
  if (crash >= 0) {
    long line, col;
    locate(req->text, crash, &line, &col);
    FkgLoc loc = {req->origin, line, col};
    fkg_diag(s->diag, FKG_ERROR, &loc,
             "GROUP BY a condition without a variable (a constant): rasqal 0.9.33 reads "
             "its value as a variable and crashes; name it instead, as in GROUP BY (1 AS ?g), "
             "which groups the same way");
    st = FKG_BAD_SYNTAX;
    goto done;
  }
  rasqal_query *parsed = parse_only(s, full, &err);
  if (!parsed) {
    report_syntax_error(s, req, full, added, &err);
    st = FKG_BAD_SYNTAX;
    goto done;
  }
  rasqal_query_verb verb = rasqal_query_get_verb(parsed);
  if (verb == RASQAL_QUERY_VERB_UPDATE || verb == RASQAL_QUERY_VERB_INSERT ||
      verb == RASQAL_QUERY_VERB_DELETE) {
    st = run_update(s, req, parsed);
    rasqal_free_query(parsed);
    goto done;
  }
  rasqal_free_query(parsed);
  if (verb == RASQAL_QUERY_VERB_DESCRIBE) {
    FkgLoc loc = {req->origin, 0, 0};
    fkg_diag(s->diag, FKG_ERROR, &loc,
             "rasqal 0.9.33 parses DESCRIBE but answers it with nothing; write CONSTRUCT { <iri> "
             "?p ?o } WHERE { <iri> ?p ?o } instead");
    st = FKG_BAD_ARG;
    goto done;
  }
  int graph = verb == RASQAL_QUERY_VERB_CONSTRUCT;
  FkgResultsFormat format;
  if ((st = check_format(s, req, graph, &format))) goto done;

  char *answer = NULL;
  size_t answer_len = 0;
  FkgLogCapture run = {0};
  st = execute(s, s->model, full, graph, format, &run, &answer, &answer_len);
  if (st == FKG_BAD_LIBRARY && s->kind == FKG_KIND_SQLITE) {
    /* Redland's sqlite storage writes invalid SQL for a pattern whose subject is bound to a
     * literal ("WHERE T.=49"), which a query meets as soon as a variable that may hold a
     * literal is used as a subject. The same query on an in-memory copy is answered. */
    fkg_diag(s->diag, FKG_NOTE, NULL,
             "store %s: Redland's sqlite storage failed on this query (%s); answering from an "
             "in-memory copy of the store",
             s->name,
             /* Its message quotes the SQL from a buffer it has already freed. */
             strstr(run.first, "SQL compile") ? "it wrote invalid SQL"
             : run.errors                     ? run.first
                                              : "no results");
    librdf_model *copy = fkg_store_memory_copy(s);
    free(answer);
    answer = NULL;
    if (copy) st = execute(s, copy, full, graph, format, &run, &answer, &answer_len);
  }
  if (!st && answer_len && fwrite(answer, 1, answer_len, req->out) != answer_len)
    st = FKG_BAD_WRITE;
  if (!st && (fflush(req->out) || ferror(req->out))) st = FKG_BAD_WRITE;
  free(answer);
  if (st == FKG_BAD_LIBRARY) {
    FkgLoc loc = {req->origin, 0, 0};
    fkg_diag(s->diag, FKG_ERROR, &loc, "the query failed: %s",
             run.errors ? run.first : "rasqal gave no results");
  } else if (st == FKG_BAD_WRITE) {
    fkg_diag(s->diag, FKG_ERROR, NULL, "cannot write the results");
  }
done:
  s->msg_file = NULL;
  s->line_offset = 0;
  free(full);
  return st;
}
