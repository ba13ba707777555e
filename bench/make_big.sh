#!/usr/bin/env bash
# Builds the large stores and prints the scale figures (issue 7):
#   1x   = the four public-record imports (+ the Wikinews articles when `lkg ingest` works)
#   10x  = 1x + 9 seeded synthetic replicas (10x the nodes), random edges topped up to EDGES
#   max  = 1x + replicas and random edges up to >= NODES nodes and >= EDGES edges
# For each size: import throughput, bytes per edge on disk, snapshot load time
# and RSS, and the query workload on lkg and on the peers (NetworkX,
# python-igraph, graph-tool from Debian; Kuzu from npm in bench/peers).
# Results: $OUT/results.jsonl, $OUT/table.txt, $OUT/scale.png (gnuplot, log-log).
#
# Usage: bench/make_big.sh [BUILD_DIR] [OUT_DIR]
#   env: NODES (1000000) EDGES (5000000) QUERIES (200) PEERS ("networkx igraph graph-tool kuzu")
#        PEER_TIMEOUT seconds per peer run (1800), SIZES ("1x 10x max")
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
build="${1:-$repo/build}"
out="${2:-$repo/build/big}"
nodes="${NODES:-1000000}"
edges="${EDGES:-5000000}"
queries="${QUERIES:-200}"
max_queries="${MAX_QUERIES:-50}"   # fewer queries at the largest size: the slow peers take seconds each
peers="${PEERS:-networkx igraph graph-tool kuzu}"
sizes="${SIZES:-1x 10x max}"
peer_timeout="${PEER_TIMEOUT:-1800}"
data="$repo/../shared/data"
mkdir -p "$out"
: > "$out/results.jsonl"

if [ ! -d "$here/peers/node_modules/kuzu" ] && [[ " $peers " == *" kuzu "* ]]; then
  (cd "$here/peers" && npm install --no-audit --no-fund >/dev/null 2>&1) || echo "make_big: npm install kuzu failed; skipping kuzu" >&2
fi

build_store() {  # size dir
  local size="$1" dir="$2"
  rm -rf "$dir"
  case "$size" in
    1x) "$build/bench/big_store" --db "$dir" --data "$data" --replicas 0 ;;
    10x) "$build/bench/big_store" --db "$dir" --data "$data" --replicas 9 --edges "$edges" ;;
    max) "$build/bench/big_store" --db "$dir" --data "$data" --nodes "$nodes" --edges "$edges" ;;
  esac
  local articles="$data/wikinews-economy/wikinews_economy.jsonl"
  if [ "${WITH_ARTICLES:-1}" = 1 ] && [ -f "$articles" ]; then
    local t0 t1
    t0=$(date +%s.%N)
    if "$build/lkg" --db "$dir" ingest "$articles" >"$out/ingest-$size.out" 2>"$out/ingest-$size.err"; then
      t1=$(date +%s.%N)
      echo "articles: $(wc -l < "$articles") Wikinews articles ingested in $(echo "$t1 - $t0" | bc) s: $(tail -1 "$out/ingest-$size.out")"
    else
      echo "articles: lkg ingest failed ($(head -1 "$out/ingest-$size.err")); the store has the records only"
    fi
  fi
  echo "store on disk: $(du -sb "$dir" | cut -f1) bytes (du)"
}

for size in $sizes; do
  dir="$out/store-$size"
  echo "== $size"
  build_store "$size" "$dir" | tee "$out/build-$size.txt"
  n="$queries"
  [ "$size" = max ] && n="$max_queries"
  "$build/bench/scale_bench" --db "$dir" --queries "$n" \
      --edgelist "$out/edges-$size.txt" --queryfile "$out/queries-$size.txt" \
    | sed "s/^{/{\"size\":\"$size\",/" | tee -a "$out/results.jsonl"
  for peer in $peers; do
    if [ "$peer" = kuzu ]; then
      cmd=(node "$here/peers/kuzu_peer.js" "$out/edges-$size.txt" "$out/queries-$size.txt" "$out/kuzu-$size")
    else
      cmd=(/usr/bin/python3 "$here/peers/peers.py" "$peer" "$out/edges-$size.txt" "$out/queries-$size.txt")
    fi
    if result=$(timeout "$peer_timeout" "${cmd[@]}" 2>"$out/$peer-$size.err"); then
      echo "$result" | sed "s/^{/{\"size\":\"$size\",/" | tee -a "$out/results.jsonl"
    else
      echo "{\"size\":\"$size\",\"engine\":\"$peer\",\"failed\":\"exit $? (timeout ${peer_timeout}s or error; see $peer-$size.err)\"}" \
        | tee -a "$out/results.jsonl"
    fi
  done
  rm -rf "$out/kuzu-$size"
done

/usr/bin/python3 "$here/peers/report.py" "$out/results.jsonl" "$out"
