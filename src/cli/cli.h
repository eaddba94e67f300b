/* forumkg: command line, shared by main.c and the subcommand files. */
#ifndef FORUMKG_CLI_H
#define FORUMKG_CLI_H

#include "forumkg/context.h"

/* Exit codes, documented in --help and the README. */
typedef enum {
  FKG_EXIT_OK = 0,      /* every input processed */
  FKG_EXIT_SKIPPED = 1, /* output written, but some inputs were skipped */
  FKG_EXIT_USAGE = 2,   /* bad command line, or a query that does not parse */
  FKG_EXIT_FATAL = 3    /* nothing usable written: lexicon, output or store failure */
} FkgExit;

/* The ontology directory: --ontology, $FORUMKG_ONTOLOGY, the source tree, the install tree. */
const char *fkg_cli_ontology_dir(const char *given);

int fkg_cmd_extract(int argc, char **argv);
int fkg_cmd_merge(int argc, char **argv);
int fkg_cmd_report(int argc, char **argv);
int fkg_cmd_query(int argc, char **argv);
int fkg_cmd_load(int argc, char **argv);

#endif
