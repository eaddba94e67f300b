/* forumkg: entry point. Dispatches to one subcommand; each lives in its own file. */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <stdlib.h>

#ifndef FKG_SOURCE_ONTOLOGY_DIR
#define FKG_SOURCE_ONTOLOGY_DIR "ontology"
#endif
#ifndef FKG_INSTALL_ONTOLOGY_DIR
#define FKG_INSTALL_ONTOLOGY_DIR "/usr/local/share/forumkg/ontology"
#endif

static int
is_dir(const char *p)
{
  struct stat sb;
  return p && stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *
fkg_cli_ontology_dir(const char *given)
{
  if (given) return given;
  const char *env = getenv("FORUMKG_ONTOLOGY");
  if (env && *env) return env;
  if (is_dir(FKG_SOURCE_ONTOLOGY_DIR)) return FKG_SOURCE_ONTOLOGY_DIR;
  return FKG_INSTALL_ONTOLOGY_DIR;
}

static const struct {
  const char *name;
  int (*run)(int, char **);
  const char *summary;
} kCommands[] = {
    {"extract", fkg_cmd_extract, "read articles, write their knowledge graph"},
    {"query", fkg_cmd_query, "run SPARQL on graphs (--data FILE) or a store (--store SPEC)"},
    {"load", fkg_cmd_load, "add graphs to a sqlite or postgresql store for later queries"},
    {"report", fkg_cmd_report, "write an HTML page about graphs, with a drawing (Graphviz)"},
    {"merge", fkg_cmd_merge,
     "union RDF graphs; link regions to open data (--smush: one IRI per sameAs)"},
};

static void
usage(FILE *out)
{
  fprintf(out, "usage: forumkg COMMAND [options] ...\n\ncommands:\n");
  for (size_t i = 0; i < sizeof kCommands / sizeof *kCommands; i++)
    fprintf(out, "  %-10s %s\n", kCommands[i].name, kCommands[i].summary);
  fprintf(out, "\n'forumkg COMMAND --help' describes a command.\n"
               "exit status: 0 success, 1 some inputs skipped, 2 usage error, 3 fatal error\n");
}

int
main(int argc, char **argv)
{
  if (argc < 2) {
    usage(stderr);
    return FKG_EXIT_USAGE;
  }
  if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
    usage(stdout);
    return FKG_EXIT_OK;
  }
  if (strcmp(argv[1], "--version") == 0) {
    printf("forumkg %s\n", FKG_VERSION);
    return FKG_EXIT_OK;
  }
  for (size_t i = 0; i < sizeof kCommands / sizeof *kCommands; i++)
    if (strcmp(argv[1], kCommands[i].name) == 0) return kCommands[i].run(argc - 1, argv + 1);
  fprintf(stderr, "forumkg: error: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return FKG_EXIT_USAGE;
}
