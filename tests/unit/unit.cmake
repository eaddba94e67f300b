# Unit tests: one small executable per module (tests/unit/test_<module>.c), linked against
# forumkg_core. Each prints one line per check and "N passed, N failed"; exit 1 on failure.
set(FKG_UNIT_MODULES text segment resolve lexicon graph lines extract util)
foreach(mod IN LISTS FKG_UNIT_MODULES)
  add_executable(unit_${mod} ${CMAKE_CURRENT_SOURCE_DIR}/unit/test_${mod}.c)
  target_include_directories(unit_${mod} PRIVATE ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src
                             ${STEMMER_INCLUDE})
  target_compile_options(unit_${mod} PRIVATE ${FKG_WARNINGS})
  target_compile_definitions(unit_${mod} PRIVATE
    FKG_TEST_ONTOLOGY_DIR="${CMAKE_SOURCE_DIR}/ontology"
    FKG_TEST_SEEDS_DIR="${CMAKE_SOURCE_DIR}/seeds")
  target_link_libraries(unit_${mod} PRIVATE forumkg_core)
  add_test(NAME unit_${mod} COMMAND unit_${mod})
  set_tests_properties(unit_${mod} PROPERTIES LABELS unit TIMEOUT 120)
endforeach()
