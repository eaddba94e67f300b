/* forumkg: report stage, the drawing. Writes the graph of editions, events, sessions,
 * officials, regions and practices as DOT (one cluster per edition or event, labels wrapped
 * and cut, the full text in each node's tooltip), runs Graphviz's `dot -Tsvg` on it through
 * pipes, and returns the SVG element, checked, for the page to inline. */
#define _GNU_SOURCE /* pipe2, SOCK_CLOEXEC */
#include "report_int.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* The classes that are drawn, and how. */
static const unsigned kDrawable = (1u << FKG_C_EDITION) | (1u << FKG_C_EVENT) |
                                  (1u << FKG_C_SESSION) | (1u << FKG_C_OFFICIAL) |
                                  (1u << FKG_C_REGION) | (1u << FKG_C_PRACTICE);

typedef struct {
  FkgClass cls;
  const char *attrs;
  size_t width, lines;
} NodeStyle;

static const NodeStyle kStyles[] = {
    {FKG_C_EDITION, "shape=box, style=\"filled,bold\", fillcolor=\"#f6c667\", color=\"#8a5a00\"",
     30, 3},
    {FKG_C_EVENT, "shape=box, style=\"filled,bold\", fillcolor=\"#f9dca0\", color=\"#8a5a00\"", 30,
     3},
    {FKG_C_SESSION, "shape=box, style=\"rounded,filled\", fillcolor=\"#fff3d6\", color=\"#b8860b\"",
     28, 3},
    {FKG_C_OFFICIAL, "shape=ellipse, style=filled, fillcolor=\"#d4e6f9\", color=\"#2f6fb0\"", 24,
     2},
    {FKG_C_REGION, "shape=hexagon, style=filled, fillcolor=\"#d6efd2\", color=\"#3b8a35\"", 24, 2},
    {FKG_C_PRACTICE, "shape=note, style=filled, fillcolor=\"#eadcf3\", color=\"#7d4a9e\"", 28, 3},
};

static const NodeStyle *
style_of(unsigned classes)
{
  for (size_t i = 0; i < sizeof kStyles / sizeof *kStyles; i++)
    if (classes & (1u << kStyles[i].cls)) return &kStyles[i];
  return NULL;
}

/* Edge kinds, in legend order; the page draws the same strokes (see page.c). */
typedef enum {
  E_PART_OF,
  E_SPEAKER,
  E_MODERATOR,
  E_PARTICIPANT,
  E_REPRESENTS,
  E_PRESENTED_BY,
  E_PRESENTED_AT,
  E_REGION,
  E_LOCATION
} EdgeKind;

static const char *const kEdgeAttrs[] = {
    [E_PART_OF] = "color=\"#b8860b\", arrowhead=none",
    [E_SPEAKER] = "color=\"#2f6fb0\"",
    [E_MODERATOR] = "color=\"#2f6fb0\", style=dashed, penwidth=1.6",
    [E_PARTICIPANT] = "color=\"#888888\", style=dotted",
    [E_REPRESENTS] = "color=\"#3b8a35\"",
    [E_PRESENTED_BY] = "color=\"#7d4a9e\"",
    [E_PRESENTED_AT] = "color=\"#7d4a9e\", style=dashed, dir=back",
    [E_REGION] = "color=\"#7d4a9e\", style=dotted",
    [E_LOCATION] = "color=\"#a0522d\", style=dotted",
};

typedef struct {
  size_t a, b; /* entity indexes: drawn a -> b */
  EdgeKind kind;
} Edge;

typedef struct {
  Edge *v;
  size_t n, cap;
  int failed;
} EdgeList;

static void
push_edge(EdgeList *l, size_t a, size_t b, EdgeKind kind)
{
  if (a == b || l->failed) return;
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 256;
    Edge *nv = realloc(l->v, ncap * sizeof *nv);
    if (!nv) {
      l->failed = 1;
      return;
    }
    l->v = nv;
    l->cap = ncap;
  }
  l->v[l->n++] = (Edge){a, b, kind};
}

static int
cmp_edges(const void *x, const void *y)
{
  const Edge *a = x, *b = y;
  if (a->a != b->a) return a->a < b->a ? -1 : 1;
  if (a->b != b->b) return a->b < b->b ? -1 : 1;
  return (int)a->kind - (int)b->kind;
}

/* The drawn entity of a term, or NULL. */
static const FkgREntity *
drawn(const FkgRModel *m, FkgTermId t)
{
  const FkgREntity *e = fkg_rmodel_entity(m, t);
  return e && e->drawn ? e : NULL;
}

/* Adds an edge from `e` to each drawn object of (e, p). */
static void
edges_to_objects(FkgRModel *m, EdgeList *l, const FkgREntity *e, FkgProp p, EdgeKind kind,
                 int reverse)
{
  size_t n;
  FkgTermId *objs = fkg_rmodel_objects(m, e->term, p, &n);
  for (size_t i = 0; i < n; i++) {
    const FkgREntity *o = drawn(m, objs[i]);
    if (!o) continue;
    size_t a = fkg_rmodel_index(m, e), b = fkg_rmodel_index(m, o);
    if (reverse)
      push_edge(l, b, a, kind);
    else
      push_edge(l, a, b, kind);
  }
  free(objs);
}

/* Adds the event's location: a drawn region, or the region of a city. */
static void
edges_location(FkgRModel *m, EdgeList *l, const FkgREntity *e)
{
  size_t n;
  FkgTermId *places = fkg_rmodel_objects(m, e->term, FKG_P_LOCATION, &n);
  for (size_t i = 0; i < n; i++) {
    const FkgREntity *o = drawn(m, places[i]);
    if (o) {
      push_edge(l, fkg_rmodel_index(m, e), fkg_rmodel_index(m, o), E_LOCATION);
      continue;
    }
    size_t nr;
    FkgTermId *regions = fkg_rmodel_objects(m, places[i], FKG_P_REGION, &nr);
    for (size_t j = 0; j < nr; j++)
      if ((o = drawn(m, regions[j])))
        push_edge(l, fkg_rmodel_index(m, e), fkg_rmodel_index(m, o), E_LOCATION);
    free(regions);
  }
  free(places);
}

static void
write_node(FkgRModel *m, FkgRBuf *dot, const FkgREntity *e, const char *indent)
{
  const NodeStyle *s = style_of(e->classes);
  size_t idx = fkg_rmodel_index(m, e);
  char *label = fkg_report_label_wrap(e->label, s->width, s->lines);
  if (!label) {
    m->failed = 1;
    return;
  }
  fkg_rbuf_printf(dot, "%sn%zu [label=\"", indent, idx);
  fkg_report_dot_escape(dot, label);
  fkg_rbuf_puts(dot, "\", tooltip=\"");
  fkg_report_dot_escape(dot, e->label);
  fkg_rbuf_puts(dot, "\"");
  if (e->has_mentions) fkg_rbuf_printf(dot, ", URL=\"#e%zu\"", idx);
  fkg_rbuf_printf(dot, ", %s];\n", s->attrs);
  free(label);
}

/* A cluster's label: the event's dates and place (its name is on its own node). */
static void
write_cluster_label(FkgRModel *m, FkgRBuf *dot, const FkgREntity *h)
{
  FkgRBuf text = {0};
  const char *start = fkg_rmodel_literal(m, h->term, FKG_P_START);
  const char *end = fkg_rmodel_literal(m, h->term, FKG_P_END);
  /* xsd:gMonthDay "--06-08" reads better as 06-08 in a caption. */
  if (start && strncmp(start, "--", 2) == 0) start += 2;
  if (end && strncmp(end, "--", 2) == 0) end += 2;
  if (start) fkg_rbuf_puts(&text, start);
  if (end && (!start || strcmp(start, end) != 0)) {
    fkg_rbuf_puts(&text, start ? " \xE2\x80\x93 " : "\xE2\x80\x93 ");
    fkg_rbuf_puts(&text, end);
  }
  size_t n;
  FkgTermId *places = fkg_rmodel_objects(m, h->term, FKG_P_LOCATION, &n);
  for (size_t i = 0; i < n; i++) {
    fkg_rbuf_puts(&text, i ? ", " : text.len ? " \xC2\xB7 " : "");
    fkg_rbuf_puts(&text, fkg_rmodel_label(m, places[i]));
  }
  free(places);
  if (text.failed) m->failed = 1;
  char *label = text.len ? fkg_report_label_wrap(text.data, 60, 1) : NULL;
  if (label)
    fkg_report_dot_escape(dot, label);
  else if (text.len)
    m->failed = 1;
  free(label);
  fkg_rbuf_clear(&text);
}

FkgStatus
fkg_report_dot_write(FkgRModel *m, const FkgRPageOptions *o, FkgRBuf *dot, size_t *ndrawn,
                     size_t *ndrawable)
{
  size_t max = o->max_nodes ? o->max_nodes : 400;
  *ndrawn = *ndrawable = 0;
  /* Entities are sorted by class, then label: the first `max` are editions and events, then
   * sessions, officials, regions, practices. */
  for (size_t i = 0; i < m->nents; i++) {
    FkgREntity *e = &m->ents[i];
    e->drawn = 0;
    if (!(e->classes & kDrawable)) continue;
    (*ndrawable)++;
    if (*ndrawn < max) {
      e->drawn = 1;
      (*ndrawn)++;
    }
  }
  /* Clusters: each drawn edition or event, with the sessions that are part of it. */
  size_t *cluster_of = calloc(m->nents ? m->nents : 1, sizeof *cluster_of); /* head index + 1 */
  if (!cluster_of) return FKG_BAD_ALLOC;
  const unsigned kHead = (1u << FKG_C_EDITION) | (1u << FKG_C_EVENT);
  for (size_t i = 0; i < m->nents; i++) {
    const FkgREntity *e = &m->ents[i];
    if (!e->drawn || !(e->classes & kHead)) continue;
    cluster_of[i] = i + 1;
  }
  for (size_t i = 0; i < m->nents; i++) {
    const FkgREntity *e = &m->ents[i];
    if (!e->drawn || (e->classes & kHead)) continue;
    if (!(e->classes & (1u << FKG_C_SESSION))) continue;
    size_t n;
    FkgTermId *sup = fkg_rmodel_objects(m, e->term, FKG_P_SUPER_EVENT, &n);
    for (size_t k = 0; k < n && !cluster_of[i]; k++) {
      const FkgREntity *h = drawn(m, sup[k]);
      if (h && (h->classes & kHead)) cluster_of[i] = fkg_rmodel_index(m, h) + 1;
    }
    free(sup);
  }

  fkg_rbuf_puts(dot, "digraph forumkg {\n"
                     "  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=12, nodesep=0.12, "
                     "ranksep=0.55, newrank=true, bgcolor=\"transparent\", "
                     "outputorder=edgesfirst, pad=0.1];\n"
                     "  node [fontname=\"DejaVu Sans\", fontsize=10, penwidth=0.9, "
                     "margin=\"0.08,0.03\", height=0.3];\n"
                     "  edge [arrowsize=0.6, penwidth=0.9];\n");
  for (size_t i = 0; i < m->nents; i++) {
    if (cluster_of[i] != i + 1) continue;
    const FkgREntity *h = &m->ents[i];
    fkg_rbuf_printf(dot, "  subgraph cluster_%zu {\n    label=\"", i);
    write_cluster_label(m, dot, h);
    fkg_rbuf_puts(dot, "\"; tooltip=\"");
    fkg_report_dot_escape(dot, h->label);
    fkg_rbuf_puts(dot, "\"; style=\"rounded,filled\"; fillcolor=\"#fffaf0\"; color=\"#e0b860\"; "
                       "fontsize=10; fontcolor=\"#6b5a2a\"; labeljust=l;\n");
    for (size_t k = 0; k < m->nents; k++)
      if (cluster_of[k] == i + 1) write_node(m, dot, &m->ents[k], "    ");
    fkg_rbuf_puts(dot, "  }\n");
  }
  for (size_t i = 0; i < m->nents; i++)
    if (m->ents[i].drawn && !cluster_of[i]) write_node(m, dot, &m->ents[i], "  ");
  free(cluster_of);

  EdgeList edges = {0};
  for (size_t i = 0; i < m->nents; i++) {
    const FkgREntity *e = &m->ents[i];
    if (!e->drawn) continue;
    if (e->classes & kHead) {
      edges_to_objects(m, &edges, e, FKG_P_PARTICIPANT, E_PARTICIPANT, 0);
      edges_to_objects(m, &edges, e, FKG_P_SPEAKER, E_SPEAKER, 0);
      edges_to_objects(m, &edges, e, FKG_P_MODERATOR, E_MODERATOR, 0);
      edges_to_objects(m, &edges, e, FKG_P_SUPER_EVENT, E_PART_OF, 1);
      edges_location(m, &edges, e);
    }
    if (e->classes & (1u << FKG_C_SESSION)) {
      edges_to_objects(m, &edges, e, FKG_P_SUPER_EVENT, E_PART_OF, 1);
      edges_to_objects(m, &edges, e, FKG_P_SPEAKER, E_SPEAKER, 0);
      edges_to_objects(m, &edges, e, FKG_P_MODERATOR, E_MODERATOR, 0);
    }
    if (e->classes & (1u << FKG_C_OFFICIAL))
      edges_to_objects(m, &edges, e, FKG_P_REPRESENTS, E_REPRESENTS, 0);
    if (e->classes & (1u << FKG_C_PRACTICE)) {
      edges_to_objects(m, &edges, e, FKG_P_PRESENTED_BY, E_PRESENTED_BY, 0);
      edges_to_objects(m, &edges, e, FKG_P_PRESENTED_AT, E_PRESENTED_AT, 1);
      edges_to_objects(m, &edges, e, FKG_P_REGION, E_REGION, 0);
    }
  }
  if (edges.failed) m->failed = 1;
  if (edges.n) qsort(edges.v, edges.n, sizeof *edges.v, cmp_edges);
  for (size_t i = 0; i < edges.n; i++) {
    const Edge *x = &edges.v[i];
    if (i && cmp_edges(x, &edges.v[i - 1]) == 0) continue;
    /* A practice presented by its own region needs one line to it, not two. */
    if (x->kind == E_REGION && i && edges.v[i - 1].a == x->a && edges.v[i - 1].b == x->b) continue;
    fkg_rbuf_printf(dot, "  n%zu -> n%zu [%s];\n", x->a, x->b, kEdgeAttrs[x->kind]);
  }
  free(edges.v);
  fkg_rbuf_puts(dot, "}\n");
  return m->failed || dot->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}

/* ---- running dot ---------------------------------------------------------------------- */

/* Feeds `in` to the child's standard input socket and collects its standard output and
 * error until both close. Standard input is a socket so that a child that exits early makes
 * send() fail with EPIPE instead of raising SIGPIPE in this process. */
static int
exchange(int in_fd, int out_fd, int err_fd, const char *in, size_t n, FkgRBuf *out, FkgRBuf *err)
{
  size_t sent = 0;
  int open_in = 1, open_out = 1, open_err = 1;
  if (n == 0) {
    close(in_fd);
    open_in = 0;
  }
  while (open_out || open_err) {
    struct pollfd p[3];
    int np = 0, iin = -1, iout = -1, ierr = -1;
    if (open_in) {
      p[np] = (struct pollfd){in_fd, POLLOUT, 0};
      iin = np++;
    }
    if (open_out) {
      p[np] = (struct pollfd){out_fd, POLLIN, 0};
      iout = np++;
    }
    if (open_err) {
      p[np] = (struct pollfd){err_fd, POLLIN, 0};
      ierr = np++;
    }
    if (poll(p, (nfds_t)np, -1) < 0) {
      if (errno == EINTR) continue;
      if (open_in) close(in_fd);
      return -1;
    }
    if (iin >= 0 && p[iin].revents) {
      ssize_t w = send(in_fd, in + sent, n - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
      if (w > 0) sent += (size_t)w;
      if ((w < 0 && errno != EAGAIN && errno != EINTR) || sent == n) {
        close(in_fd);
        open_in = 0;
      }
    }
    char chunk[65536];
    if (iout >= 0 && p[iout].revents) {
      ssize_t r = read(out_fd, chunk, sizeof chunk);
      if (r > 0)
        fkg_rbuf_add(out, chunk, (size_t)r);
      else if (r == 0 || errno != EINTR)
        open_out = 0;
    }
    if (ierr >= 0 && p[ierr].revents) {
      ssize_t r = read(err_fd, chunk, sizeof chunk);
      if (r > 0 && err->len < 65536)
        fkg_rbuf_add(err, chunk, (size_t)r);
      else if (r == 0 || (r < 0 && errno != EINTR))
        open_err = 0;
    }
  }
  if (open_in) close(in_fd);
  return 0;
}

/* The first line of a program's messages, for ours. */
static void
first_line(const FkgRBuf *err, char *line, size_t size)
{
  size_t k = 0;
  for (size_t i = 0; err->data && i < err->len && err->data[i] != '\n' && k + 1 < size; i++)
    line[k++] = err->data[i];
  line[k] = '\0';
}

static FkgStatus
run_dot(const char *program, const char *dot, size_t n, FkgDiag *diag, FkgRBuf *svg)
{
  int in_sock[2] = {-1, -1}, out_pipe[2] = {-1, -1}, err_pipe[2] = {-1, -1};
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in_sock) || pipe2(out_pipe, O_CLOEXEC) ||
      pipe2(err_pipe, O_CLOEXEC)) {
    fkg_diag(diag, FKG_ERROR, NULL, "cannot run '%s': %s", program, strerror(errno));
    for (int i = 0; i < 2; i++) {
      if (in_sock[i] >= 0) close(in_sock[i]);
      if (out_pipe[i] >= 0) close(out_pipe[i]);
      if (err_pipe[i] >= 0) close(err_pipe[i]);
    }
    return FKG_BAD_LIBRARY;
  }
  /* The socket carries only the DOT one way: the child's end need not write. */
  shutdown(in_sock[1], SHUT_WR);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in_sock[1], 0);
  posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
  char *argv[] = {(char *)program, "-Tsvg", NULL};
  pid_t pid;
  int rc = strchr(program, '/') ? posix_spawn(&pid, program, &fa, NULL, argv, environ)
                                : posix_spawnp(&pid, program, &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  close(in_sock[1]);
  close(out_pipe[1]);
  close(err_pipe[1]);
  if (rc) {
    close(in_sock[0]);
    close(out_pipe[0]);
    close(err_pipe[0]);
    fkg_diag(diag, FKG_ERROR, NULL,
             "cannot run '%s' (Graphviz, which lays out the drawing): %s; install Graphviz "
             "(Debian: apt-get install graphviz), name the program with --dot PROGRAM, or leave "
             "the drawing out with --no-drawing",
             program, strerror(rc));
    return FKG_BAD_LIBRARY;
  }
  FkgRBuf err = {0};
  int xrc = exchange(in_sock[0], out_pipe[0], err_pipe[0], dot, n, svg, &err);
  close(out_pipe[0]);
  close(err_pipe[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  char line[512];
  first_line(&err, line, sizeof line);
  fkg_rbuf_clear(&err);
  if (xrc) {
    fkg_diag(diag, FKG_ERROR, NULL, "talking to '%s' failed: %s", program, strerror(errno));
    return FKG_BAD_LIBRARY;
  }
  if (WIFSIGNALED(status)) {
    fkg_diag(diag, FKG_ERROR, NULL, "'%s' was killed by signal %d", program, WTERMSIG(status));
    return FKG_BAD_LIBRARY;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fkg_diag(diag, FKG_ERROR, NULL, "'%s -Tsvg' failed (exit status %d)%s%s", program,
             WIFEXITED(status) ? WEXITSTATUS(status) : -1, line[0] ? ": " : "", line);
    return FKG_BAD_LIBRARY;
  }
  if (svg->failed) return FKG_BAD_ALLOC;
  return FKG_SUCCESS;
}

/* ---- the SVG for the page ------------------------------------------------------------- */

/* If s[0, n) is `prefix` followed by decimal digits only, returns the number, else -1. */
static long
numbered(const char *s, size_t n, const char *prefix)
{
  size_t pl = strlen(prefix);
  if (n <= pl || strncmp(s, prefix, pl) != 0 || n - pl > 12) return -1;
  long v = 0;
  for (size_t i = pl; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

/* The value of attribute `name` in a start tag [tag, end), in points, or 0. */
static double
points(const char *tag, const char *end, const char *name)
{
  size_t nl = strlen(name);
  for (const char *q = tag; q + nl + 2 < end; q++)
    if ((q[-1] == ' ' || q[-1] == '\n') && strncmp(q, name, nl) == 0 && q[nl] == '=' &&
        q[nl + 1] == '"') {
      char *stop;
      double v = strtod(q + nl + 2, &stop);
      return stop != q + nl + 2 && strncmp(stop, "pt\"", 3) == 0 && v > 0 && v < 1e7 ? v : 0;
    }
  return 0;
}

/* Copies the <svg ...> start tag at `tag` with its size in CSS pixels and a style that lets a
 * wide drawing shrink to the page down to 60 % (then the box scrolls); returns what follows. */
static const char *
write_svg_start(FkgRBuf *out, const char *tag)
{
  const char *end = strchr(tag, '>');
  if (!end) return tag;
  double w = points(tag, end, "width") * 4.0 / 3.0, h = points(tag, end, "height") * 4.0 / 3.0;
  fkg_rbuf_puts(out, "<svg class=\"graph\"");
  if (w > 0 && h > 0)
    fkg_rbuf_printf(out,
                    " width=\"%.0f\" height=\"%.0f\" style=\"max-width:100%%;height:auto;"
                    "min-width:%.0fpx\"",
                    w, h, w * 0.6);
  /* The other attributes as they are. */
  const char *q = tag + 4;
  while (q < end) {
    while (q < end && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r'))
      q++;
    const char *a = q;
    while (q < end && *q != '=' && *q != ' ' && *q != '\n')
      q++;
    if (q >= end || *q != '=' || q + 1 >= end || (q[1] != '"' && q[1] != '\'')) {
      fkg_rbuf_add(out, a, (size_t)(end - a));
      break;
    }
    const char *close = memchr(q + 2, q[1], (size_t)(end - q - 2));
    if (!close) {
      fkg_rbuf_add(out, a, (size_t)(end - a));
      break;
    }
    size_t an = (size_t)(q - a);
    int size_attr =
        (an == 5 && strncmp(a, "width", 5) == 0) || (an == 6 && strncmp(a, "height", 6) == 0);
    if (!size_attr || !(w > 0 && h > 0)) {
      fkg_rbuf_add(out, " ", 1);
      fkg_rbuf_add(out, a, (size_t)(close + 1 - a));
    }
    q = close + 1;
  }
  fkg_rbuf_add(out, ">", 1);
  return end + 1;
}

FkgStatus
fkg_report_dot_run(FkgRModel *m, const char *program, const char *dot, size_t n, FkgDiag *diag,
                   FkgRBuf *out)
{
  FkgRBuf raw = {0};
  if (!program) program = "dot";
  FkgStatus st = run_dot(program, dot, n, diag, &raw);
  if (st) {
    fkg_rbuf_clear(&raw);
    return st;
  }
  const char *start = raw.data ? strstr(raw.data, "<svg") : NULL;
  if (!start) {
    fkg_diag(diag, FKG_ERROR, NULL, "'%s -Tsvg' wrote no <svg> element", program);
    fkg_rbuf_clear(&raw);
    return FKG_BAD_INPUT;
  }
  /* Copy from <svg>, giving each node's and cluster's <title> the full label: Graphviz puts
   * the node's name there, and browsers show a <title> as the tooltip. */
  FkgRBuf svg = {0};
  const char *end = raw.data + raw.len;
  size_t nodes = 0;
  const char *p = write_svg_start(&svg, start);
  for (;;) {
    const char *t = strstr(p, "<title>");
    if (!t) break;
    const char *te = strstr(t, "</title>");
    if (!te) break;
    fkg_rbuf_add(&svg, p, (size_t)(t - p));
    const char *name = t + 7;
    size_t nl = (size_t)(te - name);
    long node = numbered(name, nl, "n"), cluster = numbered(name, nl, "cluster_");
    long idx = node >= 0 ? node : cluster;
    if (idx >= 0 && (size_t)idx < m->nents && m->ents[idx].drawn) {
      fkg_rbuf_puts(&svg, "<title>");
      fkg_report_html_escape(&svg, m->ents[idx].label);
      fkg_rbuf_puts(&svg, "</title>");
    } else {
      fkg_rbuf_add(&svg, t, (size_t)(te + 8 - t));
    }
    p = te + 8;
  }
  fkg_rbuf_add(&svg, p, (size_t)(end - p));
  fkg_rbuf_clear(&raw);
  if (svg.failed) {
    fkg_rbuf_clear(&svg);
    return FKG_BAD_ALLOC;
  }
  char why[160];
  st = fkg_report_svg_check(svg.data, svg.len, why, sizeof why);
  if (st) {
    fkg_diag(diag, FKG_ERROR, NULL, "the SVG from '%s' was refused (%s)", program, why);
    fkg_rbuf_clear(&svg);
    return st;
  }
  for (const char *q = svg.data; (q = strstr(q, "class=\"node\"")); q += 12)
    nodes++;
  size_t want = 0;
  for (size_t i = 0; i < m->nents; i++)
    want += m->ents[i].drawn != 0;
  if (nodes != want) {
    fkg_diag(diag, FKG_ERROR, NULL, "'%s' drew %zu nodes, not the %zu it was given", program, nodes,
             want);
    fkg_rbuf_clear(&svg);
    return FKG_BAD_INPUT;
  }
  fkg_rbuf_add(out, svg.data, svg.len);
  fkg_rbuf_clear(&svg);
  return out->failed ? FKG_BAD_ALLOC : FKG_SUCCESS;
}
