#!/usr/bin/env bash
# forumkg query test: `forumkg query --list` names every bundled query with its title and
# answers lines, and `forumkg query NAME` runs one of them.
source "$(dirname "$0")/lib.sh"
status=0
"$FKG" query --list --ontology "$ONTOLOGY" >"$TMP/list" || fail "--list exited $?"
count=0
for q in "$ONTOLOGY"/queries/*.rq; do
  name=$(basename "$q" .rq)
  title=$(sed -n 's/^# title: //p' "$q" | head -n 1)
  answers=$(sed -n 's/^# answers: //p' "$q" | head -n 1)
  if grep -qx -- "$name" "$TMP/list" && grep -qxF -- "  title: $title" "$TMP/list" &&
    grep -qxF -- "  answers: $answers" "$TMP/list"; then
    count=$((count + 1))
  else
    echo "FAIL $name is not listed with its title and answers lines"
    status=1
  fi
done
listed=$(grep -c '^[^ ]' "$TMP/list" || true)
[[ "$listed" == "$count" ]] || { echo "FAIL --list shows $listed names for $count queries"; status=1; }
((count > 0)) || fail "no bundled queries under $ONTOLOGY/queries"
echo "ok   --list shows all $count bundled queries"
first=$(basename "$(ls "$ONTOLOGY"/queries/*.rq | head -n 1)" .rq)
"$FKG" query --ontology "$ONTOLOGY" --data "$FIXTURE" -r tsv "$first" >"$TMP/out" || { echo "FAIL query $first"; status=1; }
[[ -s "$TMP/out" ]] && echo "ok   query $first by name" || { echo "FAIL query $first gave nothing"; status=1; }
rc=0; "$FKG" query --ontology "$ONTOLOGY" --data "$FIXTURE" no-such-query 2>"$TMP/err" >/dev/null || rc=$?
[[ $rc == 2 ]] && grep -q -- '--list' "$TMP/err" && echo "ok   unknown name: exit 2" || { echo "FAIL unknown name: exit $rc"; status=1; }
exit $status
