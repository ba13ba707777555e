#!/usr/bin/env bash
# What the entity tagger costs: extraction + resolution + storing speed (one thread, 2-4 KB
# Wikinews economy articles) of a baseline build, this build without a tagger model and this
# build with MODEL, run in turns ROUNDS times so that all three see the same machine load; prints
# each run and the median articles/s of each. MODEL comes from `entity_cv DIR DB --save MODEL`.
# Usage: bench/entity_speed.sh BASE_BUILD BUILD MODEL [ROUNDS] [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"; build="$2"; model="$3"; rounds="${4:-3}"; articles="${5:-1000}"
jsonl=../shared/data/wikinews-economy/wikinews_economy.jsonl
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load before $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs
for r in $(seq "$rounds"); do
  for config in base rules tagger; do
    case "$config" in
      base) cmd=("$base/bench/extraction_speed" "$jsonl" --articles "$articles") ;;
      rules) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles") ;;
      tagger) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles" --entity-model "$model") ;;
    esac
    line=$("${cmd[@]}" | grep 'extract + resolve + store')
    rate=$(echo "$line" | awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/s") print $i}')
    echo "round $r $config: $rate articles/s"
    runs[$config]="${runs[$config]:-} $rate"
  done
done
for config in base rules tagger; do
  echo "median $config: $(echo ${runs[$config]} | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') articles/s"
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
