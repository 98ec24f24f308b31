#!/usr/bin/env bash
# Shared by the benchmark scripts: finding a JDK 21+, building, starting and stopping the
# service, and installing wrk. Source it; it defines functions only.

# The JDK to run the product with: $JAVA_HOME if it is 21+, else the newest 21+ JDK in the
# places Maven's toolchain discovery looks (/usr/lib/jvm, ~/.jdks, SDKMAN).
find_java() {
  local candidate version best="" best_version=0
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$HOME"/.jdks/* "$HOME"/.sdkman/candidates/java/*; do
    [[ -n "$candidate" && -x "$candidate/bin/java" ]] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2}')
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if (( version >= 21 && version > best_version )); then
      best="$candidate/bin/java"; best_version=$version
    fi
  done
  [[ -n "$best" ]] || { echo "No JDK 21+ found; set JAVA_HOME" >&2; return 1; }
  echo "$best"
}

ensure_wrk() {
  command -v wrk >/dev/null 2>&1 && return 0
  echo "installing wrk from Debian packages" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
}

# hey sends at a fixed rate (-q per worker), which wrk cannot: latency at a given load.
ensure_hey() {
  command -v hey >/dev/null 2>&1 && return 0
  echo "installing hey from Debian packages" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq hey >/dev/null
}

ensure_jq() {
  command -v jq >/dev/null 2>&1 && return 0
  echo "installing jq from Debian packages" >&2
  apt-get update -qq >/dev/null && apt-get install -y -qq jq >/dev/null
}

build_jar() {
  (cd "$ROOT" && ./mvnw -q -B -ntp package -DskipTests)
}

# wait_healthy URL DEADLINE_SECONDS: polls until URL answers 200; prints milliseconds waited.
wait_healthy() {
  local url=$1 limit=$2 started now
  started=$(date +%s%N)
  until curl -sf -o /dev/null "$url"; do
    now=$(date +%s%N)
    (( (now - started) / 1000000000 < limit )) || { echo "not healthy after ${limit}s" >&2; return 1; }
    sleep 0.02
  done
  now=$(date +%s%N)
  echo $(( (now - started) / 1000000 ))
}

# train_aot_cache APP_DIR: trains APP_DIR/openhire.aot (JDK 24+) as ./openhire does: a full start
# on a scratch data folder and port that answers a few /health requests, then stops.
train_aot_cache() {
  local app=$1 data port="" pid i
  data=$(mktemp -d)
  OPENHIRE_DATA_DIR="$data" OPENHIRE_ADMIN_EMAIL= SERVER_PORT=0 \
    "$JAVA" -XX:AOTCacheOutput="$app/openhire.aot" -jar "$app/openhire.jar" >"$app/training.log" 2>&1 &
  pid=$!
  for i in $(seq 1200); do
    kill -0 "$pid" 2>/dev/null || break
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$app/training.log" | head -n 1)
    [[ -n "$port" ]] && curl -sf -o /dev/null "http://127.0.0.1:$port/health" \
      && grep -q 'Started OpenhireApplication' "$app/training.log" && break
    sleep 0.1
  done
  if [[ -n "$port" ]]; then
    for i in 1 2 3; do curl -s -o /dev/null "http://127.0.0.1:$port/health" || true; done
  fi
  stop_pid "$pid"
  rm -rf "$data"
  [[ -s "$app/openhire.aot" ]] || { echo "AOT cache training failed, see $app/training.log" >&2; return 1; }
}

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

machine_line() {
  echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -m), $("$JAVA" -version 2>&1 | head -n 1)"
}
