#!/usr/bin/env bash
# Relation edges with patterns only, the learned classifier only, and both combined (what lkg
# uses): 5-fold cross-validation within the train split (tests/data/devset + tests/data/corpus/train,
# folds by publisher host), the model trained on all of it scored on the train split, and the
# test split (tests/data/corpus/test, tests/data/heldout; measure only, totals only).
# Usage: bench/relation_cv.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
[ -x "$build/bench/relation_cv" ] || { echo "bench/relation_cv.sh: build first ($build/bench/relation_cv)" >&2; exit 1; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/relation_cv" tests/data/devset tests/data/corpus/train --test tests/data/corpus/test tests/data/heldout
