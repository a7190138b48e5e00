#!/usr/bin/env bash
# Starts the servers the test suite talks to, on loopback, if they are not
# already running. Each server's start-up lives in its own function; the
# suite's tests skip nothing: a server that cannot start fails this script.
#   scripts/services.sh start
set -euo pipefail
cd "$(dirname "$0")/.."
STATE_DIR="${VIGIL_SERVICES_DIR:-$PWD/build/services}"
mkdir -p "$STATE_DIR"

start_all() {
  :  # PostgreSQL and NATS JetStream start here (see their issues).
}

case "${1:-start}" in
  start) start_all ;;
  *) echo "usage: $0 start" >&2; exit 2 ;;
esac
