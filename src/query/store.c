/* forumkg: query stage, the store. Opens a librdf model over the storage a spec names (an
 * indexed in-memory "trees" storage, Redland's sqlite or postgresql storage), loads RDF files
 * into it one transaction per file, and routes every Redland, raptor and rasqal message through
 * the project's diagnostics instead of the libraries' default printing. */
#include "query_int.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* In memory: librdf 1.0.17's "trees" storage, four balanced trees (spo, sop, ops, pso), so every
 * triple pattern with a bound part is a range lookup. The "hashes" storage is not usable at scale:
 * its find_statements scans every statement unless the pattern is (s p ?), (? p o) or (s ? o),
 * and with contexts='yes' its contains_statement is such a scan too, which librdf runs before
 * every add: loading 157k triples of Turtle took 776 s (trees: 3 s). trees keeps no graph names,
 * and nothing needs them: with contexts too, librdf 1.0.17 + rasqal 0.9.33 answer GRAPH ?g { }
 * with no rows and GRAPH <g> { } with one empty row, and N-Quads are queried as the union of
 * their graphs either way (docs/query.md). */
#define MEMORY_FACTORY "trees"
#define DEFAULT_PG_MODEL "forumkg"

void
fkg_store_capture(FkgStore *store, FkgLogCapture *c)
{
  if (c) {
    int keep = c->deliver_warnings;
    memset(c, 0, sizeof *c);
    c->deliver_warnings = keep;
  }
  store->capture = c;
}

int
fkg_store_has_transactions(const FkgStore *s)
{
  return s->kind == FKG_KIND_SQLITE;
}

static void
copy_text(char *dst, size_t cap, const char *src)
{
  size_t n = strlen(src);
  while (n > 0 && (src[n - 1] == '\n' || src[n - 1] == ' '))
    n--;
  if (n >= cap) n = cap - 1;
  memcpy(dst, src, n);
  dst[n] = '\0';
}

/* Delivers or captures one library message. `query`: the message is about the query text,
 * whose lines are the user's plus the prefix line forumkg added. */
static void
take_message(FkgStore *s, int is_error, const char *text, const raptor_locator *l, int query,
             int storage)
{
  if (!text) text = "(no message)";
  /* rasqal 0.9.33 remarks on every variable that a pattern binds and the answer does not show:
   * in an ASK, or a SELECT that lists only some, that is the point, not a mistake. (Its
   * warning level does not reach this one.) A variable selected but never bound is kept. */
  if (!is_error && strstr(text, "was bound but is unused in the query")) return;
  long line = l && l->line > 0 ? l->line : 0;
  long col = l && l->column > 0 ? l->column : 0;
  FkgLogCapture *c = s->capture;
  if (c && (is_error || !c->deliver_warnings)) {
    if (is_error && c->errors++ == 0) {
      copy_text(c->first, sizeof c->first, text);
      c->line = line;
      c->col = col;
      c->has_locator = l != NULL;
    }
    return;
  }
  FkgSeverity sev = is_error ? FKG_ERROR : FKG_WARNING;
  char buf[600];
  copy_text(buf, sizeof buf, text);
  if (storage) {
    fkg_diag(s->diag, sev, NULL, "store %s: %s", s->name, buf);
    return;
  }
  FkgLoc loc = {s->msg_file, line, col};
  if (query) {
    loc.line = line > s->line_offset ? line - s->line_offset : 0;
    loc.col = 0;
  }
  fkg_diag(s->diag, sev, s->msg_file ? &loc : NULL, "%s", buf);
}

/* librdf's logger: one entry point for Redland's own messages and, through it, raptor's and
 * rasqal's while librdf drives them. Returning 1 tells librdf the message was handled, so
 * nothing is printed twice. */
static int
log_message(void *user, librdf_log_message *m)
{
  int level = librdf_log_message_level(m);
  if (level < LIBRDF_LOG_WARN) return 1;
  librdf_log_facility facility = librdf_log_message_facility(m);
  take_message(user, level >= LIBRDF_LOG_ERROR, librdf_log_message_message(m),
               librdf_log_message_locator(m), facility == LIBRDF_FROM_QUERY,
               facility == LIBRDF_FROM_STORAGE);
  return 1;
}

void
fkg_store_rasqal_log(void *user, raptor_log_message *m)
{
  if (m->level < RAPTOR_LOG_LEVEL_WARN) return;
  take_message(user, m->level >= RAPTOR_LOG_LEVEL_ERROR, m->text, m->locator, 1, 0);
}

/* Appends `key='value'` to an option string of Redland's hash syntax; values holding a quote
 * or a backslash cannot be written in it and are refused. */
static int
add_option(char *opts, size_t cap, const char *key, const char *value)
{
  if (strpbrk(value, "'\\")) return -1;
  size_t n = strlen(opts);
  int w = snprintf(opts + n, cap - n, "%s%s='%s'", n ? "," : "", key, value);
  return w < 0 || (size_t)w >= cap - n ? -1 : 0;
}

typedef struct {
  char options[2048]; /* Redland option string, without new='yes' */
  char model[256];
  char masked[1024];
} PgSpec;

/* Parses "host=H,port=P,database=D,user=U,password=W[,model=NAME]". */
static FkgStatus
parse_pg_spec(const char *body, PgSpec *pg, char *why, size_t why_cap)
{
  static const char *const kKeys[] = {"host", "port",     "database", "dbname",
                                      "user", "password", "model",    NULL};
  char *copy = strdup(body);
  if (!copy) return FKG_BAD_ALLOC;
  int have_db = 0, have_user = 0, have_password = 0;
  pg->options[0] = pg->masked[0] = '\0';
  snprintf(pg->model, sizeof pg->model, "%s", DEFAULT_PG_MODEL);
  FkgStatus st = FKG_SUCCESS;
  char *save = NULL;
  for (char *item = strtok_r(copy, ",", &save); item && !st; item = strtok_r(NULL, ",", &save)) {
    char *eq = strchr(item, '=');
    if (!eq) {
      snprintf(why, why_cap, "'%s' is not KEY=VALUE", item);
      st = FKG_BAD_ARG;
      break;
    }
    *eq = '\0';
    const char *key = item, *value = eq + 1;
    int k = 0;
    while (kKeys[k] && strcmp(kKeys[k], key) != 0)
      k++;
    if (!kKeys[k]) {
      snprintf(why, why_cap, "unknown key '%s' (host, port, database, user, password, model)", key);
      st = FKG_BAD_ARG;
      break;
    }
    size_t mn = strlen(pg->masked);
    snprintf(pg->masked + mn, sizeof pg->masked - mn, "%s%s=%s", mn ? "," : "", key,
             strcmp(key, "password") == 0 ? "***" : value);
    if (strcmp(key, "model") == 0) {
      snprintf(pg->model, sizeof pg->model, "%s", value);
      continue;
    }
    if (strcmp(key, "dbname") == 0) key = "database";
    if (strcmp(key, "database") == 0) have_db = 1;
    if (strcmp(key, "user") == 0) have_user = 1;
    if (strcmp(key, "password") == 0) have_password = 1;
    if (add_option(pg->options, sizeof pg->options, key, value)) {
      snprintf(why, why_cap, "the value of '%s' cannot hold a quote or a backslash", key);
      st = FKG_BAD_ARG;
    }
  }
  free(copy);
  if (st) return st;
  if (!have_db || !have_user) {
    snprintf(why, why_cap, "database=NAME and user=NAME are required");
    return FKG_BAD_ARG;
  }
  /* Redland's postgresql storage insists on a password option; an empty one lets libpq use
   * its usual defaults (trust, peer, ~/.pgpass). */
  if (!have_password) add_option(pg->options, sizeof pg->options, "password", "");
  return FKG_SUCCESS;
}

/* Creates the storage and model; library errors are captured into `c`. */
static int
open_storage(FkgStore *s, const char *factory, const char *name, const char *options,
             FkgLogCapture *c)
{
  fkg_store_capture(s, c);
  s->storage = librdf_new_storage(s->world, factory, name, options);
  if (s->storage) {
    s->model = librdf_new_model(s->world, s->storage, NULL);
    if (!s->model) {
      librdf_free_storage(s->storage);
      s->storage = NULL;
    }
  }
  fkg_store_capture(s, NULL);
  return s->model ? 0 : -1;
}

static int
module_missing(FkgStore *s, const char *factory)
{
  /* Redland loads storage modules on demand; an unknown factory name means the Debian package
   * (librdf-storage-sqlite, librdf-storage-postgresql) is not installed. */
  for (unsigned i = 0;; i++) {
    const char *name = NULL;
    if (librdf_storage_enumerate(s->world, i, &name, NULL)) return 1;
    if (name && strcmp(name, factory) == 0) return 0;
  }
}

static FkgStore *
fail_open(FkgStore *s, FkgStatus *st, FkgStatus code)
{
  *st = code;
  fkg_store_close(s);
  return NULL;
}

FkgStore *
fkg_store_open(const char *spec, FkgStoreMode mode, FkgDiag *diag, FkgStatus *st)
{
  FkgStore *s = calloc(1, sizeof *s);
  if (!s) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  s->diag = diag;
  s->mode = mode;
  if (!spec) spec = "memory";
  FkgLogCapture c = {0};
  char why[600] = "";
  s->world = librdf_new_world();
  if (!s->world) {
    free(s);
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  librdf_world_set_logger(s->world, s, log_message);
  librdf_world_open(s->world);

  if (strcmp(spec, "memory") == 0) {
    s->kind = FKG_KIND_MEMORY;
    s->name = strdup("memory");
    if (!s->name) return fail_open(s, st, FKG_BAD_ALLOC);
    if (open_storage(s, MEMORY_FACTORY, "forumkg", "", &c)) {
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store memory: %s",
               c.errors ? c.first : "librdf failed");
      return fail_open(s, st, FKG_BAD_LIBRARY);
    }
  } else if (strncmp(spec, "sqlite:", 7) == 0) {
    const char *path = spec + 7;
    s->kind = FKG_KIND_SQLITE;
    s->name = strdup(spec);
    if (!s->name) return fail_open(s, st, FKG_BAD_ALLOC);
    if (!*path) {
      fkg_diag(diag, FKG_ERROR, NULL, "store %s: no file name (sqlite:PATH)", spec);
      return fail_open(s, st, FKG_BAD_ARG);
    }
    if (module_missing(s, "sqlite")) {
      fkg_diag(diag, FKG_ERROR, NULL,
               "cannot open store %s: Redland's sqlite storage is not installed (Debian "
               "package librdf-storage-sqlite)",
               spec);
      return fail_open(s, st, FKG_BAD_LIBRARY);
    }
    struct stat sb;
    int exists = stat(path, &sb) == 0;
    if (!exists && mode != FKG_STORE_CREATE) {
      /* sqlite3_open would create an empty file: a query must not leave one behind. */
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store %s: %s (create it with forumkg load)",
               spec, strerror(errno));
      return fail_open(s, st, FKG_BAD_READ);
    }
    if (exists && !S_ISREG(sb.st_mode)) {
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store %s: not a regular file", spec);
      return fail_open(s, st, FKG_BAD_READ);
    }
    if (open_storage(s, "sqlite", path, exists ? "" : "new='yes'", &c)) {
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store %s: %s", spec,
               c.errors ? c.first : "librdf failed");
      return fail_open(s, st, FKG_BAD_READ);
    }
    /* Redland opens any file as sqlite; its tables show whether it is a Redland store. */
    fkg_store_capture(s, &c);
    int size = librdf_model_size(s->model);
    fkg_store_capture(s, NULL);
    if (size < 0) {
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store %s: not a Redland sqlite store (%s)", spec,
               c.errors ? c.first : "no triples table");
      return fail_open(s, st, FKG_BAD_READ);
    }
  } else if (strncmp(spec, "postgresql:", 11) == 0) {
    s->kind = FKG_KIND_POSTGRESQL;
    PgSpec pg;
    FkgStatus pst = parse_pg_spec(spec + 11, &pg, why, sizeof why);
    if (pst) {
      s->name = strdup("postgresql");
      if (pst == FKG_BAD_ARG) fkg_diag(diag, FKG_ERROR, NULL, "store postgresql:...: %s", why);
      return fail_open(s, st, pst);
    }
    size_t nlen = strlen(pg.masked) + 16;
    s->name = malloc(nlen);
    if (!s->name) return fail_open(s, st, FKG_BAD_ALLOC);
    snprintf(s->name, nlen, "postgresql:%s", pg.masked);
    if (module_missing(s, "postgresql")) {
      fkg_diag(diag, FKG_ERROR, NULL,
               "cannot open store %s: Redland's postgresql storage is not installed (Debian "
               "package librdf-storage-postgresql)",
               s->name);
      return fail_open(s, st, FKG_BAD_LIBRARY);
    }
    int failed = open_storage(s, "postgresql", pg.model, pg.options, &c);
    if (failed && mode == FKG_STORE_CREATE &&
        (strstr(c.first, "failed to find model") || strstr(c.first, "does not exist"))) {
      /* new='yes' empties an existing model, so it is given only when the model is missing. */
      char opts[2100];
      snprintf(opts, sizeof opts, "%s,new='yes'", pg.options);
      failed = open_storage(s, "postgresql", pg.model, opts, &c);
    }
    if (failed) {
      fkg_diag(diag, FKG_ERROR, NULL, "cannot open store %s: %s", s->name,
               c.errors ? c.first : "librdf failed");
      return fail_open(s, st, FKG_BAD_READ);
    }
  } else {
    fkg_diag(diag, FKG_ERROR, NULL,
             "unknown store '%s' (memory, sqlite:PATH, postgresql:KEY=VAL,...)", spec);
    return fail_open(s, st, FKG_BAD_ARG);
  }
  *st = FKG_SUCCESS;
  return s;
}

FkgStatus
fkg_store_close(FkgStore *s)
{
  if (!s) return FKG_SUCCESS;
  FkgStatus st = FKG_SUCCESS;
  if (s->copy) librdf_free_model(s->copy);
  if (s->copy_storage) librdf_free_storage(s->copy_storage);
  if (s->model) {
    if (s->mode != FKG_STORE_READ && librdf_model_sync(s->model)) st = FKG_BAD_WRITE;
    librdf_free_model(s->model);
  }
  if (s->storage) librdf_free_storage(s->storage);
  if (s->world) librdf_free_world(s->world);
  free(s->name);
  free(s);
  return st;
}

librdf_model *
fkg_store_memory_copy(FkgStore *s)
{
  if (s->copy) return s->copy;
  s->copy_storage = librdf_new_storage(s->world, MEMORY_FACTORY, "copy", "");
  if (s->copy_storage) s->copy = librdf_new_model(s->world, s->copy_storage, NULL);
  librdf_stream *all = s->copy ? librdf_model_as_stream(s->model) : NULL;
  int rc = all ? librdf_model_add_statements(s->copy, all) : -1;
  if (all) librdf_free_stream(all);
  if (rc) {
    fkg_diag(s->diag, FKG_ERROR, NULL, "store %s: cannot copy it into memory", s->name);
    if (s->copy) librdf_free_model(s->copy);
    if (s->copy_storage) librdf_free_storage(s->copy_storage);
    s->copy = NULL;
    s->copy_storage = NULL;
  }
  return s->copy;
}

const char *
fkg_store_name(const FkgStore *s)
{
  return s->name;
}

long
fkg_store_size(FkgStore *s)
{
  return librdf_model_size(s->model);
}

static const struct {
  const char *ext, *syntax;
} kSyntaxes[] = {
    {".ttl", "turtle"}, {".turtle", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"},
    {".trig", "trig"},  {".rdf", "rdfxml"},    {".xml", "rdfxml"},  {".owl", "rdfxml"},
};

static int
ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

FkgStatus
fkg_store_load(FkgStore *s, const char *path, long *added)
{
  FkgLoc loc = {path, 0, 0};
  if (added) *added = 0;
  const char *syntax = NULL;
  for (size_t i = 0; i < sizeof kSyntaxes / sizeof *kSyntaxes; i++)
    if (ends_with(path, kSyntaxes[i].ext)) syntax = kSyntaxes[i].syntax;
  if (!syntax) {
    if (ends_with(path, ".jsonld") || ends_with(path, ".json"))
      fkg_diag(s->diag, FKG_ERROR, &loc,
               "JSON-LD is not supported: raptor2 has no JSON-LD parser (write the graph as "
               "Turtle or N-Quads, e.g. forumkg extract -f nquads)");
    else
      fkg_diag(s->diag, FKG_ERROR, &loc,
               "unknown RDF syntax: name the file .ttl, .nt, .nq, .trig or .rdf");
    return FKG_BAD_ARG;
  }
  FILE *f = fopen(path, "rb");
  if (!f) {
    fkg_diag(s->diag, FKG_ERROR, &loc, "cannot read: %s", strerror(errno));
    return FKG_BAD_READ;
  }
  fclose(f);
  librdf_parser *parser = librdf_new_parser(s->world, syntax, NULL, NULL);
  librdf_uri *uri = librdf_new_uri_from_filename(s->world, path);
  if (!parser || !uri) {
    if (parser) librdf_free_parser(parser);
    if (uri) librdf_free_uri(uri);
    fkg_diag(s->diag, FKG_ERROR, &loc, "cannot create a %s parser", syntax);
    return FKG_BAD_LIBRARY;
  }
  long before = fkg_store_size(s);
  int tx = fkg_store_has_transactions(s) && librdf_model_transaction_start(s->model) == 0;
  unsigned errors_before = s->diag->errors;
  s->msg_file = path;
  int rc = librdf_parser_parse_into_model(parser, uri, uri, s->model);
  s->msg_file = NULL;
  FkgStatus st = FKG_SUCCESS;
  if (rc || s->diag->errors != errors_before) {
    if (s->diag->errors == errors_before)
      fkg_diag(s->diag, FKG_ERROR, &loc, "not valid %s", syntax);
    st = FKG_BAD_SYNTAX;
  }
  if (tx) {
    if (st)
      librdf_model_transaction_rollback(s->model);
    else if (librdf_model_transaction_commit(s->model)) {
      fkg_diag(s->diag, FKG_ERROR, &loc, "store %s: the load could not be committed", s->name);
      st = FKG_BAD_WRITE;
    }
  }
  if (!st && added && before >= 0) {
    long after = fkg_store_size(s);
    if (after >= before) *added = after - before;
  }
  librdf_free_uri(uri);
  librdf_free_parser(parser);
  return st;
}
