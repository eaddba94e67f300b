#!/usr/bin/env bash
# forumkg report tests: `forumkg extract -f dot` (raptor2's dot serialiser) must give Graphviz a
# graph it lays out: the seeds' graph piped through `dot -Tsvg` is an SVG with nodes.
# Usage: tests/report/extract-dot.sh FORUMKG SEEDS_DIR OUT_PREFIX
set -euo pipefail
bin=$1 seeds=$2 out=$3
command -v dot >/dev/null || { echo "FAIL dot not found: apt-get install graphviz"; echo "0 passed, 1 failed"; exit 1; }
"$bin" extract "$seeds" -f dot | dot -Tsvg > "$out.svg"
nodes=$(grep -c 'class="node"' "$out.svg" || true)
if [ "$nodes" -gt 0 ]; then
  echo "ok   forumkg extract -f dot | dot -Tsvg: $nodes nodes"
  echo "1 passed, 0 failed"
else
  echo "FAIL forumkg extract -f dot | dot -Tsvg drew no node"
  echo "0 passed, 1 failed"
  exit 1
fi
