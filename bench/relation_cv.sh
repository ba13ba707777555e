#!/usr/bin/env bash
# Relation edges with patterns only, the learned classifier only, and both combined (what lkg
# uses): 5-fold cross-validation within the train split (tests/data/devset + corpus/train,
# folds by publisher host), the model trained on all of it scored on the train split, and the
# test split (corpus/test, tests/data/heldout; measure only, totals only).
# Usage: bench/relation_cv.sh [BUILD_DIR] [relation_cv options: --folds K --margin M --epochs N]
#   LKG_CORPUS_DIR=DIR  the corpus with its texts (default tests/data/corpus; texts are not in git)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then build="$1"; shift; fi
corpus=${LKG_CORPUS_DIR:-tests/data/corpus}
[ -x "$build/bench/relation_cv" ] || { echo "bench/relation_cv.sh: build first ($build/bench/relation_cv)" >&2; exit 1; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/relation_cv" "$@" tests/data/devset "$corpus/train" --test "$corpus/test" tests/data/heldout
