#!/usr/bin/env bash
# Load figures for the service and stream front ends (a benchmark, not a test).
#   bench/load.sh [SECONDS] [EVENTS]      defaults: 15 s of wrk, 200000 stream events
# 1. HTTP: wrk against POST /v1/scan (single text events, scanner token),
#    reporting requests/s and p50/p99 latency.
# 2. JetStream end to end: `vigil publish` of EVENTS text events (async,
#    batched publishes), then `vigil worker` draining them (fetch batches of
#    1000, one store transaction per batch, one verdict message per batch,
#    AckAll), reporting events/s for each step. The store is SQLite, or the
#    PostgreSQL test server (scripts/services.sh start) with
#    VIGIL_BENCH_STORE=postgresql (a fresh schema per round, dropped after).
# Client and server share this machine; figures are noisy when it is busy.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS="${1:-15}"
EVENTS="${2:-200000}"
BIN="$PWD/build/vigil"
[ -x "$BIN" ] || { echo "build first: cmake --preset release && cmake --build build" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk not installed (scripts/install-deps.sh)" >&2; exit 2; }
command -v nats-server >/dev/null || { echo "nats-server not installed (scripts/install-deps.sh)" >&2; exit 2; }
WORK="$(mktemp -d)"
SERVE_PID=""
NATS_PID=""
cleanup() {
  [ -n "$SERVE_PID" ] && kill "$SERVE_PID" 2>/dev/null && wait "$SERVE_PID" 2>/dev/null
  [ -n "$NATS_PID" ] && kill "$NATS_PID" 2>/dev/null && wait "$NATS_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- 1. HTTP
PORT="${VIGIL_BENCH_PORT:-18080}"
TOKEN="$("$BIN" serve --new-token scanner 2>"$WORK/line")"
tail -n1 "$WORK/line" > "$WORK/tokens.txt"
"$BIN" serve --port "$PORT" --tokens "$WORK/tokens.txt" --lists samples/known.txt \
  --threads 64 2>"$WORK/serve.log" &
SERVE_PID=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/v1/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done
VIGIL_BENCH_TOKEN="$TOKEN" wrk -t2 -c32 -d"${SECS}s" --latency -s bench/scan_post.lua \
  "http://127.0.0.1:$PORT" > "$WORK/wrk.txt"
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=""
RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
P50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
NON2XX=$(awk '/Non-2xx/ {print $5}' "$WORK/wrk.txt")
echo "http  POST /v1/scan: ${RPS} requests/s, p50 ${P50}, p99 ${P99}, non-2xx ${NON2XX:-0} (wrk -t2 -c32 -d${SECS}s)"

# ---- 2. JetStream end to end, on a private nats-server (its store is deleted afterwards)
NATS_PORT="${VIGIL_BENCH_NATS_PORT:-14222}"
NATS_URL="nats://127.0.0.1:$NATS_PORT"
nats-server -js -a 127.0.0.1 -p "$NATS_PORT" -sd "$WORK/nats" -l "$WORK/nats.log" &
NATS_PID=$!
sleep 1
python3 - "$EVENTS" > "$WORK/events.jsonl" <<'PY'
import random, sys
n = int(sys.argv[1]); convs = max(1, n // 10)
random.seed(7)
words = ["hello", "see", "you", "at", "school", "tomorrow", "the", "game", "was", "great"]
for i in range(n):
    c = random.randrange(convs)
    text = " ".join(random.choice(words) for _ in range(8))
    print('{"id":"e-%d","conversation":"c-%d","sender":"u%d","text":"%s"}' % (i, c, c % 97, text))
PY
TAG="BENCH$$"
export VIGIL_NATS_URL="$NATS_URL" VIGIL_STREAM="$TAG" VIGIL_SUBJECT_PREFIX="bench$$.ev" \
  VIGIL_VERDICT_STREAM="${TAG}_V" VIGIL_VERDICT_PREFIX="bench$$.vd" VIGIL_PARTITIONS=12
"$BIN" publish "$WORK/events.jsonl" 2>"$WORK/publish.log" >/dev/null
echo "jetstream publish : $(tail -n1 "$WORK/publish.log")"
export VIGIL_KEY="${VIGIL_KEY:-$("$BIN" evidence keygen --out "$WORK/bench.key" >/dev/null 2>&1; cat "$WORK/bench.key")}"
BACKEND="${VIGIL_BENCH_STORE:-sqlite}"
PG_URL="${VIGIL_TEST_PG_URL:-postgresql://vigil:vigil@127.0.0.1:55432/vigil}"
count_events() {
  if [ "$BACKEND" = sqlite ]; then
    sqlite3 "$1" "SELECT count(*) FROM stream_events" 2>/dev/null || echo 0
  else
    psql "$PG_URL" -Atc "SELECT count(*) FROM $1.stream_events" 2>/dev/null || echo 0
  fi
}
for WORKERS in 1 2; do
  if [ "$BACKEND" = sqlite ]; then
    DB="$WORK/w$WORKERS.db"; STORE="sqlite:$DB"
  else
    DB="bench_$$_$WORKERS"; STORE="$PG_URL?options=-csearch_path%3D$DB"
    psql "$PG_URL" -qAtc "CREATE SCHEMA $DB" >/dev/null
  fi
  T0=$(date +%s.%N)
  PIDS=()
  for i in $(seq 0 $((WORKERS - 1))); do
    /usr/bin/time -f "cpu %U %S" -o "$WORK/cpu.$WORKERS.$i" \
      "$BIN" worker --store "$STORE" --own "$i/$WORKERS" --batch 1000 \
      --name "b$i" 2>>"$WORK/worker.log" &
    PIDS+=($!)
  done
  while :; do
    N=$(count_events "$DB")
    [ "${N:-0}" -ge "$EVENTS" ] && break
    sleep 0.2
  done
  T1=$(date +%s.%N)
  for p in "${PIDS[@]}"; do kill -TERM $(pgrep -P "$p") 2>/dev/null || true; done  # the workers under time(1)
  wait "${PIDS[@]}" 2>/dev/null || true
  CPU=$(cat "$WORK"/cpu.$WORKERS.* | awk '/^cpu/ {s += $2 + $3} END {print s}')
  python3 -c "import sys; n,t,c=int(sys.argv[1]),float(sys.argv[2])-float(sys.argv[3]),float(sys.argv[4]); print(f'jetstream worker  : {n} events in {t:.2f} s = {n/t:,.0f} events/s with $WORKERS worker process(es) (scan + $BACKEND commit + verdict message per batch + ack); worker CPU {c:.1f} s = {c/n*1e6:.1f} us/event')" "$EVENTS" "$T1" "$T0" "$CPU"
  [ "$BACKEND" = sqlite ] || psql "$PG_URL" -qAtc "SET client_min_messages=warning; DROP SCHEMA $DB CASCADE" >/dev/null
  # The next round uses a fresh store (no progress), so its workers
  # recreate the durable consumers from the start of the stream.
done
