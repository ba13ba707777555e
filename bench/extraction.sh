#!/usr/bin/env bash
# Extraction quality on the annotated dev set: ingests tests/data/devset/*.txt into a
# fresh store, exports the graph as JSON and prints ../shared/eval/score.py's table.
# Usage: bench/extraction.sh [BUILD_DIR] [score.py options, e.g. --verbose]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
shift || true
lkg="$build/lkg"
[ -x "$lkg" ] || { echo "bench/extraction.sh: build first ($lkg not found)" >&2; exit 1; }
devset=tests/data/devset
ls "$devset"/*.txt > /dev/null 2>&1 || { echo "bench/extraction.sh: no dev set in $devset" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$lkg" --db "$work/db" ingest "$devset"/*.txt > "$work/ingest.txt"
"$lkg" --db "$work/db" export --format json --no-evidence -o "$work/export.json"
echo "dev set: $(ls "$devset"/*.txt | wc -l) articles; $(tail -n 1 "$work/ingest.txt")"
python3 ../shared/eval/score.py "$devset" "$work/export.json" "$@"
