#!/usr/bin/env bash
# What the relation classifier costs: extraction alone and extraction + resolution + storing
# (one thread, 2-4 KB Wikinews economy articles) of a baseline build (e.g. main before the
# classifier) and of BUILD, run in turns ROUNDS times so that both see the same machine load;
# prints each run and the median articles/s of each, and BUILD's change against the baseline.
# Usage: bench/relation_speed.sh BASE_BUILD BUILD [ROUNDS] [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"; build="$2"; rounds="${3:-5}"; articles="${4:-1000}"
jsonl=../shared/data/wikinews-economy/wikinews_economy.jsonl
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load before $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs
for r in $(seq "$rounds"); do
  for config in base build; do
    dir=$base; [ "$config" = build ] && dir=$build
    out=$("$dir/bench/extraction_speed" "$jsonl" --articles "$articles")
    rate() { echo "$out" | grep "$1" | awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/s") print $i}'; }
    extract=$(rate 'extract only'); full=$(rate 'extract + resolve + store')
    echo "round $r $config: extract only $extract, extract + resolve + store $full articles/s"
    runs[$config-extract]="${runs[$config-extract]:-} $extract"
    runs[$config-full]="${runs[$config-full]:-} $full"
  done
done
median() { echo $1 | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
for what in extract full; do
  b=$(median "${runs[base-$what]}"); n=$(median "${runs[build-$what]}")
  label="extract only"; [ "$what" = full ] && label="extract + resolve + store"
  echo "median $label: base $b, build $n articles/s ($(awk -v b="$b" -v n="$n" 'BEGIN {printf "%+.1f %%", 100 * (n - b) / b}'))"
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
