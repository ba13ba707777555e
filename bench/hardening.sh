#!/usr/bin/env bash
# The hardening benchmark: `lkg serve` (8 workers, a token) over the sample
# articles and the seeds, attacked from loopback. Prints the server's RSS
# under each oversized request (bar: peak growth <= +16 MB) and the latency
# of normal requests (a node lookup, one connection, sequential) with no
# attack and under 64 slowloris + 200 half-request connections
# (bar: p99 < 50 ms), then the machine, the date and the load average.
#
#   bench/hardening.sh [BUILD_DIR] [REQUESTS]     (default build, 2000)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${LKG_BUILD_DIR:-$root/build}}
requests=${2:-2000}
source "$root/scripts/serve_on_free_port.sh"
inputs=("$root/samples")
[ -d "$root/../shared/seeds" ] && inputs+=("$root/../shared/seeds")
"$build/lkg" --db "$work/db" ingest "${inputs[@]}" >/dev/null
echo "bench-token-$$" >"$work/token"
lkg_serve_start "$build/lkg" "$work/db" --threads 8 --token-file "$work/token"
echo "== oversized requests (server pid $server)"
python3 "$root/bench/hardening.py" rss "$url" "$server" "$(cat "$work/token")"
echo "== slow clients ($requests sequential GET /api/v1/nodes/MMTUK)"
python3 "$root/bench/hardening.py" slow "$url" 64 200 "$requests"
echo "server RSS at the end: $(( $(ps -o rss= -p "$server") / 1024 )) MB"
lkg_serve_stop
echo "machine: $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
