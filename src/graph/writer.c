/* forumkg: graph stage, the writer. N-Triples, N-Quads and Turtle are streamed one article at a
 * time; serd writes Turtle, and every line-format statement with a term to escape, and does
 * every escape (fkg_quads_render_lines copies only what serd would write unchanged); RDF/XML
 * and RDF/JSON, which only raptor2 writes, are buffered, sorted and deduplicated, and written at
 * the end. Output goes to a temporary file beside the target, renamed into place by
 * fkg_writer_finish; any write error leaves the previous output untouched.
 *
 * Why serd for the line formats: raptor2's serialisers write byte by byte through its iostream
 * layer and intern every URI; on the benchmark corpus they took about half the run time. serd
 * writes pages straight from the statement strings. Even serd goes through every character
 * of every term, though: a statement whose terms serd would write unchanged is copied here
 * instead, and serd gets the rest (the line formats section says how that is known). Why Turtle
 * streams: raptor2's Turtle writer holds the whole graph until the end (336 MB for 1M triples,
 * spec/LIBRARIES.md); here each article's statements are sorted by subject, so serd groups them,
 * and statements about shared entities (a region's labels, a person's names) that an earlier
 * article already wrote are left out, so a Turtle file holds each statement once in memory bounded
 * by the number of entities, not of articles. */
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
  FkgBytes out; /* the rendered line formats */
  int kept;     /* line formats: statements kept for the commit to render (a long document) */
};

/* A document with more statements than this (a few hundred articles' worth: a digest, a
 * concatenation) keeps them for the commit, which renders and writes them a slice at a time:
 * its rendered lines, some 170 bytes a statement, are never all in memory at once. */
enum { FKG_KEEP_STATEMENTS = 65536, FKG_RENDER_SLICE = 8192 };

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
  /* Line formats: a part of more statements than keep_at keeps them for the commit, which
   * renders them slice statements at a time (FKG_KEEP_STATEMENTS and FKG_RENDER_SLICE; the
   * environment's FORUMKG_DEBUG_RENDER_SLICE=N sets both to N, for tests). */
  size_t keep_at, slice;
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
  /* serd's own format string, with its own arguments */
  vsnprintf(msg, sizeof msg, error->fmt, args); /* NOLINT(clang-diagnostic-format-nonliteral) */
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

/* ---- the line formats ----
 *
 * serd writes a term character by character (its escape loop, and a strlen and a scheme test
 * per node): on N-Triples that was a third of a run's instructions. Yet nearly every term here
 * needs no escape, and then serd writes its bytes unchanged between the delimiters. So a
 * statement whose every term serd would write unchanged is copied here as bytes; any other
 * statement goes to serd whole, and serd does every escape. Which bytes serd 0.30 writes
 * unchanged was read from its writer (uri_must_escape, write_text, write_character in
 * src/writer.c) and is checked against serd itself, every byte and thousands of adversarial
 * terms, by tests/unit/test_lines.c:
 *  - in an IRI: printable ASCII but space and " < > \ ^ ` { | };
 *  - in a literal: printable ASCII (space included) but " and \;
 *  - in both: UTF-8 characters, written as they are since the writer is not asked for ASCII;
 *  - a language tag is written as it is; only ASCII letters, digits and '-' are taken here.
 * Only well-formed UTF-8 (RFC 3629) is copied: serd decodes malformed sequences its own lenient
 * way, so they go to serd. An IRI must also have a scheme, by serd's own test
 * (serd_uri_string_has_scheme): N-Triples has no relative IRIs and serd refuses them. */

/* The ASCII bytes written unchanged, for an IRI, a literal and a language tag: tables of 256
 * (bytes from 0x80 are 0: UTF-8 is checked apart) so that the scan costs a load per byte. */
#define IRI_PLAIN(c)                                                                               \
  ((c) > 0x20 && (c) < 0x7F && (c) != '"' && (c) != '<' && (c) != '>' && (c) != '\\' &&            \
   (c) != '^' && (c) != '`' && (c) != '{' && (c) != '|' && (c) != '}')
#define LIT_PLAIN(c) ((c) >= 0x20 && (c) < 0x7F && (c) != '"' && (c) != '\\')
#define LANG_PLAIN(c)                                                                              \
  (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || ((c) >= '0' && (c) <= '9') ||       \
   (c) == '-')
#define ROW(f, r)                                                                                  \
  f(r), f(r + 1), f(r + 2), f(r + 3), f(r + 4), f(r + 5), f(r + 6), f(r + 7), f(r + 8), f(r + 9),  \
      f(r + 10), f(r + 11), f(r + 12), f(r + 13), f(r + 14), f(r + 15)
#define ASCII_TABLE(f)                                                                             \
  {                                                                                                \
    ROW(f, 0x00), ROW(f, 0x10), ROW(f, 0x20), ROW(f, 0x30), ROW(f, 0x40), ROW(f, 0x50),            \
        ROW(f, 0x60), ROW(f, 0x70)                                                                 \
  }
static const uint8_t kPlain[3][256] = {ASCII_TABLE(IRI_PLAIN), ASCII_TABLE(LIT_PLAIN),
                                       ASCII_TABLE(LANG_PLAIN)};
#undef ASCII_TABLE
#undef ROW
#undef LANG_PLAIN
#undef LIT_PLAIN
#undef IRI_PLAIN

/* Length of the well-formed UTF-8 sequence that `s` starts with (RFC 3629: no overlong forms,
 * no surrogates, nothing above U+10FFFF), or 0. `s` is NUL-terminated, so a cut sequence stops
 * at the NUL, which is no continuation byte. */
static inline size_t
utf8_len(const unsigned char *s)
{
  unsigned c = s[0];
  if (c >= 0xC2 && c <= 0xDF) return (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    return s[1] >= lo && s[1] <= hi && (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80 ? 4 : 0;
  }
  return 0;
}

typedef enum { T_IRI, T_LIT, T_LANG } TermKind;

#define NOT_PLAIN SIZE_MAX

/* The length of `str` when serd writes it unchanged as a term of kind `k`, else NOT_PLAIN. */
static size_t
plain_len(TermKind k, const char *str)
{
  const unsigned char *s = (const unsigned char *)str, *p = s;
  const uint8_t *plain = kPlain[k];
  if (k == T_IRI && !serd_uri_string_has_scheme(s)) return NOT_PLAIN;
  for (;;) {
    /* Four at a time; the NUL, never plain, ends each run before the end of the string. */
    while (plain[p[0]] && plain[p[1]] && plain[p[2]] && plain[p[3]])
      p += 4;
    while (plain[*p])
      p++;
    if (!*p) break;
    size_t n = *p < 0x80 || k == T_LANG ? 0 : utf8_len(p);
    if (!n) return NOT_PLAIN;
    p += n;
  }
  if (k == T_LANG && p == s) return NOT_PLAIN; /* serd would write a bare '@' */
  return (size_t)(p - s);
}

int
fkg_quads_iri_plain(const char *s, size_t n, int scheme)
{
  /* A copy with a NUL, behind a scheme serd accepts when the caller has none. Longer strings
   * are not known plain: their statements' terms are then looked at as any others. */
  char buf[256];
  size_t at = scheme ? 0 : 2, k = 0;
  memcpy(buf, "a:", at);
  for (; k < n && s[k]; k++) {
    if (at + k + 1 >= sizeof buf) return 0;
    buf[at + k] = s[k];
  }
  buf[at + k] = '\0';
  return plain_len(T_IRI, buf) != NOT_PLAIN;
}

/* plain_len of the IRIs and language tags met so far in one document, by address: a document
 * names the same predicate, class, datatype, entity and article IRIs over and over through the
 * same pointer (NodeMemo says why that holds). Literals are mostly met once and not kept. */
typedef struct {
  const char *key[512];
  size_t len[512];
  uint8_t kind[512];
} LenMemo;

/* `known`: the builder said that serd writes `str` unchanged; only its length is needed. */
static size_t
memo_len(LenMemo *m, TermKind k, const char *str, int known)
{
  size_t h = (size_t)(((uintptr_t)str * 0x9E3779B97F4A7C15ULL) >> 55) & 511;
  if (m->key[h] != str || m->kind[h] != k) {
    m->key[h] = str;
    m->kind[h] = (uint8_t)k;
    m->len[h] = known ? strlen(str) : plain_len(k, str);
  }
  return m->len[h];
}

/* Room for `n` more bytes at the end of `b`, or NULL (and `b->oom`) when it cannot grow. */
static char *
bytes_reserve(FkgBytes *b, size_t n)
{
  if (b->len + n > b->cap) {
    size_t ncap = b->cap ? b->cap : 64 * 1024;
    while (ncap < b->len + n)
      ncap *= 2;
    char *nb = realloc(b->bytes, ncap);
    if (!nb) {
      b->oom = 1;
      return NULL;
    }
    b->bytes = nb;
    b->cap = ncap;
  }
  return b->bytes + b->len;
}

/* serd sink into a byte buffer. */
static size_t
bytes_sink(const void *buf, size_t len, void *stream)
{
  FkgBytes *b = stream;
  char *d = bytes_reserve(b, len);
  if (!d) return 0;
  memcpy(d, buf, len);
  b->len += len;
  return len;
}

static char *
put(char *d, const char *s, size_t n)
{
  memcpy(d, s, n);
  return d + n;
}

static char *
put_iri(char *d, const char *iri, size_t n)
{
  *d++ = '<';
  d = put(d, iri, n);
  *d++ = '>';
  return d;
}

/* Writes `x` through serd, making the writer on first use. It has no SERD_STYLE_BULK: serd
 * then hands each token straight to the sink, so nothing waits in serd's page while copied
 * statements are appended to the same buffer. Bulk or not, serd writes the same bytes. */
static FkgStatus
render_by_serd(SerdEnv **env, SerdWriter **sw, int nquads, const char *graph, const FkgQuad *x,
               FkgBytes *out)
{
  if (!*sw) {
    if (!*env && !(*env = serd_env_new(NULL))) return FKG_BAD_ALLOC;
    *sw = serd_writer_new(nquads ? SERD_NQUADS : SERD_NTRIPLES, (SerdStyle)0, *env, NULL,
                          bytes_sink, out);
    if (!*sw) return FKG_BAD_ALLOC;
  }
  SerdNode g = serd_node_from_string(SERD_URI, (const uint8_t *)graph);
  SerdNode s = serd_node_from_string(SERD_URI, (const uint8_t *)x->s);
  SerdNode p = serd_node_from_string(SERD_URI, (const uint8_t *)x->p);
  SerdNode o = serd_node_from_string(x->lit ? SERD_LITERAL : SERD_URI, (const uint8_t *)x->o);
  SerdNode dt = serd_node_from_string(SERD_URI, (const uint8_t *)x->dt);
  SerdNode lang = serd_node_from_string(SERD_LITERAL, (const uint8_t *)x->lang);
  if (serd_writer_write_statement(*sw, 0, nquads ? &g : NULL, &s, &p, &o, x->dt ? &dt : NULL,
                                  x->lang ? &lang : NULL))
    return FKG_BAD_WRITE;
  return FKG_SUCCESS;
}

FkgStatus
fkg_quads_render_lines(const FkgQuads *q, int nquads, FkgBytes *out)
{
  /* Only the keys need clearing: a slot is read only when its key matches, and no string
   * looked up is NULL. */
  LenMemo memo_slots, *memo = &memo_slots;
  memset(memo->key, 0, sizeof memo->key);
  SerdEnv *env = NULL;
  SerdWriter *sw = NULL;
  FkgStatus st = FKG_SUCCESS;
  size_t gl = nquads ? (q->graph ? memo_len(memo, T_IRI, q->graph, 0) : NOT_PLAIN) : 0;
  for (size_t i = 0; i < q->n && !st; i++) {
    const FkgQuad *x = &q->v[i];
    size_t sl = memo_len(memo, T_IRI, x->s, x->plain & FKG_PLAIN_S),
           pl = memo_len(memo, T_IRI, x->p, x->plain & FKG_PLAIN_P), ol, tl = 0;
    /* As serd: a literal's language tag wins over its datatype; an IRI has neither. */
    TermKind tk = T_LANG;
    const char *tag = NULL;
    if (x->lit) {
      ol = x->plain & FKG_PLAIN_O ? strlen(x->o) : plain_len(T_LIT, x->o);
      if (x->lang)
        tag = x->lang;
      else if (x->dt)
        tag = x->dt, tk = T_IRI;
      if (tag) tl = memo_len(memo, tk, tag, 0);
    } else {
      ol = memo_len(memo, T_IRI, x->o, x->plain & FKG_PLAIN_O);
    }
    if (sl == NOT_PLAIN || pl == NOT_PLAIN || ol == NOT_PLAIN || tl == NOT_PLAIN ||
        gl == NOT_PLAIN) {
      st = render_by_serd(&env, &sw, nquads, q->graph, x, out);
      continue;
    }
    /* <s> <p> <o> .\n or <s> <p> "o"@tag .\n or "o"^^<dt>, and <g> before the dot in N-Quads */
    size_t n = sl + pl + ol + 11 + (tag ? tl + (tk == T_IRI ? 4 : 1) : 0) + (nquads ? gl + 3 : 0);
    char *d = bytes_reserve(out, n), *d0 = d;
    if (!d) break;
    d = put_iri(d, x->s, sl);
    *d++ = ' ';
    d = put_iri(d, x->p, pl);
    *d++ = ' ';
    if (x->lit) {
      *d++ = '"';
      d = put(d, x->o, ol);
      *d++ = '"';
      if (tag && tk == T_LANG) {
        *d++ = '@';
        d = put(d, tag, tl);
      } else if (tag) {
        d = put(d, "^^", 2);
        d = put_iri(d, tag, tl);
      }
    } else {
      d = put_iri(d, x->o, ol);
    }
    if (nquads) {
      *d++ = ' ';
      d = put_iri(d, q->graph, gl);
    }
    d = put(d, " .\n", 3);
    out->len += (size_t)(d - d0);
  }
  if (sw) serd_writer_free(sw);
  if (env) serd_env_free(env);
  return out->oom ? FKG_BAD_ALLOC : st;
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
  w->keep_at = FKG_KEEP_STATEMENTS;
  w->slice = FKG_RENDER_SLICE;
  const char *debug_slice = getenv("FORUMKG_DEBUG_RENDER_SLICE");
  if (debug_slice && atoi(debug_slice) > 0) w->keep_at = w->slice = (size_t)atoi(debug_slice);
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
  fkg_quads_release(&p->q);
  free(p->out.bytes);
  free(p);
}

int
fkg_graph_part_kept(const FkgGraphPart *p)
{
  return p->kept;
}

void
fkg_graph_part_trade_bytes(FkgGraphPart *a, FkgGraphPart *b)
{
  FkgBytes t = a->out;
  a->out = b->out;
  b->out = t;
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
  p->out.len = 0;
  p->out.oom = 0;
  p->kept = 0;
  p->q.base = w->q.base;
  FkgStatus st = fkg_graph_build(ctx, &p->q, doc, facts);
  if (st) return st;
  fkg_quads_normalise(&p->q);
  if (!fkg_writer_renders(w)) return FKG_SUCCESS;
  if (p->q.n > w->keep_at) {
    p->kept = 1;
    return FKG_SUCCESS;
  }
  /* Rendered here, by any thread: committing the part is then one fwrite. */
  st = fkg_quads_render_lines(&p->q, w->kind == W_NQUADS, &p->out);
  p->q.n = 0; /* the statements pointed into the document */
  return st;
}

FkgStatus
fkg_writer_commit(FkgWriter *w, FkgGraphPart *p)
{
  FkgStatus st;
  if (!w->started && (st = start(w))) return st;
  if (w->kind == W_RAPTOR) return fkg_statements_add_quads(&w->all, &p->q);
  if (fkg_writer_renders(w) && p->kept) {
    st = FKG_SUCCESS;
    for (size_t at = 0; at < p->q.n && !st; at += w->slice) {
      FkgQuads slice = p->q;
      slice.v += at;
      slice.n = p->q.n - at < w->slice ? p->q.n - at : w->slice;
      p->out.len = 0;
      st = fkg_quads_render_lines(&slice, w->kind == W_NQUADS, &p->out);
      if (!st && p->out.len && fwrite(p->out.bytes, 1, p->out.len, w->out.f) != p->out.len)
        st = FKG_BAD_WRITE;
    }
    p->out.len = 0;
    p->q.n = 0; /* the statements pointed into the document */
    p->kept = 0;
  } else if (fkg_writer_renders(w)) {
    if (p->out.len && fwrite(p->out.bytes, 1, p->out.len, w->out.f) != p->out.len)
      st = FKG_BAD_WRITE;
    else
      st = FKG_SUCCESS;
    p->out.len = 0;
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
