# Shared by the fault runs (sourced): start and stop our own app nodes, their embedded PostgreSQL and a
# Redis of our own, all on 127.0.0.1 and on ports of their own; everything started is stopped on exit.
# Never touches a process it did not start: PostgreSQL is found through its data folder's postmaster.pid
# and checked to be serving that folder before it is signalled.
set -euo pipefail
ROOT="$(cd "$HERE/../.." && pwd)"
JAR="$ROOT/target/teezu-profiles.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)"
[ "${JAVA_MAJOR:-0}" -ge 21 ] || { echo "fault: $JAVA is Java ${JAVA_MAJOR:-?}; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }
JAVA_OPTS="${JAVA_OPTS:--XX:+UseParallelGC -Xms192m -Xmx256m -Xss512k}"
FRONTEND_MODULES="${FRONTEND_MODULES:-$ROOT/frontend/node_modules}"
export FRONTEND_MODULES
[ -f "$JAR" ] || { echo "fault: build the jar first (mvn -DskipTests package)" >&2; exit 1; }
PSQL_BIN="$(command -v psql || true)"

STARTED_PIDS=()
DATA_DIRS=()
cleanup() {
  local pid d pg
  for pid in "${STARTED_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for d in "${DATA_DIRS[@]}"; do
    pg=$(pg_pid "$d" 2>/dev/null || true)
    [ -n "$pg" ] && kill -TERM "$pg" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { date +%s%3N; }

# start_app NAME DATA_DIR PORT REALTIME_PORT [VAR=value ...]: a node in the background; its pid in $APP_PID
start_app() {
  local name="$1" data="$2" port="$3" rt="$4"; shift 4
  for p in "$port" "$rt"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "fault: port $p is taken" >&2; exit 1; fi
  done
  mkdir -p "$data"
  DATA_DIRS+=("$data")
  env TEEZU_DATA_DIR="$data" PORT="$port" REALTIME_PORT="$rt" MALLOC_ARENA_MAX=2 "$@" \
    "$JAVA" $JAVA_OPTS -jar "$JAR" >>"$WORK/$name.log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
}

# wait_ready PORT PID [SECONDS]: until the node answers a database read (the gift catalogue of a profile)
wait_ready() {
  local port="$1" pid="$2" limit="${3:-120}" i
  for ((i = 0; i < limit * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { echo "fault: the node on $port exited (see its log)" >&2; return 1; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/users/lovelylena/profile")" = 200 ] && return 0
    sleep 0.2
  done
  echo "fault: the node on $port was not ready in ${limit} s" >&2; return 1
}

# pg_pid DATA_DIR: the postmaster serving DATA_DIR/postgres, if one runs
pg_pid() {
  local file="$1/postgres/postmaster.pid" pid
  [ -f "$file" ] || return 1
  pid=$(head -n 1 "$file")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "-D $1/postgres" && echo "$pid"
}
pg_port() { sed -n 4p "$1/postgres/postmaster.pid"; }
psql_at() { local data="$1"; shift; PGCONNECT_TIMEOUT=3 "$PSQL_BIN" -X -q -h 127.0.0.1 -p "$(pg_port "$data")" -U postgres -d teezu -v ON_ERROR_STOP=1 "$@"; }

# pg_kill DATA_DIR: SIGKILL the postmaster and its backends (a crash: no shutdown checkpoint); keeps its
# command line; FAULT_AT = when the signal went out
pg_kill() {
  local pid; pid=$(pg_pid "$1") || { echo "fault: no PostgreSQL on $1" >&2; return 1; }
  tr '\0' ' ' <"/proc/$pid/cmdline" >"$WORK/pg-cmdline"
  local children; children=$(ps -o pid= --ppid "$pid" || true)
  kill -9 "$pid" $children 2>/dev/null || true
  FAULT_AT=$(now_ms)
  # gone once it no longer listens (a killed postmaster may linger as a zombie until reaped)
  while (exec 3<>"/dev/tcp/127.0.0.1/$(pg_port "$1")") 2>/dev/null; do sleep 0.05; done
}

# pg_start DATA_DIR: the same server again (same binaries, port and settings) on the same folder. As root the
# zonky binaries run in a user namespace of their own (unshare -U), as the app starts them.
pg_start() {
  local cmd bin opts
  read -r -a cmd <"$WORK/pg-cmdline" || true # no newline at its end
  bin="$(dirname "${cmd[0]}")"
  opts="${cmd[*]:3}" # after: postgres -D <dir>
  local wrap=(); [ "$(id -u)" = 0 ] && wrap=(unshare -U)
  "${wrap[@]}" "$bin/pg_ctl" -D "$1/postgres" -o "$opts" -l "$WORK/pg-restart.log" -w -t 60 start >/dev/null
}
