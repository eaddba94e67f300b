# forumkg query tests: shared helpers, sourced by tests/query/test-*.sh. The environment comes
# from tests/query/query.cmake: FKG (the executable with `query` and `load`), NODE, ONTOLOGY,
# FIXTURE, RUN_QUERIES (tests/external/run-queries.mjs, the oxigraph side).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${FKG:?FKG: the forumkg executable}"
: "${ONTOLOGY:=$here/../../ontology}"
: "${FIXTURE:=$here/fixture.ttl}"
: "${RUN_QUERIES:=$here/../external/run-queries.mjs}"
: "${NODE:=node}"
EXTRA_QUERIES=$here/queries

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# A temporary directory removed on exit; `on_exit` commands run first (e.g. stopping a server).
TMP=$(mktemp -d "${TMPDIR:-/tmp}/fkg-query.XXXXXX")
on_exit=()
cleanup() {
  local cmd
  for cmd in "${on_exit[@]+"${on_exit[@]}"}"; do eval "$cmd" || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT

need_node() {
  [[ -n "$NODE" ]] && command -v "$NODE" >/dev/null ||
    fail "node is needed for the oxigraph comparison (Debian package nodejs)"
  [[ -d "$(dirname "$RUN_QUERIES")/node_modules/oxigraph" ]] ||
    fail "oxigraph is missing: run npm ci --prefix tests/external"
}

# Writes oxigraph's answers to every bundled and test query over FILE into DIR/NAME.tsv.
oxigraph_dump() {
  local data=$1 dir=$2
  need_node
  "$NODE" "$RUN_QUERIES" --data "$data" --queries "$ONTOLOGY/queries" --dump "$dir" >/dev/null
  "$NODE" "$RUN_QUERIES" --data "$data" --queries "$EXTRA_QUERIES" --dump "$dir" >/dev/null
}

# The canonical TSV of a file as comparable text: the header, then the rows sorted bytewise,
# with two differences between the engines that are not differences in the answer smoothed out:
# - oxigraph gives MIN/MAX over integer subtypes (nif:beginIndex is xsd:nonNegativeInteger) as
#   xsd:integer where rasqal keeps the subtype: the same value, so both sides say integer;
# - raptor2 writes language tags in lower case (ru-latn), oxigraph as written (ru-Latn); tags
#   compare without case in RDF, so both sides are lowered.
canon() {
  local xsd='http://www.w3.org/2001/XMLSchema#'
  head -n 1 "$1"
  tail -n +2 "$1" |
    sed -E -e "s,\^\^<${xsd}(nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|long|int|short|byte|unsignedLong|unsignedInt|unsignedShort|unsignedByte)>,^^<${xsd}integer>,g" \
      -e 's/"@([A-Za-z0-9-]+)/"@\L\1/g' |
    LC_ALL=C sort
}

# Runs every bundled query and every test query with `forumkg query ARGS... --canonical` and
# compares each answer, as a multiset of rows, with oxigraph's in DIR. Returns 1 on a mismatch.
# The queries run side by side: against PostgreSQL each one waits mostly on round trips.
compare_all() {
  local dir=$1
  shift
  local bad=0 q name rows i
  local queries=("$ONTOLOGY"/queries/*.rq "$EXTRA_QUERIES"/*.rq) pids=()
  for q in "${queries[@]}"; do
    name=$(basename "$q" .rq)
    "$FKG" query "$@" --canonical "$q" >"$TMP/got-$name.tsv" 2>"$TMP/err-$name.txt" &
    pids+=($!)
  done
  for i in "${!queries[@]}"; do
    q=${queries[$i]}
    name=$(basename "$q" .rq)
    if ! wait "${pids[$i]}"; then
      echo "FAIL $name: forumkg query failed:"
      sed 's/^/  /' "$TMP/err-$name.txt"
      bad=1
      continue
    fi
    [[ -f "$dir/$name.tsv" ]] || { echo "FAIL $name: oxigraph gave no answer"; bad=1; continue; }
    rows=$(($(wc -l <"$dir/$name.tsv") - 1))
    if ((rows == 0)); then
      echo "FAIL $name: the fixture gives no rows; extend tests/query/fixture.ttl"
      bad=1
      continue
    fi
    canon "$dir/$name.tsv" >"$TMP/want-$name.canon" || fail "cannot read $dir/$name.tsv"
    canon "$TMP/got-$name.tsv" >"$TMP/got-$name.canon" || fail "cannot read $TMP/got-$name.tsv"
    if diff "$TMP/want-$name.canon" "$TMP/got-$name.canon" >"$TMP/diff-$name.txt"; then
      echo "ok   $name ($rows rows)"
    else
      echo "FAIL $name: rasqal's answer differs from oxigraph's (< oxigraph, > forumkg):"
      sed 's/^/  /' "$TMP/diff-$name.txt"
      bad=1
    fi
  done
  return $bad
}

# Number of statements in a store, counted by a query.
count_statements() {
  "$FKG" query "$@" -r tsv -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' | tail -n 1 |
    sed -E 's/^"?([0-9]+).*/\1/'
}
