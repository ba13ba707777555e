#!/usr/bin/env bash
# Every annotated folder: no article reserved for evaluating the product (../shared/eval/excluded.py),
# and annotations that validate (check_gold.py; the corpus's texts are out of git, so optional there).
# Usage: tests/data/check_annotations.sh [SHARED_DIR]      (run by CTest as `annotations`)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
shared=${1:-$here/../../../shared}
status=0
for dir in "$here"/devset "$here"/heldout "$here"/corpus/train "$here"/corpus/test "$here"/corpus/agreement; do
  name=${dir#"$here"/}
  if ! hits=$(python3 "$shared/eval/excluded.py" --check "$dir"); then
    echo "$name: reserved articles (remove them and anything tuned on them):"; echo "$hits"; status=1
  fi
  optional=(); [[ $name == corpus/* ]] && optional=(--texts-optional)
  if ! problems=$(python3 "$here/devset/check_gold.py" "$dir" ${optional[@]+"${optional[@]}"}); then
    echo "$name: annotation problems:"; echo "$problems"; status=1
  fi
  echo "$name: $(ls "$dir"/*.json | wc -l) annotations checked"
done
python3 "$here/corpus/fill_texts.py" --check-split | tail -n 20 || status=1
exit $status
