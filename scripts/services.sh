#!/usr/bin/env bash
# Starts the servers the test suite talks to, on loopback, if they are not
# already running. A server that cannot start fails this script (the tests
# that need it would fail anyway; nothing is skipped silently).
#   scripts/services.sh start        (scripts/services.sh stop-nats stops NATS)
set -euo pipefail
cd "$(dirname "$0")/.."
STATE_DIR="${VIGIL_SERVICES_DIR:-$PWD/build/services}"
mkdir -p "$STATE_DIR"

start_postgres() {
  :  # PostgreSQL cluster on loopback (store issue).
}

# nats-server with JetStream on 127.0.0.1:${VIGIL_NATS_PORT:-4222}, store under
# $STATE_DIR/nats. Tests read VIGIL_TEST_NATS_URL (default nats://127.0.0.1:4222).
nats_listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && head -c 4 <&3 | grep -q INFO) 2>/dev/null
}

start_nats() {
  local port="${VIGIL_NATS_PORT:-4222}" dir="$STATE_DIR/nats"
  if nats_listening "$port"; then return 0; fi
  if ! command -v nats-server >/dev/null; then
    echo "services.sh: nats-server not found (Debian package nats-server; run scripts/install-deps.sh)" >&2
    exit 1
  fi
  mkdir -p "$dir/store"
  nohup nats-server -js -a 127.0.0.1 -p "$port" -sd "$dir/store" -l "$dir/nats.log" \
    -P "$dir/nats.pid" >/dev/null 2>&1 &
  for _ in $(seq 1 50); do
    if nats_listening "$port"; then echo "services.sh: nats-server -js on 127.0.0.1:$port"; return 0; fi
    sleep 0.2
  done
  echo "services.sh: nats-server did not start on 127.0.0.1:$port; see $dir/nats.log" >&2
  exit 1
}

stop_nats() {
  local pidfile="$STATE_DIR/nats/nats.pid"
  if [ -f "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; rm -f "$pidfile"; fi
}

case "${1:-start}" in
  start) start_postgres; start_nats ;;
  stop-nats) stop_nats ;;
  *) echo "usage: $0 start|stop-nats" >&2; exit 2 ;;
esac
