#!/usr/bin/env bash
# Fault run (c): the app killed with kill -9 under the mixed load and started again at once on the same
# data folder. Its embedded PostgreSQL outlives it (orphaned, still holding the folder); the new start
# must take over, come up, and have lost no acknowledged write. The load keeps going throughout
# (refused connections while no app listens).
# env: AFTER_S (load after the new start is ready, 15), CONCURRENCY (8), PORT (18090), REALTIME_PORT (18091)
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/common.sh"
WORK="$ROOT/target/fault/app-kill"; rm -rf "$WORK"; mkdir -p "$WORK"
PORT="${PORT:-18090}"; RT="${REALTIME_PORT:-18091}"; AFTER_S="${AFTER_S:-15}"
DATA="$WORK/data"

echo "== node on a fresh data folder (embedded PostgreSQL, demo data)"
t0=$(now_ms)
start_app app "$DATA" "$PORT" "$RT"
wait_ready "$PORT" "$APP_PID"
echo "ready in $(( $(now_ms) - t0 )) ms (first start: initdb, migrations, demo data)"
psql_at "$DATA" -At -c "SELECT id FROM users WHERE role = 'creator' OR username IN ('sam', 'victor', 'newbie', 'sofie') ORDER BY username" >"$WORK/creators.txt"
psql_at "$DATA" -At -c "SELECT id FROM content WHERE visibility = 'locked' AND deleted_at IS NULL" >"$WORK/locked.txt"
BASE="http://127.0.0.1:$PORT" CREATORS="$WORK/creators.txt" LOCKED="$WORK/locked.txt" OUT="$WORK/setup.json" node "$HERE/setup.mjs"

echo "== load; the app killed with SIGKILL at +15 s and started again at once; load until ${AFTER_S} s after it is ready"
BASES="http://127.0.0.1:$PORT" SETUP="$WORK/setup.json" DURATION_S=240 STOP_FILE="$WORK/stop" OUT="$WORK" node "$HERE/load.mjs" &
LOAD_PID=$!; STARTED_PIDS+=("$LOAD_PID")
sleep 15
OLD_PG=$(pg_pid "$DATA")
kill -9 "$APP_PID"; FAULT_AT=$(now_ms); wait "$APP_PID" 2>/dev/null || true
echo "killed the app at $(date -u +%T.%3N); its PostgreSQL (pid $OLD_PG) still running: $(kill -0 "$OLD_PG" 2>/dev/null && echo yes || echo no)"
start_app app "$DATA" "$PORT" "$RT"; RESTORED_AT=$(now_ms)
wait_ready "$PORT" "$APP_PID"
READY_AT=$(now_ms)
echo "second start ready $(( READY_AT - FAULT_AT )) ms after the kill; old PostgreSQL gone: $(kill -0 "$OLD_PG" 2>/dev/null && echo no || echo yes), new pid $(pg_pid "$DATA")"
grep -E 'Stopping a stale PostgreSQL|Embedded PostgreSQL 16 ready|Started TeezuProfilesApplication' "$WORK/app.log" | tail -3 | cut -c1-220
sleep "$AFTER_S"; touch "$WORK/stop"
wait "$LOAD_PID"
echo "{\"faultAt\": $FAULT_AT, \"restoredAt\": $RESTORED_AT, \"readyAt\": $READY_AT, \"expect503\": false}" >"$WORK/events.json"

echo "== verify"
PSQL="$PSQL_BIN -X -q -h 127.0.0.1 -p $(pg_port "$DATA") -U postgres -d teezu" OUT="$WORK" node "$HERE/verify.mjs" | tee "$WORK/summary.txt"
DEMO=$(psql_at "$DATA" -At -c "SELECT count(*) FROM users WHERE username = 'lovelylena'")
echo "demo data loaded once: $([ "$DEMO" = 1 ] && echo yes || echo "no ($DEMO)")"
