#!/bin/bash
# Runs the query benchmark at 1× and 10×: builds the synthetic public-records
# store, exports it as CSV for the peers, measures lkg (build/bench/query_bench)
# and NetworkX / python-igraph / graph-tool (bench/peers_bench.py) on the same
# seeded lists, and prints lkg, each peer and the ratio.
#   bench/query_bench.sh [BUILD_DIR] [SCALES…]     (default: build 1 10)
set -euo pipefail
build=${1:-build}
shift || true
scales=${*:-1 10}
here=$(cd "$(dirname "$0")" && pwd)
work=${LKG_BENCH_DIR:-/tmp/lkg-query-bench}
py=/usr/bin/python3
for scale in $scales; do
  dir=$work/x$scale
  if [ ! -d "$dir/store" ]; then
    mkdir -p "$dir"
    "$build/bench/query_bench" build "$dir/store" "$scale"
  fi
  if [ ! -f "$dir/csv/edges.csv" ]; then
    "$build/lkg" --db "$dir/store" export --format csv -o "$dir/csv"
  fi
  "$build/bench/query_bench" run "$dir/store" "$dir" > /dev/null
  : > "$dir/peers.jsonl"
  for peer in networkx igraph graph-tool; do
    extra=""
    # NetworkX's pure-Python Brandes at 10× takes minutes: time 32 sources and scale (the output says so).
    [ "$peer" = networkx ] && [ "$scale" -gt 1 ] && extra=32
    if $py -c "import ${peer/-/_}" 2>/dev/null; then
      $py "$here/peers_bench.py" "$peer" "$dir" $extra >> "$dir/peers.jsonl" || echo "{\"peer\": \"$peer\", \"error\": true}" >> "$dir/peers.jsonl"
    else
      echo "{\"peer\": \"$peer\", \"missing\": true}" >> "$dir/peers.jsonl"
    fi
  done
  $py "$here/query_bench_table.py" "$dir" "$scale"
done
