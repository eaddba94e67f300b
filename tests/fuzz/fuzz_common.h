/* forumkg fuzzing: helpers shared by the libFuzzer targets in tests/fuzz/ and by replay.c, which
 * runs the same targets without libFuzzer (normal build) on the kept regression inputs.
 * Each target defines LLVMFuzzerInitialize and LLVMFuzzerTestOneInput. */
#ifndef FORUMKG_FUZZ_COMMON_H
#define FORUMKG_FUZZ_COMMON_H

#include "forumkg/diag.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef FKG_FUZZ_ONTOLOGY_DIR
#define FKG_FUZZ_ONTOLOGY_DIR "ontology"
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Messages about bad inputs are expected by the thousand: count them, print nothing. Set
 * FKG_FUZZ_VERBOSE=1 to see them while minimising a crash. */
static inline void
fuzz_quiet(void *user, FkgSeverity sev, const FkgLoc *loc, const char *msg)
{
  (void)user;
  if (getenv("FKG_FUZZ_VERBOSE")) fkg_diag_print(stderr, sev, loc, msg);
}

static inline char *
fuzz_dir_buf(void)
{
  static char dir[64];
  return dir;
}

static inline void
fuzz_remove_dir(void)
{
  rmdir(fuzz_dir_buf()); /* empty by then: every target removes its own files */
}

/* A private directory for output files, on tmpfs when there is one (the writers fsync). */
static inline const char *
fuzz_tmpdir(void)
{
  char *fuzz_dir = fuzz_dir_buf();
  if (fuzz_dir[0]) return fuzz_dir;
  struct stat sb;
  /* smoke.sh points FKG_FUZZ_TMPDIR into its work folder: libFuzzer may leave without atexit. */
  const char *base = getenv("FKG_FUZZ_TMPDIR");
  if (!base || !*base || strlen(base) > 40)
    base = stat("/dev/shm", &sb) == 0 && S_ISDIR(sb.st_mode) ? "/dev/shm" : "/tmp";
  snprintf(fuzz_dir, 64, "%s/fkg-fuzz-XXXXXX", base);
  if (!mkdtemp(fuzz_dir)) {
    perror("fuzz: mkdtemp");
    abort();
  }
  atexit(fuzz_remove_dir);
  return fuzz_dir;
}

/* A stable small hash of the input, to vary options deterministically per input. */
static inline unsigned
fuzz_pick(const uint8_t *data, size_t size, unsigned n)
{
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; i++)
    h = (h ^ data[i]) * 16777619u;
  return n ? h % n : 0;
}

#endif
