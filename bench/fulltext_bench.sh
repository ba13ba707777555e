#!/usr/bin/env bash
# Full-text search benchmark: a store of N articles (default 10,000: the
# Wikinews economy articles, cycled and made distinct), the index build rate
# (build/bench/fulltext_bench), then GET /api/v1/documents?q= under wrk at 16
# connections, with name search (/api/v1/search) as the baseline in the same run.
#   bench/fulltext_bench.sh [SECONDS] [N]          (default 10 s, 10000 articles)
# Env: LKG_BUILD_DIR (default build/); LKG_BASELINE_BUILD_DIR: a build to
# measure first on the same store, in the same run (each build rebuilds the
# index in its own format before it is served).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LKG_BUILD_DIR:-$root/build}
seconds=${1:-10}
n=${2:-10000}
tools=$root/bench/http_bench_tools.py
jsonl=$root/../shared/data/wikinews-economy/wikinews_economy.jsonl
command -v wrk >/dev/null || { echo "fulltext_bench: wrk is missing (apt-get install wrk)" >&2; exit 1; }
store=$build/bench-fulltext-$n
if [ ! -d "$store" ]; then
  "$build/bench/fulltext_bench" build "$store" "$jsonl" "$n"
fi
echo "fulltext bench, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $n articles"
source "$root/scripts/serve_on_free_port.sh"
python3 - "$work" <<'PY'
import sys, urllib.parse
out = sys.argv[1]
queries = ["strike", "\"trade union\"", "oil prices", "bank", "unemployment rate", "\"central bank\"",
           "inflation", "workers", "title:economy", "merger AND acquisition", "tax", "stock market",
           "\"interest rates\"", "growth", "exports", "airline", "job cuts", "wages", "protest", "budget deficit"]
names = ["bank", "united", "china", "oil", "trade", "general", "world", "euro", "federal", "stock"]
def lua(paths):
    rows = ",\n".join('  "%s"' % p.replace('"', '\\"') for p in paths)
    return ("paths = {\n%s\n}\ncounter = math.random(#paths)\nrequest = function()\n"
            "  counter = counter %% #paths + 1\n  return wrk.format(\"GET\", paths[counter])\nend\n" % rows)
open(out + "/documents.lua", "w").write(lua(["/api/v1/documents?limit=10&q=" + urllib.parse.quote(q) for q in queries]))
open(out + "/search.lua", "w").write(lua(["/api/v1/search?limit=10&q=" + urllib.parse.quote(q) for q in names]))
PY
for b in ${LKG_BASELINE_BUILD_DIR:+"$LKG_BASELINE_BUILD_DIR"} "$build"; do
  echo "build: $b"
  "$b/bench/fulltext_bench" index "$store"
  lkg_serve_start "$b/lkg" "$store" --read-only
  echo "| route | connections | requests/s | p99 ms | errors | load |"
  echo "|---|---|---|---|---|---|"
  for route in search documents; do
    wrk -t2 -c16 -d"${seconds}s" --timeout 5s --latency -s "$work/$route.lua" "$url" >"$work/wrk.out"
    read -r rps p99 errors < <(python3 "$tools" wrk-summary "$work/wrk.out")
    echo "| $route | 16 | $rps | $p99 | $errors | $(cut -d' ' -f1 /proc/loadavg) |"
  done
  lkg_serve_stop
done
