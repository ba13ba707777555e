#!/usr/bin/env bash
# Two-fold cross-validation inside the TRAIN split (for comparing designs without touching the
# test split): corpus train articles are split by publisher (sha256 of the publisher name, even /
# odd), the dev set joins fold 1. Each fold is scored with the rules only (an empty model) and
# with a model trained on the other fold (plus the not-labour train texts).
# Usage: bench/cross_validation.sh [BUILD_DIR]
#   LKG_CORPUS_DIR=DIR  the corpus with its texts (default tests/data/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_args bench/cross_validation.sh "${1:-build}"
corpus=${LKG_CORPUS_DIR:-tests/data/corpus}
bench_workdir
bench_training_texts
python3 -c "import struct,sys; open(sys.argv[1],'wb').write(b'LKGMODEL'+struct.pack('<II',1,0))" "$work/empty.lkgmodel"
mkdir -p "$work/fold0" "$work/fold1"
for f in tests/data/devset/*.json; do
  [ -f "${f%.json}.txt" ] || continue
  ln -s "$(realpath "$f")" "$work/fold1/dev_$(basename "$f")"
  ln -s "$(realpath "${f%.json}.txt")" "$work/fold1/dev_$(basename "${f%.json}.txt")"
done
cut -f1,2,3 "$corpus"/index/*.tsv | while IFS=$'\t' read -r id split publisher; do
  [ "$split" = train ] && [ -f "$corpus/train/$id.txt" ] && [ -f "$corpus/train/$id.json" ] || continue
  fold=$(( 0x$(printf '%s' "$publisher" | sha256sum | cut -c1-8) % 2 ))
  ln -s "$(realpath "$corpus/train/$id.json")" "$work/fold$fold/$id.json"
  ln -s "$(realpath "$corpus/train/$id.txt")" "$work/fold$fold/$id.txt"
done
echo "two-fold cross-validation in the train split — $(date -u '+%F %H:%M UTC'), $(nproc) cores, $build"
for fold in 0 1; do
  other=$(( 1 - fold ))
  "$lkg" train "$work/fold$other" --labour "$work/labour.jsonl" --not-labour "$work/not_labour.jsonl" \
    -o "$work/m$other.lkgmodel" > /dev/null
  echo "fold $fold ($(ls "$work/fold$fold"/*.json | wc -l) articles): rules only | trained on fold $other"
  paste -d'|' \
    <(python3 bench/split_scores.py "$lkg" --model "$work/empty.lkgmodel" "rules=$work/fold$fold" | tail -n +3) \
    <(python3 bench/split_scores.py "$lkg" --model "$work/m$other.lkgmodel" "model=$work/fold$fold" | tail -n +3 | cut -c25-)
done
