# External checks of the committed out/seeds.ttl with tools that share no code with forumkg:
# raptor's rapper and N3.js parse it, rdf-validate-shacl validates it against
# ontology/shapes.ttl, oxigraph answers ontology/queries/*.rq as pinned in
# tests/external/expected (regenerate on purpose with run-queries.mjs ... --update).
# golden_seeds guarantees that out/seeds.ttl equals a fresh extraction.
set(FKG_SEEDS_TTL ${CMAKE_SOURCE_DIR}/out/seeds.ttl)

find_program(RAPPER_EXE rapper)
if(RAPPER_EXE)
  add_test(NAME rapper_parses_seeds COMMAND ${RAPPER_EXE} -i turtle -c ${FKG_SEEDS_TTL})
  # rapper -c reports "rapper: Parsing returned N triples" on standard error.
  set_tests_properties(rapper_parses_seeds PROPERTIES LABELS external
    PASS_REGULAR_EXPRESSION "Parsing returned [1-9][0-9]* triples"
    FAIL_REGULAR_EXPRESSION "rapper: Error|rapper: Warning")
else()
  message(STATUS "rapper not found: rapper_parses_seeds skipped")
endif()

if(NOT NODE_EXE)
  message(STATUS "node not found: node-based external tests skipped")
  return()
endif()
# N3.js alone: check-graph.mjs against an empty set of shapes parses and conforms trivially,
# so it fails only on a parse error (exit 2).
set(FKG_EMPTY_SHAPES ${CMAKE_CURRENT_BINARY_DIR}/empty-shapes.ttl)
file(WRITE ${FKG_EMPTY_SHAPES} "# no shapes: used by n3_parses_seeds to parse without validating\n")
add_test(NAME n3_parses_seeds
         COMMAND ${NODE_EXE} tests/external/check-graph.mjs ${FKG_SEEDS_TTL} --shapes ${FKG_EMPTY_SHAPES}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME shacl_seeds
         COMMAND ${NODE_EXE} tests/external/check-graph.mjs ${FKG_SEEDS_TTL} --shapes ontology/shapes.ttl
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME oxigraph_queries
         COMMAND ${NODE_EXE} tests/external/run-queries.mjs --data ${FKG_SEEDS_TTL}
                 --queries ontology/queries --expected tests/external/expected
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME external_selftest COMMAND ${NODE_EXE} tests/external/selftest.mjs
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(n3_parses_seeds shacl_seeds oxigraph_queries external_selftest
                     PROPERTIES LABELS external TIMEOUT 300)
