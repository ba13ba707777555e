#!/usr/bin/env bash
# The explorer's browser test: ingests the seed articles into a fresh store,
# serves it on a free loopback port, drives the page in headless Chromium
# (tests/http/browser/explorer_test.mjs) and stops the server with SIGTERM,
# which must end it cleanly.
#   browser_test.sh LKG_BINARY WEB_DIR SHARED_DIR SCREENSHOT_DIR
set -euo pipefail
lkg=$1 web=$2 shared=$3 shots=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
for tool in node "${CHROMIUM:-/usr/bin/chromium}"; do
  command -v "$tool" >/dev/null || { echo "browser test: $tool is missing (scripts/deps.sh --test installs it)" >&2; exit 1; }
done
[ -d "$web/node_modules/playwright-core" ] || { echo "browser test: run the build first (npm ci in $web)" >&2; exit 1; }
[ -d "$shared/seeds" ] || { echo "browser test: $shared/seeds is missing" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$shots"

"$lkg" --db "$work/db" ingest "$shared/seeds" >/dev/null
: >"$work/serve.log"  # exists before the server writes to it
"$lkg" --db "$work/db" serve --port 0 2>>"$work/serve.log" &
server=$!
port=""
for _ in $(seq 100); do
  port=$(sed -n 's|.*serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "browser test: the server did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

LKG_WEB_DIR="$web" node "$here/browser/explorer_test.mjs" "http://127.0.0.1:$port" "$shots"

kill -TERM "$server"
status=0
wait "$server" || status=$?
server=""
grep -q "lkg: stopped" "$work/serve.log" || { echo "browser test: no clean stop:" >&2; cat "$work/serve.log" >&2; exit 1; }
[ "$status" -eq 0 ] || { echo "browser test: lkg serve exited with $status after SIGTERM" >&2; exit 1; }
echo "browser test: screenshot in $shots/explorer.png"
