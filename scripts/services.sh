#!/usr/bin/env bash
# Starts the servers the test suite talks to, on loopback, if they are not
# already running. A server that cannot start fails this script (the tests
# that need it would fail anyway; nothing is skipped silently).
#   scripts/services.sh start
set -euo pipefail
cd "$(dirname "$0")/.."
STATE_DIR="${VIGIL_SERVICES_DIR:-$PWD/build/services}"
mkdir -p "$STATE_DIR"

start_postgres() {
  :  # PostgreSQL cluster on loopback (store issue).
}

start_nats() {
  :  # nats-server with JetStream on loopback (streams issue).
}

case "${1:-start}" in
  start) start_postgres; start_nats ;;
  *) echo "usage: $0 start" >&2; exit 2 ;;
esac
