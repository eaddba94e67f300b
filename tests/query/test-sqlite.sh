#!/usr/bin/env bash
# forumkg query test: `forumkg load` puts the fixture into a new sqlite store; queries with
# --store alone (no --data) give the same rows as oxigraph; loading again adds nothing; a store
# that cannot be opened is named in the message, exit 3, and no file is left behind.
source "$(dirname "$0")/lib.sh"

store="sqlite:$TMP/kg.sqlite"
rc=0; "$FKG" load --store "$store" "$FIXTURE" 2>"$TMP/load.err" || rc=$?
((rc == 0)) || { cat "$TMP/load.err"; fail "load exited $rc"; }
[[ -s "$TMP/kg.sqlite" ]] || fail "load wrote no $TMP/kg.sqlite"
oxigraph_dump "$FIXTURE" "$TMP/oxigraph"
status=0
compare_all "$TMP/oxigraph" --store "$store" || status=1

# Loading the same graph again adds nothing: a store holds a set of statements.
n1=$(count_statements --store "$store")
"$FKG" load --store "$store" "$FIXTURE" 2>/dev/null || fail "second load exited $?"
n2=$(count_statements --store "$store")
n0=$(count_statements --data "$FIXTURE")
[[ "$n1" == "$n0" && "$n2" == "$n0" ]] && echo "ok   $n0 statements, loaded twice" ||
  { echo "FAIL statement counts: fixture $n0, store $n1 then $n2"; status=1; }

# A bad file among good ones: the others load, exit 1, and the bad one adds nothing.
printf '<urn:a> <urn:b> "unterminated .\n' >"$TMP/bad.ttl"
printf '<urn:x> <urn:y> <urn:z> .\n' >"$TMP/good.nt"
rc=0; "$FKG" load --store "sqlite:$TMP/two.sqlite" "$TMP/bad.ttl" "$TMP/good.nt" 2>"$TMP/bad.err" || rc=$?
n=$(count_statements --store "sqlite:$TMP/two.sqlite")
[[ $rc == 1 && "$n" == 1 ]] && grep -q "bad.ttl:1" "$TMP/bad.err" && echo "ok   bad file skipped, located" ||
  { echo "FAIL bad file: exit $rc, $n statements"; cat "$TMP/bad.err"; status=1; }

# A store that does not exist: exit 3, the message names it, no file is created.
rc=0; "$FKG" query --store "sqlite:$TMP/missing.sqlite" -e 'ASK {}' >/dev/null 2>"$TMP/missing.err" || rc=$?
[[ $rc == 3 ]] && grep -q "sqlite:$TMP/missing.sqlite" "$TMP/missing.err" && [[ ! -e "$TMP/missing.sqlite" ]] &&
  echo "ok   missing store: exit 3" || { echo "FAIL missing store: exit $rc"; cat "$TMP/missing.err"; status=1; }
# A file that is not a Redland store: exit 3 as well.
echo "not a database" >"$TMP/junk.sqlite"
rc=0; "$FKG" query --store "sqlite:$TMP/junk.sqlite" -e 'ASK {}' >/dev/null 2>"$TMP/junk.err" || rc=$?
[[ $rc == 3 ]] && grep -q "junk.sqlite" "$TMP/junk.err" && echo "ok   not a store: exit 3" ||
  { echo "FAIL not a store: exit $rc"; cat "$TMP/junk.err"; status=1; }
exit $status
