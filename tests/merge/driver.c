/* forumkg tests: a stand-in for `forumkg merge` until main.c's command table names it. Takes
 * the same arguments (`fkg_merge_driver [options] FILE...`): argv[0] plays the command name. */
#include "cli/cli.h"

int fkg_cmd_merge(int argc, char **argv);

int
main(int argc, char **argv)
{
  return fkg_cmd_merge(argc, argv);
}
