/* forumkg: all-or-nothing output files (see include/forumkg/output.h). */
#include "forumkg/output.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

FkgStatus
fkg_output_open(FkgOutput *o, const char *path, FkgDiag *diag)
{
  o->f = NULL;
  o->tmp = NULL;
  o->path = path && strcmp(path, "-") != 0 ? path : NULL;
  if (!o->path) {
    o->f = stdout;
    return FKG_SUCCESS;
  }
  FkgLoc loc = {path, 0, 0};
  struct stat sb;
  if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode)) {
    if (S_ISDIR(sb.st_mode)) {
      fkg_diag(diag, FKG_ERROR, &loc, "cannot write output: is a directory");
      return FKG_BAD_WRITE;
    }
    o->f = fopen(path, "wb");
    if (!o->f) {
      fkg_diag(diag, FKG_ERROR, &loc, "cannot open output: %s", strerror(errno));
      return FKG_BAD_WRITE;
    }
    return FKG_SUCCESS;
  }
  size_t n = strlen(path) + 16;
  o->tmp = malloc(n);
  if (!o->tmp) {
    fkg_diag(diag, FKG_ERROR, &loc, "out of memory");
    return FKG_BAD_ALLOC;
  }
  snprintf(o->tmp, n, "%s.tmpXXXXXX", path);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    fkg_diag(diag, FKG_ERROR, &loc, "cannot create output: %s", strerror(errno));
    free(o->tmp);
    o->tmp = NULL;
    return FKG_BAD_WRITE;
  }
  /* mkstemp makes the file 0600; give the output the mode a plain creat() would. */
  mode_t um = umask(0);
  umask(um);
  if (fchmod(fd, 0666 & ~um) != 0) { /* keep 0600: not worth failing the run */
  }
  o->f = fdopen(fd, "wb");
  if (!o->f) {
    fkg_diag(diag, FKG_ERROR, &loc, "cannot write output: %s", strerror(errno));
    close(fd);
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
    return FKG_BAD_WRITE;
  }
  return FKG_SUCCESS;
}

FkgStatus
fkg_output_close(FkgOutput *o, FkgStatus st, FkgDiag *diag)
{
  int saved = st ? errno : 0, atomic = o->tmp != NULL;
  if (!o->f) {
    fkg_output_abort(o);
    return st ? st : FKG_BAD_WRITE;
  }
  if (fflush(o->f) != 0 || ferror(o->f)) {
    if (!st) saved = errno;
    st = st ? st : FKG_BAD_WRITE;
  }
  if (!o->path) { /* standard output: nothing to rename */
    o->f = NULL;
    if (st)
      fkg_diag(diag, FKG_ERROR, NULL, "cannot write to standard output: %s",
               strerror(saved ? saved : EIO));
    return st;
  }
  if (!st && o->tmp && fsync(fileno(o->f)) != 0 && errno != EINVAL && errno != EROFS) {
    saved = errno;
    st = FKG_BAD_WRITE;
  }
  if (fclose(o->f) != 0 && !st) {
    saved = errno;
    st = FKG_BAD_WRITE;
  }
  o->f = NULL;
  if (o->tmp) {
    if (!st && rename(o->tmp, o->path) != 0) {
      saved = errno;
      st = FKG_BAD_WRITE;
    }
    if (st) unlink(o->tmp);
    free(o->tmp);
  }
  if (st) {
    FkgLoc loc = {o->path, 0, 0};
    fkg_diag(diag, FKG_ERROR, &loc, "cannot write output: %s%s", strerror(saved ? saved : EIO),
             atomic ? "; previous file kept" : "");
  }
  o->tmp = NULL;
  return st;
}

void
fkg_output_abort(FkgOutput *o)
{
  if (o->f && o->f != stdout) fclose(o->f);
  o->f = NULL;
  if (o->tmp) {
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
}

FkgStatus
fkg_output_write_all(const char *path, const char *data, size_t len, FkgDiag *diag)
{
  FkgOutput o;
  FkgStatus st = fkg_output_open(&o, path, diag);
  if (st) return st;
  errno = 0;
  st = fwrite(data, 1, len, o.f) == len ? FKG_SUCCESS : FKG_BAD_WRITE;
  return fkg_output_close(&o, st, diag);
}
