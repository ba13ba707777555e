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
work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cp -r "$base_db" "$work/db"
echo "bench-token-$$" > "$work/token"
: >"$work/serve.log"
"$build/lkg" --db "$work/db" serve --port 0 --threads "${LKG_BENCH_THREADS:-8}" --token-file "$work/token" \
  2>>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 200); do
  port=$(sed -n 's|.*serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { cat "$work/serve.log" >&2; exit 1; }
url="http://127.0.0.1:$port"
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
