#!/usr/bin/env bash
# Extraction + storing speed (articles/s, MB/s, one thread, 2-4 KB articles) and a long
# run over wikinews_economy.jsonl repeated to 10,000 articles printing RSS.
# Usage: bench/extraction_speed.sh [BUILD_DIR] [ARTICLES] [LONG_RUN]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
"$build/bench/extraction_speed" ../shared/data/wikinews-economy/wikinews_economy.jsonl \
  --articles "${2:-2000}" --long "${3:-10000}"
