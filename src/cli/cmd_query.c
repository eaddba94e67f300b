/* forumkg: `forumkg query` and `forumkg load`, the command lines of the query core
 * (include/forumkg/query.h). query runs one SPARQL query (a file, a bundled query by name, or
 * -e TEXT) on an in-memory model built from --data files or on a store; load adds graphs to a
 * sqlite or postgresql store that later queries open with --store alone. */
#include "cli.h"
#include "options.h"
#include "forumkg/query.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_QUERY_BYTES (16u << 20)

typedef struct {
  FkgStrList data;
  const char *store;
  const char *results;
  const char *exec;
  const char *ontology;
  int update;
  int list;
  int canonical;
  int help;
} QueryOpts;

static const FkgOption kQueryOptions[] = {
    {NULL, "--data", FKG_ARG_LIST, offsetof(QueryOpts, data),
     "FILE  load this graph into an in-memory model (repeatable; .ttl .nt .nq .trig .rdf)"},
    {NULL, "--store", FKG_ARG_STRING, offsetof(QueryOpts, store),
     "SPEC  query a store: sqlite:PATH or postgresql:host=H,port=P,database=D,user=U,"
     "password=W[,model=M]"},
    {"-r", "--results", FKG_ARG_STRING, offsetof(QueryOpts, results),
     "FMT   table (default), csv, tsv, json, xml; turtle (default) or ntriples for "
     "CONSTRUCT"},
    {"-e", "--exec", FKG_ARG_STRING, offsetof(QueryOpts, exec), "TEXT  run this query text"},
    {NULL, "--update", FKG_ARG_NONE, offsetof(QueryOpts, update),
     "      allow SPARQL Update (INSERT DATA and DELETE DATA only)"},
    {NULL, "--list", FKG_ARG_NONE, offsetof(QueryOpts, list), "      list the bundled queries"},
    {NULL, "--ontology", FKG_ARG_STRING, offsetof(QueryOpts, ontology),
     "DIR   ontology directory, for bundled queries (default: $FORUMKG_ONTOLOGY or built-in)"},
    {NULL, "--canonical", FKG_ARG_NONE, offsetof(QueryOpts, canonical), NULL},
    {"-h", "--help", FKG_ARG_NONE, offsetof(QueryOpts, help), "      this help"},
};

typedef struct {
  const char *store;
  int help;
} LoadOpts;

static const FkgOption kLoadOptions[] = {
    {NULL, "--store", FKG_ARG_STRING, offsetof(LoadOpts, store),
     "SPEC  sqlite:PATH (created when missing) or postgresql:host=H,port=P,database=D,"
     "user=U,password=W[,model=M]"},
    {"-h", "--help", FKG_ARG_NONE, offsetof(LoadOpts, help), "      this help"},
};

static void
query_usage(FILE *out)
{
  fprintf(out,
          "usage: forumkg query [--data FILE]... [--store SPEC] [-r FMT] [--update]\n"
          "                     (QUERY_FILE | NAME | -e 'SPARQL')\n"
          "       forumkg query --list\n"
          "NAME runs the bundled query ontology/queries/NAME.rq. The prefixes fkg, schema, org,\n"
          "prov, dcterms, skos, nif, wd, owl, rdfs, rdf and xsd are predeclared. Results come\n"
          "in the order of the query's ORDER BY. No query changes a store unless --update is\n"
          "given.\n\noptions:\n");
  fkg_cli_print_options(out, kQueryOptions, sizeof kQueryOptions / sizeof *kQueryOptions);
  fprintf(out, "\nexit status: 0 success; 2 usage error or a query that does not parse (or an\n"
               "update without --update); 3 fatal: a store or data file that cannot be opened\n"
               "or read, or a query that fails while running\n");
}

static void
load_usage(FILE *out)
{
  fprintf(out, "usage: forumkg load --store SPEC FILE...\n"
               "Adds each graph (.ttl .nt .nq .trig .rdf) to the store, one transaction per file.\n"
               "\noptions:\n");
  fkg_cli_print_options(out, kLoadOptions, sizeof kLoadOptions / sizeof *kLoadOptions);
  fprintf(out, "\nexit status: 0 every file loaded; 1 some files could not be loaded (the others\n"
               "were); 2 usage error; 3 the store cannot be opened\n");
}

/* Reads a whole query file ("-" for standard input) into a NUL-terminated string. */
static char *
read_text(const char *path)
{
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  FkgLoc loc = {path, 0, 0};
  if (!f) {
    char msg[256];
    snprintf(msg, sizeof msg, "cannot read the query: %s", strerror(errno));
    fkg_diag_print(stderr, FKG_ERROR, &loc, msg);
    return NULL;
  }
  size_t cap = 4096, n = 0;
  char *s = malloc(cap);
  if (!s) {
    fkg_diag_print(stderr, FKG_ERROR, &loc, "out of memory");
    if (f != stdin) fclose(f);
    return NULL;
  }
  for (size_t got = 1; got;) {
    if (n + 1 >= cap) {
      char *ns = cap >= MAX_QUERY_BYTES ? NULL : realloc(s, cap * 2);
      if (!ns) {
        if (cap >= MAX_QUERY_BYTES)
          fkg_diag_print(stderr, FKG_ERROR, &loc, "the query is larger than 16 MiB");
        free(s);
        s = NULL;
        break;
      }
      s = ns;
      cap *= 2;
    }
    got = fread(s + n, 1, cap - n - 1, f);
    n += got;
  }
  if (s && ferror(f)) {
    fkg_diag_print(stderr, FKG_ERROR, &loc, "cannot read the query");
    free(s);
    s = NULL;
  }
  if (s) s[n] = '\0';
  if (f != stdin) fclose(f);
  return s;
}

static int
cmp_str(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Copies the text of a "# key:" comment line of `text` into `out` (empty when missing). */
static void
header_line(const char *text, const char *key, char *out, size_t cap)
{
  out[0] = '\0';
  size_t kl = strlen(key);
  for (const char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
    if (*p != '#') break;
    const char *q = p + 1;
    while (*q == ' ')
      q++;
    if (strncmp(q, key, kl) == 0 && q[kl] == ':') {
      q += kl + 1;
      while (*q == ' ')
        q++;
      size_t n = strcspn(q, "\r\n");
      if (n >= cap) n = cap - 1;
      memcpy(out, q, n);
      out[n] = '\0';
      return;
    }
  }
}

static int
list_queries(const char *ontology)
{
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/queries", ontology);
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "forumkg: %s: error: cannot list the bundled queries: %s\n", dir,
            strerror(errno));
    return FKG_EXIT_FATAL;
  }
  char **names = NULL;
  size_t n = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t l = strlen(de->d_name);
    if (l <= 3 || de->d_name[0] == '.' || strcmp(de->d_name + l - 3, ".rq") != 0) continue;
    char **nn = realloc(names, (n + 1) * sizeof *names);
    if (!nn) break;
    names = nn;
    names[n] = strndup(de->d_name, l - 3);
    if (names[n]) n++;
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_str); /* qsort's base may not be NULL, even for 0 */
  for (size_t i = 0; i < n; i++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s.rq", dir, names[i]);
    char *text = read_text(path);
    char title[512] = "", answers[1024] = "";
    if (text) {
      header_line(text, "title", title, sizeof title);
      header_line(text, "answers", answers, sizeof answers);
    }
    printf("%s\n  title: %s\n  answers: %s\n", names[i], title, answers);
    free(text);
    free(names[i]);
  }
  free(names);
  return fflush(stdout) || ferror(stdout) ? FKG_EXIT_FATAL : FKG_EXIT_OK;
}

/* A positional argument names a file when it exists or looks like a path; otherwise a bundled
 * query. Returns the path to read (malloc'd) or NULL after a message. */
static char *
resolve_query(const char *arg, const char *ontology)
{
  struct stat sb;
  if (strcmp(arg, "-") == 0 || stat(arg, &sb) == 0 || strchr(arg, '/') ||
      (strlen(arg) > 3 && strcmp(arg + strlen(arg) - 3, ".rq") == 0))
    return strdup(arg);
  size_t n = strlen(ontology) + strlen(arg) + 16;
  char *path = malloc(n);
  if (!path) return NULL;
  snprintf(path, n, "%s/queries/%s.rq", ontology, arg);
  if (stat(path, &sb) != 0) {
    fprintf(stderr,
            "forumkg: error: '%s' is neither a file nor a bundled query (forumkg query --list)\n",
            arg);
    free(path);
    return NULL;
  }
  return path;
}

static int
exit_for(FkgStatus st)
{
  switch (st) {
  case FKG_SUCCESS:
    return FKG_EXIT_OK;
  case FKG_BAD_SYNTAX:
  case FKG_BAD_ARG:
    return FKG_EXIT_USAGE;
  default:
    return FKG_EXIT_FATAL;
  }
}

int
fkg_cmd_query(int argc, char **argv)
{
  QueryOpts o = {0};
  char **pos = calloc((size_t)argc + 1, sizeof *pos);
  int npos = 0;
  if (!pos) return FKG_EXIT_FATAL;
  int rc = fkg_cli_parse(argc, argv, kQueryOptions, sizeof kQueryOptions / sizeof *kQueryOptions,
                         &o, pos, &npos);
  char *path = NULL, *text = NULL;
  FkgStore *store = NULL;
  if (rc) goto done;
  if (o.help) {
    query_usage(stdout);
    goto done;
  }
  const char *ontology = fkg_cli_ontology_dir(o.ontology);
  if (o.list) {
    rc = list_queries(ontology);
    goto done;
  }
  if ((o.exec != NULL) + npos != 1) {
    fprintf(stderr, "forumkg: error: give one query: a QUERY_FILE, a NAME or -e 'SPARQL'\n");
    query_usage(stderr);
    rc = FKG_EXIT_USAGE;
    goto done;
  }
  FkgResultsFormat format = FKG_RESULTS_DEFAULT;
  if (o.results && fkg_results_format_parse(o.results, &format)) {
    fprintf(stderr,
            "forumkg: error: unknown results format '%s' (table, csv, tsv, json, xml, "
            "turtle, ntriples)\n",
            o.results);
    rc = FKG_EXIT_USAGE;
    goto done;
  }
  if (o.canonical) format = FKG_RESULTS_CANONICAL;
  if (!o.store && o.data.n == 0) {
    fprintf(stderr, "forumkg: error: nothing to query: give --data FILE or --store SPEC\n");
    rc = FKG_EXIT_USAGE;
    goto done;
  }
  if (o.store && o.data.n && !o.update) {
    fprintf(stderr, "forumkg: error: --data with --store would add the data to the store: use "
                    "forumkg load, or give --update\n");
    rc = FKG_EXIT_USAGE;
    goto done;
  }
  const char *origin = "<command line>";
  if (o.exec) {
    text = strdup(o.exec);
  } else {
    path = resolve_query(pos[0], ontology);
    if (!path) {
      rc = FKG_EXIT_USAGE;
      goto done;
    }
    text = read_text(path);
    origin = strcmp(path, "-") == 0 ? "<stdin>" : path;
  }
  if (!text) {
    rc = FKG_EXIT_FATAL;
    goto done;
  }
  FkgDiag diag = {0};
  FkgStatus st;
  store = fkg_store_open(o.store, o.update ? FKG_STORE_WRITE : FKG_STORE_READ, &diag, &st);
  if (!store) {
    rc = st == FKG_BAD_ARG ? FKG_EXIT_USAGE : FKG_EXIT_FATAL;
    goto done;
  }
  for (size_t i = 0; i < o.data.n; i++) {
    st = fkg_store_load(store, o.data.v[i], NULL);
    if (st) {
      rc = FKG_EXIT_FATAL;
      goto done;
    }
  }
  FkgQueryRequest req = {text, origin, o.update, format, stdout};
  rc = exit_for(fkg_query_run(store, &req));
done:
  if (store && fkg_store_close(store) && !rc) {
    fprintf(stderr, "forumkg: error: the store could not be closed cleanly\n");
    rc = FKG_EXIT_FATAL;
  }
  free(text);
  free(path);
  free((void *)o.data.v);
  free(pos);
  return rc;
}

int
fkg_cmd_load(int argc, char **argv)
{
  LoadOpts o = {0};
  char **pos = calloc((size_t)argc + 1, sizeof *pos);
  int npos = 0;
  if (!pos) return FKG_EXIT_FATAL;
  int rc = fkg_cli_parse(argc, argv, kLoadOptions, sizeof kLoadOptions / sizeof *kLoadOptions, &o,
                         pos, &npos);
  if (rc || o.help) {
    if (o.help) load_usage(stdout);
    free(pos);
    return rc;
  }
  if (!o.store || npos == 0) {
    fprintf(stderr, "forumkg: error: load needs --store SPEC and at least one FILE\n");
    load_usage(stderr);
    free(pos);
    return FKG_EXIT_USAGE;
  }
  if (strcmp(o.store, "memory") == 0) {
    fprintf(stderr, "forumkg: error: loading into memory keeps nothing: give --store "
                    "sqlite:PATH or postgresql:...\n");
    free(pos);
    return FKG_EXIT_USAGE;
  }
  FkgDiag diag = {0};
  FkgStatus st;
  FkgStore *store = fkg_store_open(o.store, FKG_STORE_CREATE, &diag, &st);
  if (!store) {
    free(pos);
    return st == FKG_BAD_ARG ? FKG_EXIT_USAGE : FKG_EXIT_FATAL;
  }
  int skipped = 0;
  for (int i = 0; i < npos; i++) {
    long added = 0;
    st = fkg_store_load(store, pos[i], &added);
    if (st) {
      skipped = 1;
      continue;
    }
    FkgLoc loc = {pos[i], 0, 0};
    fkg_diag(&diag, FKG_NOTE, &loc, "%ld statement%s added to %s", added, added == 1 ? "" : "s",
             fkg_store_name(store));
  }
  rc = skipped ? FKG_EXIT_SKIPPED : FKG_EXIT_OK;
  if (fkg_store_close(store)) {
    fprintf(stderr, "forumkg: error: the store could not be closed cleanly\n");
    rc = FKG_EXIT_FATAL;
  }
  free(pos);
  return rc;
}
