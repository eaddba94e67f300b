# forumkg query tests: `forumkg query` and `forumkg load` against oxigraph (an independent
# SPARQL engine) on a hand-written fixture graph, in memory, in sqlite and in PostgreSQL; parse
# errors, read-only stores, --list. Included from tests/CMakeLists.txt.
set(FKG_QUERY_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})

# Until main.c registers `query` and `load`, a small driver calls them directly; editing
# main.c makes CMake look again.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/cli/main.c)
file(READ ${CMAKE_SOURCE_DIR}/src/cli/main.c FKG_QUERY_MAIN_C)
string(FIND "${FKG_QUERY_MAIN_C}" "fkg_cmd_query" FKG_QUERY_REGISTERED)
if(FKG_QUERY_REGISTERED EQUAL -1)
  add_executable(fkg_query_driver ${FKG_QUERY_TEST_DIR}/driver.c ${CMAKE_SOURCE_DIR}/src/cli/cmd_query.c
                 ${CMAKE_SOURCE_DIR}/src/cli/options.c)
  target_include_directories(fkg_query_driver PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/src/cli)
  target_compile_options(fkg_query_driver PRIVATE ${FKG_WARNINGS})
  target_compile_definitions(fkg_query_driver PRIVATE
    FKG_SOURCE_ONTOLOGY_DIR="${CMAKE_SOURCE_DIR}/ontology")
  target_link_libraries(fkg_query_driver PRIVATE forumkg_core)
  set(FKG_QUERY_EXE $<TARGET_FILE:fkg_query_driver>)
else()
  set(FKG_QUERY_EXE $<TARGET_FILE:forumkg>)
endif()

set(FKG_QUERY_ENV
  FKG=${FKG_QUERY_EXE}
  NODE=${NODE_EXE}
  ONTOLOGY=${CMAKE_SOURCE_DIR}/ontology
  FIXTURE=${FKG_QUERY_TEST_DIR}/fixture.ttl
  RUN_QUERIES=${CMAKE_SOURCE_DIR}/tests/external/run-queries.mjs)

foreach(t memory sqlite postgresql parse-error read-only list generated)
  add_test(NAME query-${t} COMMAND bash ${FKG_QUERY_TEST_DIR}/test-${t}.sh)
  set_tests_properties(query-${t} PROPERTIES ENVIRONMENT "${FKG_QUERY_ENV}" TIMEOUT 60)
endforeach()
# The generated graph takes a few seconds in a Release-like build, several times that under
# AddressSanitizer (extraction of 175 articles and seven queries).
set_tests_properties(query-generated PROPERTIES TIMEOUT 400)

# The merged graph (our seeds joined with the Wikidata-shaped fixture, smushed) in the stores:
# every bundled query, the federal-district ones included, gives the same rows in memory, in
# sqlite and in PostgreSQL as in oxigraph (issue: merge, "loads into the sqlite and PostgreSQL
# stores").
# Turtle, not N-Triples: raptor2 2.0.15's N-Triples parser leaks a URI per typed literal, which
# LeakSanitizer reports in the sanitizer build.
set(FKG_MERGED_GRAPH ${CMAKE_CURRENT_BINARY_DIR}/merged-seeds-wikidata.ttl)
add_test(NAME query-merged-graph
         COMMAND $<TARGET_FILE:forumkg> merge --smush -f turtle -o ${FKG_MERGED_GRAPH}
                 ${CMAKE_SOURCE_DIR}/out/seeds.ttl ${FKG_SHARED_DIR}/data/wikidata-regions.ttl)
set_tests_properties(query-merged-graph PROPERTIES FIXTURES_SETUP merged_graph)
foreach(t sqlite postgresql)
  add_test(NAME query-merged-${t} COMMAND bash ${FKG_QUERY_TEST_DIR}/test-${t}.sh)
  set(env ${FKG_QUERY_ENV})
  list(FILTER env EXCLUDE REGEX "^FIXTURE=")
  list(APPEND env FIXTURE=${FKG_MERGED_GRAPH})
  set_tests_properties(query-merged-${t} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 120
                       FIXTURES_REQUIRED merged_graph)
endforeach()
