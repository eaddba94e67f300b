# forumkg merge tests (label "merge"). fkg_merge_driver runs fkg_cmd_merge with the arguments of
# `forumkg merge`, so the tests do not depend on main.c's command table; check.sh runs one case
# per test (rapper and roqet from raptor2-utils / rasqal-utils; node with tests/external for the
# isomorphism and oxigraph checks; a missing tool skips the case).
set(FKG_MERGE_TESTS ${CMAKE_SOURCE_DIR}/tests/merge)
add_executable(fkg_merge_driver ${FKG_MERGE_TESTS}/driver.c ${CMAKE_SOURCE_DIR}/src/cli/cmd_merge.c
               ${CMAKE_SOURCE_DIR}/src/cli/options.c)
target_include_directories(fkg_merge_driver PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(fkg_merge_driver PRIVATE ${FKG_WARNINGS})
target_link_libraries(fkg_merge_driver PRIVATE forumkg_core)

add_executable(unit_merge ${FKG_MERGE_TESTS}/test_merge.c)
target_include_directories(unit_merge PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
target_compile_options(unit_merge PRIVATE ${FKG_WARNINGS})
target_link_libraries(unit_merge PRIVATE forumkg_core)
add_test(NAME unit_merge COMMAND unit_merge WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
set(FKG_MERGE_ENV "LSAN_OPTIONS=suppressions=${FKG_MERGE_TESTS}/lsan.supp:fast_unwind_on_malloc=0")
set_tests_properties(unit_merge PROPERTIES LABELS "unit;merge" TIMEOUT 60
                     ENVIRONMENT "${FKG_MERGE_ENV}")

set(FKG_MERGE_NODE "${NODE_EXE}")
if(NOT NODE_EXE)
  set(FKG_MERGE_NODE "")
endif()
foreach(case union bnodes duplicates order link smush conflicts output query oxigraph hostile)
  add_test(NAME merge_${case}
    COMMAND sh ${FKG_MERGE_TESTS}/check.sh ${case} $<TARGET_FILE:fkg_merge_driver>
            $<TARGET_FILE:forumkg> ${CMAKE_SOURCE_DIR} ${FKG_SHARED_DIR} "${FKG_MERGE_NODE}"
            ${CMAKE_CURRENT_BINARY_DIR}/merge-work/${case})
  set_tests_properties(merge_${case} PROPERTIES LABELS merge TIMEOUT 120 SKIP_RETURN_CODE 77
                       ENVIRONMENT "${FKG_MERGE_ENV}")
endforeach()
