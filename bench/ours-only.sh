#!/usr/bin/env bash
# A tuning loop for our server alone, on the database bench/run.sh left behind (run that first):
# starts PostgreSQL 16 again, our jar with the given settings, drives the same request mixes, and
# prints our RESULT lines and the JVM's peak RSS. Not a comparison: ratios come only from run.sh,
# where both servers run in the same session.
#
#   JAVA_OPTS="-XX:+UseSerialGC -Xmx256m" DB_POOL_SIZE=6 bench/ours-only.sh [profile|follow|both]
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bench/settings.sh
source "$HERE/settings.sh"
WHAT="${1:-both}"
[ -f "$WORK/ours-profile.tsv" ] || { echo "run bench/run.sh once first" >&2; exit 1; }

OUR_PID=""; RSS_PID=""
cleanup() {
  for p in $RSS_PID $OUR_PID; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$PEERS/pg16.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
"$PEERS/pg16.sh" start >/dev/null

MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG16_PORT/teezu_ours?user=postgres" PORT="$OUR_PORT" REALTIME_PORT=$((OUR_PORT + 1)) \
  TEEZU_DATA_DIR="$WORK/ours-data" TEEZU_DEMO_DATA=false DB_POOL_SIZE="${DB_POOL_SIZE:-6}" \
  "$JAVA" --sun-misc-unsafe-memory-access=allow $JAVA_OPTS -jar "$JAR" >"$WORK/ours-only.log" 2>&1 &
OUR_PID=$!
for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$OUR_PORT/actuator/health" && break; sleep 0.2; done
echo 0 >"$WORK/rss-only"
( while kill -0 "$OUR_PID" 2>/dev/null; do
    r=$(ps -o rss= -p "$OUR_PID" | tr -d ' '); m=$(cat "$WORK/rss-only"); [ "${r:-0}" -gt "$m" ] && echo "$r" >"$WORK/rss-only"; sleep 0.5
  done ) & RSS_PID=$!

run() { BASE_URL="http://127.0.0.1:$OUR_PORT" REQUESTS_FILE="$WORK/ours-$1.tsv" DURATION="$2" "$PEERS/bench-profile.sh" "$1" | grep -E "^ +(50|75|90|99)%|RESULT"; }
case "$WHAT" in
  profile) run profile "${DURATION_PROFILE:-15}" ;;
  follow) run follow "${DURATION_FOLLOW:-10}" ;;
  *) run profile "${DURATION_PROFILE:-15}"; run follow "${DURATION_FOLLOW:-10}" ;;
esac
echo "JVM RSS max: $(( $(cat "$WORK/rss-only") / 1024 )) MiB  (JAVA_OPTS=$JAVA_OPTS DB_POOL_SIZE=${DB_POOL_SIZE:-6})"
