#!/bin/sh
# forumkg golden tests (run by CTest, see golden.cmake).
#   golden.sh seeds FORUMKG SRCDIR WORKDIR
#       extract SRCDIR/seeds and compare byte for byte with the committed SRCDIR/out/seeds.ttl;
#       a unified diff is printed on a mismatch. To accept a change on purpose:
#       build/forumkg extract seeds -o out/seeds.ttl
#   golden.sh deterministic FORUMKG SRCDIR WORKDIR
#       extract SRCDIR/seeds twice, then once with its files given one by one in reverse order;
#       the three Turtle outputs must be identical.
# Exit 0 on success, 1 on a mismatch or a failed run.
set -u
mode=$1 forumkg=$2 src=$3 work=$4
rm -rf "$work" && mkdir -p "$work" || exit 1
cd "$src" || exit 1

run() { # run OUT ARGS...: extraction must succeed
  out=$1
  shift
  if ! "$forumkg" extract "$@" -o "$out" 2>"$out.err"; then
    echo "FAIL: forumkg extract $* exited with status $?:"
    cat "$out.err"
    exit 1
  fi
}

case $mode in
seeds)
  if [ ! -f out/seeds.ttl ]; then
    echo "FAIL: out/seeds.ttl is missing; generate it with: forumkg extract seeds -o out/seeds.ttl"
    exit 1
  fi
  run "$work/seeds.ttl" seeds
  if ! cmp -s out/seeds.ttl "$work/seeds.ttl"; then
    echo "FAIL: extraction of seeds/ differs from out/seeds.ttl (- committed, + fresh):"
    diff -u out/seeds.ttl "$work/seeds.ttl" | head -n 400
    echo "(if the change is intended: forumkg extract seeds -o out/seeds.ttl)"
    exit 1
  fi
  echo "ok: seeds/ extracts to out/seeds.ttl byte for byte ($(wc -l <out/seeds.ttl) lines)"
  ;;
deterministic)
  run "$work/a.ttl" seeds
  run "$work/b.ttl" seeds
  # The files of seeds/, one argument each, in reverse order.
  set --
  for f in seeds/*.txt; do set -- "$f" "$@"; done
  run "$work/r.ttl" "$@"
  status=0
  if ! cmp -s "$work/a.ttl" "$work/b.ttl"; then
    echo "FAIL: two runs on seeds/ differ:"
    diff -u "$work/a.ttl" "$work/b.ttl" | head -n 200
    status=1
  fi
  if ! cmp -s "$work/a.ttl" "$work/r.ttl"; then
    echo "FAIL: seeds/ as a folder and its files in reverse order ($*) differ:"
    diff -u "$work/a.ttl" "$work/r.ttl" | head -n 200
    status=1
  fi
  [ $status = 0 ] && echo "ok: two runs and the reversed file order give identical output"
  exit $status
  ;;
*)
  echo "usage: golden.sh seeds|deterministic FORUMKG SRCDIR WORKDIR" >&2
  exit 2
  ;;
esac
