#!/usr/bin/env bash
# Builds the large stores and prints the scale figures (issue 7):
#   1x   = the four public-record imports (+ the Wikinews articles when `lkg ingest` works)
#   10x  = 1x + 9 seeded synthetic replicas, no random edges (10x the nodes and the edges)
#   max  = 1x + replicas and random edges up to >= NODES nodes and >= EDGES edges
#          (big_store exits 3 and this script stops when the target is not reached)
# For each size: import throughput, bytes per edge on disk, snapshot load time
# and RSS, and the query workload on lkg and on the peers (NetworkX,
# python-igraph, graph-tool from Debian; Kuzu from npm in bench/peers). Every
# engine runs in its own process under /usr/bin/time: peak_rss_mb is that
# process's maximum RSS; load1 is the 1-minute load average when it started.
# Results: one row per size and engine in $OUT/rows/, joined into $OUT/results.jsonl
# by the report stage with $OUT/table.txt and $OUT/scale.png (gnuplot, log-log).
# Sizes and engines can be run separately (SIZES=10x STAGES=bench ENGINES=igraph).
#
# Usage: bench/make_big.sh [BUILD_DIR] [OUT_DIR]
#   env: NODES (1000000) EDGES (5000000) QUERIES (200) MAX_QUERIES (50)
#        PEERS ("networkx igraph graph-tool kuzu"), MAX_PEERS (peers at the max size,
#        default PEERS), PEER_QUERIES ("networkx:20 kuzu:20": at most this many
#        queries of each kind for slow peers), PEER_TIMEOUT seconds per peer run (2400),
#        SIZES ("1x 10x max"), STAGES ("build bench report"), DATA (../shared/data),
#        ENGINES (bench stage: these engines only, e.g. "lkg" or "igraph kuzu"; the
#        peers read the edge list and queries the last lkg run wrote)
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
max_peers="${MAX_PEERS:-$peers}"
peer_queries="${PEER_QUERIES:-networkx:20 kuzu:20}"
sizes="${SIZES:-1x 10x max}"
stages="${STAGES:-build bench report}"
peer_timeout="${PEER_TIMEOUT:-2400}"
data="${DATA:-$repo/../shared/data}"
mkdir -p "$out"

if [ ! -d "$here/peers/node_modules/kuzu" ] && [[ " $peers " == *" kuzu "* ]]; then
  (cd "$here/peers" && npm install --no-audit --no-fund >/dev/null 2>&1) || echo "make_big: npm install kuzu failed; skipping kuzu" >&2
fi

build_store() {  # size dir
  local size="$1" dir="$2"
  rm -rf "$dir"
  local rc=0  # (set -e does not apply inside the `if` that calls this)
  case "$size" in
    1x) "$build/bench/big_store" --db "$dir" --data "$data" --replicas 0 --edges 0 || rc=$? ;;
    10x) "$build/bench/big_store" --db "$dir" --data "$data" --replicas 9 --edges 0 || rc=$? ;;
    max) "$build/bench/big_store" --db "$dir" --data "$data" --nodes "$nodes" --edges "$edges" || rc=$? ;;
  esac
  if [ "$rc" != 0 ]; then
    echo "make_big: big_store exited $rc" >&2
    return "$rc"
  fi
  local articles="$data/wikinews-economy/wikinews_economy.jsonl"
  if [ "${WITH_ARTICLES:-1}" = 1 ] && [ -f "$articles" ]; then
    local t0 t1
    t0=$(date +%s.%N)
    # Exit 1 with a summary: some lines were skipped (empty texts), the rest stored.
    local rc=0
    "$build/lkg" --db "$dir" ingest "$articles" >"$out/ingest-$size.out" 2>"$out/ingest-$size.err" || rc=$?
    t1=$(date +%s.%N)
    if [ "$rc" -le 1 ] && grep -q "^documents:" "$out/ingest-$size.out"; then
      echo "articles: $(wc -l < "$articles") Wikinews lines ingested in $(echo "$t1 - $t0" | bc) s ($(wc -l < "$out/ingest-$size.err") skipped):" \
        $(tail -2 "$out/ingest-$size.out")
    else
      echo "articles: lkg ingest failed ($(head -1 "$out/ingest-$size.err")); the store has the records only"
    fi
  fi
  echo "store on disk: $(du -sb "$dir" | cut -f1) bytes (du)"
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# Runs one engine in its own process; writes its JSON line with size, load1
# and peak_rss_mb (from /usr/bin/time) to rows/SIZE-ENGINE.json (one file per
# row: runs of different engines or sizes may go on concurrently).
run_engine() {  # size engine command...
  local size="$1" engine="$2"
  shift 2
  local l rc=0 result
  l=$(load1)
  mkdir -p "$out/rows"
  result=$(timeout "$peer_timeout" /usr/bin/time -f "%M" -o "$out/$engine-$size.rss" "$@" \
             2>"$out/$engine-$size.err") || rc=$?
  if [ "$rc" = 0 ] && [ -n "$result" ]; then
    local rss_kb
    rss_kb=$(tail -1 "$out/$engine-$size.rss")
    echo "$result" | sed "s/^{/{\"size\":\"$size\",\"load1\":$l,\"peak_rss_mb\":$((rss_kb / 1024)),/"
  else
    echo "{\"size\":\"$size\",\"engine\":\"$engine\",\"load1\":$l,\"failed\":\"exit $rc (timeout ${peer_timeout}s or error; see $engine-$size.err)\"}"
  fi | tee "$out/rows/$size-$engine.json"
}

queries_for() {  # peer default
  local spec
  for spec in $peer_queries; do
    [ "${spec%%:*}" = "$1" ] && { echo "${spec#*:}"; return; }
  done
  echo "$2"
}

# lkg's row; writes the edge list and queries the peers read (renamed into
# place, so a peer still reading an earlier copy is not disturbed).
bench_lkg() {  # size queries
  local size="$1" n="$2"
  run_engine "$size" lkg "$build/bench/scale_bench" --db "$out/store-$size" --queries "$n" \
      --edgelist "$out/edges-$size.tmp" --queryfile "$out/queries-$size.tmp"
  mv "$out/edges-$size.tmp" "$out/edges-$size.txt"
  mv "$out/queries-$size.tmp" "$out/queries-$size.txt"
  # lkg's path answers against igraph's distances (pairs within 6 hops, hops).
  /usr/bin/python3 "$here/peers/check_paths.py" "$out/edges-$size.txt" "$out/queries-$size.txt" \
      "$out/rows/$size-lkg.json" || return 1
  [ "$size" = max ] || return 0
  /usr/bin/python3 - "$out/rows/max-lkg.json" "$nodes" "$edges" <<'PY'
import json, sys
row = json.load(open(sys.argv[1]))
n, m = row.get("nodes", 0), row.get("edges", 0)
ok = n >= int(sys.argv[2]) and m >= int(sys.argv[3])
print(f"max size: {n} nodes, {m} edges: target >= {sys.argv[2]} nodes and >= {sys.argv[3]} edges "
      + ("reached" if ok else "NOT reached"))
sys.exit(0 if ok else 3)
PY
}

bench_size() {  # size
  local size="$1" n="$queries" size_engines
  [ "$size" = max ] && n="$max_queries"
  size_engines="${ENGINES:-lkg $([ "$size" = max ] && echo "$max_peers" || echo "$peers")}"
  local engine q
  for engine in $size_engines; do
    q=$(queries_for "$engine" "$n")
    case "$engine" in
      lkg) bench_lkg "$size" "$n" ;;
      kuzu)
        run_engine "$size" kuzu node "$here/peers/kuzu_peer.js" "$out/edges-$size.txt" "$out/queries-$size.txt" \
            "$out/kuzu-$size" "$q"
        rm -rf "$out/kuzu-$size" ;;
      *)
        run_engine "$size" "$engine" /usr/bin/python3 "$here/peers/peers.py" "$engine" "$out/edges-$size.txt" \
            "$out/queries-$size.txt" --max-queries "$q" ;;
    esac
  done
}

for size in $sizes; do
  echo "== $size (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  if [[ " $stages " == *" build "* ]]; then
    if ! build_store "$size" "$out/store-$size" | tee "$out/build-$size.txt"; then
      echo "make_big: building the $size store failed (see $out/build-$size.txt)" >&2
      exit 1
    fi
  fi
  if [[ " $stages " == *" bench "* ]]; then bench_size "$size"; fi
done

if [[ " $stages " == *" report "* ]]; then
  for size in 1x 10x max; do
    for engine in lkg networkx igraph graph-tool kuzu; do
      if [ -f "$out/rows/$size-$engine.json" ]; then cat "$out/rows/$size-$engine.json"; fi
    done
  done > "$out/results.jsonl"
  /usr/bin/python3 "$here/peers/report.py" "$out/results.jsonl" "$out"
fi
