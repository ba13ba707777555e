#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang++, AddressSanitizer and
# UndefinedBehaviorSanitizer into build-fuzz/, runs each for SECONDS
# (default 60) from the seed inputs in fuzz/corpus/ (plus what earlier runs
# found, kept in build-fuzz/corpus/), and prints per target the runs, the
# coverage reached and whether it crashed. A crash leaves its input in
# build-fuzz/crash-*; turn it into a test before fixing.
#
#   bench/fuzz.sh [SECONDS] [TARGET…]
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(request_reader query_params html_reader input_reader csv_reader)
build=${LKG_FUZZ_BUILD_DIR:-$root/build-fuzz}
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (apt-get install clang)" >&2; exit 1; }
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ -DLKG_FUZZ=ON \
  -DLKG_BUILD_TESTS=OFF -DLKG_BUILD_BENCH=OFF -DLKG_BUILD_EXPLORER=OFF >/dev/null || exit 1
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/#/fuzz_}" >"$build/build.log" 2>&1 ||
  { tail -30 "$build/build.log" >&2; exit 1; }
status=0
for target in "${targets[@]}"; do
  corpus=$build/corpus/$target
  mkdir -p "$corpus"
  seeds=()
  [ -d "$root/fuzz/corpus/$target" ] && seeds=("$root/fuzz/corpus/$target")
  log=$build/$target.log
  (cd "$build" && "./fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=1024 \
     -artifact_prefix="$build/crash-$target-" "$corpus" "${seeds[@]}" >"$log" 2>&1)
  rc=$?
  summary=$(grep -E '^#[0-9]+.*(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 | sed 's/^\(#[0-9]*\).*cov: \([0-9]*\).*ft: \([0-9]*\).*/\1 runs, coverage \2 edges, \3 features/')
  if [ $rc -eq 0 ]; then
    echo "$target: ${summary:-no summary} in ${seconds}s, no crash"
  else
    status=1
    echo "$target: CRASH after ${summary:-?} (see $log and $build/crash-$target-*)"
  fi
done
echo "machine: $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
