#!/usr/bin/env bash
# forumkg query test: no query changes a store unless --update is given. SPARQL Update is
# refused with exit 2 and a reason, plain queries leave the sqlite file byte for byte as it
# was, and with --update INSERT DATA / DELETE DATA apply while other updates are refused whole.
source "$(dirname "$0")/lib.sh"

db=$TMP/kg.sqlite
store="sqlite:$db"
"$FKG" load --store "$store" "$FIXTURE" 2>/dev/null || fail "load exited $?"
before=$(sha256sum <"$db")
n0=$(count_statements --store "$store")
status=0

expect() { # expect CODE PATTERN LABEL -- ARGS...: runs forumkg query ARGS, checks exit and stderr
  local code=$1 pattern=$2 label=$3 rc=0
  shift 4
  "$FKG" query "$@" >"$TMP/out" 2>"$TMP/err" || rc=$?
  if [[ $rc == "$code" ]] && { [[ -z "$pattern" ]] || grep -q -- "$pattern" "$TMP/err"; }; then
    echo "ok   $label: exit $rc"
  else
    echo "FAIL $label: exit $rc (want $code), stderr:"
    sed 's/^/  /' "$TMP/err"
    status=1
  fi
}

expect 2 'never changes a store unless --update' "INSERT DATA without --update" -- \
  --store "$store" -e 'INSERT DATA { <urn:a> <urn:b> "c" }'
expect 2 'rasqal 0.9.33 parses SPARQL Update but does not execute it' "DELETE WHERE without --update" -- \
  --store "$store" -e 'DELETE WHERE { ?s ?p ?o }'
expect 2 '--update' "CLEAR ALL without --update" -- --store "$store" -e 'CLEAR ALL'
# Plain queries, including patterns with IRIs and literals the store has never seen.
expect 0 '' "SELECT with unseen terms" -- --store "$store" \
  -e 'SELECT * { ?s <urn:never-seen> "nor this" ; schema:name ?n }'
expect 0 '' "CONSTRUCT" -- --store "$store" -e 'CONSTRUCT { <urn:x> <urn:y> ?o } WHERE { ?s fkg:isoCode ?o }'
after=$(sha256sum <"$db")
[[ "$before" == "$after" ]] && echo "ok   the store file is unchanged" || { echo "FAIL the store file changed"; status=1; }
[[ "$(count_statements --store "$store")" == "$n0" ]] || { echo "FAIL the statement count changed"; status=1; }

# With --update: an update rasqal cannot run is refused whole, even next to a DATA operation.
expect 2 'only INSERT DATA and DELETE DATA' "DELETE WHERE with --update" -- --update --store "$store" \
  -e 'INSERT DATA { <urn:a> <urn:b> "c" } ; DELETE WHERE { ?s ?p ?o }'
[[ "$(count_statements --store "$store")" == "$n0" ]] && echo "ok   nothing applied" || { echo "FAIL a refused update changed the store"; status=1; }
# INSERT DATA and DELETE DATA apply and persist.
expect 0 '1 statement inserted' "INSERT DATA with --update" -- --update --store "$store" \
  -e 'INSERT DATA { <urn:a> schema:name "Ёлка"@ru }'
got=$("$FKG" query --store "$store" -r tsv -e 'SELECT ?n { <urn:a> schema:name ?n }' | tail -n 1)
[[ "$got" == '"Ёлка"@ru' && "$(count_statements --store "$store")" == $((n0 + 1)) ]] &&
  echo "ok   inserted statement persists" || { echo "FAIL after INSERT DATA: $got"; status=1; }
expect 0 '1 deleted' "DELETE DATA with --update" -- --update --store "$store" \
  -e 'DELETE DATA { <urn:a> schema:name "Ёлка"@ru }'
[[ "$(count_statements --store "$store")" == "$n0" ]] && echo "ok   deleted statement is gone" || { echo "FAIL after DELETE DATA"; status=1; }
exit $status
