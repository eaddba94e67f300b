/* forumkg: graph stage, the writer. N-Triples, N-Quads and Turtle are streamed one article at a
 * time through serd, which writes as statements arrive and escapes every term itself; RDF/XML
 * and RDF/JSON, which only raptor2 writes, are buffered, sorted and deduplicated, and written at
 * the end. Output goes to a temporary file beside the target, renamed into place by
 * fkg_writer_finish; any write error leaves the previous output untouched.
 *
 * Why serd for the line formats: raptor2's serialisers write byte by byte through its iostream
 * layer and intern every URI; on the benchmark corpus they took about half the run time. serd
 * writes pages straight from the statement strings. Why Turtle streams: raptor2's Turtle writer
 * holds the whole graph until the end (336 MB for 1M triples, spec/LIBRARIES.md); here each
 * article's statements are sorted by subject, so serd groups them, and statements about shared
 * entities (a region's labels, a person's names) that an earlier article already wrote are
 * left out, so a Turtle file holds each statement once in memory bounded by the number of
 * entities, not of articles. */
#include "context_int.h"
#include "graph_int.h"
#include "forumkg/output.h"
#include "vocab.h"

#include <errno.h>
#include <stdarg.h>
#include <serd/serd.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef enum { W_NTRIPLES, W_NQUADS, W_TURTLE, W_RAPTOR } WriterKind;

/* 128-bit fingerprints of the shared statements a Turtle output already holds. Open
 * addressing; a zero pair marks an empty slot. A false match needs two 64-bit hashes to
 * collide at once: about 2^-128 per pair of statements. */
typedef struct {
  uint64_t (*slot)[2];
  size_t cap, n;
} Seen;

struct FkgGraphPart {
  FkgQuads q;
  char *bytes; /* the rendered line formats */
  size_t len, cap;
  int oom;
};

struct FkgWriter {
  FkgContext *ctx;
  WriterKind kind;
  FkgQuads q;         /* only its base is used: parts copy it */
  FkgGraphPart *part; /* fkg_writer_add_doc's own */
  SerdEnv *env;
  SerdWriter *sw;
  Seen seen;
  raptor_world *world; /* RDF/XML, RDF/JSON */
  raptor_serializer *ser;
  FkgStatements all;
  int started;
  int ended;     /* raptor_serializer_serialize_end was called */
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

static const struct {
  const char *prefix, *ns;
} kPrefixes[] = {
    {"fkg", NS_FKG},     {"schema", NS_SCHEMA}, {"org", NS_ORG}, {"prov", NS_PROV},
    {"dcterms", NS_DCT}, {"skos", NS_SKOS},     {"nif", NS_NIF}, {"wd", NS_WD},
    {"owl", NS_OWL},     {"rdfs", NS_RDFS},     {"xsd", NS_XSD}, {"rdf", NS_RDF},
};

/* Instance namespaces with short prefixes: regions, people, cities, series, editions.
 * Organisations have none, as "org" is W3C ORG's (serd shortens an IRI only when its local
 * name is a valid prefixed name). */
static const char *const kIdPrefixes[] = {"region", "person", "city", "series", "edition"};

/* ---- the fingerprint set ---- */

static void
hash_str(uint64_t h[2], const char *s)
{
  /* FNV-1a and a multiply-xorshift mix over the same bytes, NUL included so that field
   * boundaries count. */
  const unsigned char *p = (const unsigned char *)(s ? s : "");
  do {
    h[0] = (h[0] ^ *p) * 0x100000001b3ULL;
    h[1] = (h[1] + *p + 1) * 0x9E3779B97F4A7C15ULL;
    h[1] ^= h[1] >> 29;
  } while (*p++);
}

static int
seen_grow(Seen *t)
{
  size_t ncap = t->cap ? t->cap * 2 : 4096;
  uint64_t(*ns)[2] = calloc(ncap, sizeof *ns);
  if (!ns) return -1;
  for (size_t i = 0; i < t->cap; i++) {
    if (!t->slot[i][0] && !t->slot[i][1]) continue;
    size_t j = (size_t)(t->slot[i][0] & (ncap - 1));
    while (ns[j][0] || ns[j][1])
      j = (j + 1) & (ncap - 1);
    ns[j][0] = t->slot[i][0];
    ns[j][1] = t->slot[i][1];
  }
  free(t->slot);
  t->slot = ns;
  t->cap = ncap;
  return 0;
}

/* 1 when the statement was seen before, 0 when it is new (and now recorded), -1 out of
 * memory. */
static int
seen_test_and_add(Seen *t, const FkgQuad *x)
{
  uint64_t h[2] = {0xcbf29ce484222325ULL, 0x2545F4914F6CDD1DULL};
  hash_str(h, x->s);
  hash_str(h, x->p);
  hash_str(h, x->lit ? "\"" : "<");
  hash_str(h, x->o);
  hash_str(h, x->dt);
  hash_str(h, x->lang);
  if (!h[0] && !h[1]) h[1] = 1;
  if ((t->n + 1) * 4 > t->cap * 3 && seen_grow(t)) return -1;
  size_t j = (size_t)(h[0] & (t->cap - 1));
  while (t->slot[j][0] || t->slot[j][1]) {
    if (t->slot[j][0] == h[0] && t->slot[j][1] == h[1]) return 1;
    j = (j + 1) & (t->cap - 1);
  }
  t->slot[j][0] = h[0];
  t->slot[j][1] = h[1];
  t->n++;
  return 0;
}

/* ---- serd ---- */

static SerdStatus
serd_error(void *handle, const SerdError *error)
{
  FkgWriter *w = handle;
  char msg[512];
  va_list args; /* a copy: the list is serd's */
  va_copy(args, *error->args);
  vsnprintf(msg, sizeof msg, error->fmt, args);
  va_end(args);
  size_t n = strlen(msg);
  while (n && msg[n - 1] == '\n')
    msg[--n] = '\0';
  fkg_diag(w->ctx->diag, FKG_ERROR, NULL, "serd: %s", msg);
  return SERD_SUCCESS;
}

static FkgStatus
serd_start(FkgWriter *w)
{
  /* The line formats are rendered per article by fkg_writer_prepare and copied out as bytes:
   * only Turtle, whose abbreviations and prefixes span articles, keeps a writer on the file. */
  if (w->kind != W_TURTLE) return FKG_SUCCESS;
  SerdStyle style = SERD_STYLE_BULK | SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED;
  w->env = serd_env_new(NULL);
  if (!w->env) return FKG_BAD_ALLOC;
  w->sw = serd_writer_new(SERD_TURTLE, style, w->env, NULL, serd_file_sink, w->out.f);
  if (!w->sw) return FKG_BAD_ALLOC;
  serd_writer_set_error_sink(w->sw, serd_error, w);
  for (size_t i = 0; i < sizeof kPrefixes / sizeof *kPrefixes; i++) {
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)kPrefixes[i].prefix);
    SerdNode uri = serd_node_from_string(SERD_URI, (const uint8_t *)kPrefixes[i].ns);
    if (serd_writer_set_prefix(w->sw, &name, &uri)) return FKG_BAD_WRITE;
  }
  for (size_t i = 0; i < sizeof kIdPrefixes / sizeof *kIdPrefixes; i++) {
    char ns[1024];
    snprintf(ns, sizeof ns, "%s%s/", w->ctx->opts.base, kIdPrefixes[i]);
    SerdNode name = serd_node_from_string(SERD_LITERAL, (const uint8_t *)kIdPrefixes[i]);
    SerdNode uri = serd_node_from_string(SERD_URI, (const uint8_t *)ns);
    if (serd_writer_set_prefix(w->sw, &name, &uri)) return FKG_BAD_WRITE;
  }
  return FKG_SUCCESS;
}

/* SerdNodes of the strings met so far in one serd_put call, by address: serd_node_from_string
 * measures a string in bytes and characters, and a document names the same predicate, class,
 * datatype, entity and article IRIs over and over, each time through the same pointer (the
 * builder makes each string once). Keyed by address only within one document's statements,
 * whose strings live, unmoved, in its arena or in constants. */
typedef struct {
  const char *key[256];
  SerdNode node[256];
} NodeMemo;

static const SerdNode *
memo_node(NodeMemo *m, SerdType type, const char *str)
{
  size_t h = ((uintptr_t)str >> 3) & 255;
  if (m->key[h] != str || m->node[h].type != type) {
    m->key[h] = str;
    m->node[h] = serd_node_from_string(type, (const uint8_t *)str);
  }
  return &m->node[h];
}

/* Writes `q` through `sw`; `seen` (Turtle) filters the shared statements already written. */
static FkgStatus
serd_put(SerdWriter *sw, WriterKind kind, Seen *seen, const FkgQuads *q)
{
  NodeMemo memo;
  memset(memo.key, 0, sizeof memo.key);
  SerdNode g = serd_node_from_string(SERD_URI, (const uint8_t *)q->graph);
  for (size_t i = 0; i < q->n; i++) {
    const FkgQuad *x = &q->v[i];
    if (seen && !fkg_quad_is_local(q, x)) {
      int r = seen_test_and_add(seen, x);
      if (r < 0) return FKG_BAD_ALLOC;
      if (r) continue;
    }
    /* Copies: a later lookup may replace the memo's slot. */
    SerdNode s = *memo_node(&memo, SERD_URI, x->s);
    SerdNode p = *memo_node(&memo, SERD_URI, x->p);
    SerdNode o = x->lit ? serd_node_from_string(SERD_LITERAL, (const uint8_t *)x->o)
                        : *memo_node(&memo, SERD_URI, x->o);
    SerdNode dt = x->dt ? *memo_node(&memo, SERD_URI, x->dt) : SERD_NODE_NULL;
    SerdNode lang = x->lang ? *memo_node(&memo, SERD_LITERAL, x->lang) : SERD_NODE_NULL;
    if (serd_writer_write_statement(sw, 0, kind == W_NQUADS ? &g : NULL, &s, &p, &o,
                                    x->dt ? &dt : NULL, x->lang ? &lang : NULL))
      return FKG_BAD_WRITE;
  }
  return FKG_SUCCESS;
}

/* serd sink into a part's byte buffer. */
static size_t
part_sink(const void *buf, size_t len, void *stream)
{
  FkgGraphPart *p = stream;
  if (p->len + len > p->cap) {
    size_t ncap = p->cap ? p->cap : 64 * 1024;
    while (ncap < p->len + len)
      ncap *= 2;
    char *nb = realloc(p->bytes, ncap);
    if (!nb) {
      p->oom = 1;
      return 0;
    }
    p->bytes = nb;
    p->cap = ncap;
  }
  memcpy(p->bytes + p->len, buf, len);
  p->len += len;
  return len;
}

/* ---- raptor2 ---- */

static void
log_handler(void *user, raptor_log_message *msg)
{
  FkgWriter *w = user;
  fkg_diag(w->ctx->diag, msg->level >= RAPTOR_LOG_LEVEL_ERROR ? FKG_ERROR : FKG_WARNING, NULL,
           "raptor: %s", msg->text ? msg->text : "(no message)");
}

static FkgStatus
raptor_start(FkgWriter *w)
{
  /* No base URI: raptor would write every IRI, prefixes included, relative to it. */
  if (raptor_serializer_start_to_file_handle(w->ser, NULL, w->out.f)) return FKG_BAD_WRITE;
  for (size_t i = 0; i < sizeof kPrefixes / sizeof *kPrefixes; i++) {
    raptor_uri *u = raptor_new_uri(w->world, (const unsigned char *)kPrefixes[i].ns);
    raptor_serializer_set_namespace(w->ser, u, (const unsigned char *)kPrefixes[i].prefix);
    raptor_free_uri(u);
  }
  return FKG_SUCCESS;
}

/* ---- the writer ---- */

FkgWriter *
fkg_writer_new(FkgContext *ctx, const char *format, const char *out_path, FkgStatus *st)
{
  if (!fkg_writer_format_ok(format)) {
    fkg_diag(ctx->diag, FKG_ERROR, NULL, "unknown output format '%s'", format);
    *st = FKG_BAD_ARG;
    return NULL;
  }
  FkgWriter *w = calloc(1, sizeof *w);
  if (!w) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  w->ctx = ctx;
  w->q.base = ctx->opts.base;
  w->kind = !strcmp(format, "ntriples") ? W_NTRIPLES
            : !strcmp(format, "nquads") ? W_NQUADS
            : !strcmp(format, "turtle") ? W_TURTLE
                                        : W_RAPTOR;
  if (w->kind == W_RAPTOR) {
    w->world = raptor_new_world();
    if (!w->world || raptor_world_open(w->world)) {
      *st = FKG_BAD_LIBRARY;
      fkg_writer_free(w);
      return NULL;
    }
    raptor_world_set_log_handler(w->world, w, log_handler);
    w->all.world = w->world;
    w->ser = raptor_new_serializer(w->world, format);
    if (!w->ser) {
      fkg_diag(ctx->diag, FKG_ERROR, NULL, "unknown output format '%s'", format);
      *st = FKG_BAD_ARG;
      fkg_writer_free(w);
      return NULL;
    }
  }
  if ((*st = fkg_output_open(&w->out, out_path, ctx->diag))) {
    fkg_writer_free(w);
    return NULL;
  }
  *st = FKG_SUCCESS;
  return w;
}

static FkgStatus
start(FkgWriter *w)
{
  FkgStatus st = w->kind == W_RAPTOR ? raptor_start(w) : serd_start(w);
  w->started = 1;
  return st;
}

static void
report_write_error(FkgWriter *w)
{
  FkgLoc loc = {w->out.path ? w->out.path : "-", 0, 0};
  fkg_diag(w->ctx->diag, FKG_ERROR, &loc, "cannot write output: %s%s",
           strerror(errno ? errno : EIO), w->out.tmp ? "; previous file kept" : "");
}

FkgGraphPart *
fkg_graph_part_new(void)
{
  return calloc(1, sizeof(FkgGraphPart));
}

void
fkg_graph_part_free(FkgGraphPart *p)
{
  if (!p) return;
  free(p->q.v);
  free(p->bytes);
  free(p);
}

int
fkg_writer_renders(const FkgWriter *w)
{
  return w->kind == W_NTRIPLES || w->kind == W_NQUADS;
}

FkgStatus
fkg_writer_prepare(const FkgWriter *w, FkgContext *ctx, FkgGraphPart *p, FkgDoc *doc,
                   const FkgFacts *facts)
{
  p->len = 0;
  p->oom = 0;
  p->q.base = w->q.base;
  FkgStatus st = fkg_graph_build(ctx, &p->q, doc, facts);
  if (st) return st;
  fkg_quads_normalise(&p->q);
  if (!fkg_writer_renders(w)) return FKG_SUCCESS;
  /* The line formats need no state across statements: a writer per document. It hands its
   * bytes on in pages (SERD_STYLE_BULK: one sink call per 4 KiB, not per token), and freeing
   * it flushes the last page, so every byte is in the part when this returns. */
  SerdEnv *env = serd_env_new(NULL);
  SerdWriter *sw = env ? serd_writer_new(w->kind == W_NQUADS ? SERD_NQUADS : SERD_NTRIPLES,
                                         SERD_STYLE_BULK, env, NULL, part_sink, p)
                       : NULL;
  st = sw ? serd_put(sw, w->kind, NULL, &p->q) : FKG_BAD_ALLOC;
  if (sw) serd_writer_free(sw);
  if (env) serd_env_free(env);
  if (p->oom) st = FKG_BAD_ALLOC;
  p->q.n = 0; /* the statements pointed into the document */
  return st;
}

FkgStatus
fkg_writer_commit(FkgWriter *w, FkgGraphPart *p)
{
  FkgStatus st;
  if (!w->started && (st = start(w))) return st;
  if (w->kind == W_RAPTOR) return fkg_statements_add_quads(&w->all, &p->q);
  if (fkg_writer_renders(w)) {
    if (p->len && fwrite(p->bytes, 1, p->len, w->out.f) != p->len)
      st = FKG_BAD_WRITE;
    else
      st = FKG_SUCCESS;
    p->len = 0;
  } else {
    st = serd_put(w->sw, w->kind, &w->seen, &p->q);
  }
  if (!st && ferror(w->out.f)) st = FKG_BAD_WRITE;
  if (st == FKG_BAD_WRITE) report_write_error(w);
  return st;
}

FkgStatus
fkg_writer_add_doc(FkgWriter *w, FkgDoc *doc, const FkgFacts *facts)
{
  FkgStatus st;
  if (!w->started && (st = start(w))) return st;
  if (!w->part && !(w->part = fkg_graph_part_new())) return FKG_BAD_ALLOC;
  if ((st = fkg_writer_prepare(w, w->ctx, w->part, doc, facts))) return st;
  return fkg_writer_commit(w, w->part);
}

FkgStatus
fkg_writer_finish(FkgWriter *w)
{
  FkgStatus st = FKG_SUCCESS;
  if (!w->started && (st = start(w))) return fkg_output_close(&w->out, st, w->ctx->diag);
  if (w->kind == W_RAPTOR) {
    fkg_statements_normalise(&w->all);
    for (size_t i = 0; i < w->all.n && !st; i++)
      if (raptor_serializer_serialize_statement(w->ser, w->all.v[i])) st = FKG_BAD_WRITE;
    if (raptor_serializer_serialize_end(w->ser)) st = FKG_BAD_WRITE;
    w->ended = 1;
  } else if (w->sw && serd_writer_finish(w->sw)) {
    st = FKG_BAD_WRITE;
  }
  /* serd writes its last page when freed. */
  if (w->sw) {
    serd_writer_free(w->sw);
    w->sw = NULL;
  }
  if (!st && ferror(w->out.f)) st = FKG_BAD_WRITE;
  if (st == FKG_BAD_WRITE) report_write_error(w);
  return fkg_output_close(&w->out, st, w->ctx->diag);
}

void
fkg_writer_free(FkgWriter *w)
{
  if (!w) return;
  if (w->sw) serd_writer_free(w->sw);
  if (w->env) serd_env_free(w->env);
  /* raptor2 frees the serialiser's output stream only at the end of serialising: end it even
   * when the run failed (the temporary file is removed below). */
  if (w->ser && w->started && !w->ended) raptor_serializer_serialize_end(w->ser);
  if (w->ser) raptor_free_serializer(w->ser);
  fkg_statements_clear(&w->all);
  free(w->all.v);
  fkg_graph_part_free(w->part);
  free(w->seen.slot);
  fkg_output_abort(&w->out);
  if (w->world) raptor_free_world(w->world);
  free(w);
}
