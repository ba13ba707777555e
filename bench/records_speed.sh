#!/usr/bin/env bash
# Import speed into the store, this build against a baseline build in the
# same run: records_bench --db into a fresh store, alternating the two
# builds RUNS times (the machine is shared; only the same-run ratio means much).
# Usage: bench/records_speed.sh BUILD_DIR BASELINE_BUILD_DIR [RUNS] [DATA_DIR]
set -euo pipefail
build=${1:?usage: records_speed.sh BUILD_DIR BASELINE_BUILD_DIR [RUNS] [DATA_DIR]}
baseline=${2:?usage: records_speed.sh BUILD_DIR BASELINE_BUILD_DIR [RUNS] [DATA_DIR]}
runs=${3:-2}
data=${4:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/shared/data}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$baseline/bench/records_bench" "$tmp/baseline_records_bench"
cp "$build/bench/records_bench" "$tmp/records_bench"
echo "records_speed: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for which in baseline this; do
    bin="$tmp/records_bench"
    [ "$which" = baseline ] && bin="$tmp/baseline_records_bench"
    rm -rf "$tmp/db"
    out=$("$bin" "$data" --db "$tmp/db")
    echo "run $run $which (load $(cut -d' ' -f1 /proc/loadavg)):"
    echo "$out" | sed 's/^/  /'
  done
done
