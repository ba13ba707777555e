#!/usr/bin/env bash
# Extraction cost in CPU instructions (valgrind's callgrind; independent of the machine's load):
# the instructions spent inside ExtractRecord for the first ARTICLES 2-4 KB Wikinews economy
# articles (each extracted twice: extract only, then extract + resolve + store), for a baseline
# build and for BUILD; prints both and BUILD's change. Needs valgrind (Debian `valgrind`).
# Usage: bench/extraction_instructions.sh BASE_BUILD BUILD [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"; build="$2"; articles="${3:-150}"
command -v valgrind >/dev/null || { echo "bench/extraction_instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
jsonl=../shared/data/wikinews-economy/wikinews_economy.jsonl
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg); $articles articles"
count() {  # the instructions inside ExtractRecord of build $1
  valgrind --tool=callgrind --callgrind-out-file="$work/$2.out" --toggle-collect='lkg::ingest::ExtractRecord*' \
    "$1/bench/extraction_speed" "$jsonl" --articles "$articles" --db "$work/$2.db" >/dev/null 2>&1
  grep -m1 '^summary:\|^totals:' "$work/$2.out" | awk '{print $2}'
}
b=$(count "$base" base); n=$(count "$build" build)
echo "instructions in extraction: base $b, build $n ($(awk -v b="$b" -v n="$n" 'BEGIN {printf "%+.1f %%", 100 * (n - b) / b}'))"
