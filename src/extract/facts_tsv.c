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
  int32_t r = fkg_facts_first_rel(f, kind, s);
  return r >= 0 ? &f->ents[f->rels[r].o] : NULL;
}

/* Does the post of holds-relation r have a place (organisation, country or region)? */
static int
post_placed(const FkgFacts *f, int32_t post)
{
  return f->ents[post].where || rel_object(f, FKG_R_POST_IN, post) ||
         rel_object(f, FKG_R_REGION, post);
}

/* One fact per person and title: the same title read twice (президент … президентом) is
 * written once, the first mention that names the place, else the first. */
static int
duplicate_post(const FkgFacts *f, int32_t person, int32_t r)
{
  int32_t post = f->rels[r].o, row = f->ents[post].row;
  if (row < 0) return 0;
  for (int32_t q = fkg_facts_first_rel(f, FKG_R_HOLDS, person); q >= 0; q = f->rels[q].next_ks) {
    if (q == r) continue;
    int32_t other = f->rels[q].o;
    if (f->ents[other].row != row) continue;
    int better = post_placed(f, other) > post_placed(f, post) ||
                 (post_placed(f, other) == post_placed(f, post) && q < r);
    if (better) return 1;
  }
  return 0;
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
    for (int32_t r = fkg_facts_first_rel(f, FKG_R_HOLDS, i); r >= 0; r = f->rels[r].next_ks) {
      int32_t pi = f->rels[r].o;
      const FkgEntity *post = &f->ents[pi];
      if (duplicate_post(f, i, r)) continue;
      fprintf(out, "occupation\t");
      put_field(out, doc->source);
      fputc('\t', out);
      put_field(out, e->name);
      fputc('\t', out);
      if (post->head.e > post->head.b)
        put_field(out, fkg_doc_utf8(doc, post->head.b, post->head.e));
      fputc('\t', out);
      put_field(out, post->where);
      fprintf(out, "\t%d\t%d\n", post->nspans ? doc->cp[post->spans[0].b] : 0,
              post->nspans ? doc->cp[post->spans[0].e] : 0);
    }
  }
  return ferror(out) ? FKG_BAD_WRITE : FKG_SUCCESS;
}
