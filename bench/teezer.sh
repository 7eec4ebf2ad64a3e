#!/usr/bin/env bash
# Teezer benchmark (not a test; figures go to docs/PERFORMANCE.md by hand). Bounded, 127.0.0.1 only:
#   1. one node of target/teezu-profiles.jar (mvn -B -ntp -DskipTests package) on its embedded PostgreSQL 16,
#      the embedded responder only (no LLM endpoint)
#   2. a creator with Teezer on and the demo's 32-entry reply bank (posted through the API, so each entry is
#      embedded as a creator's would be), 50 fans (bench/teezer-seed.sql)
#   3. bench/teezer.mjs: a fan's send -> Teezer's reply at that fan's socket, p50/p95/p99, with 1 and then 50
#      conversations at once; every reply counted (none may be lost or doubled)
#   4. the resident memory the model adds: a JVM of its own before and after loading it (ModelMemory)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; ROOT="$(cd "$HERE/.." && pwd)"
WORK="${WORK:-$ROOT/target/bench-teezer}"; JAR="$ROOT/target/teezu-profiles.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f "$JAR" ] || { echo "build the jar first: mvn -B -ntp -DskipTests package" >&2; exit 1; }
rm -rf "$WORK"; mkdir -p "$WORK"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
health() { for _ in $(seq 1 300); do curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health" && return; sleep 0.2; done; echo "node on $1 did not start" >&2; exit 1; }

TEEZU_DATA_DIR="$WORK/a" TEEZU_DEMO_DATA=false TEEZU_MEDIA_SECRET=bench-only-secret PORT=18380 REALTIME_PORT=18381 \
  "$JAVA" --sun-misc-unsafe-memory-access=allow -Xmx384m -jar "$JAR" --teezu.messages.per-minute=1000000 \
  --teezu.messages.new-conversations-per-day=1000000 >"$WORK/a.log" 2>&1 &
PIDS+=($!); health 18380
PGPORT="$(sed -n 's/.*Embedded PostgreSQL 16 ready on port \([0-9]*\).*/\1/p' "$WORK/a.log" | head -1)"
PSQL=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres teezu)
"${PSQL[@]}" -f "$HERE/teezer-seed.sql"
"${PSQL[@]}" -At -F $'\t' -c "SELECT user_id, username, token FROM bench_tokens" >"$WORK/tokens.tsv"
echo "node RSS after start: $(( $(awk '/VmRSS/ {print $2}' /proc/${PIDS[0]}/status) / 1024 )) MiB"
URL=http://127.0.0.1:18380 TOKENS="$WORK/tokens.tsv" BANK="$ROOT/src/main/resources/demo/teezer-bank.tsv" \
  FRONTEND_MODULES="$ROOT/frontend/node_modules" node "$HERE/teezer.mjs" | tee "$WORK/summary.txt"
echo "node RSS after the runs: $(( $(awk '/VmRSS/ {print $2}' /proc/${PIDS[0]}/status) / 1024 )) MiB" | tee -a "$WORK/summary.txt"
"${PSQL[@]}" -At -c "SELECT 'turns ' || count(*) || ', answered ' || count(*) FILTER (WHERE outcome = 'answered') || ', embedded p95 (server, ms) '
  || percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) FROM teezer_turns" | tee -a "$WORK/summary.txt"

CP="$ROOT/target/test-classes:$(cd "$ROOT" && mvn -B -ntp -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout 2>/dev/null)"
"$JAVA" -cp "$CP" com.teezu.profiles.teezer.ModelMemory | tee -a "$WORK/summary.txt"
