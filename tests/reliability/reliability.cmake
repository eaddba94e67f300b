# forumkg reliability tests (issue 7): hostile and broken input. Each case of
# tests/reliability/reliability.sh is one CTest test, reliability_<case>; see docs/reliability.md
# for what each one checks. Tools: iconv, rapper (raptor2-utils), valgrind, node with
# tests/external/node_modules (N3.js); a case whose tool is missing is skipped (exit 77).
set(FKG_RELIABILITY_CASES
  enc_windows1251 enc_koi8r enc_iso88591 enc_windows1252 enc_forced
  invalid_utf8 invalid_utf8_mixed stray_byte_ascii
  binary nul empty missing directory_as_file directory_loop max_bytes all_bad_inputs
  stdout_full_turtle stdout_full_ntriples output_devfull
  full_filesystem_turtle full_filesystem_ntriples
  long_line large_input_memory bom crlf bom_crlf cr
  escape_turtle escape_ntriples escape_nquads escape_rdfxml cr_in_literal
  valgrind_corpus valgrind_bad_inputs)

# AddressSanitizer reserves terabytes of address space, so the memory limit that
# large_input_memory sets (ulimit -v) cannot apply to a sanitizer build: the case is not
# registered there, rather than reported as skipped. The plain build runs it.
if(FKG_SANITIZE)
  list(REMOVE_ITEM FKG_RELIABILITY_CASES large_input_memory)
endif()

foreach(_case IN LISTS FKG_RELIABILITY_CASES)
  add_test(NAME reliability_${_case}
           COMMAND sh ${CMAKE_CURRENT_LIST_DIR}/reliability.sh ${_case} $<TARGET_FILE:forumkg>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/reliability/${_case}
                   ${FKG_SHARED_DIR})
  set_tests_properties(reliability_${_case} PROPERTIES LABELS reliability TIMEOUT 300
                       SKIP_RETURN_CODE 77)
endforeach()
set_tests_properties(reliability_valgrind_corpus reliability_valgrind_bad_inputs
                     PROPERTIES LABELS "reliability;valgrind" TIMEOUT 900)

# The fuzz harnesses' replay tests (and, with -DFKG_FUZZ=ON under clang, the fuzz targets).
# tests/CMakeLists.txt may include fuzz/fuzz.cmake itself too: it has an include guard.
include(${CMAKE_CURRENT_LIST_DIR}/../fuzz/fuzz.cmake OPTIONAL)
