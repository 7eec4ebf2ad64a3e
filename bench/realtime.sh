#!/usr/bin/env bash
# Realtime benchmark against the data bench/run.sh loaded (run that first). Prints figures only.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; ROOT="$(cd "$HERE/.." && pwd)"
PEERS="${PEERS:-$(cd "$ROOT/../shared/peers" && pwd)}"; WORK="${WORK:-$ROOT/target/bench}"
export PG16_HOME="${PG16_HOME:-$WORK/pg16}" PG16_PORT="${PG16_PORT:-55432}"
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true  # 10k sockets need 10k+ descriptors in each process
"$PEERS/pg16.sh" start >/dev/null
trap '[ -n "${PID:-}" ] && kill $PID; "$PEERS/pg16.sh" stop >/dev/null 2>&1 || true' EXIT
DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG16_PORT/teezu_ours?user=postgres" PORT=18080 REALTIME_PORT=18081 \
  TEEZU_DATA_DIR="$WORK/ours-data" TEEZU_DEMO_DATA=false "${JAVA_HOME:+$JAVA_HOME/bin/}java" --sun-misc-unsafe-memory-access=allow \
  -XX:+UseParallelGC -Xms256m -Xmx256m -jar "$ROOT/target/teezu-profiles.jar" >"$WORK/realtime-app.log" 2>&1 &
PID=$!
for _ in $(seq 1 150); do curl -fs -o /dev/null http://127.0.0.1:18080/actuator/health && break; sleep 0.2; done
BASE_URL=http://127.0.0.1:18080 FRONTEND_MODULES="$ROOT/frontend/node_modules" TOKENS="$WORK/tokens.tsv" \
  CREATORS="$WORK/ids/creators.txt" JAVA_PID=$PID node --max-old-space-size=4096 "$HERE/realtime.mjs"
