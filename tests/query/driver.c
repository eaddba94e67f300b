/* forumkg tests: a stand-in for the forumkg executable while main.c does not yet register
 * `query` and `load`: dispatches those two subcommands to src/cli/cmd_query.c. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int fkg_cmd_query(int argc, char **argv);
int fkg_cmd_load(int argc, char **argv);

#ifndef FKG_SOURCE_ONTOLOGY_DIR
#define FKG_SOURCE_ONTOLOGY_DIR "ontology"
#endif

/* The same search as main.c's: --ontology, $FORUMKG_ONTOLOGY, then the source tree. */
const char *
fkg_cli_ontology_dir(const char *given)
{
  if (given) return given;
  const char *env = getenv("FORUMKG_ONTOLOGY");
  if (env && *env) return env;
  return FKG_SOURCE_ONTOLOGY_DIR;
}

int
main(int argc, char **argv)
{
  if (argc >= 2 && strcmp(argv[1], "query") == 0) return fkg_cmd_query(argc - 1, argv + 1);
  if (argc >= 2 && strcmp(argv[1], "load") == 0) return fkg_cmd_load(argc - 1, argv + 1);
  fprintf(stderr, "usage: %s (query|load) ...\n", argv[0]);
  return FKG_EXIT_USAGE;
}
