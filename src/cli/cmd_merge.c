/* forumkg: `forumkg merge`, the graph joiner. Reads RDF files in any syntax raptor2 parses,
 * unions them (blank nodes kept apart per input, duplicates dropped), links our regions to
 * open-data entities by ISO code, optionally smushes owl:sameAs clusters, and writes one
 * graph atomically. The core is src/merge/; this file is options and exit codes. */
#include "cli.h"
#include "options.h"
#include "forumkg/merge.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *output;
  const char *format;
  const char *input_format;
  const char *link_property;
  const char *base;
  int smush;
  int help;
} MergeOpts;

static const FkgOption kOptions[] = {
    {"-o", "--output", FKG_ARG_STRING, offsetof(MergeOpts, output),
     "FILE  write here atomically: temporary file, then rename (default: standard\n"
     "      output)"},
    {"-f", "--format", FKG_ARG_STRING, offsetof(MergeOpts, format),
     "FMT   turtle, ntriples, nquads (keeps graph names), rdfxml, json (default: by the\n"
     "extension of -o, else turtle)"},
    {"-i", "--input-format", FKG_ARG_STRING, offsetof(MergeOpts, input_format),
     "FMT   syntax of every FILE: turtle, ntriples, nquads, rdfxml, trig, json or\n"
     "      guess (default: by extension .ttl .nt .nq .rdf .xml .owl .trig .json)"},
    {NULL, "--smush", FKG_ARG_NONE, offsetof(MergeOpts, smush),
     "      rewrite each owl:sameAs cluster onto one IRI (see below)"},
    {NULL, "--link-property", FKG_ARG_STRING, offsetof(MergeOpts, link_property),
     "IRI   also link regions whose fkg:isoCode equals this property's value"},
    {NULL, "--base", FKG_ARG_STRING, offsetof(MergeOpts, base),
     "IRI   our instance namespace (default https://w3id.org/forumkg/id/)"},
    {"-h", "--help", FKG_ARG_NONE, offsetof(MergeOpts, help), "      this help"},
};

/* What --help says after the options: the merge's rules, which users' queries rely on. */
static const char *const kHelpText[] = {
    "",
    "union: statements are sorted and duplicates dropped; nothing from any input is deleted,",
    "  conflicting values (two labels in one language) all stay. Except with nquads output,",
    "  named graphs are merged into one graph.",
    "blank nodes: each input's labels become fkg<H>_<label>, H = the first 12 hex digits of the",
    "  SHA-256 of the input's bytes (unlabelled nodes: fkg<H>-<n>); labels already of this form",
    "  are kept. Inputs with different bytes never share a blank node, and the result depends",
    "  only on the inputs' contents: merge(a,b,c) = merge(c, merge(b,a)) (exactly so with",
    "  ntriples/nquads intermediates; turtle may write a blank node as [ ], read back anew).",
    "linking: for each fkg:Region with an fkg:isoCode, every other IRI whose wdt:P300 (or",
    "  --link-property) value is the same code (ASCII case ignored) gets",
    "  `region owl:sameAs entity`. A region's owl:sameAs wd:Q... is already the same node.",
    "--smush: owl:sameAs statements between IRIs, read in both directions, form clusters. Each",
    "  cluster's canonical IRI is ours (under --base; the smallest if several) where it has one,",
    "  else its smallest IRI. Every other member is replaced by the canonical IRI in every",
    "  subject and object position (predicates and graph names are left alone) and kept as",
    "  `canonical owl:sameAs member`; `canonical owl:sameAs canonical` is dropped. So our region",
    "  carries the Wikidata entity's wdt:P361 (federal district) and plain SPARQL joins work",
    "  without reasoning.",
    "",
    "exit status: 0 merged; 1 merged, but some inputs could not be read or parsed (each is named",
    "and left out whole); 2 usage error; 3 the output could not be written (a previous output",
    "file stays)",
};

static void
merge_usage(FILE *out)
{
  fprintf(out, "usage: forumkg merge [options] FILE...\n"
               "Unions RDF graphs (ours and open data such as Wikidata) into one graph. FILE "
               "may be - for\nstandard input (name its syntax with -i).\n\noptions:\n");
  fkg_cli_print_options(out, kOptions, sizeof kOptions / sizeof *kOptions);
  for (size_t i = 0; i < sizeof kHelpText / sizeof *kHelpText; i++)
    fprintf(out, "%s\n", kHelpText[i]);
}

/* Accepts an absolute IRI, bare or in <angle brackets>; returns a malloc'd bare copy, or NULL
 * (with a message) when it is not one. */
static char *
iri_arg(const char *option, const char *val)
{
  const char *given = val;
  size_t n = strlen(val);
  if (n >= 2 && val[0] == '<' && val[n - 1] == '>') {
    val++;
    n -= 2;
  }
  const char *colon = memchr(val, ':', n);
  int ok = colon && colon > val;
  for (size_t i = 0; ok && i < n; i++)
    if ((unsigned char)val[i] <= ' ' || strchr("<>\"{}|^`\\", val[i])) ok = 0;
  if (!ok) {
    fprintf(stderr, "forumkg: error: option '%s' needs an absolute IRI, not '%s'\n", option, given);
    return NULL;
  }
  char *r = malloc(n + 1);
  if (!r) {
    fprintf(stderr, "forumkg: error: out of memory\n");
    return NULL;
  }
  memcpy(r, val, n);
  r[n] = '\0';
  return r;
}

int
fkg_cmd_merge(int argc, char **argv)
{
  MergeOpts o = {0};
  char **paths = calloc((size_t)argc + 1, sizeof *paths);
  int npaths = 0;
  if (!paths) return FKG_EXIT_FATAL;
  int rc =
      fkg_cli_parse(argc, argv, kOptions, sizeof kOptions / sizeof *kOptions, &o, paths, &npaths);
  if (rc || o.help) {
    if (o.help) merge_usage(stdout);
    free(paths);
    return rc;
  }
  if (npaths == 0) {
    fprintf(stderr, "forumkg: error: no input given\n");
    merge_usage(stderr);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  o.format = fkg_cli_output_format(o.format, o.output, fkg_merge_format_ok);
  if (!fkg_merge_format_ok(o.format)) {
    fprintf(stderr,
            "forumkg: error: unknown output format '%s' (turtle, ntriples, nquads, "
            "rdfxml, rdfxml-abbrev, json)\n",
            o.format);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  if (o.input_format && !fkg_merge_syntax_ok(o.input_format)) {
    fprintf(stderr,
            "forumkg: error: unknown input format '%s' (turtle, ntriples, nquads, "
            "rdfxml, trig, json, guess)\n",
            o.input_format);
    free(paths);
    return FKG_EXIT_USAGE;
  }
  char *link = NULL, *base = NULL;
  if ((o.link_property && !(link = iri_arg("--link-property", o.link_property))) ||
      (o.base && !(base = iri_arg("--base", o.base)))) {
    free(link);
    free(paths);
    return FKG_EXIT_USAGE;
  }

  FkgDiag diag = {0};
  FkgMergeOptions mo = {base, link, o.smush, strcmp(o.format, "nquads") == 0};
  FkgStatus st;
  FkgMerge *m = fkg_merge_new(&mo, &diag, &st);
  if (!m) fkg_diag(&diag, FKG_ERROR, NULL, "cannot start the merge: %s", fkg_status_string(st));
  int failed = !m, bad_input = 0;
  /* Read every input even after a failure, so that one run reports every bad file. */
  for (int i = 0; m && i < npaths; i++)
    if (fkg_merge_add_file(m, paths[i], o.input_format)) bad_input = 1;
  /* As in extract: a bad input is left out whole (none of its statements is kept), each is
   * named, and the union of the others is written; exit status 1 says some were skipped. */
  if (!failed && fkg_merge_finish(m)) failed = 1;
  if (!failed && fkg_merge_write(m, o.format, o.output)) failed = 1;
  if (!failed && bad_input && o.output && strcmp(o.output, "-") != 0) {
    FkgLoc loc = {o.output, 0, 0};
    fkg_diag(&diag, FKG_NOTE, &loc, "written without the inputs that could not be merged");
  }
  fkg_merge_free(m);
  free(link);
  free(base);
  free(paths);
  return failed ? FKG_EXIT_FATAL : bad_input ? FKG_EXIT_SKIPPED : FKG_EXIT_OK;
}
