/* forumkg fuzzing: SPARQL text as `forumkg query` takes it. With the query core in the build
 * (FKG_FUZZ_HAVE_QUERY_CORE, set by fuzz.cmake when src/query is part of forumkg_core) the input
 * goes through fkg_query_with_prefixes and fkg_query_run on a small in-memory store, results
 * written to /dev/null in a format picked per input. Without it, the same library entry points
 * that core uses are fuzzed directly: rasqal_query_prepare as SPARQL 1.1, then execution over an
 * empty dataset. Updates are never allowed, so the store is the same for every input. */
#include "fuzz_common.h"

#if FKG_FUZZ_HAVE_QUERY_CORE
#include "forumkg/query.h"

#ifndef FKG_FUZZ_QUERY_DATA
#define FKG_FUZZ_QUERY_DATA "tests/fuzz/corpus/merge/small.ttl"
#endif

static FkgDiag diag = {fuzz_quiet, NULL, 0, 0};
static FkgStore *store;
static FILE *devnull;

static const FkgResultsFormat kFormats[] = {
    FKG_RESULTS_DEFAULT,   FKG_RESULTS_TABLE,  FKG_RESULTS_CSV,    FKG_RESULTS_TSV,
    FKG_RESULTS_JSON,      FKG_RESULTS_XML,    FKG_RESULTS_TURTLE, FKG_RESULTS_NTRIPLES,
    FKG_RESULTS_CANONICAL, FKG_RESULTS_DEFAULT};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  FkgStatus st;
  store = fkg_store_open("memory", FKG_STORE_WRITE, &diag, &st);
  devnull = fopen("/dev/null", "w");
  if (!store || !devnull || fkg_store_load(store, FKG_FUZZ_QUERY_DATA, NULL)) {
    fprintf(stderr, "fuzz_query: cannot initialise (data %s)\n", FKG_FUZZ_QUERY_DATA);
    abort();
  }
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  char *text = malloc(size + 1);
  if (!text) return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  long added = 0;
  free(fkg_query_with_prefixes(text, &added));
  FkgQueryRequest req = {text, "fuzz.rq", 0, kFormats[fuzz_pick(data, size, 10)], devnull};
  fkg_query_run(store, &req);
  free(text);
  return 0;
}

#else /* rasqal directly */
#include <rasqal.h>

static rasqal_world *world;

static void
quiet_log(void *user, raptor_log_message *msg)
{
  (void)user;
  if (getenv("FKG_FUZZ_VERBOSE")) fprintf(stderr, "rasqal: %s\n", msg->text ? msg->text : "");
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
  (void)argc;
  (void)argv;
  world = rasqal_new_world();
  if (!world || rasqal_world_open(world)) abort();
  rasqal_world_set_log_handler(world, NULL, quiet_log);
  return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  unsigned char *text = malloc(size + 1);
  if (!text) return 0;
  memcpy(text, data, size);
  text[size] = '\0';
  rasqal_query *q = rasqal_new_query(world, "sparql11", NULL);
  raptor_uri *base = raptor_new_uri(rasqal_world_get_raptor(world),
                                    (const unsigned char *)"file:///fuzz/query.rq");
  if (q && rasqal_query_prepare(q, text, base) == 0) {
    rasqal_query_results *r = rasqal_query_execute(q);
    if (r) {
      int rows = 0;
      if (rasqal_query_results_is_bindings(r))
        while (!rasqal_query_results_finished(r) && rows++ < 1000)
          if (rasqal_query_results_next(r)) break;
      if (rasqal_query_results_is_graph(r))
        while (rasqal_query_results_get_triple(r) && rows++ < 1000)
          if (rasqal_query_results_next_triple(r)) break;
      rasqal_free_query_results(r);
    }
  }
  if (base) raptor_free_uri(base);
  if (q) rasqal_free_query(q);
  free(text);
  return 0;
}
#endif
