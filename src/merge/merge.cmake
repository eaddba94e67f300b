# forumkg merge: the core (src/merge/) joins forumkg_core; the subcommand joins the CLI.
target_sources(forumkg_core PRIVATE
  src/merge/merge.c
  src/merge/link.c
  src/merge/output.c
  src/merge/screen.c
  src/merge/terms.c
)
list(APPEND FKG_CLI_SOURCES src/cli/cmd_merge.c)
