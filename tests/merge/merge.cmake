# forumkg merge tests. fkg_merge_driver runs fkg_cmd_merge like `forumkg merge` would.
set(FKG_MERGE_TESTS ${CMAKE_SOURCE_DIR}/tests/merge)
add_executable(fkg_merge_driver ${FKG_MERGE_TESTS}/driver.c ${CMAKE_SOURCE_DIR}/src/cli/cmd_merge.c)
target_include_directories(fkg_merge_driver PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(fkg_merge_driver PRIVATE ${FKG_WARNINGS})
target_link_libraries(fkg_merge_driver PRIVATE forumkg_core)
