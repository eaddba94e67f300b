/* forumkg: sorting a list of raptor2 statements into one canonical order without duplicates,
 * shared by the graph stage (RDF/XML, RDF/JSON output) and the merge core. */
#ifndef FORUMKG_RDFSORT_H
#define FORUMKG_RDFSORT_H

#include <raptor2.h>
#include <stddef.h>

/* Sorts `v[0..n)` by raptor_statement_compare (subject, predicate, object, graph name), frees
 * the duplicates and returns the number of statements left at the front of `v`. */
size_t fkg_rdf_sort_unique(raptor_statement **v, size_t n);

#endif
