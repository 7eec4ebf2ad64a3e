#!/usr/bin/env bash
# One run, one machine, one PostgreSQL 16: our service beside the Fastify 5 + Drizzle peer.
#
#   bench/run.sh            # needs target/teezu-profiles.jar (./teezu run builds it, or mvn -DskipTests package)
#
# 1. starts PostgreSQL 16 with the peer's settings (../shared/peers/pg16.sh)
# 2. seeds the peer's data set (10k users, 1k creators, ~307k skewed follows …) and loads the same
#    rows (same ids) into our schema, with one session token per user
# 3. drives GET /api/users/:id/profile and the follow toggle with the peer's wrk scripts, the same
#    request mix (same BENCH_SEED), 32 connections: ROUNDS (3) rounds over both servers, alternating
#    which goes first; the ratios are those of the medians
#    (our follows commit asynchronously; one more follow measurement of both waits for the flush on both sides)
# 4. measures our profile SQL alone with pgbench at the same concurrency, JVM RSS under load and
#    start-up time to the first 200, checks our counters after the follow run
# 5. prints both RESULT lines and the ratios (also into target/bench/summary.txt; docs/PERFORMANCE.md
#    records the latest run by hand)
#
# Needs: node, npm, wrk, psql and pgbench (PostgreSQL client tools), a JDK 21+, curl.
# Environment: PEERS (../shared/peers), PG16_HOME, PG16_PORT (55432), DURATION_PROFILE (15),
# DURATION_FOLLOW (10), CONNECTIONS (32), BENCH_SEED (1), WARMUP (60), ROUNDS (3), REWARM (5), JAVA_OPTS.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/settings.sh
source "$HERE/settings.sh"
PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -n 1)"
PSQL=(psql -h 127.0.0.1 -p "$PG16_PORT" -U postgres -v ON_ERROR_STOP=1 -q -X)

for tool in node npm wrk psql curl; do command -v "$tool" >/dev/null || { echo "bench: $tool is missing" >&2; exit 1; }; done
[ -x "$PGBENCH" ] || { echo "bench: pgbench is missing" >&2; exit 1; }
[ -f "$JAR" ] || { echo "bench: build the jar first (mvn -DskipTests package)" >&2; exit 1; }
mkdir -p "$WORK"
OUR_PID=""; PEER_PID=""; RSS_PID=""
cleanup() {
  for p in $RSS_PID $OUR_PID $PEER_PID; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$PEERS/pg16.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

wait_http() { for _ in $(seq 1 300); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done; echo "bench: $1 never answered" >&2; return 1; }

for port in "$OUR_PORT" "$PEER_PORT"; do # a server left over would be measured instead of ours
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "bench: port $port is already taken; stop what listens there" >&2; exit 1; fi
done
echo "== PostgreSQL 16"
"$PEERS/pg16.sh" start >/dev/null
for db in teezu_peer teezu_ours; do
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
done

echo "== the peer: build, migrate, seed"
rm -rf "$WORK/peer" && mkdir -p "$WORK/peer"
(cd "$PEERS/fastify-drizzle" && tar cf - --exclude=node_modules --exclude=dist --exclude=data .) | (cd "$WORK/peer" && tar xf -)
export PEER_DB="postgres://postgres@127.0.0.1:$PG16_PORT/teezu_peer"
(cd "$WORK/peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && npm run -s build >/dev/null \
  && DATABASE_URL="$PEER_DB" npm run -s db:migrate >/dev/null && DATABASE_URL="$PEER_DB" IDS_DIR="$WORK/ids" npm run -s db:seed)

echo "== ours: schema (Flyway, by starting the jar once) and the same rows"
OUR_DB_URL="jdbc:postgresql://127.0.0.1:$PG16_PORT/teezu_ours?user=postgres"
start_ours() {
  local log="$1"
  local t0; t0=$(date +%s%N)
  # MALLOC_ARENA_MAX: glibc keeps an allocation arena per busy thread; two are plenty for a JVM and keep RSS down
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" DATABASE_URL="$OUR_DB_URL" PORT="$OUR_PORT" REALTIME_PORT=$((OUR_PORT + 1)) TEEZU_DATA_DIR="$WORK/ours-data" TEEZU_DEMO_DATA=false \
    DB_POOL_SIZE="${DB_POOL_SIZE:-6}" "$JAVA" --sun-misc-unsafe-memory-access=allow $JAVA_OPTS -jar "$JAR" >"$log" 2>&1 &
  OUR_PID=$!
  wait_http "http://127.0.0.1:$OUR_PORT/actuator/health"
  STARTUP_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
start_ours "$WORK/ours-first.log"
"${PSQL[@]}" -d teezu_ours -f "$HERE/peer-schema.sql"
for t in "users:id,username,display_name,bio,avatar_key,cover_key,role,current_mood,is_verified,is_live,teezer_active,created_at" \
         "user_stats:user_id,follower_count,following_count,like_count,stream_hours,tip_total,subscriber_count" \
         "fantasy_profiles:id,user_id,dna_scores,kinks,intent,consent_level" \
         "follows:follower_id,followee_id,created_at" "gifts:user_id,gift_type,count" \
         "content:id,user_id,kind,price_tokens,thumbnail_key,created_at,deleted_at"; do
  table="${t%%:*}"; cols="${t#*:}"
  "${PSQL[@]}" -d teezu_peer -c "\\copy public.$table($cols) TO STDOUT" | "${PSQL[@]}" -d teezu_ours -c "\\copy peer.$table($cols) FROM STDIN"
done
"${PSQL[@]}" -d teezu_ours -f "$HERE/load-peer-data.sql"
"${PSQL[@]}" -d teezu_ours -At -F $'\t' -c "SELECT user_id, token FROM peer.bench_tokens" >"$WORK/tokens.tsv"
kill "$OUR_PID"; wait "$OUR_PID" 2>/dev/null || true

echo "== request mixes (same seed for both)"
export TARGETS_FILE="$WORK/ids/creators.txt" VIEWERS_FILE="$WORK/ids/users.txt"
MODE=profile node "$PEERS/bench/gen-requests.mjs" >"$WORK/peer-profile.tsv"
MODE=follow node "$PEERS/bench/gen-requests.mjs" >"$WORK/peer-follow.tsv"
node "$HERE/to-our-tokens.mjs" "$WORK/peer-profile.tsv" "$WORK/tokens.tsv" >"$WORK/ours-profile.tsv"
node "$HERE/to-our-tokens.mjs" "$WORK/peer-follow.tsv" "$WORK/tokens.tsv" >"$WORK/ours-follow.tsv"

run_wrk() { # name mode url requests duration warm-up
  BASE_URL="$3" REQUESTS_FILE="$4" DURATION="$5" WARMUP="$6" "$PEERS/bench-profile.sh" "$2" | tee "$WORK/$1.out" | tail -n 1
}

echo "== both servers up"
start_ours "$WORK/ours.log"
echo "ours: start-up to first 200 (external PostgreSQL): ${STARTUP_MS} ms"
RSS_MAX_FILE="$WORK/rss-max"; echo 0 >"$RSS_MAX_FILE"
( while kill -0 "$OUR_PID" 2>/dev/null; do
    r=$(ps -o rss= -p "$OUR_PID" | tr -d ' '); m=$(cat "$RSS_MAX_FILE"); [ "${r:-0}" -gt "$m" ] && echo "$r" >"$RSS_MAX_FILE"; sleep 0.5
  done ) & RSS_PID=$!
# exec: PEER_PID is node itself, so the cleanup stops it (killing only a subshell left node running,
# and the next run then measured that leftover process while its own peer failed with EADDRINUSE)
(cd "$WORK/peer" && DATABASE_URL="$PEER_DB" PORT="$PEER_PORT" NODE_ENV=production exec node dist/src/server.js >"$WORK/peer.log" 2>&1) &
PEER_PID=$!
sleep 0.5; wait_http "http://127.0.0.1:$PEER_PORT/api/users/$(head -n 1 "$TARGETS_FILE")/gifts"

# This machine's speed drifts by tens of percent from one minute to the next (a shared host), so one
# measurement per server can flatter either side. Both servers stay up; each round measures both,
# alternating who goes first, and the ratios are those of the medians over ROUNDS rounds. The first
# measurement of each server and mode gets the full warm-up, later ones REWARM seconds.
ROUNDS="${ROUNDS:-3}"
REWARM="${REWARM:-5}"
: >"$WORK/results.txt"
for round in $(seq 1 "$ROUNDS"); do
  order="ours peer"; [ $((round % 2)) -eq 0 ] && order="peer ours"
  warm="$REWARM"; [ "$round" -eq 1 ] && warm="$WARMUP"
  for mode in profile follow; do
    duration="$DURATION_PROFILE"; [ "$mode" = follow ] && duration="$DURATION_FOLLOW"
    for server in $order; do
      port="$OUR_PORT"; [ "$server" = peer ] && port="$PEER_PORT"
      line=$(run_wrk "$server-$mode-$round" "$mode" "http://127.0.0.1:$port" "$WORK/$server-$mode.tsv" "$duration" "$warm")
      echo "round $round  $server  $line"
      echo "$server $mode $line" >>"$WORK/results.txt"
    done
  done
done
RSS_MIB=$(( $(cat "$RSS_MAX_FILE") / 1024 ))
kill "$RSS_PID" 2>/dev/null || true; RSS_PID=""

# Our follows commit without waiting for the WAL flush (teezu.async-follow-commit); the peer's wait.
# Once more with ours waiting too, beside the peer, so both figures come from this run.
echo "== follow with synchronous commit on both sides (TEEZU_ASYNC_FOLLOW_COMMIT=false)"
FIRST_STARTUP_MS="$STARTUP_MS"
kill "$OUR_PID"; wait "$OUR_PID" 2>/dev/null || true
export TEEZU_ASYNC_FOLLOW_COMMIT=false
start_ours "$WORK/ours-sync.log"
unset TEEZU_ASYNC_FOLLOW_COMMIT
STARTUP_MS="$FIRST_STARTUP_MS"
SYNC_OURS=$(run_wrk ours-follow-sync follow "http://127.0.0.1:$OUR_PORT" "$WORK/ours-follow.tsv" "$DURATION_FOLLOW" "$WARMUP")
SYNC_PEER=$(run_wrk peer-follow-sync follow "http://127.0.0.1:$PEER_PORT" "$WORK/peer-follow.tsv" "$DURATION_FOLLOW" "$REWARM")
echo "sync  ours  $SYNC_OURS"; echo "sync  peer  $SYNC_PEER"
rps_of() { sed -n 's/.* rps=\([0-9.]*\).*/\1/p' <<<"$1"; }

kill "$PEER_PID" 2>/dev/null || echo "bench: the peer had already exited (see peer.log)"; wait "$PEER_PID" 2>/dev/null || true; PEER_PID=""
DRIFT=$("${PSQL[@]}" -d teezu_ours -At -c "
  SELECT count(*) FROM user_stats s
   WHERE s.follower_count <> (SELECT count(*) FROM follows f WHERE f.followee_id = s.user_id)
      OR s.following_count <> (SELECT count(*) FROM follows f WHERE f.follower_id = s.user_id)")

echo "== the SQL of one profile read, alone, with pgbench"
"${PSQL[@]}" -d postgres -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
LOG_MARK=$(wc -l <"$PG16_HOME/postgres.log")
read -r _ SAMPLE_PATH SAMPLE_TOKEN < <(head -n 1 "$WORK/ours-profile.tsv" | tr '\t' ' ')
curl -fs -o /dev/null -H "Authorization: Bearer $SAMPLE_TOKEN" "http://127.0.0.1:$OUR_PORT$SAMPLE_PATH"
"${PSQL[@]}" -d postgres -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +"$((LOG_MARK + 1))" "$PG16_HOME/postgres.log" >"$WORK/statement.log"
kill "$OUR_PID"; wait "$OUR_PID" 2>/dev/null || true; OUR_PID=""
"${PSQL[@]}" -d teezu_ours -c "DROP TABLE IF EXISTS peer.bench_targets, peer.bench_viewers" \
  -c "CREATE TABLE peer.bench_targets AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM users WHERE role = 'creator'" \
  -c "CREATE TABLE peer.bench_viewers AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM users" \
  -c "CREATE UNIQUE INDEX ON peer.bench_targets (n)" -c "CREATE UNIQUE INDEX ON peer.bench_viewers (n)"
node "$HERE/pgbench-script.mjs" "$WORK/statement.log" "$SAMPLE_PATH" "$SAMPLE_TOKEN" "$WORK/tokens.tsv" >"$WORK/profile.pgbench"
PGBENCH_OUT=$("$PGBENCH" -h 127.0.0.1 -p "$PG16_PORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "$DURATION_PROFILE" \
  -f "$WORK/profile.pgbench" teezu_ours 2>&1 | tee "$WORK/pgbench.out" | grep -E "^tps|latency average")
PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$PGBENCH_OUT" | head -n 1)

median() { # server mode field
  grep "^$1 $2 " "$WORK/results.txt" | sed -n "s/.* $3=\([0-9.]*\).*/\1/p" | sort -n \
    | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
OUR_PROFILE="rps=$(median ours profile rps) p99_ms=$(median ours profile p99_ms)"
PEER_PROFILE="rps=$(median peer profile rps) p99_ms=$(median peer profile p99_ms)"
OUR_FOLLOW="rps=$(median ours follow rps) p99_ms=$(median ours follow p99_ms)"
PEER_FOLLOW="rps=$(median peer follow rps) p99_ms=$(median peer follow p99_ms)"
PROFILE_RATIO=$(ratio "$(median ours profile rps)" "$(median peer profile rps)")
FOLLOW_RATIO=$(ratio "$(median ours follow rps)" "$(median peer follow rps)")
P99_RATIO=$(ratio "$(median ours profile p99_ms)" "$(median peer profile p99_ms)")
SQL_COST_RATIO=$(ratio "$PGBENCH_TPS" "$(median ours profile rps)")

cat <<REPORT | tee "$WORK/summary.txt"

$(sed 's/^/  /' "$WORK/results.txt")
medians of $ROUNDS rounds:
ours  profile $OUR_PROFILE
peer  profile $PEER_PROFILE
ours  follow  $OUR_FOLLOW
peer  follow  $PEER_FOLLOW
pgbench (our profile SQL alone, $CONNECTIONS clients): tps=$PGBENCH_TPS
profile ratio: $PROFILE_RATIO
profile p99 ratio (ours/peer): $P99_RATIO
follow ratio: $FOLLOW_RATIO
follow with synchronous commit on both sides: ours rps=$(rps_of "$SYNC_OURS") peer rps=$(rps_of "$SYNC_PEER") ratio $(ratio "$(rps_of "$SYNC_OURS")" "$(rps_of "$SYNC_PEER")")
per-request cost vs its SQL alone (pgbench tps / our rps): $SQL_COST_RATIO
JVM RSS under load (max): ${RSS_MIB} MiB
start-up to first 200: ${STARTUP_MS} ms
follow counters drifted after the run: $DRIFT
REPORT
