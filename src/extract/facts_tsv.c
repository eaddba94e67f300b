/* forumkg: extract stage, the facts of one document as TSV for benchmarks that score persons
 * and occupations on plain text (factRuEval-2016): `forumkg extract --facts tsv`. */
#include "forumkg/extract.h"
#include "forumkg/text.h"

#include <string.h>

/* Writes `s` with tabs and line breaks replaced by spaces, so that a field stays one field. */
static void
put_field(FILE *out, const char *s)
{
  for (; s && *s; s++)
    fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

static const FkgEntity *
rel_object(const FkgFacts *f, FkgRelKind kind, int32_t s)
{
  for (int32_t r = 0; r < f->nrels; r++)
    if (f->rels[r].kind == kind && f->rels[r].s == s) return &f->ents[f->rels[r].o];
  return NULL;
}

FkgStatus
fkg_facts_write_tsv(const FkgFacts *f, FILE *out)
{
  FkgDoc *doc = f->doc;
  for (int32_t i = 0; i < f->nents; i++) {
    const FkgEntity *e = &f->ents[i];
    if (e->kind != FKG_E_PERSON) continue;
    for (int k = 0; k < e->nspans; k++) {
      fprintf(out, "person\t");
      put_field(out, doc->source);
      fprintf(out, "\t%d\t%d\t", doc->cp[e->spans[k].b], doc->cp[e->spans[k].e]);
      put_field(out, fkg_doc_utf8(doc, e->spans[k].b, e->spans[k].e));
      fputc('\n', out);
    }
    for (int32_t r = 0; r < f->nrels; r++) {
      if (f->rels[r].kind != FKG_R_HOLDS || f->rels[r].s != i) continue;
      int32_t pi = f->rels[r].o;
      const FkgEntity *post = &f->ents[pi];
      const FkgEntity *org = rel_object(f, FKG_R_POST_IN, pi);
      const FkgEntity *reg = rel_object(f, FKG_R_REGION, pi);
      fprintf(out, "occupation\t");
      put_field(out, doc->source);
      fputc('\t', out);
      put_field(out, e->name);
      fputc('\t', out);
      if (post->head.e > post->head.b)
        put_field(out, fkg_doc_utf8(doc, post->head.b, post->head.e));
      fputc('\t', out);
      if (org && (org->label || org->name))
        put_field(out, org->label ? org->label : org->name);
      else if (reg && reg->nspans) {
        /* the region's mention inside the post (губернатор Подмосковья), else its first */
        const FkgSpan *sp = &reg->spans[0];
        for (int k = 0; k < reg->nspans && post->nspans; k++)
          if (reg->spans[k].b >= post->spans[0].b && reg->spans[k].e <= post->spans[0].e)
            sp = &reg->spans[k];
        put_field(out, fkg_doc_utf8(doc, sp->b, sp->e));
      }
      fprintf(out, "\t%d\t%d\n", post->nspans ? doc->cp[post->spans[0].b] : 0,
              post->nspans ? doc->cp[post->spans[0].e] : 0);
    }
  }
  return ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
}
