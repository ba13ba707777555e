#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through CTest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/deps.sh" --test
"$root/scripts/build.sh"
cd "${LKG_BUILD_DIR:-$root/build}"
ctest --output-on-failure
