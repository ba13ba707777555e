#!/usr/bin/env bash
# Installs what is missing, builds lkg in Release, ingests the sample articles
# (samples/ and, when present, ../shared/seeds/) into the default store, and
# serves the explorer on http://127.0.0.1:8080 (PORT/HOST override).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
lkg="${LKG_BUILD_DIR:-$root/build}/lkg"
db=${LKG_DB:-$root/lkg-data}

inputs=("$root/samples")
[ -d "$root/../shared/seeds" ] && inputs+=("$root/../shared/seeds")
"$lkg" --db "$db" ingest "${inputs[@]}"
"$lkg" --db "$db" stats
exec "$lkg" --db "$db" serve --host "${HOST:-127.0.0.1}" --port "${PORT:-8080}"
