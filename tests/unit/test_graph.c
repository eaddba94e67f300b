/* forumkg unit tests: the graph stage's writer (src/graph). Output goes to a temporary file
 * renamed into place: a complete write replaces the target and leaves nothing else behind; a
 * failed write (a file size limit, standard output on /dev/full, a missing directory) reports
 * FKG_BAD_WRITE, keeps the previous file and leaves no temporary file.
 *
 * The failing writes run in child processes (fork) so that the size limit and the redirected
 * standard output do not touch this process. /dev/full itself is never given as an output path:
 * as root, a writer that renames a temporary file into place would replace the device node.
 * A copy of the node (mknod c 1 7) in the test's temporary directory stands for it, when this
 * process may create device nodes. */
#include "check.h"
#include "forumkg/extract.h"
#include "forumkg/graph.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <dirent.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

static FkgContext *ctx;
static FkgDiag diag;
static CheckDiagLog diaglog;

static const char kArticle[] =
    "Губернатор Ярославской области Михаил Евраев открыл в Ярославле социальный центр.\n"
    "Центр будет помогать семьям с детьми и пожилым жителям региона.\n";

/* One extracted document, kept for the whole test. */
static FkgDoc doc;
static FkgFacts facts;

static int
prepare_doc(void)
{
  FkgStatus st =
      fkg_text_load(ctx, &doc, "w.txt", "w.txt", (const unsigned char *)kArticle, strlen(kArticle));
  if (!st) st = fkg_segment_doc(ctx, &doc);
  memset(&facts, 0, sizeof facts);
  facts.doc = &doc;
  if (!st) st = fkg_extract_doc(ctx, &doc, &facts);
  return CHECK(st == FKG_SUCCESS, "test article extracted (status %d)", (int)st);
}

/* Writes the document to `path` (NULL: standard output) in `format`; returns the status of
 * the first step that failed. */
static FkgStatus
write_doc(const char *format, const char *path)
{
  FkgStatus st = FKG_SUCCESS;
  FkgWriter *w = fkg_writer_new(ctx, format, path, &st);
  if (!w) return st ? st : FKG_FAILURE;
  st = fkg_writer_add_doc(w, &doc, &facts);
  if (!st) st = fkg_writer_finish(w);
  fkg_writer_free(w);
  return st;
}

static char *
read_all(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap + 1);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf) buf[n] = '\0';
  return buf;
}

static int
write_file(const char *path, const char *text)
{
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  fputs(text, f);
  return fclose(f);
}

/* Names in `dir`, space-separated, sorted as readdir gives them. */
static int
list_dir(const char *dir, char *out, size_t cap)
{
  DIR *d = opendir(dir);
  int n = 0;
  size_t o = 0;
  out[0] = '\0';
  if (!d) return -1;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    n++;
    if (o < cap) o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? " " : "", de->d_name);
  }
  closedir(d);
  return n;
}

/* Runs `fn(arg)` in a child process; returns its exit status, or -1 when it did not exit. */
static int
in_child(int (*fn)(const void *), const void *arg)
{
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) _exit(fn(arg));
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

typedef struct {
  const char *format, *path;
} WriteJob;

/* Child: a 1 KiB file size limit, then the write; exits with the FkgStatus. */
static int
child_limited(const void *arg)
{
  const WriteJob *job = arg;
  signal(SIGXFSZ, SIG_IGN);
  struct rlimit rl = {1024, 1024};
  if (setrlimit(RLIMIT_FSIZE, &rl) != 0) return 100;
  return (int)write_doc(job->format, job->path);
}

/* Child: standard output on /dev/full, then the write to standard output. */
static int
child_dev_full(const void *arg)
{
  const WriteJob *job = arg;
  if (!freopen("/dev/full", "w", stdout)) return 100;
  return (int)write_doc(job->format, NULL);
}

static void
test_atomic(const char *dir)
{
  static const char *const formats[] = {"turtle", "ntriples", "nquads"};
  char path[4200], names[1024];
  snprintf(path, sizeof path, "%s/out.ttl", dir);
  for (size_t k = 0; k < sizeof formats / sizeof *formats; k++) {
    const char *fmt = formats[k];
    /* A fresh target. */
    unlink(path);
    FkgStatus st = write_doc(fmt, path);
    CHECK(st == FKG_SUCCESS, "%s: write to a new file (status %d)", fmt, (int)st);
    char *got = read_all(path);
    CHECK(got && strstr(got, "ru-yar") && strstr(got, "w.txt"),
          "%s: output holds the article and its region", fmt);
    CHECK(list_dir(dir, names, sizeof names) == 1 && !strcmp(names, "out.ttl"),
          "%s: only the target in the directory after success: %s", fmt, names);
    struct stat sb;
    memset(&sb, 0, sizeof sb);
    int stat_rc = stat(path, &sb);
    CHECK(stat_rc == 0 && (sb.st_mode & 0044) == 0044,
          "%s: output readable by others like a plain creat() (mode %o)", fmt,
          (unsigned)(sb.st_mode & 0777));
    free(got);

    /* A previous file is replaced by a complete write. */
    write_file(path, "OLD CONTENT\n");
    st = write_doc(fmt, path);
    got = read_all(path);
    CHECK(st == FKG_SUCCESS && got && !strstr(got, "OLD CONTENT") && strstr(got, "ru-yar"),
          "%s: a previous file is replaced", fmt);
    free(got);

    /* A write that fails (file size limit) keeps the previous file and leaves no temporary. */
    write_file(path, "OLD CONTENT\n");
    WriteJob job = {fmt, path};
    int rc = in_child(child_limited, &job);
    CHECK(rc == FKG_BAD_WRITE,
          "%s: write past the file size limit fails with FKG_BAD_WRITE "
          "(child exit %d)",
          fmt, rc);
    got = read_all(path);
    CHECK(got && !strcmp(got, "OLD CONTENT\n"), "%s: previous file kept after the failed write",
          fmt);
    free(got);
    CHECK(list_dir(dir, names, sizeof names) == 1 && !strcmp(names, "out.ttl"),
          "%s: no temporary file left after the failed write: %s", fmt, names);

    /* Standard output on /dev/full. */
    rc = in_child(child_dev_full, &job);
    CHECK(rc == FKG_BAD_WRITE,
          "%s: standard output on /dev/full fails with FKG_BAD_WRITE "
          "(child exit %d)",
          fmt, rc);
  }
  unlink(path);

  /* A target in a directory that does not exist: nothing to create, a located message. */
  snprintf(path, sizeof path, "%s/no-such-dir/out.ttl", dir);
  diaglog.n = 0;
  FkgStatus st = FKG_SUCCESS;
  FkgWriter *w = fkg_writer_new(ctx, "turtle", path, &st);
  CHECK(w == NULL && st == FKG_BAD_WRITE, "output in a missing directory: FKG_BAD_WRITE (%d)",
        (int)st);
  CHECK(check_diag_has(&diaglog, path), "missing directory reported with the path: %s",
        check_diag_last(&diaglog));
  fkg_writer_free(w);
  CHECK(list_dir(dir, names, sizeof names) == 0, "directory left empty: %s", names);
}

/* An output path that is a character device (a copy of /dev/full) or a FIFO is written in place:
 * /dev/full must fail with FKG_BAD_WRITE, and neither node may be replaced by a regular file. */
static void
test_special_targets(const char *dir)
{
  char path[4200], names[1024];
  snprintf(path, sizeof path, "%s/full", dir);
  if (mknod(path, S_IFCHR | 0666, makedev(1, 7)) != 0) {
    printf("skip -o on a copy of /dev/full: cannot create a device node here\n");
  } else {
    FkgStatus st = write_doc("turtle", path);
    struct stat sb;
    memset(&sb, 0, sizeof sb);
    int stat_rc = lstat(path, &sb);
    CHECK(st == FKG_BAD_WRITE, "-o on a copy of /dev/full fails with FKG_BAD_WRITE (status %d)",
          (int)st);
    CHECK(stat_rc == 0 && S_ISCHR(sb.st_mode),
          "-o on a copy of /dev/full leaves the device node in place (now %s)",
          stat_rc               ? "gone"
          : S_ISCHR(sb.st_mode) ? "a character device"
                                : "a regular file");
    CHECK(list_dir(dir, names, sizeof names) == 1, "no temporary file beside the device: %s",
          names);
    unlink(path);
  }
  snprintf(path, sizeof path, "%s/fifo", dir);
  if (mkfifo(path, 0600) != 0) {
    printf("skip -o on a FIFO: mkfifo failed\n");
    return;
  }
  /* A reader in a child drains the FIFO so that the write can complete. */
  fflush(stdout);
  pid_t reader = fork();
  if (reader == 0) {
    FILE *f = fopen(path, "rb");
    size_t total = 0, got;
    char buf[4096];
    while (f && (got = fread(buf, 1, sizeof buf, f)) > 0)
      total += got;
    _exit(total > 0 ? 0 : 1);
  }
  FkgStatus st = write_doc("ntriples", path);
  struct stat sb;
  memset(&sb, 0, sizeof sb);
  int stat_rc = lstat(path, &sb);
  int fifo_kept = stat_rc == 0 && S_ISFIFO(sb.st_mode);
  if (!fifo_kept && reader > 0) {
    /* The FIFO was replaced: the reader waits on it forever, so end it. */
    kill(reader, SIGKILL);
  }
  int status = 0;
  if (reader > 0) waitpid(reader, &status, 0);
  CHECK(fifo_kept, "-o on a FIFO leaves the FIFO in place (now %s)",
        stat_rc                ? "gone"
        : S_ISFIFO(sb.st_mode) ? "a FIFO"
                               : "a regular file");
  CHECK(st == FKG_SUCCESS && fifo_kept && WIFEXITED(status) && WEXITSTATUS(status) == 0,
        "-o on a FIFO streams the graph to its reader (status %d)", (int)st);
  unlink(path);
}

static void
test_formats(void)
{
  CHECK(fkg_writer_format_ok("turtle") && fkg_writer_format_ok("ntriples") &&
            fkg_writer_format_ok("nquads"),
        "turtle, ntriples and nquads are known formats");
  CHECK(!fkg_writer_format_ok("n3") && !fkg_writer_format_ok("") && !fkg_writer_format_ok("TURTLE"),
        "n3, \"\" and TURTLE are not");
  FkgStatus st = FKG_SUCCESS;
  FkgWriter *w = fkg_writer_new(ctx, "no-such-format", NULL, &st);
  CHECK(w == NULL && st == FKG_BAD_ARG, "unknown format: fkg_writer_new fails with FKG_BAD_ARG");
  fkg_writer_free(w);
  fkg_writer_free(NULL);
  CHECK(1, "fkg_writer_free(NULL) is harmless");
}

int
main(void)
{
  ctx = check_context_new(&diag, &diaglog, NULL);
  char tmpl[] = "/tmp/fkg-unit-graph-XXXXXX";
  char *dir = mkdtemp(tmpl);
  if (!dir) {
    printf("FAIL cannot create a temporary directory\n0 passed, 1 failed\n");
    return 1;
  }
  if (prepare_doc()) {
    test_atomic(dir);
    test_special_targets(dir);
  }
  test_formats();
  fkg_doc_clear(&doc);
  rmdir(dir);
  fkg_context_free(ctx);
  return check_summary();
}
