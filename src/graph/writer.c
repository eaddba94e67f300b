/* forumkg: graph stage, the writer. Statements go through raptor2's serialisers into a
 * temporary file beside the target, renamed into place by fkg_writer_finish; any write error
 * leaves the previous output untouched. Streamed formats (ntriples, nquads) are written one
 * article at a time, sorted within it; the others are buffered, sorted and deduplicated. */
#include "context_int.h"
#include "graph_int.h"
#include "forumkg/output.h"
#include "vocab.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct FkgWriter {
  FkgContext *ctx;
  raptor_world *world;
  raptor_serializer *ser;
  FkgStatements all; /* buffered formats */
  int streaming;
  int quads;
  int started;
  int ended; /* raptor_serializer_serialize_end was called */
  FkgOutput out; /* the target, all or nothing */
};

static const char *const kFormats[] = {"turtle",        "ntriples", "nquads", "rdfxml",
                                       "rdfxml-abbrev", "json",     "dot",    NULL};

int
fkg_writer_format_ok(const char *format)
{
  for (int i = 0; kFormats[i]; i++)
    if (strcmp(kFormats[i], format) == 0) return 1;
  return 0;
}

static int
compare_statements(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a, *(raptor_statement *const *)b);
}

void
fkg_statements_normalise(FkgStatements *s)
{
  if (s->n < 2) return;
  qsort(s->v, s->n, sizeof *s->v, compare_statements);
  size_t o = 1;
  for (size_t i = 1; i < s->n; i++) {
    if (raptor_statement_compare(s->v[i], s->v[o - 1]) == 0)
      raptor_free_statement(s->v[i]);
    else
      s->v[o++] = s->v[i];
  }
  s->n = o;
}

void
fkg_statements_clear(FkgStatements *s)
{
  for (size_t i = 0; i < s->n; i++)
    raptor_free_statement(s->v[i]);
  s->n = 0;
  if (s->graph) raptor_free_term(s->graph);
  s->graph = NULL;
}

static void
log_handler(void *user, raptor_log_message *msg)
{
  FkgWriter *w = user;
  fkg_diag(w->ctx->diag, msg->level >= RAPTOR_LOG_LEVEL_ERROR ? FKG_ERROR : FKG_WARNING, NULL,
           "raptor: %s", msg->text ? msg->text : "(no message)");
}

static const struct {
  const char *prefix, *ns;
} kPrefixes[] = {
    {"fkg", NS_FKG},     {"schema", NS_SCHEMA}, {"org", NS_ORG}, {"prov", NS_PROV},
    {"dcterms", NS_DCT}, {"skos", NS_SKOS},     {"nif", NS_NIF}, {"wd", NS_WD},
    {"owl", NS_OWL},     {"rdfs", NS_RDFS},     {"xsd", NS_XSD},
};

/* Instance namespaces whose local names are always safe prefixed names (start with a letter,
 * no '/'): regions, people, cities, series, editions, organisations. */
static const char *const kIdPrefixes[] = {"region", "person", "city", "series", "edition", "org"};

static FkgStatus
start(FkgWriter *w)
{
  /* No base URI: raptor would write every IRI, prefixes included, relative to it. */
  if (raptor_serializer_start_to_file_handle(w->ser, NULL, w->out.f)) return FKG_BAD_WRITE;
  for (size_t i = 0; i < sizeof kPrefixes / sizeof *kPrefixes; i++) {
    raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)kPrefixes[i].ns);
    raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)kPrefixes[i].prefix);
    raptor_free_uri(u);
  }
  for (size_t i = 0; i < sizeof kIdPrefixes / sizeof *kIdPrefixes; i++) {
    char ns[1024];
    snprintf(ns, sizeof ns, "%s%s/", w->ctx->opts.base, kIdPrefixes[i]);
    raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)ns);
    raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)kIdPrefixes[i]);
    raptor_free_uri(u);
  }
  w->started = 1;
  return FKG_SUCCESS;
}

FkgWriter *
fkg_writer_new(FkgContext *ctx, const char *format, const char *out_path, FkgStatus *st)
{
  FkgWriter *w = calloc(1, sizeof *w);
  if (!w) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  w->ctx = ctx;
  w->streaming = strcmp(format, "ntriples") == 0 || strcmp(format, "nquads") == 0;
  w->quads = strcmp(format, "nquads") == 0;
  w->world = raptor_new_world();
  if (!w->world || raptor_world_open(w->world)) {
    *st = FKG_BAD_LIBRARY;
    fkg_writer_free(w);
    return NULL;
  }
  raptor_world_set_log_handler(w->world, w, log_handler);
  w->all.world = w->world;
  w->all.base = ctx->opts.base;
  w->ser = raptor_new_serializer(w->world, format);
  if (!w->ser) {
    fkg_diag(ctx->diag, FKG_ERROR, NULL, "unknown output format '%s'", format);
    *st = FKG_BAD_ARG;
    fkg_writer_free(w);
    return NULL;
  }
  if ((*st = fkg_output_open(&w->out, out_path, ctx->diag))) {
    fkg_writer_free(w);
    return NULL;
  }
  *st = FKG_SUCCESS;
  return w;
}

static FkgStatus
serialise(FkgWriter *w, FkgStatements *s)
{
  for (size_t i = 0; i < s->n; i++) {
    if (!w->quads) {
      /* Triples formats: the graph name is dropped, one default graph. */
      if (s->v[i]->graph) {
        raptor_free_term(s->v[i]->graph);
        s->v[i]->graph = NULL;
      }
    }
    if (raptor_serializer_serialize_statement(w->ser, s->v[i])) return FKG_BAD_WRITE;
  }
  return ferror(w->out.f) ? FKG_BAD_WRITE : FKG_SUCCESS;
}

FkgStatus
fkg_writer_add_doc(FkgWriter *w, FkgDoc *doc, const FkgFacts *facts)
{
  FkgStatus st;
  if (!w->started && (st = start(w))) return st;
  if (w->streaming) {
    FkgStatements s = {w->world, NULL, 0, 0, NULL, w->ctx->opts.base, 0};
    st = fkg_graph_build(w->ctx, &s, doc, facts);
    if (!st) {
      fkg_statements_normalise(&s);
      st = serialise(w, &s);
    }
    fkg_statements_clear(&s);
    free(s.v);
    if (st == FKG_BAD_WRITE) {
      FkgLoc loc = {w->out.path ? w->out.path : "-", 0, 0};
      fkg_diag(w->ctx->diag, FKG_ERROR, &loc, "cannot write output: %s%s",
               strerror(errno ? errno : EIO), w->out.tmp ? "; previous file kept" : "");
    }
    return st;
  }
  st = fkg_graph_build(w->ctx, &w->all, doc, facts);
  if (w->all.graph) {
    raptor_free_term(w->all.graph);
    w->all.graph = NULL;
  }
  return st;
}

FkgStatus
fkg_writer_finish(FkgWriter *w)
{
  FkgStatus st = FKG_SUCCESS;
  if (!w->started && (st = start(w))) return st;
  if (!w->streaming) {
    /* Triples only here: drop graph names before sorting so duplicates across articles meet. */
    for (size_t i = 0; i < w->all.n; i++)
      if (w->all.v[i]->graph) {
        raptor_free_term(w->all.v[i]->graph);
        w->all.v[i]->graph = NULL;
      }
    fkg_statements_normalise(&w->all);
    st = serialise(w, &w->all);
  }
  if (raptor_serializer_serialize_end(w->ser)) st = FKG_BAD_WRITE;
  w->ended = 1;
  return fkg_output_close(&w->out, st, w->ctx->diag);
}

void
fkg_writer_free(FkgWriter *w)
{
  if (!w) return;
  /* raptor2 frees the serialiser's output stream only at the end of serialising: end it even
   * when the run failed (the temporary file is removed below). */
  if (w->ser && w->started && !w->ended) raptor_serializer_serialize_end(w->ser);
  if (w->ser) raptor_free_serializer(w->ser);
  fkg_statements_clear(&w->all);
  free(w->all.v);
  fkg_output_abort(&w->out);
  if (w->world) raptor_free_world(w->world);
  free(w);
}
