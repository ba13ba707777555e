#!/usr/bin/env bash
# Inter-annotator agreement: scores a second, blind annotation of some corpus articles against their gold with
# ../shared/eval/score.py (the second annotation plays the "product"), so the corpus's own noise is measured.
# Usage: bench/annotation_agreement.sh SECOND_DIR [GOLD_DIR]   (default gold: tests/data/corpus/test)
#   SECOND_DIR holds <id>.json (+ <id>.txt) for a subset of GOLD_DIR's ids.
set -euo pipefail
cd "$(dirname "$0")/.."
second=${1:?usage: bench/annotation_agreement.sh SECOND_DIR [GOLD_DIR]}
gold=${2:-tests/data/corpus/test}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
ids=$(cd "$second" && ls *.json | sed 's/\.json$//' | paste -sd, -)
python3 tests/data/devset/gold_to_export.py "$second" "$work/second.json" > /dev/null
echo "agreement of $(echo "$ids" | tr ',' '\n' | wc -l) second annotations ($second) with $gold; $(date -u +%F)"
python3 ../shared/eval/score.py "$gold" "$work/second.json" --only "$ids"
