/* forumkg: graph stage, from facts to statements on the contract's vocabulary. Every entity
 * gets its classes, labels, fkg:mentionedIn and one fkg:Mention node per text span; no blank
 * node is ever made, so graphs from different runs merge by plain union. */
#include "context_int.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"
#include "graph_int.h"
#include "vocab.h"

#include <stdint.h>
#include <stdio.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <stdlib.h>
#include <string.h>

/* The predicates, in strcmp order of their IRIs: a statement's predicate is known by its index,
 * which is then its rank among the predicates for fkg_quads_normalise (graph_int.h). Kept in
 * order by hand; tests/unit/test_lines.c checks the order. */
typedef enum {
  P_NIF_ANCHOR_OF,
  P_NIF_BEGIN_INDEX,
  P_NIF_END_INDEX,
  P_DCT_DATE,
  P_DCT_FORMAT,
  P_DCT_LANGUAGE,
  P_DCT_SOURCE,
  P_RDF_TYPE,
  P_RDFS_LABEL,
  P_OWL_SAME_AS,
  P_SKOS_ALT_LABEL,
  P_ORG_HOLDS,
  P_ORG_POST_IN,
  P_SCHEMA_END_DATE,
  P_SCHEMA_FAMILY_NAME,
  P_SCHEMA_GIVEN_NAME,
  P_SCHEMA_LOCATION,
  P_SCHEMA_NAME,
  P_SCHEMA_ORGANIZER,
  P_SCHEMA_START_DATE,
  P_SCHEMA_SUPER_EVENT,
  P_FKG_EDITION_NUMBER,
  P_FKG_IN_ARTICLE,
  P_FKG_ISO_CODE,
  P_FKG_MENTIONED_IN,
  P_FKG_MODERATOR,
  P_FKG_PARTICIPANT,
  P_FKG_PRESENTED_AT,
  P_FKG_PRESENTED_BY,
  P_FKG_REFERS_TO,
  P_FKG_REGION,
  P_FKG_REPRESENTS,
  P_FKG_SERIES,
  P_FKG_SESSION_TYPE,
  P_FKG_SHA256,
  P_FKG_SPEAKER,
  P_COUNT
} FkgPred;

static const char *const kPred[P_COUNT] = {
    [P_NIF_ANCHOR_OF] = NS_NIF "anchorOf",
    [P_NIF_BEGIN_INDEX] = NS_NIF "beginIndex",
    [P_NIF_END_INDEX] = NS_NIF "endIndex",
    [P_DCT_DATE] = NS_DCT "date",
    [P_DCT_FORMAT] = NS_DCT "format",
    [P_DCT_LANGUAGE] = NS_DCT "language",
    [P_DCT_SOURCE] = NS_DCT "source",
    [P_RDF_TYPE] = NS_RDF "type",
    [P_RDFS_LABEL] = NS_RDFS "label",
    [P_OWL_SAME_AS] = NS_OWL "sameAs",
    [P_SKOS_ALT_LABEL] = NS_SKOS "altLabel",
    [P_ORG_HOLDS] = NS_ORG "holds",
    [P_ORG_POST_IN] = NS_ORG "postIn",
    [P_SCHEMA_END_DATE] = NS_SCHEMA "endDate",
    [P_SCHEMA_FAMILY_NAME] = NS_SCHEMA "familyName",
    [P_SCHEMA_GIVEN_NAME] = NS_SCHEMA "givenName",
    [P_SCHEMA_LOCATION] = NS_SCHEMA "location",
    [P_SCHEMA_NAME] = NS_SCHEMA "name",
    [P_SCHEMA_ORGANIZER] = NS_SCHEMA "organizer",
    [P_SCHEMA_START_DATE] = NS_SCHEMA "startDate",
    [P_SCHEMA_SUPER_EVENT] = NS_SCHEMA "superEvent",
    [P_FKG_EDITION_NUMBER] = NS_FKG "editionNumber",
    [P_FKG_IN_ARTICLE] = NS_FKG "inArticle",
    [P_FKG_ISO_CODE] = NS_FKG "isoCode",
    [P_FKG_MENTIONED_IN] = NS_FKG "mentionedIn",
    [P_FKG_MODERATOR] = NS_FKG "moderator",
    [P_FKG_PARTICIPANT] = NS_FKG "participant",
    [P_FKG_PRESENTED_AT] = NS_FKG "presentedAt",
    [P_FKG_PRESENTED_BY] = NS_FKG "presentedBy",
    [P_FKG_REFERS_TO] = NS_FKG "refersTo",
    [P_FKG_REGION] = NS_FKG "region",
    [P_FKG_REPRESENTS] = NS_FKG "represents",
    [P_FKG_SERIES] = NS_FKG "series",
    [P_FKG_SESSION_TYPE] = NS_FKG "sessionType",
    [P_FKG_SHA256] = NS_FKG "sha256",
    [P_FKG_SPEAKER] = NS_FKG "speaker",
};

const char *const *
fkg_graph_predicates(size_t *n)
{
  *n = P_COUNT;
  return kPred;
}

/* Concatenates an IRI in the arena: a namespace and a local name. */
static const char *
cat(FkgQuads *q, const char *ns, const char *local)
{
  size_t a = strlen(ns), b = strlen(local);
  char *s = fkg_arena_alloc_uninit(q->arena, a + b + 1);
  if (!s) return NULL;
  memcpy(s, ns, a);
  memcpy(s + a, local, b + 1);
  return s;
}

static void
push(FkgQuads *q, const char *subj, FkgPred pred, const char *obj, const char *dt, const char *lang,
     int lit, uint8_t plain)
{
  if (!subj || !obj) {
    q->failed = 1;
    return;
  }
  if (q->n == q->cap) {
    size_t ncap = q->cap ? q->cap * 2 : 1024;
    FkgQuad *nv = realloc(q->v, sizeof *nv * ncap);
    if (!nv) {
      q->failed = 1;
      return;
    }
    q->v = nv;
    q->cap = ncap;
  }
  /* kPred's IRIs are plain (tests/unit/test_lines.c renders them). */
  plain |= FKG_PLAIN_P;
  if (subj == q->plain_subj) plain |= FKG_PLAIN_S;
  q->v[q->n++] =
      (FkgQuad){subj, kPred[pred], obj, dt, lang, (uint8_t)lit, plain, (uint16_t)pred, 0};
}

/* Class IRIs are whole string constants (NS_FKG "Mention"), predicates are kPred's: no copy is
 * made. */
static void
add_iri(FkgQuads *q, const char *subj, FkgPred pred, const char *obj)
{
  push(q, subj, pred, obj, NULL, NULL, 0, 0);
}

/* rdf:type with a class IRI of the vocabulary, a constant that serd writes unchanged (the
 * namespaces of vocab.h and a name of ASCII letters). */
static void
add_type(FkgQuads *q, const char *subj, const char *cls)
{
  push(q, subj, P_RDF_TYPE, cls, NULL, NULL, 0, FKG_PLAIN_O);
}

/* A literal, plain (dt and lang NULL), typed (dt: a datatype IRI constant, NS_XSD "date") or
 * language-tagged. The value must outlive the document: lexicon cells, document strings or arena
 * copies. */
static void
add_lit(FkgQuads *q, const char *subj, FkgPred pred, const char *value, const char *lang,
        const char *dt)
{
  if (!value || !*value) return;
  push(q, subj, pred, value, dt, lang, 1, 0);
}

static void
add_date(FkgQuads *q, const char *subj, FkgPred pred, FkgDate d)
{
  char buf[32];
  const char *dt;
  if (d.year && d.month && d.day) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    dt = NS_XSD "date";
  } else if (d.year && d.month) {
    snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    dt = NS_XSD "gYearMonth";
  } else if (d.year) {
    snprintf(buf, sizeof buf, "%04d", d.year);
    dt = NS_XSD "gYear";
  } else if (d.month && d.day) {
    snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
    dt = NS_XSD "gMonthDay";
  } else {
    return;
  }
  add_lit(q, subj, pred, fkg_arena_strdup(q->arena, buf), NULL, dt);
}

/* Writes `v` in decimal, as printf's %ld, into `buf` (at least 21 bytes) with a NUL; returns
 * the length. Every mention has two numbers: snprintf for them was a sixth of the graph stage. */
static size_t
fmt_long(char *buf, long v)
{
  char tmp[24];
  size_t n = 0, len = 0;
  /* The magnitude as unsigned, so that LONG_MIN has one too. */
  unsigned long m = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do {
    tmp[n++] = (char)('0' + m % 10);
    m /= 10;
  } while (m);
  if (v < 0) buf[len++] = '-';
  while (n)
    buf[len++] = tmp[--n];
  buf[len] = '\0';
  return len;
}

/* A decimal integer literal of datatype xsd:`dt`. */
static void
add_int(FkgQuads *q, const char *subj, FkgPred pred, long v, const char *dt)
{
  /* Straight into the arena (fmt_long writes at most 21 bytes). Digits and a sign: serd
   * writes them unchanged. */
  char *lit = fkg_arena_alloc_uninit(q->arena, 24);
  if (!lit) return;
  fmt_long(lit, v);
  push(q, subj, pred, lit, dt, NULL, 1, 1);
}

/* Appends the first `n` bytes of `s` (fewer at a NUL) to `buf` of `cap` bytes at `*len`,
 * keeping room for a NUL; what does not fit is dropped, as snprintf drops it. */
static void
append(char *buf, size_t cap, size_t *len, const char *s, size_t n)
{
  size_t k = 0;
  while (k < n && s[k] && *len + 1 < cap)
    buf[(*len)++] = s[k++];
  buf[*len] = '\0';
}

/* Copies the first 8 hex digits of the SHA-256 of `key` to `out`. Nettle's SHA-256 (with the
 * CPU's SHA instructions) costs less than a cache of digests kept between documents did: that
 * cache lived in each batch slot's statement list, so with --jobs it saw one article in 16 per
 * job and spread 64 KiB tables over every slot. */
static void
key_digest(const char *key, char out[9])
{
  char full[65];
  fkg_sha256_hex((const unsigned char *)key, strlen(key), full);
  memcpy(out, full, 8);
  out[8] = '\0';
}

/* One pass instead of ICU's measuring pass and converting pass: every mention has an anchor,
 * and the two passes were a fifth of fkg_graph_build. */
const char *
fkg_graph_utf8(FkgDoc *doc, int32_t b, int32_t e, uint8_t *plain)
{
  *plain = 0;
  if (e < b) return fkg_doc_utf8(doc, b, e); /* whatever ICU makes of a negative length */
  /* At most 3 bytes per unit: a BMP character takes one unit, a 4-byte one two. */
  char *out = fkg_arena_alloc_uninit(&doc->arena, (size_t)(e - b) * 3 + 1);
  if (!out) return NULL;
  const UChar *u = doc->text + b;
  int32_t i = 0, n = e - b;
  size_t k = 0;
  int escaped = 0;
  while (i < n) {
    UChar32 c = u[i];
    /* Latin and Cyrillic, nearly all our text, take one unit, one or two bytes. What serd
     * escapes in a literal (writer.c, the line formats) is among them, and so is NUL, which
     * ends the string early (the renderer then looks for itself). Anything else, well-formed
     * UTF-8 as ICU encodes it, serd writes as it is. */
    if (c < 0x80) {
      i++;
      escaped |= c < 0x20 || c == '"' || c == '\\' || c == 0x7F;
      U8_APPEND_UNSAFE(out, k, c); /* the compiler sees c < 0x80: one store */
      continue;
    }
    if (c < 0x800) {
      i++;
    } else {
      U16_NEXT(u, i, n, c);
      if (U_IS_SURROGATE(c)) return NULL;
    }
    U8_APPEND_UNSAFE(out, k, c);
  }
  out[k] = '\0';
  *plain = (uint8_t)!escaped;
  return out;
}

/* The part of every mention IRI of one document that comes before the span:
 * <base>mention/<16 hex of the article's digest>/, made once per document. */
typedef struct {
  const char *iri;  /* NULL: out of memory; mentions then go the long way */
  size_t len;       /* bytes of iri */
  size_t local_len; /* bytes of it after the base */
  int plain;        /* serd writes it unchanged (fkg_quads_iri_plain) */
} MentionPrefix;

/* A mention IRI whose local name is 256 bytes or more: "mention/%.16s/%s-%s-%.*s-%.8s" of the
 * digest, the numbers, key and kh, cut at 255 bytes as snprintf cut it. */
static const char *
mention_iri_cut(FkgQuads *q, const FkgDoc *doc, char local[256], const char *num, size_t n1,
                const char *num2, size_t n2, const char *key, size_t klen, const char *kh)
{
  size_t n = 0;
  append(local, 256, &n, "mention/", SIZE_MAX);
  append(local, 256, &n, doc->sha256, 16);
  append(local, 256, &n, "/", 1);
  append(local, 256, &n, num, n1);
  append(local, 256, &n, "-", 1);
  append(local, 256, &n, num2, n2);
  append(local, 256, &n, "-", 1);
  append(local, 256, &n, key, klen);
  append(local, 256, &n, "-", 1);
  append(local, 256, &n, kh, 8);
  return cat(q, q->base, local);
}

static const char *const kSessionConcepts[FKG_ST_COUNT] = {
    NS_FKG "Plenary",    NS_FKG "RoundTable", NS_FKG "StrategicSession", NS_FKG "ExpertSession",
    NS_FKG "Discussion", NS_FKG "Panel",      NS_FKG "ThematicSite",     NS_FKG "OtherSession"};

static const char *const kLangs[3] = {"ru", "en", "fr"};

/* Labels of a lexicon row in ru/en/fr from the given column prefix ("name_" or "label_"). */
static void
add_lexicon_labels(FkgContext *ctx, FkgQuads *q, const char *subj, FkgLexKind kind, int32_t row,
                   const char *prefix)
{
  for (int l = 0; l < 3; l++) {
    char col[32];
    size_t n = 0;
    append(col, sizeof col, &n, prefix, SIZE_MAX);
    append(col, sizeof col, &n, kLangs[l], SIZE_MAX);
    add_lit(q, subj, P_RDFS_LABEL, fkg_lexicon_cell(ctx->lex, kind, row, col), kLangs[l], NULL);
  }
}

/* Whether `form` is one of the '|'-separated forms of `cell`, as listed. */
static int
listed_form(const char *cell, const char *form)
{
  size_t n = strlen(form);
  for (const char *p = cell; *p;) {
    const char *bar = strchr(p, '|');
    size_t len = bar ? (size_t)(bar - p) : strlen(p);
    if (len == n && memcmp(p, form, n) == 0) return 1;
    if (!bar) break;
    p = bar + 1;
  }
  return 0;
}

/* An organisation's short names as the article writes them (Минтруд России, АСИ), when the
 * lexicon lists them as names of it: skos:altLabel, so that a query finds the body by the
 * name the article used. Declined forms (Минтрудом) are no names, and are left out. */
static void
add_written_forms(FkgContext *ctx, FkgQuads *q, FkgDoc *doc, const char *subj, const FkgEntity *e,
                  const char *lang)
{
  const char *forms = fkg_lexicon_cell(ctx->lex, FKG_LX_ORG, e->row, "forms");
  /* (each form once: the few written so far; a name has a handful of listed forms) */
  const char *done[8];
  int ndone = 0;
  for (int i = 0; i < e->nspans && *forms && ndone < 8; i++) {
    char *text = fkg_doc_utf8(doc, e->spans[i].b, e->spans[i].e);
    if (!text || !listed_form(forms, text)) continue;
    int dup = 0;
    for (int l = 0; l < 3 && !dup; l++) {
      char col[16];
      snprintf(col, sizeof col, "label_%s", kLangs[l]);
      dup = strcmp(fkg_lexicon_cell(ctx->lex, FKG_LX_ORG, e->row, col), text) == 0;
    }
    for (int k = 0; k < ndone && !dup; k++)
      dup = strcmp(done[k], text) == 0;
    if (dup) continue;
    done[ndone++] = text;
    add_lit(q, subj, P_SKOS_ALT_LABEL, text, fkg_utf8_starts_cyrillic(text) ? "ru" : lang, NULL);
  }
}

static void
build_entity(FkgContext *ctx, FkgQuads *q, FkgDoc *doc, const FkgEntity *e, const char *t,
             const char *article, const MentionPrefix *mp)
{
  if (!t) {
    q->failed = 1;
    return;
  }
  const char *lang = fkg_lang_code((FkgLang)e->lang);
  switch (e->kind) {
  case FKG_E_REGION: {
    add_type(q, t, NS_FKG "Region");
    add_type(q, t, NS_SCHEMA "AdministrativeArea");
    add_lexicon_labels(ctx, q, t, FKG_LX_REGION, e->row, "name_");
    add_lit(q, t, P_FKG_ISO_CODE, fkg_lexicon_cell(ctx->lex, FKG_LX_REGION, e->row, "iso"), NULL,
            NULL);
    const char *wd = fkg_lexicon_cell(ctx->lex, FKG_LX_REGION, e->row, "wikidata");
    if (*wd) add_iri(q, t, P_OWL_SAME_AS, cat(q, NS_WD, wd));
    break;
  }
  case FKG_E_CITY:
    add_type(q, t, NS_SCHEMA "City");
    add_lexicon_labels(ctx, q, t, FKG_LX_CITY, e->row, "name_");
    break;
  case FKG_E_ORG:
    add_type(q, t, NS_ORG "Organization");
    if (e->row >= 0) {
      add_lexicon_labels(ctx, q, t, FKG_LX_ORG, e->row, "label_");
      const char *wd = fkg_lexicon_cell(ctx->lex, FKG_LX_ORG, e->row, "wikidata");
      if (*wd) add_iri(q, t, P_OWL_SAME_AS, cat(q, NS_WD, wd));
      add_written_forms(ctx, q, doc, t, e, lang);
    }
    if (e->label) add_lit(q, t, P_RDFS_LABEL, e->label, lang, NULL);
    /* A region's body carries a Russian label made from the lexicon (Правительство Москвы). */
    if (e->row < 0 && e->name) add_lit(q, t, P_RDFS_LABEL, e->name, "ru", NULL);
    break;
  case FKG_E_SERIES:
    add_type(q, t, NS_FKG "ForumSeries");
    add_type(q, t, NS_SCHEMA "EventSeries");
    add_lexicon_labels(ctx, q, t, FKG_LX_SERIES, e->row, "label_");
    {
      const char *wd = fkg_lexicon_cell(ctx->lex, FKG_LX_SERIES, e->row, "wikidata");
      if (*wd) add_iri(q, t, P_OWL_SAME_AS, cat(q, NS_WD, wd));
    }
    add_date(q, t, P_SCHEMA_START_DATE, e->start);
    break;
  case FKG_E_EDITION:
    add_type(q, t, NS_FKG "ForumEdition");
    /* an edition is an event */
    __attribute__((fallthrough));
  case FKG_E_EVENT:
    add_type(q, t, NS_FKG "Event");
    add_type(q, t, NS_SCHEMA "Event");
    if (e->edition > 0) add_int(q, t, P_FKG_EDITION_NUMBER, e->edition, NS_XSD "integer");
    add_date(q, t, P_SCHEMA_START_DATE, e->start);
    add_date(q, t, P_SCHEMA_END_DATE, e->end);
    break;
  case FKG_E_SESSION:
    add_type(q, t, NS_FKG "Session");
    add_type(q, t, NS_SCHEMA "Event");
    add_iri(q, t, P_FKG_SESSION_TYPE,
            kSessionConcepts[e->stype >= 0 && e->stype < FKG_ST_COUNT ? e->stype : FKG_ST_OTHER]);
    add_date(q, t, P_SCHEMA_START_DATE, e->start);
    add_date(q, t, P_SCHEMA_END_DATE, e->end);
    break;
  case FKG_E_PERSON: {
    if (e->official) add_type(q, t, NS_FKG "Official");
    add_type(q, t, NS_SCHEMA "Person");
    int cyr = fkg_utf8_starts_cyrillic(e->family);
    const char *nlang = cyr ? "ru" : lang;
    add_lit(q, t, P_SCHEMA_GIVEN_NAME, e->given, nlang, NULL);
    add_lit(q, t, P_SCHEMA_FAMILY_NAME, e->family, nlang, NULL);
    if (e->family_lat) {
      add_lit(q, t, P_SCHEMA_GIVEN_NAME, e->given_lat, "ru-Latn", NULL);
      add_lit(q, t, P_SCHEMA_FAMILY_NAME, e->family_lat, "ru-Latn", NULL);
      if (e->given_lat && e->family_lat) {
        char *full = fkg_arena_printf(&doc->arena, "%s %s", e->given_lat, e->family_lat);
        if (full) add_lit(q, t, P_RDFS_LABEL, full, "ru-Latn", NULL);
      }
    }
    if (e->name) {
      add_lit(q, t, P_SCHEMA_NAME, e->name, nlang, NULL);
      add_lit(q, t, P_RDFS_LABEL, e->name, nlang, NULL);
    }
    break;
  }
  case FKG_E_POST:
    add_type(q, t, NS_ORG "Post");
    break;
  case FKG_E_PRACTICE:
    add_type(q, t, NS_FKG "Practice");
    add_type(q, t, NS_SCHEMA "CreativeWork");
    break;
  case FKG_E_COUNT:
    break;
  }
  if (e->kind != FKG_E_PERSON && e->kind != FKG_E_REGION && e->kind != FKG_E_CITY &&
      e->kind != FKG_E_ORG) {
    if (e->name) add_lit(q, t, P_SCHEMA_NAME, e->name, lang, NULL);
    if (e->label && e->kind != FKG_E_ORG)
      add_lit(q, t, P_RDFS_LABEL, e->label, lang, NULL);
    else if (!e->label && e->name && e->row < 0)
      add_lit(q, t, P_RDFS_LABEL, e->name, lang, NULL);
  }
  add_iri(q, t, P_FKG_MENTIONED_IN, article);
  /* Mentions: where the article names the entity, in code points of the NFC text.
   * mention/<article>/<begin>-<end>-<kind>-<8 hex of the entity key's SHA-256>: one span can
   * name two entities (a post shared by two people), each gets its own mention. */
  char kh[9];
  const char *slash = strchr(e->key, '/');
  int klen = slash ? (int)(slash - e->key) : (int)strlen(e->key);
  if (e->nspans) key_digest(e->key, kh);
  /* A mention IRI adds to the plain prefix digits, '-', hex and the key's first part: plain when
   * that part is. */
  int mplain = e->nspans && mp->plain && fkg_quads_iri_plain(e->key, (size_t)klen, 0);
  for (int i = 0; i < e->nspans; i++) {
    int32_t cb = doc->cp[e->spans[i].b], ce = doc->cp[e->spans[i].e];
    /* "mention/%.16s/%d-%d-%.*s-%.8s" of the digest, cb, ce, klen, key, kh; built by hand, as
     * snprintf was a fifth of the graph stage. Cut at 255 bytes as snprintf cut it. */
    char local[256], num[24], num2[24];
    size_t n1 = fmt_long(num, cb), n2 = fmt_long(num2, ce);
    /* The local name's length, were it not cut: "<prefix><cb>-<ce>-<key>-<kh>". */
    size_t whole = mp->local_len + n1 + 1 + n2 + 1 + (size_t)klen + 1 + 8;
    const char *m;
    if (whole < sizeof local && mp->iri) {
      /* The IRI at once, after the document's prefix <base>mention/<digest>/. */
      char *d = fkg_arena_alloc_uninit(q->arena, mp->len + (whole - mp->local_len) + 1);
      m = d;
      if (d) {
        memcpy(d, mp->iri, mp->len);
        d += mp->len;
        memcpy(d, num, n1);
        d += n1;
        *d++ = '-';
        memcpy(d, num2, n2);
        d += n2;
        *d++ = '-';
        memcpy(d, e->key, (size_t)klen);
        d += klen;
        *d++ = '-';
        memcpy(d, kh, 9); /* with its NUL */
      }
      q->plain_subj = mplain ? m : NULL;
    } else {
      m = mention_iri_cut(q, doc, local, num, n1, num2, n2, e->key, (size_t)klen, kh);
      q->plain_subj = NULL;
    }
    /* In the predicates' sorted order: the output's order is fkg_quads_normalise's whatever
     * this one, but statements already in order cost its sort least. */
    uint8_t plain;
    const char *anchor = fkg_graph_utf8(doc, e->spans[i].b, e->spans[i].e, &plain);
    if (anchor && *anchor) push(q, m, P_NIF_ANCHOR_OF, anchor, NULL, NULL, 1, plain);
    add_int(q, m, P_NIF_BEGIN_INDEX, cb, NS_XSD "nonNegativeInteger");
    add_int(q, m, P_NIF_END_INDEX, ce, NS_XSD "nonNegativeInteger");
    add_type(q, m, NS_FKG "Mention");
    add_iri(q, m, P_FKG_IN_ARTICLE, article);
    add_iri(q, m, P_FKG_REFERS_TO, t);
  }
  q->plain_subj = NULL;
}

/* Relation predicates, whole IRIs. */
static const FkgPred kRelPred[FKG_R_COUNT] = {
    [FKG_R_SPEAKER] = P_FKG_SPEAKER,
    [FKG_R_MODERATOR] = P_FKG_MODERATOR,
    [FKG_R_PARTICIPANT] = P_FKG_PARTICIPANT,
    [FKG_R_ORGANIZER] = P_SCHEMA_ORGANIZER,
    [FKG_R_PRESENTED_BY] = P_FKG_PRESENTED_BY,
    [FKG_R_PRESENTED_AT] = P_FKG_PRESENTED_AT,
    [FKG_R_HOLDS] = P_ORG_HOLDS,
    [FKG_R_POST_IN] = P_ORG_POST_IN,
    [FKG_R_REPRESENTS] = P_FKG_REPRESENTS,
    [FKG_R_REGION] = P_FKG_REGION,
    [FKG_R_LOCATION] = P_SCHEMA_LOCATION,
    [FKG_R_SERIES] = P_FKG_SERIES,
    [FKG_R_SUPER] = P_SCHEMA_SUPER_EVENT,
};

FkgStatus
fkg_graph_build(FkgContext *ctx, FkgQuads *q, FkgDoc *doc, const FkgFacts *f)
{
  q->n = 0;
  q->failed = 0;
  q->preds_ranked = 1; /* push gives every statement its predicate's rank */
  q->plain_subj = NULL;
  q->arena = &doc->arena;
  char local[64];
  snprintf(local, sizeof local, "article/%.16s", doc->sha256);
  const char *art = cat(q, q->base, local);
  if (!art) return FKG_BAD_ALLOC;
  q->graph = art;
  add_type(q, art, NS_FKG "Article");
  add_type(q, art, NS_SCHEMA "NewsArticle");
  add_type(q, art, NS_PROV "Entity");
  add_lit(q, art, P_DCT_SOURCE, doc->source, NULL, NULL);
  add_lit(q, art, P_RDFS_LABEL, doc->source, NULL, NULL);
  add_lit(q, art, P_DCT_LANGUAGE, fkg_lang_code(doc->lang), NULL, NULL);
  add_lit(q, art, P_FKG_SHA256, doc->sha256, NULL, NULL);
  add_lit(
      q, art, P_DCT_FORMAT,
      fkg_arena_printf(q->arena, "text/plain; charset=%s", doc->encoding ? doc->encoding : "UTF-8"),
      NULL, NULL);
  /* CONTRACT: an article's date is an xsd:date or xsd:gYearMonth; a dateline's year alone
   * ("Novosibirsk, 2022") only dates the article's yearless dates (dates.c). */
  if (doc->date.year && doc->date.month) add_date(q, art, P_DCT_DATE, doc->date);
  /* The mention IRIs' common prefix: "mention/%.16s/" of the digest after the base. */
  MentionPrefix mp = {NULL, 0, 0, 0};
  {
    size_t n = 0;
    append(local, sizeof local, &n, "mention/", SIZE_MAX);
    append(local, sizeof local, &n, doc->sha256, 16);
    append(local, sizeof local, &n, "/", 1);
    mp.iri = cat(q, q->base, local);
    mp.local_len = n;
    mp.len = mp.iri ? strlen(mp.iri) : 0;
    mp.plain = mp.iri && fkg_quads_iri_plain(mp.iri, SIZE_MAX, 1);
  }
  /* Entity IRIs, made once per document. */
  const char **iri = fkg_arena_alloc(q->arena, sizeof *iri * ((size_t)f->nents + 1));
  if (!iri) return FKG_BAD_ALLOC;
  for (int32_t i = 0; i < f->nents; i++)
    iri[i] = f->ents[i].mentioned ? cat(q, q->base, f->ents[i].key) : NULL;
  /* An entity the article does not name (a region reached only through its city) is not
   * described here, and relations to it are left out: every node of the graph is evidenced. */
  /* A hidden entity (a bare name the extractor could not tie to a full name) is not
   * described either: the graph holds officials named in full. */
  for (int32_t i = 0; i < f->nents; i++)
    if (f->ents[i].mentioned && !f->ents[i].hidden)
      build_entity(ctx, q, doc, &f->ents[i], iri[i], art, &mp);
  for (int32_t i = 0; i < f->nrels; i++) {
    const FkgRel *r = &f->rels[i];
    if (!f->ents[r->s].mentioned || !f->ents[r->o].mentioned || f->ents[r->s].hidden ||
        f->ents[r->o].hidden)
      continue;
    add_iri(q, iri[r->s], kRelPred[r->kind], iri[r->o]);
    if (r->kind == FKG_R_SERIES) add_iri(q, iri[r->s], P_SCHEMA_SUPER_EVENT, iri[r->o]);
  }
  return q->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}
