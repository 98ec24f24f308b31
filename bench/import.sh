#!/usr/bin/env bash
# Bulk job import: jobs/s through POST /api/v1/jobs/import into the database, then the same
# jobs published and found by search.
#
#   bench/import.sh [jobs]            (default 100000 seeded jobs beside the imports)
#   BENCH_REUSE=1 bench/import.sh     (reuse the data folder / database of an earlier run: no seed)
#   BENCH_FILES=20 BENCH_ROWS=1000 BENCH_PARALLEL=4 bench/import.sh
#
# 1. seeds a fresh data folder with `demo seed --jobs N` (timed; the imports land beside them);
# 2. starts the jar (rate limits off) with an admin; registers an employer, creates a company,
#    asks for its verification and has the admin approve it;
# 3. writes BENCH_FILES CSV files of BENCH_ROWS rows each (every 50th row has a bad salary, so
#    the per-row report is exercised: those rows must fail, the others be created), all titled
#    with one word of this run, imports one more file to warm up, then POSTs them
#    BENCH_PARALLEL at a time: jobs/s end to end (curl to curl, the answers' reports summed);
# 4. checks the database: the company's export (`GET /jobs/export`) holds every created job;
# 5. publishes BENCH_PUBLISH (1000) of the created jobs (imports are drafts, and search holds
#    published jobs only), one request at a time over one connection (publishes in parallel in
#    one category fail on the category's job count, see bench/RESULTS.md), and waits until
#    `GET /jobs/search?q=<the word>` counts all of them: the time until the last one is found.
# Runs against PostgreSQL instead of H2 when SPRING_DATASOURCE_URL (and OPENHIRE_JWT_SECRET)
# are set. Prints a Markdown block for bench/RESULTS.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib/common.sh"

JOBS=${1:-100000}
FILES=${BENCH_FILES:-20}
ROWS=${BENCH_ROWS:-1000}
PARALLEL=${BENCH_PARALLEL:-4}
PUBLISH=${BENCH_PUBLISH:-1000}
PORT=${BENCH_PORT:-18080}
OUT="$ROOT/bench/out/import"
API="http://127.0.0.1:$PORT/api/v1"
JAR=${BENCH_JAR:-$ROOT/target/openhire.jar}
JAVA=$(find_java)
ensure_jq
[[ -n "${BENCH_JAR:-}" ]] || build_jar

export OPENHIRE_DATA_DIR=${OPENHIRE_DATA_DIR:-$OUT/data} SERVER_PORT=$PORT OPENHIRE_RATE_LIMIT_ENABLED=false
ADMIN_EMAIL="bench-admin@example.com" ADMIN_PASSWORD="Bench-Admin-Passw0rd"
export OPENHIRE_ADMIN_EMAIL=$ADMIN_EMAIL OPENHIRE_ADMIN_PASSWORD=$ADMIN_PASSWORD
mkdir -p "$OUT"
seed_line="reused (BENCH_REUSE=1)"
if [[ -z "${BENCH_REUSE:-}" ]]; then
  rm -rf "$OPENHIRE_DATA_DIR"
  started=$(date +%s%N)
  "$JAVA" -jar "$JAR" demo seed --jobs "$JOBS" >"$OUT/seed.log" 2>&1
  seed_line="$(( ($(date +%s%N) - started) / 1000000 )) ms whole command; $(grep -E '^Seeded' "$OUT/seed.log")"
fi

if curl -s -o /dev/null "http://127.0.0.1:$PORT/health"; then
  echo "port $PORT is taken by another server: stop it or set BENCH_PORT" >&2
  exit 1
fi
"$JAVA" -jar "$JAR" >"$OUT/server.log" 2>&1 &
server=$!
trap 'stop_pid $server' EXIT
wait_healthy "http://127.0.0.1:$PORT/health" 300 >/dev/null

# --- an employer with a verified company
json_post() { # json_post PATH BEARER BODY
  curl -sf -X POST "$API$1" -H 'Content-Type: application/json' ${2:+-H "Authorization: Bearer $2"} -d "$3"
}
run=$RANDOM$RANDOM
WORD="importbench$run"
employer=$(json_post /auth/register "" "{\"email\":\"import-$run@example.com\",\"password\":\"Bench-Passw0rd-$run\",
  \"first_name\":\"Import\",\"last_name\":\"Bench\",\"role\":\"employer\"}" | jq -r '.access')
admin=""
for _ in $(seq 100); do # the admin is created as the start completes, maybe just after /health answers
  admin=$(json_post /auth/login "" "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" | jq -r '.access') && break
  sleep 0.2
done
company=$(json_post /companies "$employer" "{\"name\":\"Import Bench $run\",\"type\":\"hospital\",
  \"facility_type\":\"public\"}" | jq -r '.id')
request=$(json_post /verifications "$employer" "{\"subject_type\":\"company\",\"subject_id\":\"$company\"}" | jq -r '.id')
json_post "/admin/verifications/$request/approve" "$admin" '{}' >/dev/null
category=$(curl -sf "$API/categories?page_size=1" | jq -r '.results[0].id')

# --- the files
rm -rf "$OUT/files" "$OUT/reports" && mkdir -p "$OUT/files" "$OUT/reports"
expires=$(date -u -d '+60 days' +%Y-%m-%dT%H:%M:%SZ)
for f in $(seq "$FILES"); do
  awk -v rows="$ROWS" -v file="$f" -v word="$WORD" -v category="$category" -v expires="$expires" 'BEGIN {
    print "category_id,title,description,requirements,city,country,remote_option,job_type,experience_level,salary_min,salary_max,salary_currency,salary_period,skills,openings,expires_at"
    split("Nurse,Physiotherapist,Software engineer,Lab technician,Care assistant,Pharmacist", roles, ",")
    split("Utrecht,Amsterdam,Rotterdam,Eindhoven,Groningen", cities, ",")
    for (r = 1; r <= rows; r++) {
      n = (file - 1) * rows + r
      low = 2500 + (n % 20) * 100; high = low + 1500
      if (r % 50 == 0) { high = low - 100 }  # a bad row: salary_min above salary_max
      printf "%s,%s %s %d,\"<p>Join our team as %s in %s. Shift work, good pay, %s.</p>\",\"<ul><li>Diploma</li><li>Dutch or English</li></ul>\",%s,NL,on_site,full_time,mid,%d,%d,EUR,monthly,Teamwork;Communication,%d,%s\n", \
        category, roles[n % 6 + 1], word, n, roles[n % 6 + 1], cities[n % 5 + 1], word, cities[n % 5 + 1], low, high, 1 + n % 3, expires
    }
  }' >"$OUT/files/jobs-$f.csv"
done
expected_failed=$(( FILES * (ROWS / 50) ))

# --- import, BENCH_PARALLEL files at a time, after one file more that warms the JIT up (not counted)
awk -v word="warmup$run" 'NR == 1 { print; next } { sub(/importbench[0-9]+/, word); print }' "$OUT/files/jobs-1.csv" \
  >"$OUT/warmup.csv"
curl -sf -X POST "$API/jobs/import?company_id=$company" -H "Authorization: Bearer $employer" \
  -H "Content-Type: text/csv" --data-binary @"$OUT/warmup.csv" -o /dev/null
started=$(date +%s%N)
ls "$OUT"/files/*.csv | xargs -P "$PARALLEL" -I{} sh -c \
  'curl -sf -X POST "$1/jobs/import?company_id=$2" -H "Authorization: Bearer $3" -H "Content-Type: text/csv" \
     --data-binary @"$4" -o "$5/$(basename "$4" .csv).json"' _ "$API" "$company" "$employer" {} "$OUT/reports"
import_ms=$(( ($(date +%s%N) - started) / 1000000 ))
created=$(cat "$OUT"/reports/*.json | jq -s 'map(.created) | add')
failed=$(cat "$OUT"/reports/*.json | jq -s 'map(.failed | length) | add')
cat "$OUT"/reports/*.json | jq -r '.jobs[].id' >"$OUT/created-ids"

# --- in the database: the company's jobs, as the export reads them
exported=$(curl -sf "$API/jobs/export?format=json&company_id=$company" -H "Authorization: Bearer $employer" | jq 'length')

# --- publish some of them (one curl, one connection), then wait for search
head -n "$PUBLISH" "$OUT/created-ids" | sed "s|.*|url = \"$API/jobs/&/publish\"\noutput = \"/dev/null\"|" >"$OUT/publish.cfg"
started=$(date +%s%N)
curl -s -X POST -H "Authorization: Bearer $employer" -K "$OUT/publish.cfg" -w '%{http_code}\n' >"$OUT/publish-codes"
publish_ms=$(( ($(date +%s%N) - started) / 1000000 ))
published=$(grep -c '^200$' "$OUT/publish-codes" || true)
found=0
for _ in $(seq 600); do
  found=$(curl -sf "$API/jobs/search?q=$WORD&page_size=1" | jq '.count')
  (( found >= published )) && break
  sleep 0.2
done
indexed_ms=$(( ($(date +%s%N) - started) / 1000000 ))

rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0) ? n * 1000 / ms : 0 }'; }
cat <<MD
### $(date -u +%Y-%m-%d) — bulk job import, $FILES files × $ROWS rows, $PARALLEL at a time
Machine: $(machine_line); load average $(cut -d' ' -f1-3 /proc/loadavg) at the end
Database: ${SPRING_DATASOURCE_URL:-H2 file database (embedded default)}
Command: \`bench/import.sh $JOBS\` (seed: $seed_line)

| what | result |
|---|---|
| \`POST /jobs/import\` (CSV), $(( FILES * ROWS )) rows | ${import_ms} ms: **$(rate "$created" "$import_ms") jobs/s** created |
| per-row report | $created created, $failed failed (expected $expected_failed bad rows) |
| in the database (\`GET /jobs/export\` of the company) | $exported jobs (the $created above and the warm-up file's) |
| publishing $PUBLISH of them (\`POST /jobs/{id}/publish\`, one at a time) | $published × 200 in ${publish_ms} ms ($(rate "$published" "$publish_ms")/s) |
| found by \`GET /jobs/search?q=$WORD\` | $found, the last one ${indexed_ms} ms after the first publish |
MD
