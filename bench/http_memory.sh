#!/usr/bin/env bash
# Memory of `lkg serve` under a long mixed load: node lookups, 2-hop
# neighbourhoods and search at once (21 connections each) while a writer
# POSTs articles; prints the server's RSS and the load average every 10 s.
#
#   bench/http_memory.sh [SECONDS]        (default 90)
# Env: LKG_BUILD_DIR, LKG_BENCH_DB, LKG_BENCH_THREADS as bench/http_bench.sh
# (run that once first: it builds the public-records store).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LKG_BUILD_DIR:-$root/build}
seconds=${1:-90}
base_db=${LKG_BENCH_DB:-$build/bench-public-records-db}
tools=$root/bench/http_bench_tools.py
[ -d "$base_db" ] || { echo "http_memory: no store at $base_db (run bench/http_bench.sh first)" >&2; exit 1; }
source "$root/scripts/serve_on_free_port.sh"
cp -r "$base_db" "$work/db"
echo "bench-token-$$" > "$work/token"
lkg_serve_start "$build/lkg" "$work/db" --threads "${LKG_BENCH_THREADS:-8}" --token-file "$work/token"
python3 "$tools" targets "$url" "$work"
python3 "$tools" writer "$url" "$root/../shared/data/wikinews-economy/wikinews_economy.jsonl" "$seconds" \
  "$(cat "$work/token")" "$work/writer.out" &
writer=$!
pids=()
for route in nodes neighbors search; do
  wrk -t1 -c21 -d"${seconds}s" --timeout 5s --latency -s "$work/$route.lua" "$url" >"$work/wrk_$route.out" &
  pids+=($!)
done
for (( t = 0; t < seconds; t += 10 )); do
  echo "t=${t}s server RSS $(( $(ps -o rss= -p "$server") / 1024 )) MB, load $(cut -d' ' -f1 /proc/loadavg)"
  sleep 10
done
wait "${pids[@]}" "$writer"
echo "t=${seconds}s server RSS $(( $(ps -o rss= -p "$server") / 1024 )) MB, load $(cut -d' ' -f1 /proc/loadavg)"
read -r written failed < "$work/writer.out"
echo "articles written: $written (+$failed refused)"
for route in nodes neighbors search; do
  echo "$route: $(python3 "$tools" wrk-summary "$work/wrk_$route.out" | awk '{print $1 " req/s, p99 " $2 " ms, " $3 " errors"}')"
done
