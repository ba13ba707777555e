#!/usr/bin/env bash
# What the entity tagger costs: extraction + resolution + storing speed (one thread, 2-4 KB
# Wikinews economy articles) of a baseline build (main), this build without the tagger
# (--rules-only 1) and this build as shipped (the default model's tagger, or MODEL when given),
# run in turns ROUNDS times so that all three see the same machine load; prints each run, the
# median articles/s of each (wall clock, and per CPU-second of the process, which a busy machine
# disturbs less) and the tagger's cost against the baseline.
# Usage: bench/entity_speed.sh BASE_BUILD BUILD [ROUNDS] [ARTICLES] [MODEL]
#   MODEL: an entity tagger model file (`entity_cv DIR DB --save MODEL`) instead of the default's
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"; build="$2"; rounds="${3:-3}"; articles="${4:-1000}"; model="${5:-}"
jsonl=../shared/data/wikinews-economy/wikinews_economy.jsonl
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load before $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs cpus
for r in $(seq "$rounds"); do
  for config in base rules tagger; do
    case "$config" in
      base) cmd=("$base/bench/extraction_speed" "$jsonl" --articles "$articles") ;;
      rules) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles" --rules-only 1) ;;
      tagger) cmd=("$build/bench/extraction_speed" "$jsonl" --articles "$articles")
              if [ -n "$model" ]; then cmd+=(--entity-model "$model"); fi ;;
    esac
    line=$("${cmd[@]}" | grep 'extract + resolve + store')
    rate=$(echo "$line" | awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/s") print $i}')
    cpu=$(echo "$line" | awk '{for (i = 1; i < NF; i++) if ($(i + 1) == "articles/cpu-s") print $i}')
    echo "round $r $config: $rate articles/s, ${cpu:-?} articles/cpu-s"
    runs[$config]="${runs[$config]:-} $rate"
    cpus[$config]="${cpus[$config]:-} ${cpu:-0}"
  done
done
median() { echo "$@" | tr ' ' '\n' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
declare -A wall cpu
for config in base rules tagger; do
  wall[$config]=$(median ${runs[$config]})
  cpu[$config]=$(median ${cpus[$config]})
  echo "median $config: ${wall[$config]} articles/s, ${cpu[$config]} articles/cpu-s"
done
awk -v b="${wall[base]}" -v t="${wall[tagger]}" -v cb="${cpu[base]}" -v ct="${cpu[tagger]}" 'BEGIN {
  printf "tagger cost against base: %.1f%% wall, %.1f%% cpu (bar: under 15%%)\n", 100 * (b - t) / b,
         (cb > 0 ? 100 * (cb - ct) / cb : 0) }'
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
