/* forumkg: merge stage, the writer. Serialises the merged statements through raptor2 into a
 * temporary file beside the target and renames it into place only when everything was
 * written, so a failed merge leaves the previous output untouched. Targets that are not
 * regular files (/dev/stdout, /dev/full, a pipe) are written in place: renaming over a device
 * would replace it. */
#include "forumkg/output.h"
#include "merge_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct {
  const char *prefix, *ns;
} kPrefixes[] = {
    {"fkg", FKG_MERGE_NS_FKG},
    {"schema", "https://schema.org/"},
    {"org", "http://www.w3.org/ns/org#"},
    {"prov", "http://www.w3.org/ns/prov#"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"},
    {"wd", FKG_MERGE_NS_WD},
    {"wdt", FKG_MERGE_NS_WDT},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
};

/* Instance namespaces whose local names are safe prefixed names (as in graph/writer.c; "org"
 * names the W3C vocabulary above, so organisations keep full IRIs). */
static const char *const kIdPrefixes[] = {"region", "person", "city", "series", "edition"};

static void
set_namespaces(FkgMerge *m, raptor_serializer *ser)
{
  for (size_t i = 0; i < sizeof kPrefixes / sizeof *kPrefixes; i++) {
    raptor_uri *u = raptor_new_uri(m->world, (const unsigned char *)kPrefixes[i].ns);
    if (!u) continue;
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)kPrefixes[i].prefix);
    raptor_free_uri(u);
  }
  for (size_t i = 0; i < sizeof kIdPrefixes / sizeof *kIdPrefixes; i++) {
    size_t n = strlen(m->base) + strlen(kIdPrefixes[i]) + 2;
    char *ns = malloc(n);
    if (!ns) continue;
    snprintf(ns, n, "%s%s/", m->base, kIdPrefixes[i]);
    raptor_uri *u = raptor_new_uri(m->world, (const unsigned char *)ns);
    free(ns);
    if (!u) continue;
    raptor_serializer_set_namespace(ser, u, (const unsigned char *)kIdPrefixes[i]);
    raptor_free_uri(u);
  }
}

FkgStatus
fkg_merge_write(FkgMerge *m, const char *format, const char *out_path)
{
  raptor_serializer *ser = raptor_new_serializer(m->world, format);
  if (!ser) {
    fkg_diag(m->diag, FKG_ERROR, NULL, "unknown output format '%s'", format);
    return FKG_BAD_ARG;
  }
  FkgOutput o;
  FkgStatus st = fkg_output_open(&o, out_path, m->diag);
  if (st) {
    raptor_free_serializer(ser);
    return st;
  }
  FILE *out = o.f;
  errno = 0;
  /* No base URI: raptor would write every IRI, prefixes included, relative to it. */
  if (raptor_serializer_start_to_file_handle(ser, NULL, out)) st = FKG_BAD_WRITE;
  if (!st) set_namespaces(m, ser);
  for (size_t i = 0; i < m->all.n && !st; i++)
    if (raptor_serializer_serialize_statement(ser, m->all.v[i]) || ferror(out)) st = FKG_BAD_WRITE;
  if (!st && raptor_serializer_serialize_end(ser)) st = FKG_BAD_WRITE;
  raptor_free_serializer(ser);
  return fkg_output_close(&o, st, m->diag);
}
