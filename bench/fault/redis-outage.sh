#!/usr/bin/env bash
# Fault run (b): two app nodes sharing one PostgreSQL and a Redis of this run's own; sockets on both
# nodes watch a profile while gifts to it are sent through both nodes; Redis is killed (SIGKILL) and
# started again OUTAGE_S seconds later. Every event must reach every watcher once, or be reported lost
# by the node that could not deliver it; none twice.
# env: OUTAGE_S (10), LOAD_S (40), WATCHERS (per node, 4), PORTS 18080/18081 and 18090/18091, REDIS_PORT (16379)
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/common.sh"
WORK="$ROOT/target/fault/redis-outage"; rm -rf "$WORK"; mkdir -p "$WORK"
OUTAGE_S="${OUTAGE_S:-10}"; LOAD_S="${LOAD_S:-40}"; REDIS_PORT="${REDIS_PORT:-16379}"
command -v redis-server >/dev/null || { echo "fault: needs redis-server" >&2; exit 1; }
if (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; then echo "fault: port $REDIS_PORT is taken" >&2; exit 1; fi
start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize no >>"$WORK/redis.log" 2>&1 &
  REDIS_PID=$!; STARTED_PIDS+=("$REDIS_PID")
  until (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; do sleep 0.05; done
}
start_redis
SECRET="fault-run-$(date +%s)"

echo "== node 1 (embedded PostgreSQL, demo data) and node 2 (the same database), both on redis :$REDIS_PORT"
start_app node1 "$WORK/node1" 18080 18081 REDIS_URL="redis://127.0.0.1:$REDIS_PORT" TEEZU_MEDIA_SECRET="$SECRET"
N1=$APP_PID; wait_ready 18080 "$N1"
start_app node2 "$WORK/node2" 18090 18091 REDIS_URL="redis://127.0.0.1:$REDIS_PORT" TEEZU_MEDIA_SECRET="$SECRET" \
  DATABASE_URL="jdbc:postgresql://127.0.0.1:$(pg_port "$WORK/node1")/teezu?user=postgres"
N2=$APP_PID; wait_ready 18090 "$N2"
echo 'nothing' >"$WORK/none.txt"
BASE="http://127.0.0.1:18080" USERS=12 CREATORS="$WORK/none.txt" LOCKED="$WORK/none.txt" OUT="$WORK/setup.json" node "$HERE/setup.mjs"

echo "== gifts through both nodes for ${LOAD_S} s; Redis killed at +12 s, started again ${OUTAGE_S} s later"
BASES="http://127.0.0.1:18080,http://127.0.0.1:18090" SETUP="$WORK/setup.json" DURATION_S="$LOAD_S" OUT="$WORK" \
  node "$HERE/redis-watch.mjs" &
LOAD_PID=$!; STARTED_PIDS+=("$LOAD_PID")
sleep 14 # the watchers connect first
kill -9 "$REDIS_PID"; FAULT_AT=$(now_ms); wait "$REDIS_PID" 2>/dev/null || true
echo "killed Redis at $(date -u +%T.%3N)"
sleep "$OUTAGE_S"
for p in 18080 18090; do echo "node :$p during the outage: $(curl -s "http://127.0.0.1:$p/actuator/health" | grep -o '"redis":{[^}]*}' || echo '(no answer)')"; done
start_redis; RESTORED_AT=$(now_ms); echo "Redis up again after $(( RESTORED_AT - FAULT_AT )) ms"
wait "$LOAD_PID"

echo "== what the nodes reported"
for n in node1 node2; do
  held=$(grep -c 'holding realtime events' "$WORK/$n.log" || true)
  replayed=$(sed -n 's/.*Redis is back: \([0-9]*\) held realtime events.*/\1/p' "$WORK/$n.log" | paste -sd+ | bc)
  lost=$(sed -n 's/.* \([0-9]*\) realtime events \(lost\|from node\).*/\1/p' "$WORK/$n.log" | paste -sd+ | bc)
  echo "$n: outbox opened $held time(s), replayed ${replayed:-0}, reported lost ${lost:-0}"
done
node -e '
const w = require(process.argv[1]); const fault = Number(process.argv[2]), back = Number(process.argv[3]);
const during = w.sentLog.filter((s) => s.t >= fault && s.t < back);
let last = 0;
for (const [i, d] of w.deliveries.entries()) for (const s of during) if (d[s.count]) last = Math.max(last, d[s.count]);
console.log(`gifts acknowledged during the outage: ${during.length}; the last of them reached every watcher ${last ? ((last - back) / 1000).toFixed(2) : "—"} s after Redis was back`);
const sum = (k) => w.watchers.reduce((a, x) => a + x[k], 0);
console.log(`deliveries: ${sum("once")} once, ${sum("duplicated")} duplicated, ${sum("lost")} never (${w.sent} events x ${w.watchers.length} watchers; ${w.failures} gift requests failed)`);
' "$WORK/watch.json" "$FAULT_AT" "$RESTORED_AT" | tee "$WORK/summary.txt"
