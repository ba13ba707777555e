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

source "$here/../../scripts/serve_on_free_port.sh"
mkdir -p "$shots"

"$lkg" --db "$work/db" ingest "$shared/seeds" >/dev/null
lkg_serve_start "$lkg" "$work/db"

LKG_WEB_DIR="$web" node "$here/browser/explorer_test.mjs" "$url" "$shots"

lkg_serve_stop
grep -q "lkg: stopped" "$work/serve.log" || { echo "browser test: no clean stop:" >&2; cat "$work/serve.log" >&2; exit 1; }
[ "$serve_status" -eq 0 ] || { echo "browser test: lkg serve exited with $serve_status after SIGTERM" >&2; exit 1; }
echo "browser test: screenshot in $shots/explorer.png"
