# Shared by bench/run.sh and bench/ours-only.sh (sourced): where things are and the settings both use.
ROOT="$(cd "$HERE/.." && pwd)"
PEERS="${PEERS:-$(cd "$ROOT/../shared/peers" && pwd)}"
WORK="${WORK:-$ROOT/target/bench}"
export PG16_HOME="${PG16_HOME:-$WORK/pg16}"
export PG16_PORT="${PG16_PORT:-55432}"
export CONNECTIONS="${CONNECTIONS:-32}"
export BENCH_SEED="${BENCH_SEED:-1}"
# the same unmeasured warm-up for both servers; a JIT on two busy cores needs longer than wrk's 3 s default
export WARMUP="${WARMUP:-60}"
DURATION_PROFILE="${DURATION_PROFILE:-15}"
DURATION_FOLLOW="${DURATION_FOLLOW:-10}"
OUR_PORT="${OUR_PORT:-18080}"
PEER_PORT="${PEER_PORT:-3000}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseParallelGC -Xms192m -Xmx192m -Xss512k}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JAR="$ROOT/target/teezu-profiles.jar"
# a JDK 21+ (the jar's own minimum); a default java 17 would only fail later, with the servers half up
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)"
[ "${JAVA_MAJOR:-0}" -ge 21 ] || { echo "bench: $JAVA is Java ${JAVA_MAJOR:-?}; set JAVA_HOME to a JDK 21 or newer" >&2; exit 1; }
