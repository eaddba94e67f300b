# Rule tests: articles of our own writing in ru/fr/en, each with SPARQL ASK checks answered by
# oxigraph over `forumkg extract` output (see tests/rules/run-rules.mjs).
if(NODE_EXE)
  add_test(NAME rules_three_languages
           COMMAND ${NODE_EXE} ${CMAKE_SOURCE_DIR}/tests/rules/run-rules.mjs
                   --forumkg $<TARGET_FILE:forumkg>)
endif()
