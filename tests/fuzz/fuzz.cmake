# forumkg fuzzing (tests/fuzz/). Included from tests/CMakeLists.txt:
#   include(fuzz/fuzz.cmake OPTIONAL)
#
# In every build: each target's harness is also compiled WITHOUT libFuzzer (replay.c gives it a
# main) against the normal forumkg_core, and CTest replays the kept regression inputs
# (tests/fuzz/regressions/<target>/) and the seed corpus through it; the extract and metadata
# regressions also go through the forumkg binary itself (replay-cli.sh).
#
# With -DFKG_FUZZ=ON and clang (a separate build directory):
#   cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DFKG_FUZZ=ON
#   cmake --build build-fuzz --target fuzz
#   tests/fuzz/smoke.sh build-fuzz            # 60 s per target
# the libFuzzer targets fuzz_extract, fuzz_metadata, fuzz_query and fuzz_merge are built from
# a separately compiled copy of forumkg_core's sources (forumkg_core_fuzz) instrumented with
# -fsanitize=fuzzer-no-link,address,undefined; forumkg_core itself stays as it is.
include_guard(GLOBAL)
option(FKG_FUZZ "Build the libFuzzer targets (needs clang and libclang-rt-14-dev)" OFF)
option(FKG_FUZZ_QUERY_TREE
       "Fuzz the query core from src/query/*.c even before it is part of forumkg_core" OFF)

set(FKG_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(FKG_FUZZ_TARGETS extract metadata query merge)

# The query core joins forumkg_core through src/query/query.cmake; until then fuzz_query fuzzes
# rasqal's SPARQL parser and engine directly (the entry points the core uses).
get_target_property(_fkg_fuzz_core_sources forumkg_core SOURCES)
set(_fkg_fuzz_have_query 0)
foreach(_s IN LISTS _fkg_fuzz_core_sources)
  if(_s MATCHES "src/query/run\\.c$")
    set(_fkg_fuzz_have_query 1)
  endif()
endforeach()
set(_fkg_fuzz_extra_sources)
if(NOT _fkg_fuzz_have_query AND FKG_FUZZ_QUERY_TREE AND EXISTS ${CMAKE_SOURCE_DIR}/src/query/run.c)
  file(GLOB _fkg_fuzz_extra_sources ${CMAKE_SOURCE_DIR}/src/query/*.c)
  set(_fkg_fuzz_have_query 1)
endif()

set(_fkg_fuzz_defs
    FKG_FUZZ_ONTOLOGY_DIR="${CMAKE_SOURCE_DIR}/ontology"
    FKG_FUZZ_QUERY_DATA="${FKG_FUZZ_DIR}/corpus/merge/small.ttl"
    FKG_FUZZ_HAVE_QUERY_CORE=${_fkg_fuzz_have_query})

find_program(FKG_VALGRIND_EXE valgrind)

# valgrind 3.19 (Debian 12) cannot read clang 14's default DWARF 5: the replays and the core
# they link keep to DWARF 4 when clang builds them.
if(CMAKE_C_COMPILER_ID MATCHES "Clang")
  target_compile_options(forumkg_core PRIVATE -gdwarf-4)
endif()

# ---- replay in the normal build ----------------------------------------------------------------
foreach(_t IN LISTS FKG_FUZZ_TARGETS)
  if(_t STREQUAL "query" AND _fkg_fuzz_extra_sources)
    # The query core is not in forumkg_core yet: only the fuzz build compiles it from the tree.
    set(_replay_defs ${_fkg_fuzz_defs})
    list(REMOVE_ITEM _replay_defs FKG_FUZZ_HAVE_QUERY_CORE=1)
    list(APPEND _replay_defs FKG_FUZZ_HAVE_QUERY_CORE=0)
  else()
    set(_replay_defs ${_fkg_fuzz_defs})
  endif()
  add_executable(fkg_fuzz_replay_${_t} ${FKG_FUZZ_DIR}/replay.c ${FKG_FUZZ_DIR}/fuzz_${_t}.c)
  target_compile_definitions(fkg_fuzz_replay_${_t} PRIVATE ${_replay_defs})
  target_compile_options(fkg_fuzz_replay_${_t} PRIVATE ${FKG_WARNINGS}
                         $<$<C_COMPILER_ID:Clang>:-gdwarf-4>)
  target_link_libraries(fkg_fuzz_replay_${_t} PRIVATE forumkg_core)
  set(_seeds)
  if(_t STREQUAL "extract" OR _t STREQUAL "metadata")
    set(_seeds ${CMAKE_SOURCE_DIR}/seeds ${FKG_FUZZ_DIR}/corpus/text)
  elseif(_t STREQUAL "query")
    set(_seeds ${CMAKE_SOURCE_DIR}/ontology/queries)
  elseif(_t STREQUAL "merge")
    set(_seeds ${FKG_FUZZ_DIR}/corpus/merge)
  endif()
  add_test(NAME fuzz_replay_${_t}
           COMMAND fkg_fuzz_replay_${_t} ${FKG_FUZZ_DIR}/regressions/${_t} ${_seeds})
  set_tests_properties(fuzz_replay_${_t} PROPERTIES LABELS "fuzz;reliability" TIMEOUT 600)
  # In a sanitizer build (-DFKG_SANITIZE=ON): raptor2's and rasqal's own leaks are suppressed;
  # query and merge parse error paths leak inside those libraries with stacks LeakSanitizer
  # cannot unwind, so their leaks are left to the valgrind replay below.
  if(_t STREQUAL "query" OR _t STREQUAL "merge")
    set_tests_properties(fuzz_replay_${_t} PROPERTIES ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
  else()
    set_tests_properties(fuzz_replay_${_t} PROPERTIES
                         ENVIRONMENT "LSAN_OPTIONS=suppressions=${FKG_FUZZ_DIR}/lsan.supp")
  endif()
  # The same under valgrind: memory errors and leaks without a sanitizer build. valgrind.supp
  # names leaks of raptor2's and rasqal's own parsers and serialisers (see lsan.supp). Only
  # definite leaks count: the blocks of a suppressed library leak show as indirect leaks
  # allocated elsewhere (interned raptor URIs), and a leak of ours always has a definite root.
  if(FKG_VALGRIND_EXE)
    add_test(NAME fuzz_replay_${_t}_valgrind
             COMMAND ${FKG_VALGRIND_EXE} -q --error-exitcode=1 --leak-check=full --num-callers=50
                     --errors-for-leak-kinds=definite --show-leak-kinds=definite
                     --suppressions=${FKG_FUZZ_DIR}/valgrind.supp
                     $<TARGET_FILE:fkg_fuzz_replay_${_t}> ${FKG_FUZZ_DIR}/regressions/${_t} ${_seeds})
    set_tests_properties(fuzz_replay_${_t}_valgrind PROPERTIES LABELS "fuzz;valgrind" TIMEOUT 900)
  endif()
endforeach()
# Inputs whose bug is not fixed yet wait in regressions/<target>/pending/ (the replays above
# read one folder level, so they skip them). They are open defects, listed in
# docs/reliability.md, not tests: when a fix lands, move its file up one folder (git mv) so
# that the replay above checks it from then on.

add_test(NAME fuzz_replay_cli
         COMMAND sh ${FKG_FUZZ_DIR}/replay-cli.sh $<TARGET_FILE:forumkg>
                 ${CMAKE_CURRENT_BINARY_DIR}/fuzz-replay-cli
                 ${FKG_FUZZ_DIR}/regressions/extract ${FKG_FUZZ_DIR}/regressions/metadata)
set_tests_properties(fuzz_replay_cli PROPERTIES LABELS "fuzz;reliability" TIMEOUT 600)

# ---- libFuzzer targets (clang only) -----------------------------------------------------------
if(FKG_FUZZ AND NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
  message(WARNING "FKG_FUZZ needs clang (-DCMAKE_C_COMPILER=clang); fuzz targets not built")
elseif(FKG_FUZZ)
  set(FKG_FUZZ_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all
      -fno-omit-frame-pointer -g)

  set(_fkg_fuzz_sources ${_fkg_fuzz_extra_sources})
  foreach(_s IN LISTS _fkg_fuzz_core_sources)
    if(NOT IS_ABSOLUTE "${_s}")
      set(_s "${CMAKE_SOURCE_DIR}/${_s}")
    endif()
    list(APPEND _fkg_fuzz_sources "${_s}")
  endforeach()
  add_library(forumkg_core_fuzz STATIC ${_fkg_fuzz_sources})
  get_target_property(_fkg_fuzz_inc forumkg_core INCLUDE_DIRECTORIES)
  get_target_property(_fkg_fuzz_libs forumkg_core LINK_LIBRARIES)
  get_target_property(_fkg_fuzz_cdefs forumkg_core COMPILE_DEFINITIONS)
  target_include_directories(forumkg_core_fuzz PUBLIC ${_fkg_fuzz_inc})
  target_link_libraries(forumkg_core_fuzz PUBLIC ${_fkg_fuzz_libs})
  if(_fkg_fuzz_cdefs)
    target_compile_definitions(forumkg_core_fuzz PRIVATE ${_fkg_fuzz_cdefs})
  endif()
  target_compile_options(forumkg_core_fuzz PRIVATE -fsanitize=fuzzer-no-link ${FKG_FUZZ_FLAGS})

  add_custom_target(fuzz)
  foreach(_t IN LISTS FKG_FUZZ_TARGETS)
    add_executable(fuzz_${_t} ${FKG_FUZZ_DIR}/fuzz_${_t}.c)
    target_compile_definitions(fuzz_${_t} PRIVATE ${_fkg_fuzz_defs})
    target_compile_options(fuzz_${_t} PRIVATE -fsanitize=fuzzer ${FKG_FUZZ_FLAGS})
    target_link_options(fuzz_${_t} PRIVATE -fsanitize=fuzzer ${FKG_FUZZ_FLAGS})
    target_link_libraries(fuzz_${_t} PRIVATE forumkg_core_fuzz)
    add_dependencies(fuzz fuzz_${_t} fkg_fuzz_replay_${_t})
  endforeach()
  add_test(NAME fuzz_smoke
           COMMAND sh ${FKG_FUZZ_DIR}/smoke.sh ${CMAKE_BINARY_DIR})
  set_tests_properties(fuzz_smoke PROPERTIES LABELS "fuzz-smoke" TIMEOUT 900
                       ENVIRONMENT "FKG_SHARED_DIR=${FKG_SHARED_DIR}")
endif()
