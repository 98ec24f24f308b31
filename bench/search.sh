#!/usr/bin/env bash
# Job search at scale: index build time and size, keyword + 2 filters + facets at a fixed 200
# requests/s, and autocomplete.
#
#   bench/search.sh [jobs]          (default 1000000 seeded jobs)
#   BENCH_REUSE=1 bench/search.sh   (reuse the data folder / database of an earlier run:
#                                    no seed, no rebuild, only the load part)
#
# 1. seeds a fresh data folder with `demo seed --jobs N`, then `search reindex` (both timed;
#    the index size is that of data-dir/index with the Lucene backend);
# 2. starts the jar on it (rate limits off: this measures the service, not the limiter);
# 3. GET /api/v1/jobs/search with a keyword, two filters and five facets: five different
#    queries, 40 requests/s each with hey, 200 requests/s together for 30 s; every request's
#    latency goes into one distribution (PRODUCT.md's target: p99 under 30 ms);
# 4. GET /api/v1/jobs/search/suggest for five prefixes, 200 requests/s together (target:
#    under 10 ms on the server; hey's latency includes the loopback HTTP round trip, so it is
#    an upper bound);
# 5. step 3 again on a server that keeps no recent search (OPENHIRE_SEARCH_RECENT_MAXAGE=0s): what
#    every search costs when it was not asked a moment ago.
# Runs against PostgreSQL instead of H2 when SPRING_DATASOURCE_URL (and OPENHIRE_JWT_SECRET)
# are set, like the product itself; OPENHIRE_SEARCH_BACKEND=elasticsearch works the same way.
# Prints a Markdown block for bench/RESULTS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/common.sh"

JOBS=${1:-1000000}
PORT=${BENCH_PORT:-18080}
OUT="$ROOT/bench/out/search"
API="http://127.0.0.1:$PORT/api/v1"
JAR=${BENCH_JAR:-$ROOT/target/openhire.jar}
JAVA=$(find_java)
ensure_hey
ensure_jq
[[ -n "${BENCH_JAR:-}" ]] || build_jar

export OPENHIRE_DATA_DIR=${OPENHIRE_DATA_DIR:-$OUT/data} SERVER_PORT=$PORT OPENHIRE_RATE_LIMIT_ENABLED=false
mkdir -p "$OUT"
seed_line="reused (BENCH_REUSE=1)"
reindex_line="reused (BENCH_REUSE=1)"
if [[ -z "${BENCH_REUSE:-}" ]]; then
  rm -rf "$OPENHIRE_DATA_DIR"
  started=$(date +%s%N)
  "$JAVA" -Xmx4g -jar "$JAR" demo seed --jobs "$JOBS" >"$OUT/seed.log" 2>&1
  seed_line="$(( ($(date +%s%N) - started) / 1000000 )) ms whole command; $(grep -E '^Seeded' "$OUT/seed.log")"
  started=$(date +%s%N)
  "$JAVA" -Xmx4g -jar "$JAR" search reindex >"$OUT/reindex.log" 2>&1
  reindex_line="$(( ($(date +%s%N) - started) / 1000000 )) ms whole command; $(grep -E '^Reindexed' "$OUT/reindex.log")"
fi
index_size=$(du -sh "$OPENHIRE_DATA_DIR/index" 2>/dev/null | cut -f1 || echo "n/a (not Lucene)")

if curl -s -o /dev/null "http://127.0.0.1:$PORT/health"; then
  echo "port $PORT is taken by another server: stop it or set BENCH_PORT" >&2
  exit 1
fi
# start_server [ENV=VALUE...]: the jar on the data, healthy and its index ready
server=
start_server() {
  env "$@" "$JAVA" -Xmx4g -jar "$JAR" >>"$OUT/server.log" 2>&1 &
  server=$!
  wait_healthy "http://127.0.0.1:$PORT/health" 300 >/dev/null
  # the search health check reports the index ready only when it is usable
  wait_healthy "http://127.0.0.1:$PORT/health/search" 300 >/dev/null
}
trap '[[ -z "$server" ]] || stop_pid $server' EXIT
: >"$OUT/server.log"
start_server

FACETS="facets=job_type,experience_level,remote_option,category,salary_range"
QUERIES=(
  "q=nurse&job_type=full_time&experience_level=mid&$FACETS"
  "q=software%20engineer&remote_option=remote&job_type=full_time&$FACETS"
  "q=technician&experience_level=senior&location=gb&$FACETS"
  "q=assistant&experience_level=entry&remote_option=on_site&$FACETS"
  "q=specialist&job_type=part_time&location=us&$FACETS"
)
PREFIXES=(nur tech softw assis spec)
published=$(curl -sf "$API/jobs/search?q=&page_size=1" | jq '.count')

# run_at_rate NAME URL...: all URLs together at 200 requests/s for 30 s; one latency list.
run_at_rate() {
  local name=$1; shift
  local per=$(( 200 / $# )) i=0 pids=()
  for url in "$@"; do
    hey -z 10s -c 2 -q $(( per / 2 )) "$url" >/dev/null # warm-up
  done
  for url in "$@"; do
    i=$((i + 1))
    hey -z 30s -c 2 -q $(( per / 2 )) -o csv "$url" >"$OUT/$name-$i.csv" &
    pids+=($!)
  done
  wait "${pids[@]}"
  # hey's CSV: response-time (s),DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset
  tail -q -n +2 "$OUT/$name"-*.csv | awk -F, '{print $1 * 1000, $7}' | sort -n >"$OUT/$name.ms"
  awk -v secs=30 '
    { t[NR] = $1; if ($2 != 200) bad++ }
    END {
      n = NR; printf "requests: %d (%.1f/s), non-200: %d\n", n, n / secs, bad + 0
      printf "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        t[int(n * 0.50)], t[int(n * 0.90)], t[int(n * 0.99)], t[n]
    }' "$OUT/$name.ms"
}

search_urls=()
for query in "${QUERIES[@]}"; do search_urls+=("$API/jobs/search?$query"); done
suggest_urls=()
for prefix in "${PREFIXES[@]}"; do suggest_urls+=("$API/jobs/search/suggest?q=$prefix"); done
took=$(for query in "${QUERIES[@]}"; do curl -sf "$API/jobs/search?$query" | jq '.took_ms'; done | paste -sd' ')
search_result=$(run_at_rate search "${search_urls[@]}")
suggest_result=$(run_at_rate suggest "${suggest_urls[@]}")
# the same searches with nothing kept: every request runs its search
stop_pid "$server"
start_server OPENHIRE_SEARCH_RECENT_MAXAGE=0s
uncounted_took=$(for query in "${QUERIES[@]}"; do curl -sf "$API/jobs/search?$query" | jq '.took_ms'; done | paste -sd' ')
uncounted_result=$(run_at_rate uncounted "${search_urls[@]}")

cat <<MD
### $(date -u +%Y-%m-%d) — search on $(printf "%'d" "$JOBS") seeded jobs
Machine: $(machine_line)
Database: ${SPRING_DATASOURCE_URL:-H2 file database (embedded default)}; search backend: ${OPENHIRE_SEARCH_BACKEND:-lucene}
Command: \`bench/search.sh $JOBS\`

| what | result | target |
|---|---|---|
| \`demo seed --jobs $JOBS\` | $seed_line | — |
| \`search reindex\` | $reindex_line | recorded |
| index size (data-dir/index) | $index_size | recorded |
| open published jobs searchable | $published | — |
| keyword + 2 filters + 5 facets, 5 queries at 200/s together, 30 s (recent searches kept 10 s, the default) | $(echo "$search_result" | paste -sd';') | p99 < 30 ms at 200/s |
| \`took_ms\` of each query once, idle | $took | — |
| the same with no search kept (\`OPENHIRE_SEARCH_RECENT_MAXAGE=0s\`): every search runs | $(echo "$uncounted_result" | paste -sd';') | — |
| \`took_ms\` of each query once, idle, no search kept | $uncounted_took | — |
| suggest, 5 prefixes at 200/s together, 30 s | $(echo "$suggest_result" | paste -sd';') | < 10 ms |

Queries: $(printf '`%s` ' "${QUERIES[@]}")
MD
