# Extraction quality: the evaluator's self-test, then the seeds and the dev set scored against
# their gold annotations (FKG_SHARED_DIR/gold) with the minimums of tests/eval/thresholds.json.
if(NOT NODE_EXE)
  message(STATUS "node not found: eval tests skipped")
  return()
endif()
add_test(NAME eval_selftest COMMAND ${NODE_EXE} tests/eval/selftest.mjs
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME eval_seeds
         COMMAND ${NODE_EXE} tests/eval/evaluate.mjs --forumkg $<TARGET_FILE:forumkg>
                 --texts seeds --gold ${FKG_SHARED_DIR}/gold/seeds
                 --thresholds tests/eval/thresholds.json --set seeds
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME eval_dev
         COMMAND ${NODE_EXE} tests/eval/evaluate.mjs --forumkg $<TARGET_FILE:forumkg>
                 --texts ${FKG_SHARED_DIR}/dev --gold ${FKG_SHARED_DIR}/gold/dev
                 --thresholds tests/eval/thresholds.json --set dev
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set_tests_properties(eval_selftest eval_seeds eval_dev PROPERTIES LABELS eval TIMEOUT 300)
