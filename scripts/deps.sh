#!/usr/bin/env bash
# Installs the Debian packages lkg needs when any is missing. As root it runs
# apt-get; otherwise it prints the exact command and exits 1.
set -euo pipefail

LKG_PACKAGES=(cmake g++ make pkg-config librocksdb-dev nlohmann-json3-dev libboost-graph-dev
  libcpp-httplib-dev zlib1g-dev doctest-dev libxml2-dev libutf8proc-dev
  libxapian-dev)
# Test-only tools: XML validation, the export peers (NetworkX, igraph), Graphviz,
# headless Chromium for the explorer's browser test, wrk for bench/http_bench.sh.
LKG_TEST_PACKAGES=(libxml2-utils python3 python3-networkx python3-igraph graphviz chromium wrk)
# Benchmark-only: the third query-bench peer (bench/query_bench.sh skips it when absent)
# and gnuplot for the log-log scale plot (bench/peers/report.py).
LKG_BENCH_PACKAGES=(python3-graph-tool gnuplot-nox)

missing_packages() {
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_packages() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "lkg: installing:" $missing >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "lkg: missing packages. Run as root:" >&2
    echo "  apt-get update && apt-get install -y" $missing >&2
    exit 1
  fi
}

# The explorer page is bundled with npm at build time; the machine's node/npm
# serve when present, else Debian's.
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  LKG_PACKAGES+=(nodejs npm)
fi

# Usage: deps.sh [--test|--bench]
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  if [ "${1:-}" = "--bench" ]; then
    install_packages "${LKG_PACKAGES[@]}" "${LKG_TEST_PACKAGES[@]}" "${LKG_BENCH_PACKAGES[@]}"
  elif [ "${1:-}" = "--test" ]; then
    install_packages "${LKG_PACKAGES[@]}" "${LKG_TEST_PACKAGES[@]}"
  else
    install_packages "${LKG_PACKAGES[@]}"
  fi
fi
