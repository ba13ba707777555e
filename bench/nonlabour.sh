#!/usr/bin/env bash
# False positives on articles not about labour: ingests the TEST split of tests/data/nonlabour
# labelled not_labour (texts from ../shared/data/wikinews-economy) and prints cases and union
# nodes per 100 articles (bar: <= 2 and <= 2), with the union names.
# Usage: bench/nonlabour.sh [BUILD_DIR] [--model MODEL]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
bench_args bench/nonlabour.sh "$@"
bench_workdir
python3 bench/nonlabour_texts.py test not_labour "$work/test.jsonl" 2>/dev/null
"$lkg" --db "$work/db" ingest ${model[@]+"${model[@]}"} "$work/test.jsonl" > /dev/null
"$lkg" --db "$work/db" export --format json --no-evidence -o "$work/export.json"
echo "not-labour test split ($(date -u +%F), $(nproc) cores, $build${model[1]:+, model ${model[1]}}):"
python3 - "$work/export.json" "$(wc -l < "$work/test.jsonl")" <<'PY'
import json, sys
g = json.load(open(sys.argv[1])); n = int(sys.argv[2])
cases = [x for x in g['nodes'] if x['type'] == 'case']
unions = sorted(x['name'] for x in g['nodes'] if x['type'] == 'union')
print(f'  {n} articles: {len(cases)} cases ({100 * len(cases) / n:.1f} per 100), '
      f'{len(unions)} union nodes ({100 * len(unions) / n:.1f} per 100)')
print('  unions: ' + ('; '.join(unions) if unions else '(none)'))
PY
