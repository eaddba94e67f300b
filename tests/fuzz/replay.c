/* forumkg fuzzing: runs one fuzz target without libFuzzer, in the normal build, over files and
 * directories of inputs (the kept regression inputs and the seed corpus). A crash, an abort()
 * of the target's own checks, or a sanitizer report when the build has them fails the test.
 *   usage: fkg_fuzz_replay_TARGET PATH...   (directories are read one level deep) */
#include "fuzz_common.h"

#include <dirent.h>

static int
replay_file(const char *path)
{
  FILE *f = fopen(path, "rb");
  if (!f) {
    perror(path);
    return -1;
  }
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  size_t got;
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) {
      unsigned char *nb = realloc(buf, cap *= 2);
      if (!nb) free(buf);
      buf = nb;
    }
  }
  fclose(f);
  if (!buf) return -1;
  /* An exact-size copy, so that reads past the end show under valgrind or ASan. */
  unsigned char *exact = malloc(n ? n : 1);
  if (!exact) {
    free(buf);
    return -1;
  }
  memcpy(exact, buf, n);
  free(buf);
  fprintf(stderr, "replay: %s (%zu bytes)\n", path, n);
  LLVMFuzzerTestOneInput(exact, n);
  free(exact);
  return 0;
}

static int
cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char **argv)
{
  LLVMFuzzerInitialize(&argc, &argv);
  int count = 0, bad = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    if (stat(argv[i], &sb) != 0) {
      perror(argv[i]);
      bad = 1;
      continue;
    }
    if (!S_ISDIR(sb.st_mode)) {
      bad |= replay_file(argv[i]) != 0;
      count++;
      continue;
    }
    DIR *d = opendir(argv[i]);
    if (!d) {
      perror(argv[i]);
      bad = 1;
      continue;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
      if (de->d_name[0] == '.' || strcmp(de->d_name, "README.md") == 0) continue;
      if (n == cap) {
        char **nn = realloc(names, sizeof *nn * (cap = cap ? cap * 2 : 16));
        if (!nn) abort();
        names = nn;
      }
      names[n++] = strdup(de->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_names); /* names is NULL for an empty folder */
    for (size_t k = 0; k < n; k++) {
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", argv[i], names[k]);
      struct stat fs;
      if (stat(path, &fs) == 0 && S_ISREG(fs.st_mode)) {
        bad |= replay_file(path) != 0;
        count++;
      }
      free(names[k]);
    }
    free(names);
  }
  printf("replayed %d inputs%s\n", count, bad ? ", some unreadable" : "");
  return bad;
}
