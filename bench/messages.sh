#!/usr/bin/env bash
# Direct-message benchmark (not a test; figures go to docs/PERFORMANCE.md by hand). Bounded, 127.0.0.1 only:
#   1. two nodes of target/teezu-profiles.jar (mvn -B -ntp -DskipTests package) on one embedded
#      PostgreSQL 16 (node A's) and the local Redis (127.0.0.1:6379), on a channel of their own
#   2. a creator with 10,000 conversations (bench/messages-seed.sql)
#   3. bench/messages.mjs: send -> the recipient's socket, p50/p99, recipient on the same node and on
#      the other one; the inbox's first and a deep page for that creator; the unread total
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; ROOT="$(cd "$HERE/.." && pwd)"
WORK="${WORK:-$ROOT/target/bench-messages}"; JAR="$ROOT/target/teezu-profiles.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
CHANNEL="teezu:bench:$$"
LIMITS=(--teezu.messages.per-minute=1000000 --teezu.messages.new-conversations-per-day=1000000 --teezu.redis-channel="$CHANNEL")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
health() { for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health" && return; sleep 0.2; done; echo "node on $1 did not start" >&2; exit 1; }

TEEZU_DATA_DIR="$WORK/a" TEEZU_DEMO_DATA=false TEEZU_MEDIA_SECRET=bench-only-secret REDIS_URL=redis://127.0.0.1:6379 PORT=18280 REALTIME_PORT=18281 \
  "$JAVA" --sun-misc-unsafe-memory-access=allow -Xmx384m -jar "$JAR" "${LIMITS[@]}" >"$WORK/a.log" 2>&1 &
PIDS+=($!); health 18280
PGPORT="$(sed -n 's/.*Embedded PostgreSQL 16 ready on port \([0-9]*\).*/\1/p' "$WORK/a.log" | head -1)"
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres teezu)
DATABASE_URL="jdbc:postgresql://127.0.0.1:$PGPORT/teezu?user=postgres" TEEZU_DATA_DIR="$WORK/b" TEEZU_DEMO_DATA=false \
  TEEZU_MEDIA_SECRET=bench-only-secret REDIS_URL=redis://127.0.0.1:6379 PORT=18290 REALTIME_PORT=18291 \
  "$JAVA" --sun-misc-unsafe-memory-access=allow -Xmx384m -jar "$JAR" "${LIMITS[@]}" >"$WORK/b.log" 2>&1 &
PIDS+=($!); health 18290

started=$(date +%s%N)
"${PSQL[@]}" -f "$HERE/messages-seed.sql"
echo "seeded 10,000 conversations in $(( ($(date +%s%N) - started) / 1000000 )) ms"
"${PSQL[@]}" -At -F $'\t' -c "SELECT user_id, username, token FROM bench_tokens" >"$WORK/tokens.tsv"
A_URL=http://127.0.0.1:18280 B_URL=http://127.0.0.1:18290 TOKENS="$WORK/tokens.tsv" \
  FRONTEND_MODULES="$ROOT/frontend/node_modules" node "$HERE/messages.mjs" | tee "$WORK/summary.txt"
