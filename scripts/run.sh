#!/usr/bin/env bash
# Installs what is missing, builds lkg in Release, ingests the sample articles
# (samples/ and the seed articles) into the default store, and
# serves the explorer on http://127.0.0.1:8080 (PORT/HOST override). Writes
# need the bearer token kept in the store directory (created on first run).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
lkg="${LKG_BUILD_DIR:-$root/build}/lkg"
db=${LKG_DB:-$root/lkg-data}

# The Wikinews samples and the five seed articles (IndustriALL pages, kept as
# tests/data/devset/01–05.txt).
inputs=("$root/samples" "$root"/tests/data/devset/0[1-5].txt)
"$lkg" --db "$db" ingest "${inputs[@]}"
"$lkg" --db "$db" stats
echo "lkg is $lkg — to type plain 'lkg': export PATH=\"$(dirname "$lkg"):\$PATH\" LKG_DB=\"$db\""
echo "(or install it: cmake --install \"$(dirname "$lkg")\" --prefix ~/.local)"
token="$db/http-token"
if [ ! -s "$token" ]; then
  (umask 077 && head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$token")
fi
host=${HOST:-127.0.0.1} port=${PORT:-8080}
echo "lkg: writes need the token in $token, e.g.:" >&2
echo "  curl -H \"Authorization: Bearer \$(cat $token)\" -H 'Content-Type: application/json' \\" >&2
echo "       -d '{\"text\": \"…\"}' http://$host:$port/api/v1/documents" >&2
exec "$lkg" --db "$db" serve --host "$host" --port "$port" --token-file "$token"
