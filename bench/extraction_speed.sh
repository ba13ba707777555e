#!/usr/bin/env bash
# Extraction + storing speed (articles/s, MB/s, one thread, 2-4 KB articles) and a long
# run over wikinews_economy.jsonl repeated to 10,000 articles printing RSS every 5%.
# The machine's load average is printed before and after (figures are only comparable
# on a similarly loaded machine).
# Usage: bench/extraction_speed.sh [BUILD_DIR] [ARTICLES] [LONG_RUN]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
"$build/bench/extraction_speed" ../shared/data/wikinews-economy/wikinews_economy.jsonl \
  --articles "${2:-2000}" --long "${3:-10000}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
