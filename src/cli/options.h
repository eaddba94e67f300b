/* forumkg: command line, the one option parser every subcommand uses. A command describes its
 * options in a table (name, kind, offset of the field in its options struct, help text);
 * parsing fills the struct and collects the positional arguments. */
#ifndef FORUMKG_CLI_OPTIONS_H
#define FORUMKG_CLI_OPTIONS_H

#include <stddef.h>
#include <stdio.h>

typedef enum {
  FKG_ARG_NONE,   /* a flag: the field is an int set to 1 */
  FKG_ARG_STRING, /* const char * */
  FKG_ARG_SIZE,   /* size_t, a positive decimal number */
  FKG_ARG_LIST    /* FkgStrList: a repeatable option, values in order */
} FkgArgKind;

typedef struct {
  const char **v;
  size_t n;
} FkgStrList;

typedef struct {
  const char *shortname, *longname;
  FkgArgKind arg;
  size_t offset;    /* of the field in the command's options struct */
  const char *help; /* "ARG  text"; lines after a '\n' are indented; NULL: a hidden option */
} FkgOption;

/* Parses argv[1..argc) by `spec` into `opts`; positional arguments (and everything after
 * "--") go to `pos`, which has room for argc entries. "--name=value" is accepted. Returns 0
 * or an FkgExit code, with a message on standard error. List values are malloc'd arrays the
 * caller frees with free((void *)list.v). */
int fkg_cli_parse(int argc, char **argv, const FkgOption *spec, size_t nspec, void *opts,
                  char **pos, int *npos);

/* Prints the visible options of `spec`, one per line (continuation lines indented). */
void fkg_cli_print_options(FILE *out, const FkgOption *spec, size_t nspec);

/* The output format: `given` (-f) when set; else the one the extension of `output` (-o) names
 * (.ttl .nt .nq .rdf .xml .owl .json, and .dot .gv) when `ok` accepts it; else "turtle". So
 * `-o graph.nt` writes N-Triples, not Turtle under a name that says otherwise. */
const char *fkg_cli_output_format(const char *given, const char *output, int (*ok)(const char *));

#endif
