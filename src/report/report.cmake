# forumkg report: the core (src/report/) joins forumkg_core; the subcommand joins the CLI.
# Running it needs Graphviz's `dot` at run time (Debian: graphviz), not at build time.
target_sources(forumkg_core PRIVATE
  src/report/buf.c
  src/report/escape.c
  src/report/words.c
  src/report/store.c
  src/report/model.c
  src/report/graphviz.c
  src/report/page.c
  src/report/report.c
)
list(APPEND FKG_CLI_SOURCES src/cli/cmd_report.c)
