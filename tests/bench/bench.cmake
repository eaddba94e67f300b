# Generated-corpus quality: scripts/gen-corpus.py writes 60 articles of the genre (ru, fr, en)
# with their gold files, and the project's evaluator scores forumkg on them against the dev-set
# minimums in tests/bench/thresholds.json (set "generated"). The corpus is fixed by its seed.
#
# This file is both the CTest registration (included from tests/CMakeLists.txt) and the test's
# driver (run as `cmake -DPYTHON=... -DNODE=... -DFKG=... -DSRC=... -DOUT=... -P bench.cmake`).
# Throughput is measured by scripts/bench, not by CTest.

if(CMAKE_SCRIPT_MODE_FILE)
  file(REMOVE_RECURSE "${OUT}")
  execute_process(
    COMMAND "${PYTHON}" "${SRC}/scripts/gen-corpus.py" --count 60 --seed 8 --out "${OUT}"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gen-corpus.py failed (${rc})")
  endif()
  execute_process(
    COMMAND "${NODE}" tests/eval/evaluate.mjs --forumkg "${FKG}"
            --texts "${OUT}/texts" --gold "${OUT}/gold"
            --thresholds tests/bench/thresholds.json --set generated
    WORKING_DIRECTORY "${SRC}"
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "evaluate.mjs exited with ${rc} (1: a field below its minimum)")
  endif()
  return()
endif()

find_program(PYTHON3_EXE python3)
if(NOT NODE_EXE OR NOT PYTHON3_EXE)
  message(STATUS "node or python3 not found: corpus_generator_gold skipped")
  return()
endif()
add_test(NAME corpus_generator_gold
         COMMAND ${CMAKE_COMMAND} -DPYTHON=${PYTHON3_EXE} -DNODE=${NODE_EXE}
                 -DFKG=$<TARGET_FILE:forumkg> -DSRC=${CMAKE_SOURCE_DIR}
                 -DOUT=${CMAKE_CURRENT_BINARY_DIR}/corpus-generator-gold
                 -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(corpus_generator_gold PROPERTIES LABELS "eval;bench" TIMEOUT 300)
