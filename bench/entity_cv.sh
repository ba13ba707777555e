#!/usr/bin/env bash
# Cross-validated entity tagger on an annotated TRAIN folder (default: tests/data/corpus/train;
# never a test or held-out set): build/bench/entity_cv trains per fold and ingests each fold with
# its model; then the graph is scored by ../shared/eval/score.py.
# Usage: bench/entity_cv.sh [BUILD_DIR] [--set DIR] [--eval OTHER] [entity_cv options: --folds K --combine MODE ...]
#   --eval OTHER: train once on all of DIR, ingest and score OTHER (e.g. tests/data/devset)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then build="$1"; shift; fi
set_dir=tests/data/corpus/train
score_dir=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --set) set_dir="${2%/}"; shift 2 ;;
    --eval) score_dir="${2%/}"; args+=(--eval "$score_dir"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$(basename "$set_dir")" in test|heldout) echo "bench/entity_cv.sh: cross-validate on a train folder only" >&2; exit 2 ;; esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/entity_cv" "$set_dir" "$work/db" ${args[@]+"${args[@]}"}
"$build/lkg" --db "$work/db" export --format json --no-evidence -o "$work/export.json"
PYTHONHASHSEED=0 python3 ../shared/eval/score.py "${score_dir:-$set_dir}" "$work/export.json" > "$work/score.txt"
sed -n 1,13p "$work/score.txt"
if [ -n "${ENTITY_CV_KEEP:-}" ]; then cp "$work/export.json" "$ENTITY_CV_KEEP"; fi
