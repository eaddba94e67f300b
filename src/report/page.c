/* forumkg: report stage, the page. Writes one self-contained HTML document (inline style, no
 * script, nothing fetched: a Content-Security-Policy says so to the browser too): counts per
 * class, the drawing, one table per kind of fact, and at the bottom every entity's mentions,
 * which the tables and the drawing link to. All text from the graph goes through
 * fkg_report_html_escape. */
#include "report_int.h"

#include <stdlib.h>
#include <string.h>

static const char kStyle[] =
    "body{font-family:'DejaVu Sans',sans-serif;font-size:14px;margin:0 24px 48px;color:#222;"
    "background:#fff}\n"
    "h1{font-size:24px;margin:20px 0 4px}h2{font-size:19px;margin:28px 0 8px;"
    "border-bottom:2px solid #e0b860;padding-bottom:3px}\n"
    "h3{font-size:15px;margin:14px 0 2px}\n"
    "nav a{margin-right:14px}p.sources{color:#555;margin:2px 0 8px}\n"
    "table{border-collapse:collapse;margin:4px 0 12px}\n"
    "th,td{border:1px solid #ccc;padding:3px 7px;vertical-align:top;text-align:left}\n"
    "th{background:#f6f1e4}td.num,th.num{text-align:right}\n"
    "tbody tr:nth-child(even){background:#fbfaf6}\n"
    "a{color:#1c5d99;text-decoration:none}a:hover{text-decoration:underline}\n"
    "code,.iri{font-family:'DejaVu Sans Mono',monospace;font-size:12px;color:#555}\n"
    ".drawing{overflow:auto;border:1px solid #ddd;background:#fff;"
    "padding:4px}\n"
    ".drawing svg{display:block}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:4px 18px;margin:4px 0 8px;font-size:13px}\n"
    ".legend span{white-space:nowrap}.legend svg{vertical-align:middle;margin-right:4px}\n"
    ".swatch{display:inline-block;width:14px;height:12px;border:1px solid;margin-right:4px;"
    "vertical-align:middle}\n"
    "ol.mentions{margin:2px 0 8px;padding-left:28px}\n"
    "li.mention q{background:#fff3c4}\n"
    ".src{font-family:'DejaVu Sans Mono',monospace;font-size:12px}\n"
    ".off{color:#777;font-size:12px}\n"
    "section.entity:target{background:#fff8dc}\n";

/* Legend strokes: must match kEdgeAttrs in graphviz.c. */
static const struct {
  FkgWord word;
  const char *color, *dash;
  double width;
} kLegend[] = {
    {FKG_W_EDGE_PART_OF, "#b8860b", NULL, 1},       {FKG_W_EDGE_SPEAKER, "#2f6fb0", NULL, 1},
    {FKG_W_EDGE_MODERATOR, "#2f6fb0", "5,3", 1.8},  {FKG_W_EDGE_PARTICIPANT, "#888888", "1,3", 1.4},
    {FKG_W_EDGE_REPRESENTS, "#3b8a35", NULL, 1},    {FKG_W_EDGE_PRESENTED_BY, "#7d4a9e", NULL, 1},
    {FKG_W_EDGE_PRESENTED_AT, "#7d4a9e", "5,3", 1}, {FKG_W_EDGE_REGION, "#7d4a9e", "1,3", 1.4},
    {FKG_W_EDGE_LOCATION, "#a0522d", "1,3", 1.4},
};

/* Node swatches: must match kStyles in graphviz.c. */
static const struct {
  FkgClass cls;
  const char *fill, *line;
} kSwatches[] = {
    {FKG_C_EDITION, "#f6c667", "#8a5a00"}, {FKG_C_EVENT, "#f9dca0", "#8a5a00"},
    {FKG_C_SESSION, "#fff3d6", "#b8860b"}, {FKG_C_OFFICIAL, "#d4e6f9", "#2f6fb0"},
    {FKG_C_REGION, "#d6efd2", "#3b8a35"},  {FKG_C_PRACTICE, "#eadcf3", "#7d4a9e"},
};

typedef struct {
  FkgRModel *m;
  const FkgRPageOptions *o;
  FkgRBuf *out;
} Page;

static void
text(Page *pg, const char *s)
{
  fkg_report_html_escape(pg->out, s ? s : "");
}

static void
raw(Page *pg, const char *s)
{
  fkg_rbuf_puts(pg->out, s);
}

static const char *
word(Page *pg, FkgWord w)
{
  return fkg_report_word(pg->o->lang, w);
}

/* An entity's name, linked to its mentions when it has any; the IRI is its tooltip. */
static void
link(Page *pg, FkgTermId t)
{
  FkgREntity *e = fkg_rmodel_entity(pg->m, t);
  const char *label = fkg_rmodel_label(pg->m, t);
  if (e && e->has_mentions) {
    fkg_rbuf_printf(pg->out, "<a href=\"#e%zu\" title=\"", fkg_rmodel_index(pg->m, e));
    text(pg, fkg_rmodel_iri(pg->m, t));
    raw(pg, "\">");
    text(pg, label);
    raw(pg, "</a>");
  } else {
    raw(pg, "<span title=\"");
    text(pg, fkg_rmodel_iri(pg->m, t));
    raw(pg, "\">");
    text(pg, label);
    raw(pg, "</span>");
  }
}

static void
links(Page *pg, const FkgTermId *ts, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    if (i) raw(pg, "<br>");
    link(pg, ts[i]);
  }
}

/* A cell with every object of (s, p), linked. */
static void
cell_objects(Page *pg, FkgTermId s, FkgProp p)
{
  size_t n;
  FkgTermId *v = fkg_rmodel_objects(pg->m, s, p, &n);
  raw(pg, "<td>");
  links(pg, v, n);
  raw(pg, "</td>");
  free(v);
}

static void
cell_literal(Page *pg, FkgTermId s, FkgProp p, int num)
{
  raw(pg, num ? "<td class=\"num\">" : "<td>");
  text(pg, fkg_rmodel_literal(pg->m, s, p));
  raw(pg, "</td>");
}

/* The first cell of a row: the entity itself. */
static void
cell_entity(Page *pg, FkgTermId t)
{
  raw(pg, "<td>");
  link(pg, t);
  raw(pg, "</td>");
}

/* The last cell of a row: how many entries its mention list has (text spans, and articles
 * that name it without a span), linked to the list. */
static void
cell_mentions(Page *pg, FkgTermId t)
{
  FkgREntity *e = fkg_rmodel_entity(pg->m, t);
  size_t n = 0, nb = 0;
  FkgRMention *ms = fkg_rmodel_mentions(pg->m, t, &n);
  free(fkg_rmodel_bare_articles(pg->m, t, ms, n, &nb));
  free(ms);
  n += nb;
  if (e && e->has_mentions)
    fkg_rbuf_printf(pg->out, "<td class=\"num\"><a class=\"mref\" href=\"#e%zu\">%zu</a></td>",
                    fkg_rmodel_index(pg->m, e), n);
  else
    fkg_rbuf_printf(pg->out, "<td class=\"num\">%zu</td>", n);
}

static void
table_start(Page *pg, const char *id, FkgWord heading, const FkgWord *cols, size_t ncols)
{
  fkg_rbuf_printf(pg->out, "<section id=\"%s\">\n<h2>", id);
  text(pg, word(pg, heading));
  fkg_rbuf_printf(pg->out, "</h2>\n<table id=\"t-%s\">\n<thead><tr>", id);
  for (size_t i = 0; i < ncols; i++) {
    raw(pg, "<th>");
    text(pg, word(pg, cols[i]));
    raw(pg, "</th>");
  }
  raw(pg, "<th class=\"num\">");
  text(pg, word(pg, FKG_W_MENTIONS));
  raw(pg, "</th></tr></thead>\n<tbody>\n");
}

static void
table_end(Page *pg)
{
  raw(pg, "</tbody>\n</table>\n</section>\n");
}

/* ---- sections ------------------------------------------------------------------------- */

static void
write_head(Page *pg, const char *title)
{
  raw(pg, "<!DOCTYPE html>\n<html lang=\"");
  raw(pg, fkg_report_lang_code(pg->o->lang));
  raw(pg, "\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"forumkg report\">\n<title>");
  text(pg, title);
  raw(pg, "</title>\n<style>\n");
  raw(pg, kStyle);
  raw(pg, "</style>\n</head>\n<body>\n<header>\n<h1>");
  text(pg, title);
  raw(pg, "</h1>\n<p class=\"sources\">");
  text(pg, word(pg, FKG_W_SOURCES));
  raw(pg, ": ");
  for (size_t i = 0; i < pg->o->nsources; i++) {
    if (i) raw(pg, ", ");
    raw(pg, "<span class=\"src\">");
    text(pg, pg->o->sources[i]);
    raw(pg, "</span>");
  }
  fkg_rbuf_printf(pg->out, " (%zu ", fkg_rstore_ntriples(pg->m->store));
  text(pg, word(pg, FKG_W_TRIPLES));
  raw(pg, ")</p>\n<nav>");
  static const struct {
    const char *id;
    FkgWord w;
  } kNav[] = {
      {"counts", FKG_W_COUNTS},   {"drawing", FKG_W_DRAWING},     {"editions", FKG_W_EDITIONS},
      {"events", FKG_W_EVENTS},   {"sessions", FKG_W_SESSIONS},   {"officials", FKG_W_OFFICIALS},
      {"regions", FKG_W_REGIONS}, {"practices", FKG_W_PRACTICES}, {"mentions", FKG_W_MENTIONS}};
  for (size_t i = 0; i < sizeof kNav / sizeof *kNav; i++) {
    fkg_rbuf_printf(pg->out, "<a href=\"#%s\">", kNav[i].id);
    text(pg, word(pg, kNav[i].w));
    raw(pg, "</a>");
  }
  raw(pg, "</nav>\n</header>\n");
}

static void
write_counts(Page *pg)
{
  raw(pg, "<section id=\"counts\">\n<h2>");
  text(pg, word(pg, FKG_W_COUNTS));
  raw(pg, "</h2>\n<table id=\"t-counts\">\n<thead><tr><th>");
  text(pg, word(pg, FKG_W_CLASS));
  raw(pg, "</th><th class=\"num\">");
  text(pg, word(pg, FKG_W_COUNT));
  raw(pg, "</th></tr></thead>\n<tbody>\n");
  for (int c = 0; c < FKG_C_NCLASSES; c++) {
    fkg_rbuf_printf(pg->out, "<tr class=\"row\" data-class=\"%s\"><td>",
                    fkg_report_class_curie((FkgClass)c));
    text(pg, fkg_report_class_label(pg->o->lang, (FkgClass)c));
    fkg_rbuf_printf(pg->out, " <code>%s</code></td><td class=\"num\">%zu</td></tr>\n",
                    fkg_report_class_curie((FkgClass)c), pg->m->count[c]);
  }
  raw(pg, "</tbody>\n</table>\n</section>\n");
}

static void
write_drawing(Page *pg, const char *svg, size_t drawn, size_t drawable)
{
  raw(pg, "<section id=\"drawing\">\n<h2>");
  text(pg, word(pg, FKG_W_DRAWING));
  raw(pg, "</h2>\n<p>");
  if (!svg) {
    text(pg, word(pg, FKG_W_NO_DRAWING));
    raw(pg, "</p>\n</section>\n");
    return;
  }
  text(pg, word(pg, FKG_W_DRAWING_NOTE));
  if (drawn < drawable) {
    raw(pg, " ");
    text(pg, word(pg, FKG_W_DRAWN_PART));
    fkg_rbuf_printf(pg->out, " %zu / %zu (--max-nodes).", drawn, drawable);
  }
  raw(pg, "</p>\n<div class=\"legend\">");
  for (size_t i = 0; i < sizeof kSwatches / sizeof *kSwatches; i++) {
    fkg_rbuf_printf(pg->out,
                    "<span><i class=\"swatch\" style=\"background:%s;border-color:%s\"></i>",
                    kSwatches[i].fill, kSwatches[i].line);
    text(pg, fkg_report_class_label(pg->o->lang, kSwatches[i].cls));
    raw(pg, "</span>");
  }
  raw(pg, "</div>\n<div class=\"legend\">");
  for (size_t i = 0; i < sizeof kLegend / sizeof *kLegend; i++) {
    fkg_rbuf_printf(pg->out,
                    "<span><svg width=\"34\" height=\"10\" aria-hidden=\"true\"><line x1=\"1\" "
                    "y1=\"5\" x2=\"33\" y2=\"5\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s%s/>"
                    "</svg>",
                    kLegend[i].color, kLegend[i].width,
                    kLegend[i].dash ? " stroke-dasharray=\"" : "",
                    kLegend[i].dash ? kLegend[i].dash : "", kLegend[i].dash ? "\"" : "");
    text(pg, word(pg, kLegend[i].word));
    raw(pg, "</span>");
  }
  raw(pg, "</div>\n<div class=\"drawing\">\n");
  raw(pg, svg);
  raw(pg, "\n</div>\n</section>\n");
}

typedef struct {
  FkgTermId t;
  const char *series, *label;
  long number;
  const char *start;
} EditionRow;

static int
cmp_editions(const void *a, const void *b)
{
  const EditionRow *x = a, *y = b;
  int c = strcmp(x->series, y->series);
  if (c) return c;
  if (x->number != y->number) return x->number < y->number ? -1 : 1;
  c = strcmp(x->start, y->start);
  if (c) return c;
  c = strcmp(x->label, y->label);
  return c ? c : (x->t < y->t ? -1 : x->t > y->t);
}

static void
write_editions(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_EDITION, FKG_W_SERIES, FKG_W_NUMBER,    FKG_W_START,
                                  FKG_W_END,     FKG_W_PLACE,  FKG_W_ORGANIZERS};
  table_start(pg, "editions", FKG_W_EDITIONS, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *eds = fkg_rmodel_instances(pg->m, FKG_C_EDITION, &n);
  EditionRow *rows = calloc(n ? n : 1, sizeof *rows);
  if (!rows) {
    pg->m->failed = 1;
    n = 0;
  }
  for (size_t i = 0; i < n; i++) {
    size_t ns;
    FkgTermId *ser = fkg_rmodel_objects(pg->m, eds[i], FKG_P_SERIES, &ns);
    const char *num = fkg_rmodel_literal(pg->m, eds[i], FKG_P_EDITION_NUMBER);
    const char *start = fkg_rmodel_literal(pg->m, eds[i], FKG_P_START);
    rows[i] = (EditionRow){eds[i], ns ? fkg_rmodel_label(pg->m, ser[0]) : "",
                           fkg_rmodel_label(pg->m, eds[i]), num ? strtol(num, NULL, 10) : -1,
                           start ? start : ""};
    free(ser);
  }
  if (n) qsort(rows, n, sizeof *rows, cmp_editions);
  for (size_t i = 0; i < n; i++) {
    FkgTermId t = rows[i].t;
    raw(pg, "<tr class=\"row\">");
    cell_entity(pg, t);
    cell_objects(pg, t, FKG_P_SERIES);
    cell_literal(pg, t, FKG_P_EDITION_NUMBER, 1);
    cell_literal(pg, t, FKG_P_START, 0);
    cell_literal(pg, t, FKG_P_END, 0);
    cell_objects(pg, t, FKG_P_LOCATION);
    cell_objects(pg, t, FKG_P_ORGANIZER);
    cell_mentions(pg, t);
    raw(pg, "</tr>\n");
  }
  free(rows);
  free(eds);
  table_end(pg);
}

static void
write_events(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_EVENT, FKG_W_START, FKG_W_END, FKG_W_PLACE,
                                  FKG_W_ORGANIZERS};
  table_start(pg, "events", FKG_W_EVENTS, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *evs = fkg_rmodel_instances(pg->m, FKG_C_EVENT, &n);
  for (size_t i = 0; i < n; i++) {
    FkgREntity *e = fkg_rmodel_entity(pg->m, evs[i]);
    if (e && (e->classes & (1u << FKG_C_EDITION))) continue;
    raw(pg, "<tr class=\"row\">");
    cell_entity(pg, evs[i]);
    cell_literal(pg, evs[i], FKG_P_START, 0);
    cell_literal(pg, evs[i], FKG_P_END, 0);
    cell_objects(pg, evs[i], FKG_P_LOCATION);
    cell_objects(pg, evs[i], FKG_P_ORGANIZER);
    cell_mentions(pg, evs[i]);
    raw(pg, "</tr>\n");
  }
  free(evs);
  table_end(pg);
}

typedef struct {
  FkgTermId t;
  const char *event, *label;
} SessionRow;

static int
cmp_sessions(const void *a, const void *b)
{
  const SessionRow *x = a, *y = b;
  /* Sessions without an event come last. */
  if (!*x->event != !*y->event) return *x->event ? -1 : 1;
  int c = strcmp(x->event, y->event);
  if (c) return c;
  c = strcmp(x->label, y->label);
  return c ? c : (x->t < y->t ? -1 : x->t > y->t);
}

static void
write_sessions(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_SESSION, FKG_W_TYPE,     FKG_W_EVENT,
                                  FKG_W_START,   FKG_W_SPEAKERS, FKG_W_MODERATORS};
  table_start(pg, "sessions", FKG_W_SESSIONS, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *ss = fkg_rmodel_instances(pg->m, FKG_C_SESSION, &n);
  SessionRow *rows = calloc(n ? n : 1, sizeof *rows);
  if (!rows) {
    pg->m->failed = 1;
    n = 0;
  }
  for (size_t i = 0; i < n; i++) {
    size_t ne;
    FkgTermId *ev = fkg_rmodel_objects(pg->m, ss[i], FKG_P_SUPER_EVENT, &ne);
    rows[i] = (SessionRow){ss[i], ne ? fkg_rmodel_label(pg->m, ev[0]) : "",
                           fkg_rmodel_label(pg->m, ss[i])};
    free(ev);
  }
  if (n) qsort(rows, n, sizeof *rows, cmp_sessions);
  for (size_t i = 0; i < n; i++) {
    FkgTermId t = rows[i].t;
    raw(pg, "<tr class=\"row\">");
    cell_entity(pg, t);
    size_t nt;
    FkgTermId *types = fkg_rmodel_objects(pg->m, t, FKG_P_SESSION_TYPE, &nt);
    raw(pg, "<td>");
    for (size_t k = 0; k < nt; k++) {
      if (k) raw(pg, "<br>");
      text(pg, fkg_rmodel_label(pg->m, types[k]));
    }
    raw(pg, "</td>");
    free(types);
    cell_objects(pg, t, FKG_P_SUPER_EVENT);
    cell_literal(pg, t, FKG_P_START, 0);
    cell_objects(pg, t, FKG_P_SPEAKER);
    cell_objects(pg, t, FKG_P_MODERATOR);
    cell_mentions(pg, t);
    raw(pg, "</tr>\n");
  }
  free(rows);
  free(ss);
  table_end(pg);
}

/* Appends `t` to ids unless it is there already. */
static void
add_unique(FkgTermId *ids, size_t *n, FkgTermId t)
{
  for (size_t i = 0; i < *n; i++)
    if (ids[i] == t) return;
  ids[(*n)++] = t;
}

static void
write_officials(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_OFFICIAL, FKG_W_POSTS, FKG_W_REGION};
  table_start(pg, "officials", FKG_W_OFFICIALS, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *ps = fkg_rmodel_instances(pg->m, FKG_C_OFFICIAL, &n);
  for (size_t i = 0; i < n; i++) {
    raw(pg, "<tr class=\"row\">");
    cell_entity(pg, ps[i]);
    size_t np, nr;
    FkgTermId *posts = fkg_rmodel_objects(pg->m, ps[i], FKG_P_HOLDS, &np);
    FkgTermId *rep = fkg_rmodel_objects(pg->m, ps[i], FKG_P_REPRESENTS, &nr);
    /* Regions: those the person represents, then those of the posts. */
    size_t cap = nr, nreg = 0;
    for (size_t k = 0; k < np; k++) {
      size_t x;
      fkg_rstore_match_sp(pg->m->store, posts[k], pg->m->prop[FKG_P_REGION], &x);
      cap += x;
    }
    FkgTermId *regions = malloc((cap ? cap : 1) * sizeof *regions);
    if (!regions) pg->m->failed = 1;
    for (size_t k = 0; regions && k < nr; k++)
      add_unique(regions, &nreg, rep[k]);
    raw(pg, "<td>");
    for (size_t k = 0; k < np; k++) {
      if (k) raw(pg, "<br>");
      link(pg, posts[k]);
      size_t no;
      FkgTermId *orgs = fkg_rmodel_objects(pg->m, posts[k], FKG_P_POST_IN, &no);
      if (no) {
        raw(pg, " (");
        for (size_t j = 0; j < no; j++) {
          if (j) raw(pg, ", ");
          link(pg, orgs[j]);
        }
        raw(pg, ")");
      }
      free(orgs);
      size_t npr;
      FkgTermId *preg = fkg_rmodel_objects(pg->m, posts[k], FKG_P_REGION, &npr);
      for (size_t j = 0; regions && j < npr; j++)
        add_unique(regions, &nreg, preg[j]);
      free(preg);
    }
    raw(pg, "</td><td>");
    if (regions) links(pg, regions, nreg);
    raw(pg, "</td>");
    cell_mentions(pg, ps[i]);
    raw(pg, "</tr>\n");
    free(regions);
    free(posts);
    free(rep);
  }
  free(ps);
  table_end(pg);
}

static void
write_regions(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_REGION, FKG_W_ISO, FKG_W_N_OFFICIALS, FKG_W_N_PRACTICES,
                                  FKG_W_N_EVENTS};
  table_start(pg, "regions", FKG_W_REGIONS, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *rs = fkg_rmodel_instances(pg->m, FKG_C_REGION, &n);
  for (size_t i = 0; i < n; i++) {
    raw(pg, "<tr class=\"row\">");
    cell_entity(pg, rs[i]);
    cell_literal(pg, rs[i], FKG_P_ISO, 0);
    size_t no, np, ne;
    fkg_rstore_match_po(pg->m->store, pg->m->prop[FKG_P_REPRESENTS], rs[i], &no);
    FkgTermId *prs = fkg_rmodel_subjects(pg->m, FKG_P_REGION, rs[i], &np);
    size_t npr = 0;
    for (size_t k = 0; k < np; k++) {
      FkgREntity *e = fkg_rmodel_entity(pg->m, prs[k]);
      npr += e && (e->classes & (1u << FKG_C_PRACTICE));
    }
    free(prs);
    fkg_rstore_match_po(pg->m->store, pg->m->prop[FKG_P_PARTICIPANT], rs[i], &ne);
    fkg_rbuf_printf(pg->out,
                    "<td class=\"num\">%zu</td><td class=\"num\">%zu</td>"
                    "<td class=\"num\">%zu</td>",
                    no, npr, ne);
    cell_mentions(pg, rs[i]);
    raw(pg, "</tr>\n");
  }
  free(rs);
  table_end(pg);
}

typedef struct {
  FkgTermId t;
  FkgTermId *regions;
  size_t nregions;
  const char *region, *label;
} PracticeRow;

static int
cmp_practices(const void *a, const void *b)
{
  const PracticeRow *x = a, *y = b;
  if (!x->nregions != !y->nregions) return x->nregions ? -1 : 1;
  int c = strcmp(x->region, y->region);
  if (c) return c;
  if (x->nregions && x->regions[0] != y->regions[0]) return x->regions[0] < y->regions[0] ? -1 : 1;
  c = strcmp(x->label, y->label);
  return c ? c : (x->t < y->t ? -1 : x->t > y->t);
}

static int
same_regions(const PracticeRow *a, const PracticeRow *b)
{
  if (a->nregions != b->nregions) return 0;
  for (size_t i = 0; i < a->nregions; i++)
    if (a->regions[i] != b->regions[i]) return 0;
  return 1;
}

static void
write_practices(Page *pg)
{
  static const FkgWord kCols[] = {FKG_W_REGION, FKG_W_PRACTICE, FKG_W_PRESENTER,
                                  FKG_W_PRESENTED_AT};
  table_start(pg, "practices", FKG_W_PRACTICES, kCols, sizeof kCols / sizeof *kCols);
  size_t n;
  FkgTermId *ps = fkg_rmodel_instances(pg->m, FKG_C_PRACTICE, &n);
  PracticeRow *rows = calloc(n ? n : 1, sizeof *rows);
  if (!rows) {
    pg->m->failed = 1;
    n = 0;
  }
  for (size_t i = 0; i < n; i++) {
    rows[i].t = ps[i];
    rows[i].regions = fkg_rmodel_objects(pg->m, ps[i], FKG_P_REGION, &rows[i].nregions);
    rows[i].region = rows[i].nregions ? fkg_rmodel_label(pg->m, rows[i].regions[0]) : "";
    rows[i].label = fkg_rmodel_label(pg->m, ps[i]);
  }
  if (n) qsort(rows, n, sizeof *rows, cmp_practices);
  for (size_t i = 0; i < n; i++) {
    const PracticeRow *r = &rows[i];
    raw(pg, "<tr class=\"row\">");
    if (i == 0 || !same_regions(r, &rows[i - 1])) {
      /* One region cell for the run of rows with the same regions. */
      size_t span = 1;
      while (i + span < n && same_regions(r, &rows[i + span]))
        span++;
      if (span > 1)
        fkg_rbuf_printf(pg->out, "<td rowspan=\"%zu\">", span);
      else
        raw(pg, "<td>");
      if (r->nregions)
        links(pg, r->regions, r->nregions);
      else
        text(pg, word(pg, FKG_W_NO_REGION));
      raw(pg, "</td>");
    }
    cell_entity(pg, r->t);
    cell_objects(pg, r->t, FKG_P_PRESENTED_BY);
    cell_objects(pg, r->t, FKG_P_PRESENTED_AT);
    cell_mentions(pg, r->t);
    raw(pg, "</tr>\n");
  }
  for (size_t i = 0; i < n; i++)
    free(rows[i].regions);
  free(rows);
  free(ps);
  table_end(pg);
}

static void
write_mentions(Page *pg)
{
  raw(pg, "<section id=\"mentions\">\n<h2>");
  text(pg, word(pg, FKG_W_MENTIONS));
  raw(pg, "</h2>\n");
  FkgRModel *m = pg->m;
  for (size_t i = 0; i < m->nents; i++) {
    const FkgREntity *e = &m->ents[i];
    if (!e->has_mentions) continue;
    fkg_rbuf_printf(pg->out, "<section class=\"entity\" id=\"e%zu\">\n<h3>", i);
    text(pg, e->label);
    raw(pg, "</h3>\n<p class=\"iri\">");
    for (int c = 0; c < FKG_C_NCLASSES; c++)
      if (e->classes & (1u << c)) {
        text(pg, fkg_report_class_label(pg->o->lang, (FkgClass)c));
        raw(pg, " · ");
      }
    text(pg, fkg_rmodel_iri(m, e->term));
    raw(pg, "</p>\n<ol class=\"mentions\">\n");
    size_t nm, nb;
    FkgRMention *ms = fkg_rmodel_mentions(m, e->term, &nm);
    for (size_t k = 0; k < nm; k++) {
      raw(pg, "<li class=\"mention\"><span class=\"src\" title=\"");
      text(pg, ms[k].article ? fkg_rmodel_iri(m, ms[k].article) : "");
      raw(pg, "\">");
      text(pg, ms[k].source);
      raw(pg, "</span> <q>");
      text(pg, ms[k].anchor);
      raw(pg, "</q>");
      if (ms[k].begin >= 0 && ms[k].end >= 0)
        fkg_rbuf_printf(pg->out, " <span class=\"off\">[%ld\xE2\x80\x93%ld]</span>", ms[k].begin,
                        ms[k].end);
      raw(pg, "</li>\n");
    }
    FkgTermId *bare = fkg_rmodel_bare_articles(m, e->term, ms, nm, &nb);
    for (size_t k = 0; k < nb; k++) {
      raw(pg, "<li class=\"article\"><span class=\"src\">");
      const char *src = fkg_rmodel_literal(m, bare[k], FKG_P_SOURCE);
      text(pg, src ? src : fkg_rmodel_iri(m, bare[k]));
      raw(pg, "</span> <span class=\"off\">");
      text(pg, word(pg, FKG_W_ARTICLE_ONLY));
      raw(pg, "</span></li>\n");
    }
    free(bare);
    free(ms);
    raw(pg, "</ol>\n</section>\n");
  }
  raw(pg, "</section>\n");
}

FkgStatus
fkg_report_page_write(FkgRModel *m, const FkgRPageOptions *o, FkgRBuf *out)
{
  Page pg = {m, o, out};
  FkgRBuf svg = {0};
  size_t drawn = 0, drawable = 0;
  if (!o->no_drawing) {
    FkgRBuf dot = {0};
    FkgStatus st = fkg_report_dot_write(m, o, &dot, &drawn, &drawable);
    if (!st) st = fkg_report_dot_run(m, o->dot_program, dot.data, dot.len, o->diag, &svg);
    fkg_rbuf_clear(&dot);
    if (st) {
      fkg_rbuf_clear(&svg);
      return st;
    }
  }
  const char *title = o->title ? o->title : word(&pg, FKG_W_TITLE);
  write_head(&pg, title);
  raw(&pg, "<main>\n");
  write_counts(&pg);
  write_drawing(&pg, o->no_drawing ? NULL : (svg.data ? svg.data : ""), drawn, drawable);
  fkg_rbuf_clear(&svg);
  write_editions(&pg);
  write_events(&pg);
  write_sessions(&pg);
  write_officials(&pg);
  write_regions(&pg);
  write_practices(&pg);
  write_mentions(&pg);
  raw(&pg, "</main>\n</body>\n</html>\n");
  return m->failed || out->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}
