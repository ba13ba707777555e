#!/usr/bin/env bash
# Load test of `lkg serve` with wrk, on loopback only and bounded in time:
# requests/s and p99 latency for node lookups, 2-hop neighbourhoods, the
# explorer's grouped 1-hop view (hub) and name search, with 2 and 64
# connections, while a writer POSTs articles.
#
#   bench/http_bench.sh [SECONDS_PER_RUN]        (default 10; 6 runs)
# Env: LKG_BUILD_DIR (default build/), LKG_BENCH_DB (the public-records store;
# built once by importing ../shared/data when missing), LKG_BENCH_THREADS
# (request workers; idle keep-alive connections do not hold one),
# LKG_BENCH_ROUTES (default "nodes neighbors hub search").
# Each row also shows the server's RSS in the middle and at the end of the
# run and the 1-minute load average (the machine may be shared).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LKG_BUILD_DIR:-$root/build}
lkg=$build/lkg
data=$root/../shared/data
seconds=${1:-10}
threads=${LKG_BENCH_THREADS:-8}
base_db=${LKG_BENCH_DB:-$build/bench-public-records-db}
tools=$root/bench/http_bench_tools.py
command -v wrk >/dev/null || { echo "http_bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
[ -x "$lkg" ] || { echo "http_bench: build lkg first ($lkg)" >&2; exit 1; }

if [ ! -d "$base_db" ]; then
  echo "http_bench: building the public-records store in $base_db (about a minute)" >&2
  "$lkg" --db "$base_db" import nlrb-cases "$data/nlrb-case-pages/nlrb_case_pages.jsonl" >/dev/null
  "$lkg" --db "$base_db" import nlrb-elections "$data/nlrb-elections/nlrb_elections_fy2011_2022.csv" >/dev/null
  "$lkg" --db "$base_db" import fmcs "$data/fmcs-work-stoppages/work_stoppages.csv" >/dev/null
  "$lkg" --db "$base_db" import collective-action "$data/collective-action-tech/actions.json" >/dev/null
fi

source "$root/scripts/serve_on_free_port.sh"
cp -r "$base_db" "$work/db"  # the writer adds articles to a copy
echo "bench-token-$$" > "$work/token"
lkg_serve_start "$lkg" "$work/db" --threads "$threads" --token-file "$work/token"
python3 "$tools" targets "$url" "$work"
stats=$(curl -s "$url/api/v1/stats" | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["nodes"], "nodes,", s["edges"], "edges")')
echo "graph: $stats; server threads: $threads; $seconds s per run; machine: $(nproc) cores (wrk shares them)"

rss() { ps -o rss= -p "$server" | tr -d ' '; }
load() { cut -d' ' -f1 /proc/loadavg; }
echo "server RSS at start: $(( $(rss) / 1024 )) MB; load average $(load)"
echo "| route | connections | requests/s | p99 ms | errors | articles written | RSS MB mid / end | load |"
echo "|---|---|---|---|---|---|---|---|"
for route in ${LKG_BENCH_ROUTES:-nodes neighbors hub search}; do
  for conns in 2 64; do
    python3 "$tools" writer "$url" "$data/wikinews-economy/wikinews_economy.jsonl" "$seconds" \
      "$(cat "$work/token")" "$work/writer.out" &
    writer=$!
    wrk -t2 -c"$conns" -d"${seconds}s" --timeout 5s --latency -s "$work/$route.lua" "$url" >"$work/wrk.out" &
    wrk_pid=$!
    sleep "$(( seconds / 2 ))"
    mid=$(( $(rss) / 1024 ))
    wait "$wrk_pid"
    wait "$writer"
    read -r rps p99 errors < <(python3 "$tools" wrk-summary "$work/wrk.out")
    read -r written failed < "$work/writer.out"
    echo "| $route | $conns | $rps | $p99 | $errors | $written (+$failed refused) | $mid / $(( $(rss) / 1024 )) | $(load) |"
  done
done
echo "server RSS at end: $(( $(rss) / 1024 )) MB"

lkg_serve_stop
echo "server stopped with status $serve_status after SIGTERM"
