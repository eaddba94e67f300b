#!/bin/sh
# forumkg `extract --jobs N`: the output is byte for byte the output of one job, in every format
# and for --facts, with the same messages in the same order and the same exit status, also when
# bad inputs sit among good ones, also for JSON lines, and also when the line formats render
# each document at its commit, a few statements at a time (as for a long document).
#   jobs.sh FORUMKG WORKDIR TEXTS...
set -u
forumkg=$1 work=$2
shift 2
rm -rf "$work" && mkdir -p "$work/in" || exit 1
# The texts, plus inputs that must be skipped, between them in path order: a binary file, an
# empty file and invalid UTF-8 that no detector explains.
i=0
for d in "$@"; do
  for f in "$d"/*.txt; do
    i=$((i + 1))
    cp "$f" "$work/in/$(printf %03d $i).txt"
  done
done
[ "$i" -ge 8 ] || { echo "FAIL: need at least 8 texts, got $i"; exit 1; }
printf '\000\001\002binary' >"$work/in/002a.txt"
: >"$work/in/004a.txt"
printf 'caf\351 \377\376 \200' >"$work/in/006a.txt"
# JSON lines: three documents and a broken line.
{
  printf '{"name": "a.txt", "text": "Губернатор Кировской области Александр Соколов открыл форум."}\n'
  printf '{"name": 1}\n'
  printf '{"name": "b.txt", "text": "Le gouverneur de la région de Kostroma a pris la parole."}\n'
  printf '{"name": "c.txt", "text": "Governor of the Moscow Region Andrei Vorobyov spoke."}\n'
} >"$work/docs.jsonl"

status=0
run() { # run NAME ARGS...: records stdout, stderr and the exit status
  name=$1
  shift
  "$forumkg" extract "$@" >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
}
for fmt in ntriples nquads turtle; do
  for j in 1 2 4; do
    run "$fmt-$j" -f "$fmt" -j "$j" "$work/in" --jsonl "$work/docs.jsonl"
  done
done
for j in 1 3; do run "facts-$j" --facts tsv -j "$j" "$work/in"; done
# A long document keeps its statements for the commit, which renders them a slice at a time
# (writer.c); FORUMKG_DEBUG_RENDER_SLICE=7 makes every document take that path with slices of
# 7 statements: the bytes must not change.
for fmt in ntriples nquads; do
  for j in 1 3; do
    (export FORUMKG_DEBUG_RENDER_SLICE=7 && run "$fmt-kept$j" -f "$fmt" -j "$j" "$work/in" --jsonl "$work/docs.jsonl")
  done
done

for fmt in ntriples nquads turtle facts; do
  for f in "$work/$fmt"-*.out; do
    one="$work/$fmt-1"
    this=${f%.out}
    [ "$this" = "$one" ] && continue
    for ext in out err rc; do
      if ! cmp -s "$one.$ext" "$this.$ext"; then
        echo "FAIL: $(basename "$this").$ext differs from $(basename "$one").$ext"
        diff "$one.$ext" "$this.$ext" | head -20
        status=1
      fi
    done
  done
done
# The one-job run is itself right: the three bad files and the broken JSON line are named,
# exit status 1, and every good text reached the output (one article per text and JSON doc).
one=$work/ntriples-1
[ "$(cat "$one.rc")" = 1 ] || { echo "FAIL: exit status $(cat "$one.rc"), want 1"; status=1; }
for bad in 002a.txt 004a.txt 006a.txt docs.jsonl:2; do
  grep -q "$bad" "$one.err" || { echo "FAIL: no message names $bad"; cat "$one.err"; status=1; }
done
articles=$(grep -c '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/forumkg/ontology#Article>' "$one.out")
[ "$articles" = $((i + 3)) ] || { echo "FAIL: $articles articles, want $((i + 3))"; status=1; }
[ $status = 0 ] && echo "ok: --jobs 1, 2, 4 and rendering at the commit give the same bytes, messages and status ($articles articles)"
exit $status
