/* forumkg: `forumkg extract`, the pipeline driver. Inputs (files, directories walked for
 * *.txt, "-", --files-from lists, JSON lines) are collected, put in path order and run
 * through load, segment, extract and write by extract_batch.c, on --jobs threads. A bad input
 * is reported and skipped; the others still reach the output. */
#include "cli.h"
#include "extract_batch.h"
#include "options.h"
#include "forumkg/extract.h"
#include "forumkg/graph.h"
#include "forumkg/output.h"
#include "forumkg/report.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <dirent.h>
#include <time.h>
#include <unistd.h>
#include <yajl/yajl_tree.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
  const char *output;
  const char *format;
  const char *base;
  const char *ontology;
  const char *encoding;
  const char *facts;
  const char *files_from;
  const char *jsonl;
  size_t max_bytes;
  size_t jobs;
  int progress;
  int help;
  int version;
} ExtractOpts;

static const FkgOption kOptions[] = {
    {"-o", "--output", FKG_ARG_STRING, offsetof(ExtractOpts, output),
     "FILE  write here (atomically: temporary file, then rename); default standard output"},
    {"-f", "--format", FKG_ARG_STRING, offsetof(ExtractOpts, format),
     "FMT   turtle, ntriples, nquads, rdfxml, json, dot (default: by the extension of -o,\n"
     "else turtle)"},
    {NULL, "--base", FKG_ARG_STRING, offsetof(ExtractOpts, base),
     "IRI   instance namespace (default https://w3id.org/forumkg/id/)"},
    {NULL, "--ontology", FKG_ARG_STRING, offsetof(ExtractOpts, ontology),
     "DIR   ontology and lexicons (default: $FORUMKG_ONTOLOGY or the built-in path)"},
    {NULL, "--encoding", FKG_ARG_STRING, offsetof(ExtractOpts, encoding),
     "NAME  force the input encoding (default: UTF-8, else detected)"},
    {NULL, "--facts", FKG_ARG_STRING, offsetof(ExtractOpts, facts),
     "tsv   instead of RDF, print person mentions and occupation facts with offsets"},
    {NULL, "--files-from", FKG_ARG_STRING, offsetof(ExtractOpts, files_from),
     "FILE  also read the paths listed in FILE, one per line (- for standard input)"},
    {NULL, "--jsonl", FKG_ARG_STRING, offsetof(ExtractOpts, jsonl),
     "FILE  also read documents as JSON lines {\"name\": …, \"text\": …} (- for stdin)"},
    {NULL, "--progress", FKG_ARG_NONE, offsetof(ExtractOpts, progress),
     "      show files, MB, rate and ETA on standard error when it is a terminal"},
    {"-j", "--jobs", FKG_ARG_SIZE, offsetof(ExtractOpts, jobs),
     "N     threads (default 1); the output is the same for any N"},
    {NULL, "--max-bytes", FKG_ARG_SIZE, offsetof(ExtractOpts, max_bytes),
     "N     skip inputs larger than N bytes (default 64 MiB)"},
    {"-h", "--help", FKG_ARG_NONE, offsetof(ExtractOpts, help), "      this help"},
    {NULL, "--version", FKG_ARG_NONE, offsetof(ExtractOpts, version), "      the version"},
};

static void
extract_usage(FILE *out)
{
  fprintf(out, "usage: forumkg extract [options] PATH...\n"
               "PATH: a file, a directory (read recursively for *.txt), or - for standard "
               "input.\n\noptions:\n");
  fkg_cli_print_options(out, kOptions, sizeof kOptions / sizeof *kOptions);
  fprintf(out, "\nexit status: 0 every input processed; 1 some inputs skipped (the others are "
               "in the output);\n2 usage error; 3 fatal error (no output written)\n");
}

/* A list of paths. Each is kept as its directory and its name: the directory's text once per
 * directory ("dir/"), the name after a pointer to it, packed in 1 MiB blocks rather than
 * malloc'd one by one. A corpus of 850,000 files is a list of 850,000 paths; whole paths, one
 * malloc each, made up most of the peak memory of a 1 GB run (about 70 bytes a path, now about
 * 25 with names like g0850000_ru.txt). Paths given whole (arguments, --files-from) have the
 * empty directory. */
typedef struct PathBlock {
  struct PathBlock *next;
  max_align_t data[];
} PathBlock;

typedef struct {
  const char *dir; /* "" or a directory with its trailing '/' */
  char name[];
} PathEntry;

typedef struct {
  PathEntry **v;
  size_t n, cap;
  PathBlock *blocks;
  char *at; /* free space in blocks->data */
  size_t left;
} PathList;

/* `size` bytes of the list's blocks, aligned for a pointer; NULL when out of memory. */
static void *
path_space(PathList *l, size_t size)
{
  const size_t align = sizeof(max_align_t);
  size = (size + align - 1) / align * align;
  if (size > l->left) {
    size_t bsize = size > (1u << 20) ? size : (1u << 20);
    PathBlock *b = malloc(sizeof *b + bsize);
    if (!b) return NULL;
    b->next = l->blocks;
    l->blocks = b;
    l->at = (char *)b->data;
    l->left = bsize;
  }
  void *p = l->at;
  l->at += size;
  l->left -= size;
  return p;
}

/* Adds `name` in directory `dir` (from path_list_dir, or "" for a whole path). */
static int
push_entry(PathList *l, const char *dir, const char *name)
{
  if (l->n == l->cap) {
    size_t ncap = l->cap ? l->cap * 2 : 64;
    PathEntry **nv = realloc(l->v, sizeof *nv * ncap);
    if (!nv) return -1;
    l->v = nv;
    l->cap = ncap;
  }
  size_t len = strlen(name) + 1;
  PathEntry *e = path_space(l, sizeof *e + len);
  if (!e) return -1;
  e->dir = dir;
  memcpy(e->name, name, len);
  l->v[l->n++] = e;
  return 0;
}

static int
push_path(PathList *l, const char *p)
{
  return push_entry(l, "", p);
}

/* `dir` with a trailing '/', kept in the list's blocks for its entries; NULL when out of
 * memory. */
static const char *
path_list_dir(PathList *l, const char *dir)
{
  size_t dl = strlen(dir);
  int slash = dl && dir[dl - 1] == '/';
  char *d = path_space(l, dl + 2);
  if (!d) return NULL;
  memcpy(d, dir, dl);
  if (!slash) d[dl++] = '/';
  d[dl] = '\0';
  return d;
}

/* The entry's whole path, malloc'd; NULL when out of memory. */
static char *
entry_path(const PathEntry *e)
{
  size_t dl = strlen(e->dir), nl = strlen(e->name);
  char *p = malloc(dl + nl + 1);
  if (!p) return NULL;
  memcpy(p, e->dir, dl);
  memcpy(p + dl, e->name, nl + 1);
  return p;
}

static void
path_list_free(PathList *l)
{
  while (l->blocks) {
    PathBlock *next = l->blocks->next;
    free(l->blocks);
    l->blocks = next;
  }
  free(l->v);
  memset(l, 0, sizeof *l);
}

/* Orders entries as strcmp orders their whole paths, without making them: the directory's
 * text, then the name, byte by byte. */
static int
cmp_entry(const void *a, const void *b)
{
  const PathEntry *x = *(PathEntry *const *)a, *y = *(PathEntry *const *)b;
  if (x->dir == y->dir) return strcmp(x->name, y->name);
  const unsigned char *p = (const unsigned char *)x->dir, *q = (const unsigned char *)y->dir;
  int pn = 0, qn = 0; /* 1 once in the name */
  for (;;) {
    if (!*p && !pn) p = (const unsigned char *)x->name, pn = 1;
    if (!*q && !qn) q = (const unsigned char *)y->name, qn = 1;
    if (*p != *q) return *p < *q ? -1 : 1;
    if (!*p) return 0;
    p++;
    q++;
  }
}

typedef struct {
  dev_t dev;
  ino_t ino;
} DirId;

/* dir/name, malloc'd. */
static char *
join_path(const char *dir, const char *name)
{
  size_t dl = strlen(dir), len = dl + strlen(name) + 2;
  char *p = malloc(len);
  if (p) snprintf(p, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", name);
  return p;
}

/* Walks `dir` for *.txt files; `seen` holds the directories on the current
 * path, so that a symbolic-link loop is reported instead of followed forever. */
static int
walk(FkgDiag *diag, const char *dir, PathList *out, DirId *seen, int depth)
{
  struct stat sb;
  FkgLoc loc = {dir, 0, 0};
  if (stat(dir, &sb) != 0) {
    fkg_diag(diag, FKG_ERROR, &loc, "skipped: %s", strerror(errno));
    return 1;
  }
  for (int i = 0; i < depth; i++)
    if (seen[i].dev == sb.st_dev && seen[i].ino == sb.st_ino) {
      fkg_diag(diag, FKG_ERROR, &loc, "skipped: directory loop");
      return 1;
    }
  if (depth >= 64) {
    fkg_diag(diag, FKG_ERROR, &loc, "skipped: directories nested too deep");
    return 1;
  }
  seen[depth].dev = sb.st_dev;
  seen[depth].ino = sb.st_ino;
  DIR *d = opendir(dir);
  if (!d) {
    fkg_diag(diag, FKG_ERROR, &loc, "skipped: %s", strerror(errno));
    return 1;
  }
  /* Files go straight to `out` in directory order (the whole input list is sorted once it is
   * complete), so a directory of a million articles is not listed twice in memory.
   * Subdirectories and entries that cannot be read are few: they are handled after, in name
   * order, so that messages come in the same order on every file system. */
  int bad = 0;
  PathList later = {0};
  const char *dirp = NULL; /* dir + '/' in `out`, made with the first file */
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue;
    /* The entry's type from readdir saves a stat per file; file systems that do not report it
     * (DT_UNKNOWN), and symbolic links, are asked with stat. */
    int is_file = de->d_type == DT_REG;
    if (!is_file && de->d_type != DT_DIR) {
      char *p = join_path(dir, de->d_name);
      if (!p) break;
      struct stat cs;
      is_file = stat(p, &cs) == 0 && !S_ISDIR(cs.st_mode);
      free(p);
    }
    size_t nl = strlen(de->d_name);
    if (!is_file) {
      if (push_path(&later, de->d_name)) bad = 1;
    } else if (nl > 4 && strcmp(de->d_name + nl - 4, ".txt") == 0) {
      if (!dirp) dirp = path_list_dir(out, dir);
      if (!dirp || push_entry(out, dirp, de->d_name)) bad = 1;
    }
  }
  closedir(d);
  if (later.n > 1) qsort(later.v, later.n, sizeof *later.v, cmp_entry);
  for (size_t i = 0; i < later.n; i++) {
    char *p = join_path(dir, later.v[i]->name);
    if (!p) break;
    struct stat cs;
    if (stat(p, &cs) != 0) {
      FkgLoc l2 = {p, 0, 0};
      fkg_diag(diag, FKG_ERROR, &l2, "skipped: %s", strerror(errno));
      bad = 1;
    } else if (S_ISDIR(cs.st_mode)) {
      bad |= walk(diag, p, out, seen, depth + 1);
    }
    free(p);
  }
  path_list_free(&later);
  return bad;
}

/* One line of progress on a terminal: files, megabytes, rate, and the time left when the
 * total is known. Silent when standard error is not a terminal. */
typedef struct {
  int on;
  struct timespec t0;
  size_t files, bytes, total_bytes;
} Progress;

static void progress_show(Progress *p, int done);

static void
progress_step(void *user, size_t nbytes)
{
  Progress *p = user;
  p->files++;
  p->bytes += nbytes;
  progress_show(p, 0);
}

static void
progress_show(Progress *p, int done)
{
  if (!p->on) return;
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  double secs = (double)(t.tv_sec - p->t0.tv_sec) + (double)(t.tv_nsec - p->t0.tv_nsec) / 1e9;
  double mb = (double)p->bytes / 1e6, rate = secs > 0 ? mb / secs : 0;
  fprintf(stderr, "\r%zu files  %.1f MB  %.1f MB/s", p->files, mb, rate);
  if (p->total_bytes && rate > 0 && !done)
    fprintf(stderr, "  ETA %.0f s   ", ((double)p->total_bytes / 1e6 - mb) / rate);
  else
    fputs("          ", stderr);
  if (done) fputc('\n', stderr);
}

/* Reads JSON lines {"name": …, "text": …} (yajl); each is one document named `name`, so a
 * stream of documents can be extracted as a map step (Hadoop Streaming, Spark's pipe). */
static int
read_jsonl(FkgDiag *diag, FkgBatch *batch, const char *path)
{
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  FkgLoc loc = {path, 0, 0};
  if (!f) {
    fkg_diag(diag, FKG_ERROR, &loc, "cannot open: %s", strerror(errno));
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lineno = 0;
  int skipped = 0;
  while (!fkg_batch_fatal(batch) && (len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (len <= 1) continue;
    char err[256] = "";
    yajl_val v = yajl_tree_parse(line, err, sizeof err);
    const char *name_path[] = {"name", NULL};
    const char *text_path[] = {"text", NULL};
    yajl_val name = v ? yajl_tree_get(v, name_path, yajl_t_string) : NULL;
    yajl_val text = v ? yajl_tree_get(v, text_path, yajl_t_string) : NULL;
    FkgLoc at = {path, lineno, 1};
    if (!name || !text) {
      char *nl = strchr(err, '\n');
      if (nl) *nl = '\0';
      /* Messages of queued documents come first, in input order. */
      fkg_batch_flush(batch);
      fkg_diag(diag, FKG_ERROR, &at, "skipped: %s",
               v ? "a JSON line needs string members \"name\" and \"text\"" : err);
      skipped = 1;
    } else {
      const char *t = YAJL_GET_STRING(text);
      char where[1024];
      snprintf(where, sizeof where, "%s:%ld", path, lineno);
      fkg_batch_add_text(batch, where, YAJL_GET_STRING(name), t, strlen(t));
    }
    yajl_tree_free(v);
  }
  free(line);
  if (f != stdin) fclose(f);
  return skipped;
}

/* Adds the paths listed in FILE (one per line) to the inputs. */
static int read_file_list(FkgDiag *diag, const char *path, PathList *out);
static int write_dot(FkgDiag *diag, const char *nt_path, const char *out_path);

int
fkg_cmd_extract(int argc, char **argv)
{
  ExtractOpts o = {0};
  o.base = "https://w3id.org/forumkg/id/";
  o.max_bytes = 64u << 20;
  o.jobs = 1;
  char **paths = calloc((size_t)argc + 1, sizeof *paths);
  int npaths = 0;
  if (!paths) return FKG_EXIT_FATAL;
  int rc =
      fkg_cli_parse(argc, argv, kOptions, sizeof kOptions / sizeof *kOptions, &o, paths, &npaths);
  if (rc || o.help || o.version) {
    if (o.help)
      extract_usage(stdout);
    else if (o.version && !rc)
      printf("forumkg %s\n", FKG_VERSION);
    free(paths);
    return rc;
  }
  if (npaths == 0 && !o.files_from && !o.jsonl) {
    fprintf(stderr, "forumkg: error: no input given\n");
    extract_usage(stderr);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  if (o.jobs < 1 || o.jobs > 64) {
    fprintf(stderr, "forumkg: error: --jobs takes 1 to 64\n");
    free(paths);
    return FKG_EXIT_USAGE;
  }
  o.format = fkg_cli_output_format(o.format, o.output, fkg_writer_format_ok);
  if (!fkg_writer_format_ok(o.format)) {
    fprintf(stderr,
            "forumkg: error: unknown format '%s' (turtle, ntriples, nquads, rdfxml, "
            "json, dot)\n",
            o.format);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  FkgDiag diag = {0};
  FkgOptions opts = {fkg_cli_ontology_dir(o.ontology), o.base, o.max_bytes, o.encoding};
  FkgStatus st;
  FkgContext *ctx = fkg_context_new(&opts, &diag, &st);
  if (!ctx) {
    free(paths);
    return FKG_EXIT_FATAL;
  }
  PathList inputs = {0};
  int skipped = 0;
  for (int i = 0; i < npaths; i++) {
    struct stat sb;
    if (strcmp(paths[i], "-") != 0 && stat(paths[i], &sb) == 0 && S_ISDIR(sb.st_mode)) {
      DirId seen[64];
      skipped |= walk(&diag, paths[i], &inputs, seen, 0);
    } else {
      push_path(&inputs, paths[i]);
    }
  }
  if (o.files_from) skipped |= read_file_list(&diag, o.files_from, &inputs);
  /* Path order, whatever the order of the arguments: Turtle output is streamed, and a
   * statement about a shared entity is written with the first article that makes it, so the
   * same inputs must always come in the same order for the same bytes out. */
  if (inputs.n > 1) qsort(inputs.v, inputs.n, sizeof *inputs.v, cmp_entry);
  FkgWriter *w = NULL;
  FILE *facts_out = NULL;
  int dot = strcmp(o.format, "dot") == 0;
  char dot_tmp[4096] = "";
  int fatal = 0;
  if (o.facts) {
    if (strcmp(o.facts, "tsv") != 0) {
      fprintf(stderr, "forumkg: error: --facts takes 'tsv'\n");
      fatal = 1;
    }
    facts_out = stdout;
    fputs("kind\tsource\tbegin_or_who\tend_or_position\ttext_or_where\tbegin\tend\n", facts_out);
  } else if (dot) {
    /* -f dot: the graph goes to a temporary N-Triples file, then the report stage draws it
     * (raptor2's own dot writer does not escape record labels: one '|' or '{' in an article
     * breaks Graphviz). */
    const char *tmpdir = getenv("TMPDIR");
    snprintf(dot_tmp, sizeof dot_tmp, "%s/forumkg-dot-XXXXXX.nt",
             tmpdir && *tmpdir ? tmpdir : "/tmp");
    int fd = mkstemps(dot_tmp, 3);
    if (fd < 0) {
      fprintf(stderr, "forumkg: error: cannot create a temporary file: %s\n", strerror(errno));
      fatal = 1;
    } else {
      close(fd);
      w = fkg_writer_new(ctx, "ntriples", dot_tmp, &st);
      fatal = !w;
    }
  } else {
    w = fkg_writer_new(ctx, o.format, o.output, &st);
    fatal = !w;
  }
  Progress pg = {o.progress && isatty(STDERR_FILENO), {0, 0}, 0, 0, 0};
  clock_gettime(CLOCK_MONOTONIC, &pg.t0);
  for (size_t i = 0; i < inputs.n && pg.on; i++) {
    struct stat sb;
    char *p = entry_path(inputs.v[i]);
    if (p && stat(p, &sb) == 0) pg.total_bytes += (size_t)sb.st_size;
    free(p);
  }
  FkgBatch *batch = NULL;
  if (!fatal) {
    batch = fkg_batch_new(ctx, &opts, (int)o.jobs, w, facts_out, progress_step, &pg, &st);
    fatal = !batch;
  }
  for (size_t i = 0; i < inputs.n && !fatal; i++) {
    char *p = entry_path(inputs.v[i]);
    if (!p) {
      fprintf(stderr, "forumkg: error: out of memory\n");
      fatal = 1;
      break;
    }
    fkg_batch_add_file(batch, p);
    free(p);
  }
  if (batch) fkg_batch_flush(batch);
  if (o.jsonl && batch && !fkg_batch_fatal(batch)) {
    skipped |= read_jsonl(&diag, batch, o.jsonl);
    fkg_batch_flush(batch);
  }
  if (batch) {
    skipped |= fkg_batch_skipped(batch);
    fatal |= fkg_batch_fatal(batch);
  }
  fkg_batch_free(batch);
  if (pg.on) progress_show(&pg, 1);
  if (w && !fatal && fkg_writer_finish(w)) fatal = 1;
  if (facts_out && fflush(facts_out) != 0) fatal = 1;
  fkg_writer_free(w);
  if (dot && dot_tmp[0]) {
    if (!fatal && write_dot(&diag, dot_tmp, o.output)) fatal = 1;
    unlink(dot_tmp);
  }
  path_list_free(&inputs);
  fkg_context_free(ctx);
  free(paths);
  if (fatal) return FKG_EXIT_FATAL;
  return skipped ? FKG_EXIT_SKIPPED : FKG_EXIT_OK;
}

/* Draws the graph in `nt_path` as DOT (the report stage's drawing: editions, sessions,
 * officials, regions, practices) and writes it to `out_path` (NULL or "-": standard output),
 * through a temporary file renamed into place. */
static int
write_dot(FkgDiag *diag, const char *nt_path, const char *out_path)
{
  FkgReportOptions ropts = {"ru", NULL, 0, 0, NULL};
  FkgStatus st;
  FkgReport *r = fkg_report_new(&ropts, diag, &st);
  if (!r) return 1;
  char *text = NULL;
  size_t len = 0;
  st = fkg_report_add_file(r, nt_path);
  if (!st) st = fkg_report_render_dot(r, &text, &len);
  fkg_report_free(r);
  if (st) {
    free(text);
    return 1;
  }
  int rc = fkg_output_write_all(out_path, text, len, diag) != FKG_SUCCESS;
  free(text);
  return rc;
}

static int
read_file_list(FkgDiag *diag, const char *path, PathList *out)
{
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  FkgLoc loc = {path, 0, 0};
  if (!f) {
    fkg_diag(diag, FKG_ERROR, &loc, "cannot open: %s", strerror(errno));
    return 1;
  }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, f)) >= 0) {
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
      line[--len] = '\0';
    if (len > 0 && push_path(out, line)) break;
  }
  free(line);
  if (f != stdin) fclose(f);
  return 0;
}
