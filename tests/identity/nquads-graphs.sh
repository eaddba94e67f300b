#!/bin/sh
# Identity test nquads_graphs (see identity.cmake): `forumkg extract -f nquads TEXTS` parses with
# rapper (-i nquads -c, a positive triple count) and has exactly one named graph per article,
# named with the article's IRI (graph-shape.mjs nquads-graphs, with N3.js); without -f, the
# extension of -o names the format.
#   nquads-graphs.sh FORUMKG NODE SRCDIR TEXTS WORKDIR
set -u
forumkg=$1 node=$2 src=$3 texts=$4 work=$5
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$src" || exit 1
out=$work/graph.nq
if ! "$forumkg" extract -f nquads "$texts" -o "$out"; then
  echo "FAIL: forumkg extract -f nquads $texts exited with status $?"
  exit 1
fi
status=0
rapper_out=$(rapper -i nquads -c "$out" 2>&1)
rc=$?
echo "$rapper_out"
if [ $rc != 0 ] || ! echo "$rapper_out" | grep -Eq 'returned [1-9][0-9]* (triples|statements)'; then
  echo "FAIL: rapper -i nquads -c did not parse $out (exit $rc)"
  status=1
elif echo "$rapper_out" | grep -q 'rapper: Error'; then
  echo "FAIL: rapper reported errors"
  status=1
else
  echo "ok   rapper parses the N-Quads"
fi
"$node" tests/identity/graph-shape.mjs nquads-graphs --data "$out" --texts "$texts" || status=1
# Without -f, the extension of -o names the format: .nq is N-Quads, .nt N-Triples.
"$forumkg" extract "$texts" -o "$work/by-name.nq" && "$forumkg" extract "$texts" -o "$work/by-name.nt" &&
  "$forumkg" extract -f ntriples "$texts" -o "$work/graph.nt" || status=1
if cmp -s "$out" "$work/by-name.nq" && cmp -s "$work/graph.nt" "$work/by-name.nt"; then
  echo "ok   -o FILE.nq and FILE.nt without -f write N-Quads and N-Triples"
else
  echo "FAIL: without -f, -o FILE.nq or FILE.nt did not write its format"
  status=1
fi
exit $status
