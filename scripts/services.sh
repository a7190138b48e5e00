#!/usr/bin/env bash
# Starts the servers the test suite talks to, on loopback, if they are not
# already running. A server that cannot start fails this script (the tests
# that need it would fail anyway; nothing is skipped silently).
#   scripts/services.sh start
#   scripts/services.sh stop      (stops the PostgreSQL cluster and nats-server)
set -euo pipefail
cd "$(dirname "$0")/.."
STATE_DIR="${VIGIL_SERVICES_DIR:-$PWD/build/services}"
mkdir -p "$STATE_DIR"

# PostgreSQL: a private cluster under $STATE_DIR/pg on 127.0.0.1:$PG_PORT
# with role and database `vigil` (password `vigil`; loopback only, test use).
# Tests read VIGIL_TEST_PG_URL, default postgresql://vigil:vigil@127.0.0.1:55432/vigil.
PG_PORT="${VIGIL_PG_PORT:-55432}"
PG_DIR="$STATE_DIR/pg"
pg_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  if [ -z "$d" ]; then
    echo "services: PostgreSQL server not installed (run scripts/install-deps.sh)" >&2
    return 1
  fi
  echo "$d"
}
as_pg_owner() {
  # initdb and postgres refuse to run as root: use the `postgres` user then.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
start_postgres() {
  local bin data log
  bin=$(pg_bin)
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then return 0; fi
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$PG_DIR"
    # The checkout may sit where `postgres` cannot reach (e.g. under /root).
    if ! runuser -u postgres -- test -w "$PG_DIR"; then
      PG_DIR="/var/tmp/vigil-pg-$PG_PORT"
      mkdir -p "$PG_DIR" && chown postgres: "$PG_DIR"
    fi
  fi
  data="$PG_DIR/data"
  log="$PG_DIR/server.log"
  if [ ! -s "$data/PG_VERSION" ]; then
    local pw="$PG_DIR/pw"
    echo postgres > "$pw"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$pw"; fi
    as_pg_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$pw" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pw"
  fi
  # A test cluster: durability across an OS crash is not needed (fsync=off);
  # transactions and client crashes behave as on any server.
  as_pg_owner "$bin/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null || {
    echo "services: PostgreSQL did not start; see $log" >&2
    tail -n 20 "$log" >&2 || true
    return 1
  }
  PGPASSWORD=postgres "$bin/psql" -qAt -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres \
    -v ON_ERROR_STOP=1 >/dev/null <<'SQL'
SELECT 'CREATE ROLE vigil LOGIN PASSWORD ''vigil''' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'vigil')\gexec
SELECT 'CREATE DATABASE vigil OWNER vigil' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'vigil')\gexec
SQL
}
stop_postgres() {
  local bin d
  bin=$(pg_bin)
  for d in "$PG_DIR/data" "/var/tmp/vigil-pg-$PG_PORT/data"; do
    if [ -s "$d/postmaster.pid" ]; then as_pg_owner "$bin/pg_ctl" -D "$d" -m fast -w stop >/dev/null; fi
  done
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
  stop) stop_postgres; stop_nats ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
