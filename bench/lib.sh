# Shared set-up for the extraction benches (sourced, not run).
# bench_args NAME ARGS...   sets $build (default build), $lkg and the array model=(--model FILE) from
#                           "[BUILD_DIR] [--model MODEL]"; exits 1 with "NAME: build first" when
#                           $build/lkg is missing and 2 when --model has no file.
# bench_workdir             makes $work, a temporary folder removed on exit.
# bench_training_texts      writes $work/labour.jsonl and $work/not_labour.jsonl, the not-labour
#                           set's train split (bench/nonlabour_texts.py).
bench_args() {
  local name="$1"; shift
  build=build
  model=()
  while [ $# -gt 0 ]; do
    case "$1" in
      --model) [ $# -ge 2 ] || { echo "$name: --model needs a file" >&2; exit 2; }
               model=(--model "$2"); shift 2 ;;
      *) build="$1"; shift ;;
    esac
  done
  lkg="$build/lkg"
  [ -x "$lkg" ] || { echo "$name: build first ($lkg not found)" >&2; exit 1; }
}

bench_workdir() {
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
}

bench_training_texts() {
  python3 bench/nonlabour_texts.py train labour "$work/labour.jsonl" 2>/dev/null
  python3 bench/nonlabour_texts.py train not_labour "$work/not_labour.jsonl" 2>/dev/null
}
