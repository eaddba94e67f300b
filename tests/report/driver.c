/* forumkg tests: a stand-in for `forumkg report` until main.c's command table names it. Takes
 * the same arguments (`fkg_report_driver [options] GRAPH...`): argv[0] plays the command name. */
#include "cli/cli.h"

int fkg_cmd_report(int argc, char **argv);

int
main(int argc, char **argv)
{
  return fkg_cmd_report(argc, argv);
}
