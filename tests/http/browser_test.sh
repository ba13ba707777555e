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
# A 300-neighbour hub (tests/http/browser/hub_fixture.sh).
bash "$here/browser/hub_fixture.sh" "$work/acme.csv"
"$lkg" --db "$work/db" import fmcs "$work/acme.csv" >/dev/null
lkg_serve_start "$lkg" "$work/db"

# One file per explorer feature; each inspects its own screenshots.
tests=${LKG_BROWSER_TESTS:-explorer hub start views time}
for t in $tests; do
  LKG_WEB_DIR="$web" node "$here/browser/${t}_test.mjs" "$url" "$shots"
done

lkg_serve_stop
grep -q "lkg: stopped" "$work/serve.log" || { echo "browser test: no clean stop:" >&2; cat "$work/serve.log" >&2; exit 1; }
[ "$serve_status" -eq 0 ] || { echo "browser test: lkg serve exited with $serve_status after SIGTERM" >&2; exit 1; }
echo "browser test: screenshots in $shots"
