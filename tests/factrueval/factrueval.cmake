# factRuEval-2016 benchmark (docs/factrueval.md): the evaluator's self-test on a hand-made
# two-document fixture with hand-computed figures, then person mentions and Occupation facts
# scored on the devset (FKG_SHARED_DIR/factrueval/devset) against tests/factrueval/levels.json.
if(NOT NODE_EXE)
  message(STATUS "node not found: factrueval tests skipped")
  return()
endif()
add_test(NAME factrueval_selftest
         COMMAND ${NODE_EXE} tests/factrueval/evaluate.mjs
                 --tsv tests/factrueval/fixture/system.tsv --devset tests/factrueval/fixture
                 --expect tests/factrueval/fixture/expected.json
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(factrueval_selftest PROPERTIES LABELS factrueval TIMEOUT 60)
add_test(NAME factrueval_dev
         COMMAND ${NODE_EXE} tests/factrueval/evaluate.mjs --forumkg $<TARGET_FILE:forumkg>
                 --devset ${FKG_SHARED_DIR}/factrueval/devset
                 --levels tests/factrueval/levels.json
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(factrueval_dev PROPERTIES LABELS factrueval TIMEOUT 120)
