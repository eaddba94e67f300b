# forumkg report tests. fkg_report_driver runs fkg_cmd_report like `forumkg report` would.
set(FKG_REPORT_TESTS ${CMAKE_SOURCE_DIR}/tests/report)
add_executable(fkg_report_driver ${FKG_REPORT_TESTS}/driver.c ${CMAKE_SOURCE_DIR}/src/cli/cmd_report.c
               ${CMAKE_SOURCE_DIR}/src/cli/options.c)
target_include_directories(fkg_report_driver PRIVATE ${CMAKE_SOURCE_DIR}/src)
target_compile_options(fkg_report_driver PRIVATE ${FKG_WARNINGS})
target_link_libraries(fkg_report_driver PRIVATE forumkg_core)

# Unit checks of the report core, and the command's exit codes through the same function.
add_executable(unit_report ${FKG_REPORT_TESTS}/test_report.c ${CMAKE_SOURCE_DIR}/src/cli/cmd_report.c
               ${CMAKE_SOURCE_DIR}/src/cli/options.c)
target_include_directories(unit_report PRIVATE ${CMAKE_SOURCE_DIR}/src ${CMAKE_SOURCE_DIR}/tests/unit)
target_compile_options(unit_report PRIVATE ${FKG_WARNINGS})
target_compile_definitions(unit_report PRIVATE
  FKG_REPORT_TEST_DIR="${FKG_REPORT_TESTS}" FKG_TEST_ONTOLOGY_DIR="${CMAKE_SOURCE_DIR}/ontology")
target_link_libraries(unit_report PRIVATE forumkg_core)
add_test(NAME unit_report COMMAND unit_report)
set_tests_properties(unit_report PROPERTIES LABELS "unit;report" TIMEOUT 120)

# The page in a real browser: headless Chromium (Debian's chromium) renders it and
# browser.mjs checks the DOM against counts N3.js computes from the graph. Without node or
# chromium these tests FAIL: a report nobody looked at is not tested.
set(FKG_REPORT_OUT ${CMAKE_CURRENT_BINARY_DIR}/report-out)
file(MAKE_DIRECTORY ${FKG_REPORT_OUT})
add_test(NAME report_seeds_graph
         COMMAND forumkg extract ${CMAKE_SOURCE_DIR}/seeds -o ${FKG_REPORT_OUT}/seeds.ttl)
set_tests_properties(report_seeds_graph PROPERTIES FIXTURES_SETUP report_seeds LABELS report)
set(FKG_REPORT_BROWSER_TESTS report_browser_seeds report_browser_seeds_ru report_browser_escape
    report_browser_200)
if(NODE_EXE)
  set(FKG_REPORT_BROWSER ${NODE_EXE} ${FKG_REPORT_TESTS}/browser.mjs --driver $<TARGET_FILE:fkg_report_driver>)
  add_test(NAME report_browser_seeds
           COMMAND ${FKG_REPORT_BROWSER} --graph ${FKG_REPORT_OUT}/seeds.ttl
                   --out ${FKG_REPORT_OUT}/seeds --screenshot ${FKG_REPORT_OUT}/seeds/report.png)
  add_test(NAME report_browser_seeds_ru
           COMMAND ${FKG_REPORT_BROWSER} --graph ${FKG_REPORT_OUT}/seeds.ttl --lang ru
                   --out ${FKG_REPORT_OUT}/seeds-ru)
  add_test(NAME report_browser_escape
           COMMAND ${FKG_REPORT_BROWSER} --graph ${FKG_REPORT_TESTS}/escape.ttl --escape
                   --out ${FKG_REPORT_OUT}/escape --screenshot ${FKG_REPORT_OUT}/escape/report.png)
  add_test(NAME report_browser_200
           COMMAND ${FKG_REPORT_BROWSER} --synthetic 200 --max-seconds 60
                   --out ${FKG_REPORT_OUT}/synthetic --screenshot ${FKG_REPORT_OUT}/synthetic/report.png)
  set_tests_properties(report_browser_seeds report_browser_seeds_ru PROPERTIES
                       FIXTURES_REQUIRED report_seeds)
else()
  foreach(t IN LISTS FKG_REPORT_BROWSER_TESTS)
    # Exits 0, which WILL_FAIL turns into a failure: the message says why.
    add_test(NAME ${t} COMMAND ${CMAKE_COMMAND} -E echo "FAIL node not found: the browser checks cannot run")
    set_tests_properties(${t} PROPERTIES WILL_FAIL TRUE)
  endforeach()
endif()
set_tests_properties(${FKG_REPORT_BROWSER_TESTS} PROPERTIES LABELS "report;browser" TIMEOUT 600)

# raptor2's dot serialiser behind `forumkg extract -f dot`, through Graphviz.
add_test(NAME report_extract_dot
         COMMAND ${FKG_REPORT_TESTS}/extract-dot.sh $<TARGET_FILE:forumkg> ${CMAKE_SOURCE_DIR}/seeds
                 ${FKG_REPORT_OUT}/extract)
# raptor2 2.0.15's dot serialiser loses its namespace stack (8491 bytes, rapper -o dot too:
# valgrind shows it in raptor_new_namespaces), so leak checking is off for this one test.
set_tests_properties(report_extract_dot PROPERTIES LABELS report TIMEOUT 300
                     ENVIRONMENT "ASAN_OPTIONS=detect_leaks=0")
