#!/usr/bin/env bash
# Start-up time to healthy and /health throughput, on the embedded defaults with empty data.
#
#   bench/startup-and-health.sh [runs]      (default 3 runs of each start mode)
#
# Measures three ways of starting the same jar, each from a process start until /health
# answers 200: the fat jar; the extracted jar (java -Djarmode=tools extract); the extracted
# jar with a JDK AOT cache trained by one start that serves a few /health requests (the
# recommended production start, what ./openhire does).
# Then drives /health with wrk (2 threads, 50 connections, 20 s). Prints a Markdown block
# for bench/RESULTS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/common.sh"

RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
OUT="$ROOT/bench/out/startup"
JAVA=$(find_java)
ensure_wrk
build_jar

rm -rf "$OUT" && mkdir -p "$OUT"
"$JAVA" -Djarmode=tools -jar "$ROOT/target/openhire.jar" extract --destination "$OUT/app" >/dev/null

# start_and_time LABEL JAVA_ARGS...: one start with an empty data folder; prints ms to healthy.
start_and_time() {
  local label=$1; shift
  local data="$OUT/data-$label-$RANDOM"
  local started pid ms
  started=$(date +%s%N)
  OPENHIRE_DATA_DIR="$data" SERVER_PORT=$PORT "$JAVA" "$@" >"$OUT/$label.log" 2>&1 &
  pid=$!
  wait_healthy "http://127.0.0.1:$PORT/health" 60 >/dev/null
  ms=$(( ($(date +%s%N) - started) / 1000000 ))
  stop_pid "$pid"
  echo "$ms"
}

series() {
  local label=$1; shift
  local times=()
  for _ in $(seq "$RUNS"); do times+=("$(start_and_time "$label" "$@")"); done
  echo "${times[*]}"
}

fat=$(series fat -jar "$ROOT/target/openhire.jar")
extracted=$(series extracted -jar "$OUT/app/openhire.jar")
train_aot_cache "$OUT/app"
aot=$(series aot -XX:AOTCache="$OUT/app/openhire.aot" -jar "$OUT/app/openhire.jar")

OPENHIRE_DATA_DIR="$OUT/data-wrk" SERVER_PORT=$PORT "$JAVA" -XX:AOTCache="$OUT/app/openhire.aot" \
  -jar "$OUT/app/openhire.jar" >"$OUT/wrk-server.log" 2>&1 &
server=$!
wait_healthy "http://127.0.0.1:$PORT/health" 60 >/dev/null
wrk -t2 -c50 -d5s "http://127.0.0.1:$PORT/health" >/dev/null
wrk -t2 -c50 -d20s --latency "http://127.0.0.1:$PORT/health" >"$OUT/wrk-health.txt"
stop_pid "$server"

cat <<MD
### $(date -u +%Y-%m-%d) — start-up and /health
Machine: $(machine_line)
Command: \`bench/startup-and-health.sh $RUNS\`

| start mode | ms to healthy (each run) |
|---|---|
| \`java -jar target/openhire.jar\` | $fat |
| extracted jar | $extracted |
| extracted jar + AOT cache | $aot |

\`wrk -t2 -c50 -d20s /health\` (server with AOT cache, same machine as wrk):
\`\`\`
$(grep -E 'Requests/sec|Latency|50%|90%|99%|requests in' "$OUT/wrk-health.txt")
\`\`\`
MD
