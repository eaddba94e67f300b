#!/usr/bin/env bash
# forumkg report tests: `forumkg extract -f dot` must give Graphviz a graph it lays out, whatever
# the articles say: the seeds' graph piped through `dot -Tsvg` is an SVG with nodes, and so is the
# graph of an article whose names and titles hold DOT and HTML specials (| { } < > " \).
# Usage: tests/report/extract-dot.sh FORUMKG SEEDS_DIR OUT_PREFIX
set -euo pipefail
bin=$1 seeds=$2 out=$3
command -v dot >/dev/null || { echo "FAIL dot not found: apt-get install graphviz"; echo "0 passed, 1 failed"; exit 1; }
passed=0 failed=0
check() { # name svg
  local nodes
  nodes=$(grep -c 'class="node"' "$2" || true)
  if [ "$nodes" -gt 0 ]; then echo "ok   $1: $nodes nodes"; passed=$((passed + 1));
  else echo "FAIL $1 drew no node"; failed=$((failed + 1)); fi
}
"$bin" extract "$seeds" -f dot | dot -Tsvg > "$out.svg"
check "seeds: forumkg extract -f dot | dot -Tsvg" "$out.svg"
mkdir -p "$out.dir"
cat > "$out.dir/specials.txt" <<'TXT'
Губернатор Тульской области Алексей Дюмин на круглом столе «A|B {c} <d> "e" \f» рассказал о проекте «Шаг|{вперёд}».
TXT
"$bin" extract "$out.dir/specials.txt" -f dot | dot -Tsvg > "$out.specials.svg"
check "specials: | { } < > \" \\ in titles" "$out.specials.svg"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
