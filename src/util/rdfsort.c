/* forumkg: canonical order of raptor2 statement lists (see include/forumkg/rdfsort.h). */
#include "forumkg/rdfsort.h"

#include <stdlib.h>

static int
compare_statements(const void *a, const void *b)
{
  return raptor_statement_compare(*(raptor_statement *const *)a, *(raptor_statement *const *)b);
}

size_t
fkg_rdf_sort_unique(raptor_statement **v, size_t n)
{
  if (n < 2) return n;
  qsort(v, n, sizeof *v, compare_statements);
  size_t o = 1;
  for (size_t i = 1; i < n; i++) {
    if (raptor_statement_compare(v[i], v[o - 1]) == 0)
      raptor_free_statement(v[i]);
    else
      v[o++] = v[i];
  }
  return o;
}
