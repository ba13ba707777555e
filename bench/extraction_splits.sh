#!/usr/bin/env bash
# Extraction quality on every annotated set, train and test side by side: the dev set and the
# corpus train split (training data of the default model), the corpus test split and the
# held-out set (never trained or tuned on). Prints nodes / relation edges / cases P R F1, case
# precision, date agreement and duplicates (bench/split_scores.py over ../shared/eval/score.py).
# Usage: bench/extraction_splits.sh [BUILD_DIR] [--model MODEL]
#   LKG_CORPUS_DIR=DIR  the corpus with its texts (default tests/data/corpus; texts are not in git)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_args bench/extraction_splits.sh "$@"
corpus=${LKG_CORPUS_DIR:-tests/data/corpus}
echo "extraction by split — $(date -u '+%F %H:%M UTC'), $(nproc) cores, $build${model[1]:+, model ${model[1]}}"
python3 bench/split_scores.py "$build/lkg" ${model[@]+"${model[@]}"} "dev set=tests/data/devset" \
  "corpus train=$corpus/train" "corpus test=$corpus/test" "held-out=tests/data/heldout"
