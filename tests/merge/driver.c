/* forumkg tests: a stand-in for `forumkg merge` until main.c's command table names it; runs
 * fkg_cmd_merge with the same argv shape (argv[0] is the command name). */
#include "cli/cli.h"

int fkg_cmd_merge(int argc, char **argv);

int
main(int argc, char **argv)
{
  return fkg_cmd_merge(argc, argv);
}
