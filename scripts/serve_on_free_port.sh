# Sourced (not run) by the scripts that drive a real `lkg serve`:
# bench/http_bench.sh, bench/http_memory.sh and tests/http/browser_test.sh.
#
# After sourcing, `work` is a fresh temporary directory; it is removed, and the
# server (if one is running) is killed, when the sourcing script exits.

work=$(mktemp -d)
server=""
_lkg_serve_cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap _lkg_serve_cleanup EXIT

# lkg_serve_start LKG DB [serve options…]
# Starts `LKG --db DB serve --port 0 …` in the background with its stderr in
# $work/serve.log, waits until it listens (up to 20 s) and sets `server` (its
# pid) and `url` (http://127.0.0.1:PORT). When it never listens, prints the
# log on stderr and exits 1.
lkg_serve_start() {
  local lkg=$1 db=$2
  shift 2
  : >"$work/serve.log"  # exists before the server writes to it
  "$lkg" --db "$db" serve --port 0 "$@" 2>>"$work/serve.log" &
  server=$!
  local port="" _
  for _ in $(seq 200); do
    port=$(sed -n 's|.*serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  if [ -z "$port" ]; then
    echo "lkg serve did not start:" >&2
    cat "$work/serve.log" >&2
    exit 1
  fi
  url="http://127.0.0.1:$port"
}

# lkg_serve_stop: SIGTERM to the server, then waits for it; sets `serve_status`
# to its exit status and clears `server`.
lkg_serve_stop() {
  serve_status=0
  kill -TERM "$server"
  wait "$server" || serve_status=$?
  server=""
}
