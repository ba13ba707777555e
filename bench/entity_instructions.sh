#!/usr/bin/env bash
# What the entity tagger costs in instructions (valgrind's callgrind: deterministic, unlike wall
# time on a shared machine): the instructions of extraction + resolution + storing of ARTICLES
# 2-4 KB Wikinews economy articles (bench/extraction_speed's IngestAll) for a baseline build
# (main), this build without the tagger (--rules-only 1) and this build as shipped; prints each and
# the cost against the baseline. Needs valgrind (Debian package valgrind).
# Usage: bench/entity_instructions.sh BASE_BUILD BUILD [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"; build="$2"; articles="${3:-300}"
jsonl=../shared/data/wikinews-economy/wikinews_economy.jsonl
command -v valgrind >/dev/null || { echo "entity_instructions.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg); $articles articles"
declare -A count
for config in base rules tagger; do
  case "$config" in
    base) cmd=("$base/bench/extraction_speed" "$jsonl" --articles "$articles" --db "$work/db") ;;
    rules) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles" --db "$work/db" --rules-only 1) ;;
    tagger) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles" --db "$work/db") ;;
  esac
  valgrind --tool=callgrind --callgrind-out-file="$work/$config.out" "${cmd[@]}" > /dev/null 2>&1
  count[$config]=$(callgrind_annotate --inclusive=yes "$work/$config.out" 2>/dev/null |
                   awk '/IngestAll/ && !found {gsub(",", "", $1); print $1; found = 1}')
  echo "$config: ${count[$config]} instructions in extract + resolve + store ($((count[$config] / articles)) per article)"
done
awk -v b="${count[base]}" -v r="${count[rules]}" -v t="${count[tagger]}" 'BEGIN {
  printf "tagger against base: %+.1f%% instructions; against rules-only: %+.1f%% (bar: under 15%%)\n",
         100 * (t - b) / b, 100 * (t - r) / r }'
