# forumkg query core (src/query) and the `query` / `load` subcommands (src/cli/cmd_query.c).
# Included by the top CMakeLists.txt after forumkg_core is defined, before add_executable.
target_sources(forumkg_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/store.c
  ${CMAKE_CURRENT_LIST_DIR}/run.c
  ${CMAKE_CURRENT_LIST_DIR}/results.c
  ${CMAKE_CURRENT_LIST_DIR}/screen.c
)
list(APPEND FKG_CLI_SOURCES src/cli/cmd_query.c)
