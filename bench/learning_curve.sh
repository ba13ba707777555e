#!/usr/bin/env bash
# Learning curve: trains on 25 %, 50 % and 100 % of the train split (dev set + corpus train, with
# the not-labour train texts each time) and prints the corpus TEST split scores of each model.
# Subsets are fixed (articles ordered by the sha256 of their file name, the first N taken).
# Usage: bench/learning_curve.sh [BUILD_DIR]
#   LKG_CORPUS_DIR=DIR  the corpus with its texts (default tests/data/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_args bench/learning_curve.sh "${1:-build}"
corpus=${LKG_CORPUS_DIR:-tests/data/corpus}
bench_workdir
bench_training_texts
# All train articles with their texts, in a fixed pseudo-random order.
pairs=()
for dir in tests/data/devset "$corpus/train"; do
  for json in "$dir"/*.json; do
    [ -f "${json%.json}.txt" ] && pairs+=("$(printf '%s' "$dir/$(basename "$json")" | sha256sum | cut -c1-16) $json")
  done
done
mapfile -t ordered < <(printf '%s\n' "${pairs[@]}" | sort | cut -d' ' -f2)
total=${#ordered[@]}
echo "learning curve — $(date -u '+%F %H:%M UTC'), $(nproc) cores, $build; scores on the corpus test split"
for percent in 25 50 100; do
  n=$(( total * percent / 100 ))
  gold="$work/gold$percent"
  mkdir -p "$gold"
  for ((i = 0; i < n; ++i)); do
    json=${ordered[$i]}
    name="$(basename "$(dirname "$json")")_$(basename "$json" .json)"
    ln -s "$(realpath "$json")" "$gold/$name.json"
    ln -s "$(realpath "${json%.json}.txt")" "$gold/$name.txt"
  done
  "$lkg" train "$gold" --labour "$work/labour.jsonl" --not-labour "$work/not_labour.jsonl" \
    -o "$work/m$percent.lkgmodel" | head -n 1 | sed "s/^/  $percent %: /"
  python3 bench/split_scores.py "$lkg" --model "$work/m$percent.lkgmodel" "test ($percent %, $n train)=$corpus/test" |
    grep -E 'nodes P|edges P|cases P|dates' | sed 's/^/    /'
done
