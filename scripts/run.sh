#!/usr/bin/env bash
# Installs what is missing, builds lkg in Release, ingests the sample articles
# (samples/ and, when present, ../shared/seeds/) into the default store, and
# serves the explorer on http://127.0.0.1:8080 (PORT/HOST override). Writes
# need the bearer token kept in the store directory (created on first run).
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
token="$db/http-token"
if [ ! -s "$token" ]; then
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$token")
fi
host=${HOST:-127.0.0.1} port=${PORT:-8080}
echo "lkg: writes need the token in $token, e.g.:" >&2
echo "  curl -H \"Authorization: Bearer \$(cat $token)\" -H 'Content-Type: application/json' \\" >&2
echo "       -d '{\"text\": \"…\"}' http://$host:$port/api/v1/documents" >&2
exec "$lkg" --db "$db" serve --host "$host" --port "$port" --token-file "$token"
