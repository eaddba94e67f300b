/* forumkg: graph stage, from facts to statements on the contract's vocabulary. Every entity
 * gets its classes, labels, fkg:mentionedIn and one fkg:Mention node per text span; no blank
 * node is ever made, so graphs from different runs merge by plain union. */
#include "context_int.h"
#include "forumkg/lexicon.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"
#include "graph_int.h"
#include "vocab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
push(FkgStatements *s, raptor_term *subj, raptor_term *pred, raptor_term *obj)
{
  if (!subj || !pred || !obj) {
    if (subj) raptor_free_term(subj);
    if (pred) raptor_free_term(pred);
    if (obj) raptor_free_term(obj);
    s->failed = 1;
    return;
  }
  if (s->n == s->cap) {
    size_t ncap = s->cap ? s->cap * 2 : 1024;
    raptor_statement **nv = realloc(s->v, sizeof *nv * ncap);
    if (!nv) {
      raptor_free_term(subj);
      raptor_free_term(pred);
      raptor_free_term(obj);
      s->failed = 1;
      return;
    }
    s->v = nv;
    s->cap = ncap;
  }
  raptor_term *g = s->graph ? raptor_term_copy(s->graph) : NULL;
  raptor_statement *st = raptor_new_statement_from_nodes(s->world, subj, pred, obj, g);
  if (!st) {
    s->failed = 1;
    return;
  }
  s->v[s->n++] = st;
}

static raptor_term *
iri2(FkgStatements *s, const char *ns, const char *local)
{
  char buf[2048];
  snprintf(buf, sizeof buf, "%s%s", ns, local);
  return raptor_new_term_from_uri_string(s->world, (const unsigned char *)buf);
}

static raptor_term *
lit(FkgStatements *s, const char *value, const char *lang, const char *datatype)
{
  raptor_uri *dt = NULL;
  if (datatype) {
    char buf[256];
    snprintf(buf, sizeof buf, "%s%s", NS_XSD, datatype);
    dt = raptor_new_uri(s->world, (const unsigned char *)buf);
  }
  raptor_term *t = raptor_new_term_from_counted_literal(
      s->world, (const unsigned char *)value, strlen(value), dt, (const unsigned char *)lang,
      (unsigned char)(lang ? strlen(lang) : 0));
  if (dt) raptor_free_uri(dt);
  return t;
}

static void
add_iri(FkgStatements *s, raptor_term *subj, const char *pns, const char *plocal, const char *ons,
        const char *olocal)
{
  push(s, raptor_term_copy(subj), iri2(s, pns, plocal), iri2(s, ons, olocal));
}

static void
add_lit(FkgStatements *s, raptor_term *subj, const char *pns, const char *plocal, const char *value,
        const char *lang, const char *datatype)
{
  if (!value || !*value) return;
  push(s, raptor_term_copy(subj), iri2(s, pns, plocal), lit(s, value, lang, datatype));
}

static void
add_date(FkgStatements *s, raptor_term *subj, const char *plocal, FkgDate d)
{
  char buf[32];
  const char *dt;
  if (d.year && d.month && d.day) {
    snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    dt = "date";
  } else if (d.year && d.month) {
    snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    dt = "gYearMonth";
  } else if (d.year) {
    snprintf(buf, sizeof buf, "%04d", d.year);
    dt = "gYear";
  } else if (d.month && d.day) {
    snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
    dt = "gMonthDay";
  } else {
    return;
  }
  add_lit(s, subj, NS_SCHEMA, plocal, buf, NULL, dt);
}

static const char *const kSessionConcepts[FKG_ST_COUNT] = {
    "Plenary",    "RoundTable", "StrategicSession", "ExpertSession",
    "Discussion", "Panel",      "ThematicSite",     "OtherSession"};

static const char *const kLangs[3] = {"ru", "en", "fr"};

/* Labels of a lexicon row in ru/en/fr from the given column prefix ("name_" or "label_"). */
static void
add_lexicon_labels(FkgContext *ctx, FkgStatements *s, raptor_term *subj, FkgLexKind kind,
                   int32_t row, const char *prefix)
{
  for (int l = 0; l < 3; l++) {
    char col[32];
    snprintf(col, sizeof col, "%s%s", prefix, kLangs[l]);
    add_lit(s, subj, NS_RDFS, "label", fkg_lexicon_cell(ctx->lex, kind, row, col), kLangs[l], NULL);
  }
}

static raptor_term *
entity_term(FkgStatements *s, const FkgEntity *e)
{
  return iri2(s, s->base, e->key);
}

static void
build_entity(FkgContext *ctx, FkgStatements *s, FkgDoc *doc, const FkgEntity *e,
             raptor_term *article)
{
  raptor_term *t = entity_term(s, e);
  if (!t) {
    s->failed = 1;
    return;
  }
  const char *lang = fkg_lang_code((FkgLang)e->lang);
  switch (e->kind) {
  case FKG_E_REGION: {
    add_iri(s, t, NS_RDF, "type", NS_FKG, "Region");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "AdministrativeArea");
    add_lexicon_labels(ctx, s, t, FKG_LX_REGION, e->row, "name_");
    add_lit(s, t, NS_FKG, "isoCode", fkg_lexicon_cell(ctx->lex, FKG_LX_REGION, e->row, "iso"), NULL,
            NULL);
    const char *q = fkg_lexicon_cell(ctx->lex, FKG_LX_REGION, e->row, "wikidata");
    if (*q) add_iri(s, t, NS_OWL, "sameAs", NS_WD, q);
    break;
  }
  case FKG_E_CITY:
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "City");
    add_lexicon_labels(ctx, s, t, FKG_LX_CITY, e->row, "name_");
    break;
  case FKG_E_ORG:
    add_iri(s, t, NS_RDF, "type", NS_ORG, "Organization");
    if (e->row >= 0) {
      add_lexicon_labels(ctx, s, t, FKG_LX_ORG, e->row, "label_");
      const char *q = fkg_lexicon_cell(ctx->lex, FKG_LX_ORG, e->row, "wikidata");
      if (*q) add_iri(s, t, NS_OWL, "sameAs", NS_WD, q);
    }
    if (e->label) add_lit(s, t, NS_RDFS, "label", e->label, lang, NULL);
    /* A region's body carries a Russian label made from the lexicon (Правительство Москвы). */
    if (e->row < 0 && e->name) add_lit(s, t, NS_RDFS, "label", e->name, "ru", NULL);
    break;
  case FKG_E_SERIES:
    add_iri(s, t, NS_RDF, "type", NS_FKG, "ForumSeries");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "EventSeries");
    add_lexicon_labels(ctx, s, t, FKG_LX_SERIES, e->row, "label_");
    {
      const char *q = fkg_lexicon_cell(ctx->lex, FKG_LX_SERIES, e->row, "wikidata");
      if (*q) add_iri(s, t, NS_OWL, "sameAs", NS_WD, q);
    }
    add_date(s, t, "startDate", e->start);
    break;
  case FKG_E_EDITION:
    add_iri(s, t, NS_RDF, "type", NS_FKG, "ForumEdition");
    /* an edition is an event */
    __attribute__((fallthrough));
  case FKG_E_EVENT:
    add_iri(s, t, NS_RDF, "type", NS_FKG, "Event");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "Event");
    if (e->edition > 0) {
      char num[16];
      snprintf(num, sizeof num, "%d", e->edition);
      add_lit(s, t, NS_FKG, "editionNumber", num, NULL, "integer");
    }
    add_date(s, t, "startDate", e->start);
    add_date(s, t, "endDate", e->end);
    break;
  case FKG_E_SESSION:
    add_iri(s, t, NS_RDF, "type", NS_FKG, "Session");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "Event");
    add_iri(s, t, NS_FKG, "sessionType", NS_FKG,
            kSessionConcepts[e->stype >= 0 && e->stype < FKG_ST_COUNT ? e->stype : FKG_ST_OTHER]);
    add_date(s, t, "startDate", e->start);
    add_date(s, t, "endDate", e->end);
    break;
  case FKG_E_PERSON: {
    add_iri(s, t, NS_RDF, "type", NS_FKG, "Official");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "Person");
    int cyr =
        e->family && (unsigned char)e->family[0] >= 0xD0 && (unsigned char)e->family[0] <= 0xD3;
    const char *nlang = cyr ? "ru" : lang;
    add_lit(s, t, NS_SCHEMA, "givenName", e->given, nlang, NULL);
    add_lit(s, t, NS_SCHEMA, "familyName", e->family, nlang, NULL);
    if (cyr) {
      add_lit(s, t, NS_SCHEMA, "givenName", e->given_lat, "ru-Latn", NULL);
      add_lit(s, t, NS_SCHEMA, "familyName", e->family_lat, "ru-Latn", NULL);
      if (e->given_lat && e->family_lat) {
        char *full = fkg_arena_printf(&doc->arena, "%s %s", e->given_lat, e->family_lat);
        if (full) add_lit(s, t, NS_RDFS, "label", full, "ru-Latn", NULL);
      }
    }
    if (e->name) {
      add_lit(s, t, NS_SCHEMA, "name", e->name, nlang, NULL);
      add_lit(s, t, NS_RDFS, "label", e->name, nlang, NULL);
    }
    break;
  }
  case FKG_E_POST:
    add_iri(s, t, NS_RDF, "type", NS_ORG, "Post");
    break;
  case FKG_E_PRACTICE:
    add_iri(s, t, NS_RDF, "type", NS_FKG, "Practice");
    add_iri(s, t, NS_RDF, "type", NS_SCHEMA, "CreativeWork");
    break;
  case FKG_E_COUNT:
    break;
  }
  if (e->kind != FKG_E_PERSON && e->kind != FKG_E_REGION && e->kind != FKG_E_CITY &&
      e->kind != FKG_E_ORG) {
    if (e->name) add_lit(s, t, NS_SCHEMA, "name", e->name, lang, NULL);
    if (e->label && e->kind != FKG_E_ORG)
      add_lit(s, t, NS_RDFS, "label", e->label, lang, NULL);
    else if (!e->label && e->name && e->row < 0)
      add_lit(s, t, NS_RDFS, "label", e->name, lang, NULL);
  }
  push(s, raptor_term_copy(t), iri2(s, NS_FKG, "mentionedIn"), raptor_term_copy(article));
  /* Mentions: where the article names the entity, in code points of the NFC text. */
  for (int i = 0; i < e->nspans; i++) {
    int32_t cb = doc->cp[e->spans[i].b], ce = doc->cp[e->spans[i].e];
    /* mention/<article>/<begin>-<end>-<kind>-<8 hex of the entity key's SHA-256>: one span
     * can name two entities (a post shared by two people), each gets its own mention. */
    char local[256], kh[65];
    const char *slash = strchr(e->key, '/');
    int klen = slash ? (int)(slash - e->key) : (int)strlen(e->key);
    fkg_sha256_hex((const unsigned char *)e->key, strlen(e->key), kh);
    snprintf(local, sizeof local, "mention/%.16s/%d-%d-%.*s-%.8s", doc->sha256, cb, ce, klen,
             e->key, kh);
    raptor_term *m = iri2(s, s->base, local);
    if (!m) {
      s->failed = 1;
      continue;
    }
    char num[24];
    add_iri(s, m, NS_RDF, "type", NS_FKG, "Mention");
    push(s, raptor_term_copy(m), iri2(s, NS_FKG, "refersTo"), raptor_term_copy(t));
    push(s, raptor_term_copy(m), iri2(s, NS_FKG, "inArticle"), raptor_term_copy(article));
    snprintf(num, sizeof num, "%d", cb);
    add_lit(s, m, NS_NIF, "beginIndex", num, NULL, "nonNegativeInteger");
    snprintf(num, sizeof num, "%d", ce);
    add_lit(s, m, NS_NIF, "endIndex", num, NULL, "nonNegativeInteger");
    const char *anchor = fkg_doc_utf8(doc, e->spans[i].b, e->spans[i].e);
    if (anchor) add_lit(s, m, NS_NIF, "anchorOf", anchor, NULL, NULL);
    raptor_free_term(m);
  }
  raptor_free_term(t);
}

static const struct {
  const char *ns, *local;
} kRelPred[FKG_R_COUNT] = {
    [FKG_R_SPEAKER] = {NS_FKG, "speaker"},
    [FKG_R_MODERATOR] = {NS_FKG, "moderator"},
    [FKG_R_PARTICIPANT] = {NS_FKG, "participant"},
    [FKG_R_ORGANIZER] = {NS_SCHEMA, "organizer"},
    [FKG_R_PRESENTED_BY] = {NS_FKG, "presentedBy"},
    [FKG_R_PRESENTED_AT] = {NS_FKG, "presentedAt"},
    [FKG_R_HOLDS] = {NS_ORG, "holds"},
    [FKG_R_POST_IN] = {NS_ORG, "postIn"},
    [FKG_R_REPRESENTS] = {NS_FKG, "represents"},
    [FKG_R_REGION] = {NS_FKG, "region"},
    [FKG_R_LOCATION] = {NS_SCHEMA, "location"},
    [FKG_R_SERIES] = {NS_FKG, "series"},
    [FKG_R_SUPER] = {NS_SCHEMA, "superEvent"},
};

FkgStatus
fkg_graph_build(FkgContext *ctx, FkgStatements *s, FkgDoc *doc, const FkgFacts *f)
{
  char local[64];
  snprintf(local, sizeof local, "article/%.16s", doc->sha256);
  raptor_term *art = iri2(s, s->base, local);
  if (!art) return FKG_BAD_ALLOC;
  if (s->graph) raptor_free_term(s->graph);
  s->graph = raptor_term_copy(art);
  add_iri(s, art, NS_RDF, "type", NS_FKG, "Article");
  add_iri(s, art, NS_RDF, "type", NS_SCHEMA, "NewsArticle");
  add_iri(s, art, NS_RDF, "type", NS_PROV, "Entity");
  add_lit(s, art, NS_DCT, "source", doc->source, NULL, NULL);
  add_lit(s, art, NS_RDFS, "label", doc->source, NULL, NULL);
  add_lit(s, art, NS_DCT, "language", fkg_lang_code(doc->lang), NULL, NULL);
  add_lit(s, art, NS_FKG, "sha256", doc->sha256, NULL, NULL);
  {
    char fmt[96];
    snprintf(fmt, sizeof fmt, "text/plain; charset=%s", doc->encoding ? doc->encoding : "UTF-8");
    add_lit(s, art, NS_DCT, "format", fmt, NULL, NULL);
  }
  if (doc->date.year) {
    FkgDate d = doc->date;
    char buf[16];
    if (d.day)
      snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    else
      snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
    add_lit(s, art, NS_DCT, "date", buf, NULL, d.day ? "date" : "gYearMonth");
  }
  /* An entity the article does not name (a region reached only through its city) is not
   * described here, and relations to it are left out: every node of the graph is evidenced. */
  /* A hidden entity (a bare name the extractor could not tie to a full name) is not
   * described either: the graph holds officials named in full. */
  for (int32_t i = 0; i < f->nents; i++)
    if (f->ents[i].mentioned && !f->ents[i].hidden) build_entity(ctx, s, doc, &f->ents[i], art);
  for (int32_t i = 0; i < f->nrels; i++) {
    const FkgRel *r = &f->rels[i];
    if (!f->ents[r->s].mentioned || !f->ents[r->o].mentioned || f->ents[r->s].hidden ||
        f->ents[r->o].hidden)
      continue;
    raptor_term *a = entity_term(s, &f->ents[r->s]);
    raptor_term *b = entity_term(s, &f->ents[r->o]);
    push(s, a, iri2(s, kRelPred[r->kind].ns, kRelPred[r->kind].local), b);
    if (r->kind == FKG_R_SERIES)
      push(s, entity_term(s, &f->ents[r->s]), iri2(s, NS_SCHEMA, "superEvent"),
           entity_term(s, &f->ents[r->o]));
  }
  raptor_free_term(art);
  return s->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}
