/* forumkg: command line, the option parser shared by every subcommand (see options.h). */
#include "options.h"
#include "cli.h"
#include "forumkg/merge.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static size_t
find(const FkgOption *spec, size_t nspec, const char *a, const char **inline_val)
{
  for (size_t k = 0; k < nspec; k++) {
    size_t ll = strlen(spec[k].longname);
    if ((spec[k].shortname && strcmp(a, spec[k].shortname) == 0) ||
        strcmp(a, spec[k].longname) == 0)
      return k;
    if (strncmp(a, spec[k].longname, ll) == 0 && a[ll] == '=') {
      *inline_val = a + ll + 1;
      return k;
    }
  }
  return nspec;
}

int
fkg_cli_parse(int argc, char **argv, const FkgOption *spec, size_t nspec, void *opts, char **pos,
              int *npos)
{
  int only_pos = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (only_pos || a[0] != '-' || strcmp(a, "-") == 0) {
      pos[(*npos)++] = argv[i];
      continue;
    }
    if (strcmp(a, "--") == 0) {
      only_pos = 1;
      continue;
    }
    const char *val = NULL;
    size_t k = find(spec, nspec, a, &val);
    if (k == nspec) {
      fprintf(stderr, "forumkg: error: unknown option '%s'\n", a);
      return FKG_EXIT_USAGE;
    }
    char *field = (char *)opts + spec[k].offset;
    if (spec[k].arg == FKG_ARG_NONE) {
      if (val) {
        fprintf(stderr, "forumkg: error: option '%s' takes no value\n", spec[k].longname);
        return FKG_EXIT_USAGE;
      }
      *(int *)field = 1;
      continue;
    }
    if (!val) {
      if (i + 1 >= argc) {
        fprintf(stderr, "forumkg: error: option '%s' needs a value\n", a);
        return FKG_EXIT_USAGE;
      }
      val = argv[++i];
    }
    switch (spec[k].arg) {
    case FKG_ARG_STRING:
      *(const char **)field = val;
      break;
    case FKG_ARG_SIZE: {
      char *end;
      errno = 0;
      unsigned long long v = strtoull(val, &end, 10);
      if (errno || *end || end == val || val[0] == '-' || v == 0) {
        fprintf(stderr, "forumkg: error: option '%s' needs a positive number, not '%s'\n", a, val);
        return FKG_EXIT_USAGE;
      }
      *(size_t *)field = (size_t)v;
      break;
    }
    case FKG_ARG_LIST: {
      FkgStrList *list = (FkgStrList *)field;
      const char **nv = realloc((void *)list->v, (list->n + 1) * sizeof *nv);
      if (!nv) return FKG_EXIT_FATAL;
      nv[list->n++] = val;
      list->v = nv;
      break;
    }
    case FKG_ARG_NONE:
      break;
    }
  }
  return 0;
}

void
fkg_cli_print_options(FILE *out, const FkgOption *spec, size_t nspec)
{
  for (size_t i = 0; i < nspec; i++) {
    if (!spec[i].help) continue;
    fprintf(out, "  %-3s %-14s ", spec[i].shortname ? spec[i].shortname : "", spec[i].longname);
    for (const char *h = spec[i].help; *h; h++) {
      fputc(*h, out);
      if (*h == '\n') fprintf(out, "%21s", "");
    }
    fputc('\n', out);
  }
}

const char *
fkg_cli_output_format(const char *given, const char *output, int (*ok)(const char *))
{
  if (given) return given;
  const char *f = NULL;
  if (output && strcmp(output, "-") != 0) {
    size_t n = strlen(output);
    if ((n > 4 && strcasecmp(output + n - 4, ".dot") == 0) ||
        (n > 3 && strcasecmp(output + n - 3, ".gv") == 0))
      f = "dot";
    else
      f = fkg_merge_syntax_for_path(output); /* the table the inputs are read by */
  }
  return f && ok(f) ? f : "turtle";
}
