#!/usr/bin/env bash
# Trains the compiled-in default model ingest/model/default.lkgmodel from the TRAIN split only:
# tests/data/devset, tests/data/corpus/train (annotations with their texts; see
# tests/data/corpus/README.md to fill the texts) and the train split of tests/data/nonlabour
# (labour and not-labour Wikinews texts). Never the corpus test split or tests/data/heldout.
# The default keeps the "entities" part (the entity tagger, stacked on the rules), the
# "relevance" part (the article gate) and the "relations" part (the relation classifier,
# bench/relation_cv.sh) and the "cases" part (the case review, overruling the rules only by the
# margins of ingest/rules/case_review.tsv); "case_roles" stays opt-in via `lkg train`.
# Usage: scripts/train_default_model.sh [BUILD_DIR] [-o MODEL]
#   LKG_CORPUS_DIR=DIR   read corpus/train from DIR instead of tests/data/corpus (a checkout with the texts)
# Rebuild afterwards (scripts/build.sh) to compile the new model in.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build
out=ingest/model/default.lkgmodel
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift 2 ;;
    *) build="$1"; shift ;;
  esac
done
corpus=${LKG_CORPUS_DIR:-tests/data/corpus}
lkg="$build/lkg"
[ -x "$lkg" ] || { echo "train_default_model.sh: build first ($lkg not found)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 bench/nonlabour_texts.py train labour "$work/labour.jsonl"
python3 bench/nonlabour_texts.py train not_labour "$work/not_labour.jsonl"
"$lkg" train tests/data/devset "$corpus/train" --labour "$work/labour.jsonl" \
  --not-labour "$work/not_labour.jsonl" --parts entities,relevance,relations,cases -o "$out"
