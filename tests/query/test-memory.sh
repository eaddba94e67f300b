#!/usr/bin/env bash
# forumkg query test: every bundled query (and the test queries in tests/query/queries) on the
# fixture graph in memory gives the same rows as oxigraph; the result formats are well formed;
# the contract's prefixes are predeclared.
source "$(dirname "$0")/lib.sh"

oxigraph_dump "$FIXTURE" "$TMP/oxigraph"
status=0
compare_all "$TMP/oxigraph" --data "$FIXTURE" || status=1

# Predeclared prefixes: the query of the issue, as written.
out=$("$FKG" query --data "$FIXTURE" -r tsv -e 'SELECT ?n { ?p a fkg:Official ; schema:name ?n } ORDER BY ?n')
[[ "$(head -n 1 <<<"$out")" == '?n' ]] || { echo "FAIL prefixes: header is $(head -n 1 <<<"$out")"; status=1; }
grep -qx '"Анна Иванова"@ru' <<<"$out" || { echo "FAIL prefixes: no Анна Иванова in"; echo "$out"; status=1; }
# ... and ORDER BY is kept: "Anna Ivanova"@ru-Latn sorts before the Cyrillic names (raptor2
# writes language tags in lower case).
[[ "$(sed -n 2p <<<"$out")" == '"Anna Ivanova"@ru-latn' ]] &&
  [[ "$(tail -n 1 <<<"$out")" == '"Сергей Петров"@ru' ]] &&
  echo "ok   predeclared prefixes, ORDER BY" || { echo "FAIL order: $out"; status=1; }

# JSON and XML are well formed and hold as many solutions as the canonical form has rows.
q=$ONTOLOGY/queries/officials-by-region.rq
rows=$(($("$FKG" query --data "$FIXTURE" --canonical "$q" | wc -l) - 1))
"$FKG" query --data "$FIXTURE" -r json "$q" >"$TMP/r.json"
n=$("$NODE" -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  process.stdout.write(String(r.results.bindings.length))' "$TMP/r.json") || n=invalid
[[ "$n" == "$rows" ]] && echo "ok   -r json ($n solutions)" || { echo "FAIL -r json: $n solutions, want $rows"; status=1; }
"$FKG" query --data "$FIXTURE" -r xml "$q" >"$TMP/r.xml"
n=$(grep -c '<result>' "$TMP/r.xml" || true)
[[ "$n" == "$rows" ]] && grep -q '^</sparql>$' "$TMP/r.xml" && echo "ok   -r xml" || { echo "FAIL -r xml: $n results, want $rows"; status=1; }
"$FKG" query --data "$FIXTURE" -r csv "$q" >"$TMP/r.csv"
n=$(($(wc -l <"$TMP/r.csv") - 1))
[[ "$n" == "$rows" ]] && head -n 1 "$TMP/r.csv" | grep -q $'^region,isoCode,regionLabel,official,officialName,post,postLabel\r$' &&
  echo "ok   -r csv" || { echo "FAIL -r csv: $n rows, want $rows"; status=1; }
"$FKG" query --data "$FIXTURE" "$q" >"$TMP/r.table"
n=$(grep -c '^| ' "$TMP/r.table" || true)
[[ "$n" == $((rows + 1)) ]] && echo "ok   table" || { echo "FAIL table: $n lines, want $((rows + 1))"; status=1; }
# CONSTRUCT as Turtle reads back (through forumkg itself) to the same triples.
c=$EXTRA_QUERIES/construct-names.rq
"$FKG" query --data "$FIXTURE" "$c" >"$TMP/c.ttl"
"$FKG" query --data "$TMP/c.ttl" --canonical -e 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }' >"$TMP/c1.tsv"
"$FKG" query --data "$FIXTURE" --canonical "$c" >"$TMP/c2.tsv"
cmp -s "$TMP/c1.tsv" "$TMP/c2.tsv" && echo "ok   CONSTRUCT as turtle" || { echo "FAIL CONSTRUCT as turtle"; diff "$TMP/c1.tsv" "$TMP/c2.tsv"; status=1; }
# A format that does not fit the query form is a usage error.
rc=0; "$FKG" query --data "$FIXTURE" -r turtle "$q" >/dev/null 2>&1 || rc=$?
[[ $rc == 2 ]] && echo "ok   -r turtle on SELECT: exit 2" || { echo "FAIL -r turtle on SELECT: exit $rc"; status=1; }
# JSON-LD is refused with a reason, as a fatal error.
echo '{}' >"$TMP/g.jsonld"
rc=0; "$FKG" query --data "$TMP/g.jsonld" -e 'ASK {}' >/dev/null 2>"$TMP/jsonld.err" || rc=$?
[[ $rc == 3 ]] && grep -q 'JSON-LD' "$TMP/jsonld.err" && echo "ok   .jsonld refused" || { echo "FAIL .jsonld: exit $rc"; cat "$TMP/jsonld.err"; status=1; }
exit $status
