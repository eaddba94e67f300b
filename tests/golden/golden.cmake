# Golden tests: the committed out/seeds.ttl equals a fresh extraction of seeds/ byte for byte,
# and the output does not depend on runs or on the order of the inputs (tests/golden/golden.sh).
foreach(mode seeds deterministic)
  add_test(NAME golden_${mode}
           COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/golden/golden.sh ${mode} $<TARGET_FILE:forumkg>
                   ${CMAKE_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/golden-${mode})
  set_tests_properties(golden_${mode} PROPERTIES LABELS golden TIMEOUT 300)
endforeach()
