#!/bin/sh
# forumkg fuzzing: replays the kept extract and metadata regression inputs through the forumkg
# binary of the normal build, in every output format. Each run must end with status 0 (the input
# was an article) or 1 (it was reported and skipped), never a crash (status > 1), and what it
# wrote must parse with rapper when rapper is installed.
#   usage: replay-cli.sh FORUMKG WORKDIR DIR...
set -u
bin=$1
work=$2
shift 2
rm -rf "$work"
mkdir -p "$work"
have_rapper=0
command -v rapper >/dev/null 2>&1 && have_rapper=1
pass=0
fail=0
for dir in "$@"; do
  [ -d "$dir" ] || continue
  for f in "$dir"/*; do
    [ -f "$f" ] || continue
    case $f in */README.md) continue ;; esac
    for fmt in turtle ntriples nquads rdfxml; do
      out=$work/out.$fmt
      rm -f "$out"
      "$bin" extract -f "$fmt" -o "$out" "$f" 2>"$work/err"
      rc=$?
      if [ "$rc" -gt 1 ]; then
        echo "FAIL: $f ($fmt): exit $rc"
        sed 's/^/  /' "$work/err" | head -20
        fail=$((fail + 1))
        continue
      fi
      if [ "$have_rapper" = 1 ] && [ -f "$out" ] && ! rapper -q -c -i "$fmt" "$out" 2>"$work/rapper"; then
        echo "FAIL: $f ($fmt): the output does not parse"
        sed 's/^/  /' "$work/rapper" | head -10
        fail=$((fail + 1))
        continue
      fi
      pass=$((pass + 1))
    done
  done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
