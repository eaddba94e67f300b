/* forumkg: `forumkg extract`'s document pipeline over a stream of inputs (extract_batch.h).
 *
 * The inputs queue in a ring of slots, one per input. Threads take the oldest waiting slot and
 * run read, load, segment, extract and the graph stage's prepare step, each thread with a
 * context of its own: ICU break iterators, regexes, transliterators and Snowball stemmers are
 * not shareable, and nothing else is global. The main thread queues inputs and, whenever the
 * ring is full, does the next useful thing: commit the oldest slot if it is done (its messages
 * to standard error, its graph part to the writer, where N-Triples and N-Quads arrive already
 * rendered to bytes, or its facts to the --facts stream), else process a waiting slot itself,
 * else wait for the oldest to finish. Slots are committed in input order, so the output is
 * byte for byte the same for any number of jobs; and the other threads never wait for a
 * commit, nor for the slowest document of a batch (a batch barrier once cost a fifth of the
 * --jobs 2 speed-up). The ring holds 16 inputs per job: enough to keep threads busy across
 * long and short articles, few enough that memory stays flat. */
#include "extract_batch.h"
#include "forumkg/extract.h"
#include "forumkg/segment.h"
#include "forumkg/text.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *path;   /* file to read, or NULL when `text` is given */
  char *where;  /* the input's name in messages */
  char *source; /* the article's name */
  unsigned char *text;
  size_t n;
  FkgDoc doc;
  FkgFacts facts;
  int doc_live; /* doc (and facts) still needed at commit */
  FkgGraphPart *part;
  int prepared;  /* the part holds this input's statements */
  int rc;        /* 0 processed, 1 skipped */
  size_t nbytes; /* input size, for progress */
  FILE *msgs;    /* open_memstream over msg/msg_len, opened on the first message */
  char *msg;
  size_t msg_len;
  int done; /* processed (or passed over), ready to commit; under the batch's mutex */
} Slot;

typedef struct Worker Worker;

struct FkgBatch {
  FkgContext *main_ctx;
  int jobs;
  Worker *workers; /* jobs of them; workers[0] runs on the main thread with main_ctx */
  FkgWriter *w;
  FILE *facts_out;
  FkgBatchDone done;
  void *user;
  Slot *slots;
  int cap;
  /* Inputs counted from the first: slot k % cap holds input k. Under `mu`: queued (visible to
   * the threads), taken (claimed by a thread), committed; queued - committed <= cap. */
  long queued, taken, committed;
  int skipped;
  /* The output failed: queued slots are passed over. Set by the main thread only, under `mu`
   * (so the main thread reads it without). */
  int fatal;
  /* jobs - 1 threads that live as long as the batch: threads made per batch cost a clone, and
   * glibc hands an exited thread's stack back to the kernel (madvise), so the next one faulted
   * its pages in again. `work` wakes them for a queued slot, `finished` wakes the main thread when
   * a slot is done; `stop` ends them. */
  pthread_mutex_t mu;
  pthread_cond_t work, finished;
  int stop, nthreads;
  pthread_t *tids;
};

struct Worker {
  FkgBatch *b;
  FkgContext *ctx;
  /* The line formats' statements are built and sorted here, and only the rendered bytes go to
   * the slot: with one part per slot, each document met cold buffers last touched on the
   * other core (a quarter more CPU time with --jobs 2). */
  FkgGraphPart *scratch;
  FkgDiag diag; /* collects into the current slot's messages */
  Slot *cur;
};

static void
slot_message(void *user, FkgSeverity sev, const FkgLoc *loc, const char *msg)
{
  Worker *wk = user;
  Slot *s = wk->cur;
  if (s && !s->msgs) s->msgs = open_memstream(&s->msg, &s->msg_len);
  fkg_diag_print(s && s->msgs ? s->msgs : stderr, sev, loc, msg);
}

static const char *
base_name(const char *path)
{
  if (strcmp(path, "-") == 0) return "-";
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The pipeline on one slot, on any thread. */
static void
run_slot(Worker *wk, Slot *s)
{
  FkgContext *ctx = wk->ctx;
  wk->cur = s;
  FkgDiag *prev = fkg_context_set_diag(ctx, &wk->diag);
  unsigned char *bytes = s->text;
  size_t n = s->n;
  s->rc = 0;
  s->prepared = 0;
  s->doc_live = 0;
  if (s->path && fkg_text_read_file(ctx, s->path, &bytes, &n)) {
    s->rc = 1;
    goto done;
  }
  s->nbytes = n;
  FkgStatus st = fkg_text_load(ctx, &s->doc, s->where, s->source, bytes, n);
  s->doc_live = 1;
  if (!st) st = fkg_segment_doc(ctx, &s->doc);
  /* FORUMKG_DEBUG_TOKENS=1 lists tokens with their keys (development aid). */
  if (!st && getenv("FORUMKG_DEBUG_TOKENS"))
    for (int32_t i = 0; i < s->doc.ntoks; i++)
      fprintf(stderr, "%d\t%s\t%s\t%s\t%x\n", (int)s->doc.toks[i].sent, s->doc.toks[i].surface,
              s->doc.toks[i].key, s->doc.toks[i].capkey ? s->doc.toks[i].capkey : "",
              (unsigned)s->doc.toks[i].flags);
  memset(&s->facts, 0, sizeof s->facts);
  s->facts.doc = &s->doc;
  if (!st) st = fkg_extract_doc(ctx, &s->doc, &s->facts);
  if (!st && wk->b->w) {
    int renders = fkg_writer_renders(wk->b->w);
    if (!s->part) s->part = fkg_graph_part_new();
    if (renders && !wk->scratch) wk->scratch = fkg_graph_part_new();
    FkgGraphPart *p = renders ? wk->scratch : s->part;
    st = s->part && p ? fkg_writer_prepare(wk->b->w, ctx, p, &s->doc, &s->facts) : FKG_BAD_ALLOC;
    if (!st && renders && fkg_graph_part_kept(p)) {
      /* A long document: the slot takes the whole part, statements and all, and the thread
       * the slot's; the document stays for the commit to render. */
      wk->scratch = s->part;
      s->part = p;
    } else if (!st && renders) {
      fkg_graph_part_trade_bytes(p, s->part);
    }
    s->prepared = !st;
  }
  if (st) {
    if (st != FKG_BAD_INPUT && st != FKG_BAD_ENCODING) {
      FkgLoc loc = {s->where, 0, 0};
      fkg_diag(&wk->diag, FKG_ERROR, &loc, "skipped: %s", fkg_status_string(st));
    }
    s->rc = 1;
  }
  /* Rendered parts and skipped inputs no longer need the document. */
  if (s->rc || (wk->b->w && fkg_writer_renders(wk->b->w) && !fkg_graph_part_kept(s->part))) {
    fkg_doc_clear(&s->doc);
    s->doc_live = 0;
  }
done:
  if (s->path) free(bytes);
  fkg_context_set_diag(ctx, prev);
  wk->cur = NULL;
}

/* Claims the oldest queued slot, with `mu` held; NULL when none waits. */
static Slot *
claim(FkgBatch *b)
{
  if (b->taken == b->queued) return NULL;
  return &b->slots[b->taken++ % b->cap];
}

/* Processes a claimed slot (passes it over once the output failed) and marks it done. Called
 * and returns with `mu` held. */
static void
process(Worker *wk, Slot *s)
{
  FkgBatch *b = wk->b;
  if (!b->fatal) {
    pthread_mutex_unlock(&b->mu);
    run_slot(wk, s);
    pthread_mutex_lock(&b->mu);
  }
  s->done = 1;
  pthread_cond_signal(&b->finished);
}

/* A pool thread: processes queued slots until the batch stops. */
static void *
pool_main(void *arg)
{
  Worker *wk = arg;
  FkgBatch *b = wk->b;
  pthread_mutex_lock(&b->mu);
  for (;;) {
    Slot *s = claim(b);
    if (s) {
      process(wk, s);
      continue;
    }
    if (b->stop) break;
    pthread_cond_wait(&b->work, &b->mu);
  }
  pthread_mutex_unlock(&b->mu);
  return NULL;
}

FkgBatch *
fkg_batch_new(FkgContext *ctx, const FkgOptions *opts, int jobs, FkgWriter *w, FILE *facts_out,
              FkgBatchDone done, void *user, FkgStatus *st)
{
  *st = FKG_SUCCESS;
  FkgBatch *b = calloc(1, sizeof *b);
  if (!b) {
    *st = FKG_BAD_ALLOC;
    return NULL;
  }
  pthread_mutex_init(&b->mu, NULL);
  pthread_cond_init(&b->work, NULL);
  pthread_cond_init(&b->finished, NULL);
  b->main_ctx = ctx;
  b->jobs = jobs < 1 ? 1 : jobs;
  b->w = w;
  b->facts_out = facts_out;
  b->done = done;
  b->user = user;
  /* One input at a time without workers: messages then come as soon as they are known. */
  b->cap = b->jobs == 1 ? 1 : 16 * b->jobs;
  b->slots = calloc((size_t)b->cap, sizeof *b->slots);
  b->workers = calloc((size_t)b->jobs, sizeof *b->workers);
  if (!b->slots || !b->workers) {
    *st = FKG_BAD_ALLOC;
    fkg_batch_free(b);
    return NULL;
  }
  for (int j = 0; j < b->jobs; j++) {
    Worker *wk = &b->workers[j];
    wk->b = b;
    wk->diag.func = slot_message;
    wk->diag.user = wk;
    wk->ctx = j == 0 ? ctx : fkg_context_new(opts, fkg_context_diag(ctx), st);
    if (!wk->ctx) {
      fkg_batch_free(b);
      return NULL;
    }
  }
  if (b->jobs > 1) {
    b->tids = calloc((size_t)b->jobs - 1, sizeof *b->tids);
    if (!b->tids) {
      *st = FKG_BAD_ALLOC;
      fkg_batch_free(b);
      return NULL;
    }
    /* Fewer threads than asked (the system refused one) only means fewer helpers. */
    for (int j = 1; j < b->jobs; j++)
      if (pthread_create(&b->tids[b->nthreads], NULL, pool_main, &b->workers[j]) == 0)
        b->nthreads++;
  }
  return b;
}

static void
slot_reset(Slot *s)
{
  if (s->doc_live) fkg_doc_clear(&s->doc);
  if (s->msgs) fclose(s->msgs);
  free(s->msg);
  free(s->path);
  free(s->where);
  free(s->source);
  free(s->text);
  FkgGraphPart *keep = s->part;
  memset(s, 0, sizeof *s);
  s->part = keep;
}

/* Marks the run failed (main thread, without `mu`): queued slots are passed over from now. */
static void
set_fatal(FkgBatch *b)
{
  pthread_mutex_lock(&b->mu);
  b->fatal = 1;
  pthread_mutex_unlock(&b->mu);
}

/* Hands one processed slot on, on the main thread, without `mu`. */
static void
commit(FkgBatch *b, Slot *s)
{
  if (s->msgs) {
    fclose(s->msgs);
    s->msgs = NULL;
    fputs(s->msg, stderr);
  }
  if (s->rc) b->skipped = 1;
  int failed = 0;
  if (!s->rc && !b->fatal) {
    if (b->facts_out)
      failed = fkg_facts_write_tsv(&s->facts, b->facts_out) != FKG_SUCCESS;
    else if (s->prepared) {
      int kept = fkg_graph_part_kept(s->part);
      failed = fkg_writer_commit(b->w, s->part) != FKG_SUCCESS;
      /* A long document's statement buffers are not kept for the slot's next, short ones. */
      if (kept) {
        fkg_graph_part_free(s->part);
        s->part = NULL;
      }
    }
  }
  if (failed) set_fatal(b);
  if (b->done) b->done(b->user, s->nbytes);
  slot_reset(s);
}

/* One step of the main thread: commits the oldest slot when it is done, else processes a
 * queued slot, else waits for a thread to finish one. Returns 0 when nothing is queued. */
static int
step(FkgBatch *b)
{
  pthread_mutex_lock(&b->mu);
  if (b->committed == b->queued) {
    pthread_mutex_unlock(&b->mu);
    return 0;
  }
  Slot *head = &b->slots[b->committed % b->cap];
  if (head->done) {
    pthread_mutex_unlock(&b->mu);
    commit(b, head);
    pthread_mutex_lock(&b->mu);
    b->committed++;
  } else {
    Slot *s = claim(b);
    if (s)
      process(&b->workers[0], s);
    else
      pthread_cond_wait(&b->finished, &b->mu);
  }
  pthread_mutex_unlock(&b->mu);
  return 1;
}

void
fkg_batch_flush(FkgBatch *b)
{
  while (step(b)) {
  }
}

/* A free slot for the next input: steps until the ring has room. The slot is the main
 * thread's until publish() queues it. */
static Slot *
take_slot(FkgBatch *b)
{
  for (;;) {
    pthread_mutex_lock(&b->mu);
    int room = b->queued - b->committed < b->cap;
    pthread_mutex_unlock(&b->mu);
    if (room) break;
    step(b);
  }
  return &b->slots[b->queued % b->cap];
}

static void
publish(FkgBatch *b)
{
  pthread_mutex_lock(&b->mu);
  b->queued++;
  pthread_cond_signal(&b->work);
  pthread_mutex_unlock(&b->mu);
}

/* Gives up on the unpublished slot `s` and on the run: queued inputs are passed over. */
static void
out_of_memory(FkgBatch *b, Slot *s)
{
  slot_reset(s);
  set_fatal(b);
}

void
fkg_batch_add_file(FkgBatch *b, const char *path)
{
  if (b->fatal) return;
  Slot *s = take_slot(b);
  s->path = strdup(path);
  s->where = strdup(path);
  s->source = strdup(base_name(path));
  if (!s->path || !s->where || !s->source) {
    out_of_memory(b, s);
    return;
  }
  publish(b);
}

void
fkg_batch_add_text(FkgBatch *b, const char *where, const char *source, const char *text, size_t n)
{
  if (b->fatal) return;
  Slot *s = take_slot(b);
  s->where = strdup(where);
  s->source = strdup(source);
  s->text = malloc(n ? n : 1);
  if (!s->where || !s->source || !s->text) {
    out_of_memory(b, s);
    return;
  }
  memcpy(s->text, text, n);
  s->n = n;
  publish(b);
}

int
fkg_batch_skipped(const FkgBatch *b)
{
  return b->skipped;
}

int
fkg_batch_fatal(const FkgBatch *b)
{
  return b->fatal;
}

void
fkg_batch_free(FkgBatch *b)
{
  if (!b) return;
  if (b->nthreads) {
    fkg_batch_flush(b);
    pthread_mutex_lock(&b->mu);
    b->stop = 1;
    pthread_cond_broadcast(&b->work);
    pthread_mutex_unlock(&b->mu);
    for (int j = 0; j < b->nthreads; j++)
      pthread_join(b->tids[j], NULL);
  }
  free(b->tids);
  for (int i = 0; b->slots && i < b->cap; i++) {
    slot_reset(&b->slots[i]);
    fkg_graph_part_free(b->slots[i].part);
  }
  for (int j = 0; b->workers && j < b->jobs; j++) {
    fkg_graph_part_free(b->workers[j].scratch);
    if (j > 0) fkg_context_free(b->workers[j].ctx);
  }
  free(b->workers);
  free(b->slots);
  pthread_cond_destroy(&b->finished);
  pthread_cond_destroy(&b->work);
  pthread_mutex_destroy(&b->mu);
  free(b);
}
