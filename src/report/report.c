/* forumkg: report stage, the public entry points (forumkg/report.h): options, reading graph
 * files into the index, and rendering the page or its DOT from everything read. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>

struct FkgReport {
  FkgDiag *diag;
  FkgRStore *store;
  FkgLang lang;
  char *dot_program, *title;
  int no_drawing;
  size_t max_nodes;
  char **sources; /* base names of the graphs read */
  size_t nsources;
};

const char *
fkg_report_syntax_for_path(const char *path)
{
  static const struct {
    const char *ext, *syntax;
  } kExt[] = {{".ttl", "turtle"}, {".nt", "ntriples"}, {".nq", "nquads"}};
  size_t n = strlen(path);
  for (size_t i = 0; i < sizeof kExt / sizeof *kExt; i++) {
    size_t el = strlen(kExt[i].ext);
    if (n > el && strcmp(path + n - el, kExt[i].ext) == 0) return kExt[i].syntax;
  }
  return NULL;
}

FkgReport *
fkg_report_new(const FkgReportOptions *opts, FkgDiag *diag, FkgStatus *st)
{
  FkgLang lang = FKG_LANG_EN;
  if (opts->lang && !fkg_report_lang_parse(opts->lang, &lang)) {
    fkg_diag(diag, FKG_ERROR, NULL, "unknown report language '%s' (ru, en, fr)", opts->lang);
    *st = FKG_BAD_ARG;
    return NULL;
  }
  FkgReport *r = calloc(1, sizeof *r);
  if (!r) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  r->diag = diag;
  r->lang = lang;
  r->no_drawing = opts->no_drawing;
  r->max_nodes = opts->max_nodes ? opts->max_nodes : 400;
  r->dot_program = strdup(opts->dot_program ? opts->dot_program : "dot");
  r->title = opts->title ? strdup(opts->title) : NULL;
  if (!r->dot_program || (opts->title && !r->title)) {
    fkg_report_free(r);
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  r->store = fkg_rstore_new(diag, st);
  if (!r->store) {
    fkg_report_free(r);
    return NULL;
  }
  *st = FKG_SUCCESS;
  return r;
}

void
fkg_report_free(FkgReport *r)
{
  if (!r) return;
  fkg_rstore_free(r->store);
  for (size_t i = 0; i < r->nsources; i++)
    free(r->sources[i]);
  free(r->sources);
  free(r->dot_program);
  free(r->title);
  free(r);
}

FkgStatus
fkg_report_add_file(FkgReport *r, const char *path)
{
  const char *syntax = fkg_report_syntax_for_path(path);
  if (!syntax) {
    FkgLoc loc = {path, 0, 0};
    fkg_diag(r->diag, FKG_ERROR, &loc,
             "unknown graph format: the name must end in .ttl "
             "(Turtle), .nt (N-Triples) or .nq (N-Quads)");
    return FKG_BAD_ARG;
  }
  FkgStatus st = fkg_rstore_add_file(r->store, path, syntax);
  if (st) return st;
  const char *slash = strrchr(path, '/');
  char **nv = realloc(r->sources, (r->nsources + 1) * sizeof *nv);
  if (!nv) return FKG_BAD_ALLOC;
  r->sources = nv;
  if (!(r->sources[r->nsources] = strdup(slash ? slash + 1 : path))) return FKG_BAD_ALLOC;
  r->nsources++;
  return FKG_SUCCESS;
}

static FkgStatus
render(FkgReport *r, int dot_only, char **text, size_t *len)
{
  *text = NULL;
  *len = 0;
  FkgStatus st = fkg_rstore_finish(r->store);
  if (st) return st;
  FkgRModel m;
  st = fkg_rmodel_init(&m, r->store, r->lang);
  FkgRPageOptions o = {r->lang,
                       r->dot_program,
                       r->no_drawing,
                       r->max_nodes,
                       r->title,
                       r->diag,
                       (const char *const *)r->sources,
                       r->nsources};
  FkgRBuf out = {0};
  if (!st) {
    if (dot_only) {
      size_t drawn, drawable;
      st = fkg_report_dot_write(&m, &o, &out, &drawn, &drawable);
    } else {
      st = fkg_report_page_write(&m, &o, &out);
    }
  }
  fkg_rmodel_clear(&m);
  if (!st) {
    *text = fkg_rbuf_take(&out, len);
    if (!*text) st = FKG_BAD_ALLOC;
  }
  fkg_rbuf_clear(&out);
  if (st == FKG_BAD_ALLOC) fkg_diag(r->diag, FKG_ERROR, NULL, "out of memory");
  return st;
}

FkgStatus
fkg_report_render(FkgReport *r, char **html, size_t *len)
{
  return render(r, 0, html, len);
}

FkgStatus
fkg_report_render_dot(FkgReport *r, char **dot, size_t *len)
{
  return render(r, 1, dot, len);
}
