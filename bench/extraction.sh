#!/usr/bin/env bash
# Extraction quality on an annotated set (default: the dev set tests/data/devset): ingests its
# *.txt into a fresh store, exports the graph as JSON and prints ../shared/eval/score.py's table.
# Usage: bench/extraction.sh [BUILD_DIR] [--set DIR] [score.py options, e.g. --verbose]
#   e.g. bench/extraction.sh build --set tests/data/heldout   (held-out set: measure only)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then build="$1"; shift; fi
devset=tests/data/devset
label="dev set"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --set) [ $# -ge 2 ] || { echo "bench/extraction.sh: --set needs a directory" >&2; exit 2; }
           devset="${2%/}"; label="$devset"; shift 2 ;;
    --set=*) devset="${1#--set=}"; devset="${devset%/}"; label="$devset"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
lkg="$build/lkg"
[ -x "$lkg" ] || { echo "bench/extraction.sh: build first ($lkg not found)" >&2; exit 1; }
ls "$devset"/*.txt > /dev/null 2>&1 || { echo "bench/extraction.sh: no annotated set in $devset" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$lkg" --db "$work/db" ingest "$devset"/*.txt > "$work/ingest.txt"
"$lkg" --db "$work/db" export --format json --no-evidence -o "$work/export.json"
echo "$label: $(ls "$devset"/*.txt | wc -l) articles; $(tail -n 1 "$work/ingest.txt")"
python3 ../shared/eval/score.py "$devset" "$work/export.json" ${args[@]+"${args[@]}"}
