#!/usr/bin/env bash
# Fault run (a): the embedded PostgreSQL killed (SIGKILL, postmaster and backends) under a mixed load of
# reads, follows, gifts and unlocks, restarted OUTAGE_S seconds later on the same folder and port; the
# app must answer 503 problem+json meanwhile, reconnect by itself, and have lost no acknowledged write.
# env: OUTAGE_S (10), LOAD_S (total load, 45), CONCURRENCY (8), PORT (18080), REALTIME_PORT (18081),
#      TEEZU_ASYNC_FOLLOW_COMMIT (the app's default: true)
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/common.sh"
WORK="$ROOT/target/fault/db-outage"; rm -rf "$WORK"; mkdir -p "$WORK"
PORT="${PORT:-18080}"; RT="${REALTIME_PORT:-18081}"; OUTAGE_S="${OUTAGE_S:-10}"; LOAD_S="${LOAD_S:-45}"
DATA="$WORK/data"

echo "== node on a fresh data folder (embedded PostgreSQL, demo data)"
t0=$(now_ms)
start_app app "$DATA" "$PORT" "$RT" TEEZU_ASYNC_FOLLOW_COMMIT="${TEEZU_ASYNC_FOLLOW_COMMIT:-true}"
wait_ready "$PORT" "$APP_PID"
echo "ready in $(( $(now_ms) - t0 )) ms; PostgreSQL pid $(pg_pid "$DATA") on port $(pg_port "$DATA")"
psql_at "$DATA" -At -c "SELECT id FROM users WHERE role = 'creator' OR username IN ('sam', 'victor', 'newbie', 'sofie') ORDER BY username" >"$WORK/creators.txt"
psql_at "$DATA" -At -c "SELECT id FROM content WHERE visibility = 'locked' AND deleted_at IS NULL" >"$WORK/locked.txt"
BASE="http://127.0.0.1:$PORT" CREATORS="$WORK/creators.txt" LOCKED="$WORK/locked.txt" OUT="$WORK/setup.json" node "$HERE/setup.mjs"

echo "== load for ${LOAD_S} s; PostgreSQL killed at +15 s, restarted ${OUTAGE_S} s later"
BASES="http://127.0.0.1:$PORT" SETUP="$WORK/setup.json" DURATION_S="$LOAD_S" OUT="$WORK" node "$HERE/load.mjs" &
LOAD_PID=$!; STARTED_PIDS+=("$LOAD_PID")
sleep 15
pg_kill "$DATA"; echo "killed PostgreSQL at $(date -u +%T.%3N)"
sleep "$OUTAGE_S"
curl -s -o "$WORK/health-during.json" -w 'health during the outage: %{http_code} %{content_type}\n' "http://127.0.0.1:$PORT/actuator/health" || true
pg_start "$DATA"; RESTORED_AT=$(now_ms); echo "PostgreSQL up again after $(( RESTORED_AT - FAULT_AT )) ms (pid $(pg_pid "$DATA"))"
wait "$LOAD_PID"
curl -s -o /dev/null -w 'health after: %{http_code}\n' "http://127.0.0.1:$PORT/actuator/health"
echo "{\"faultAt\": $FAULT_AT, \"restoredAt\": $RESTORED_AT, \"expect503\": true}" >"$WORK/events.json"

echo "== verify"
PSQL="$PSQL_BIN -X -q -h 127.0.0.1 -p $(pg_port "$DATA") -U postgres -d teezu" OUT="$WORK" node "$HERE/verify.mjs" | tee "$WORK/summary.txt"
echo "app log: $(grep -c ' ERROR ' "$WORK/app.log" || true) ERROR lines, $(grep -c 'Database unreachable' "$WORK/app.log" || true) 'Database unreachable' lines"
