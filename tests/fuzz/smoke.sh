#!/bin/sh
# forumkg fuzzing: a short libFuzzer run of every target (60 s each by default), for CI.
#   usage: tests/fuzz/smoke.sh BUILD_DIR [SECONDS]
# BUILD_DIR was configured with -DCMAKE_C_COMPILER=clang -DFKG_FUZZ=ON and built with
# `--target fuzz`. Seeds: seeds/*.txt, $FKG_SHARED_DIR/dev/*.txt and tests/fuzz/corpus/text for
# extract and metadata; ontology/queries/*.rq for query; tests/fuzz/corpus/merge for merge; and
# each target's tests/fuzz/regressions/<target>/. Prints the executions per target (libFuzzer's
# stat::number_of_executed_units) and fails on any crash, sanitizer report, leak, timeout or
# out-of-memory; the input that did it is kept in $FKG_FUZZ_ARTIFACTS (default
# BUILD_DIR/fuzz-artifacts) as <target>-crash-..., -leak-..., -timeout-... or -oom-....
# Reproduce one with: LSAN_OPTIONS=suppressions=tests/fuzz/lsan.supp BUILD_DIR/tests/fuzz_<target> FILE
# Minimise it with the same and -minimize_crash=1 -runs=10000 -exact_artifact_path=OUT.
#
# Leaks: raptor2 and rasqal leak on some syntax errors of their own (lsan.supp), and as they are
# built without frame pointers LeakSanitizer cannot tell their leaks from ours by the stack. So
# extract and metadata run with LeakSanitizer on; query and merge fuzz with -detect_leaks=0, and
# then their new corpus and seeds are replayed under valgrind (full stacks, valgrind.supp) through
# BUILD_DIR/tests/fkg_fuzz_replay_<target>: a definite leak there fails the target.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: smoke.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
shared=${FKG_SHARED_DIR:-$root/../shared}
artifacts=${FKG_FUZZ_ARTIFACTS:-$build/fuzz-artifacts}
targets=${FKG_FUZZ_TARGETS:-extract metadata query merge}
mkdir -p "$artifacts"
# Library leaks that are not ours (lsan.supp); UB is fatal (the flags say so too); full reports.
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
asan_base=${ASAN_OPTIONS:-}
work=$(mktemp -d "${TMPDIR:-/tmp}/fkg-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/tmp"
export FKG_FUZZ_TMPDIR="$work/tmp"

pass=0
fail=0
for t in $targets; do
  bin=$build/tests/fuzz_$t
  if [ ! -x "$bin" ]; then
    echo "fuzz_$t: FAIL: $bin not built (cmake --build $build --target fuzz)"
    fail=$((fail + 1))
    continue
  fi
  case $t in
    extract | metadata) seeds="$root/seeds $shared/dev $here/corpus/text" ;;
    query) seeds="$root/ontology/queries" ;;
    merge) seeds="$here/corpus/merge" ;;
    *) seeds= ;;
  esac
  existing=
  for d in $seeds "$here/regressions/$t"; do [ -d "$d" ] && existing="$existing $d"; done
  mkdir -p "$work/$t"
  log=$work/$t.log
  rm -f "$artifacts/$t-"*
  case $t in
    query | merge) leaks=0 ;;
    *) leaks=1 ;;
  esac
  # shellcheck disable=SC2086 # the seed directories are separate words
  ASAN_OPTIONS="detect_leaks=$leaks${asan_base:+:$asan_base}" \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -detect_leaks=$leaks -artifact_prefix="$artifacts/$t-" "$work/$t" $existing >"$log" 2>&1
  rc=$?
  leakcheck=LeakSanitizer
  if [ "$leaks" = 0 ] && [ "$rc" -eq 0 ]; then
    replay=$build/tests/fkg_fuzz_replay_$t
    if ! command -v valgrind >/dev/null 2>&1 || [ ! -x "$replay" ]; then
      leakcheck="none (valgrind or $replay missing)"
    else
      # shellcheck disable=SC2086
      valgrind -q --error-exitcode=99 --leak-check=full --num-callers=50 --errors-for-leak-kinds=definite \
        --show-leak-kinds=definite --suppressions="$here/valgrind.supp" \
        "$replay" "$work/$t" $existing >"$work/$t.valgrind" 2>&1
      vrc=$?
      leakcheck="valgrind replay of $(ls "$work/$t" | wc -l) units"
      if [ "$vrc" -ne 0 ]; then
        grep -v '^replay: ' "$work/$t.valgrind" >>"$log"
        # valgrind reports at exit: find a unit that leaks on its own (at most 300 tried).
        tried=0
        for unit in "$work/$t"/* $(for d in $existing; do ls -d "$d"/* 2>/dev/null; done); do
          [ -f "$unit" ] && [ $tried -lt 300 ] || continue
          tried=$((tried + 1))
          if ! valgrind -q --error-exitcode=99 --leak-check=full --num-callers=50 --errors-for-leak-kinds=definite \
            --suppressions="$here/valgrind.supp" "$replay" "$unit" >/dev/null 2>&1; then
            cp "$unit" "$artifacts/$t-leak-$(basename "$unit")"
            break
          fi
        done
        echo "  valgrind replay failed (exit $vrc)" >>"$log"
        rc=$vrc
      fi
    fi
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  found=$(ls "$artifacts/$t-"* 2>/dev/null)
  if [ "$rc" -ne 0 ] || [ -n "$found" ] || [ -z "$execs" ]; then
    echo "fuzz_$t: FAIL after ${execs:-?} executions (exit $rc)"
    grep -E 'ERROR: |SUMMARY: |runtime error|fuzz_[a-z]+: |definitely lost|valgrind replay' "$log" |
      head -n 20 | sed 's/^/  /'
    for a in $found; do echo "  input kept: $a"; done
    cp "$log" "$artifacts/$t.log"
    echo "  log: $artifacts/$t.log"
    fail=$((fail + 1))
  else
    units=$(ls "$work/$t" | wc -l)
    echo "fuzz_$t: $execs executions in ${seconds} s, $units new corpus units, no crash; leaks: $leakcheck"
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
