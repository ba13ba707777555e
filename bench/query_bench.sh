#!/bin/bash
# Runs the query benchmark at 1× and 10×: builds the synthetic public-records
# store, exports it as CSV for the peers, measures lkg (build/bench/query_bench)
# and NetworkX / python-igraph / graph-tool (bench/peers_bench.py) on the same
# seeded lists, and prints lkg, each peer and the ratio.
#   bench/query_bench.sh [BUILD_DIR] [SCALES…]     (default: build 1 10)
# Env: LKG_BASELINE_BUILD_DIR: another build's query_bench measured on the same
# store in the same run (its GraphML rows are printed after the table).
# A SCALE that is a directory is an existing store (e.g. the real public-records
# store bench/make_big.sh builds): it is measured as is, never written.
set -euo pipefail
build=${1:-build}
shift || true
scales=${*:-1 10}
here=$(cd "$(dirname "$0")" && pwd)
work=${LKG_BENCH_DIR:-/tmp/lkg-query-bench}
py=/usr/bin/python3
echo "query bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for scale in $scales; do
  if [ -d "$scale" ]; then
    store=$scale
    dir=$work/real-$(basename "$scale")
    scale=1
    mkdir -p "$dir"
  else
    dir=$work/x$scale
    store=$dir/store
    if [ ! -d "$store" ]; then
      mkdir -p "$dir"
      "$build/bench/query_bench" build "$store" "$scale"
    fi
  fi
  if [ ! -f "$dir/csv/edges.csv" ]; then
    "$build/lkg" --db "$store" export --format csv -o "$dir/csv"
  fi
  "$build/bench/query_bench" run "$store" "$dir" > /dev/null
  : > "$dir/peers.jsonl"
  for peer in networkx igraph graph-tool; do
    extra=""
    # NetworkX's pure-Python Brandes takes minutes: time 32 sources and scale (the output says so).
    [ "$peer" = networkx ] && extra=32
    if $py -c "import ${peer/-/_}" 2>/dev/null; then
      $py "$here/peers_bench.py" "$peer" "$dir" $extra >> "$dir/peers.jsonl" || echo "{\"peer\": \"$peer\", \"error\": true}" >> "$dir/peers.jsonl"
    else
      echo "{\"peer\": \"$peer\", \"missing\": true}" >> "$dir/peers.jsonl"
    fi
  done
  $py "$here/query_bench_table.py" "$dir" "$([ "$store" = "$dir/store" ] && echo "$scale×" || echo "$store")"
  if [ -n "${LKG_BASELINE_BUILD_DIR:-}" ]; then
    mkdir -p "$dir/baseline"
    "$LKG_BASELINE_BUILD_DIR/bench/query_bench" run "$store" "$dir/baseline" > /dev/null
    $py -c 'import json,sys; b=json.load(open(sys.argv[1])); print("baseline build %s: 2-hop subgraph → GraphML %.4g ms, with evidence %.4g ms" % (sys.argv[2], b["graphml_ms"], b["graphml_evidence_ms"]))' \
      "$dir/baseline/lkg.json" "$LKG_BASELINE_BUILD_DIR"
  fi
done
