# Identity tests (CONTRACT.md, Identity): graphs of shards union to the graph of the whole,
# mentions quote their source text exactly, every entity is anchored, N-Quads put each article
# in its own named graph, and no blank node is ever written. Scripts in tests/identity/.
set(FKG_SEEDS_TTL ${CMAKE_SOURCE_DIR}/out/seeds.ttl)
add_test(NAME shard_union_seeds
         COMMAND ${NODE_EXE} tests/identity/shard-union.mjs --forumkg $<TARGET_FILE:forumkg>
                 --texts seeds
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME shard_union_dev
         COMMAND ${NODE_EXE} tests/identity/shard-union.mjs --forumkg $<TARGET_FILE:forumkg>
                 --texts ${FKG_SHARED_DIR}/dev
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME mention_anchors
         COMMAND ${NODE_EXE} tests/identity/mention-anchors.mjs --data ${FKG_SEEDS_TTL} --texts seeds
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME no_blank_nodes
         COMMAND ${NODE_EXE} tests/identity/graph-shape.mjs no-blank-nodes --data ${FKG_SEEDS_TTL}
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME map_step_jsonl
         COMMAND ${NODE_EXE} tests/identity/map-step.mjs --forumkg $<TARGET_FILE:forumkg>
                 --texts seeds --texts ${FKG_SHARED_DIR}/dev --shards 3
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
add_test(NAME extract_jobs
         COMMAND sh tests/identity/jobs.sh $<TARGET_FILE:forumkg>
                 ${CMAKE_CURRENT_BINARY_DIR}/identity-jobs seeds ${FKG_SHARED_DIR}/dev
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
set(FKG_IDENTITY_TESTS shard_union_seeds shard_union_dev mention_anchors no_blank_nodes
    map_step_jsonl extract_jobs)
find_program(RAPPER_EXE rapper)
if(RAPPER_EXE)
  add_test(NAME nquads_graphs
           COMMAND sh tests/identity/nquads-graphs.sh $<TARGET_FILE:forumkg> ${NODE_EXE}
                   ${CMAKE_SOURCE_DIR} seeds ${CMAKE_CURRENT_BINARY_DIR}/identity-nquads
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  list(APPEND FKG_IDENTITY_TESTS nquads_graphs)
else()
  message(STATUS "rapper not found: nquads_graphs skipped")
endif()
set_tests_properties(${FKG_IDENTITY_TESTS} PROPERTIES LABELS identity TIMEOUT 300)
