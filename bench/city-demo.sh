#!/usr/bin/env bash
# City-scale demo data: `java -Xmx2g -jar target/qingsong.jar demo --scale city --seed 42` (a million
# residents, 200,000 job seekers, 50,000 employers, 100,000 postings, 300 gig workers, 1,000 gig
# visits) into a fresh H2 data directory, and side by side the same generator at 1/10 scale
# (--fraction 0.1) as the baseline. Then starts the application with -Xmx2g on the city database,
# checks that it answers (health UP and a few API calls) and reads its heap after start.
# Prints one `name: value` line per figure.
#
# KEEP_DATA=DIR keeps the city's data directory (and the search index the application builds in it)
# at DIR instead of a temporary directory; DIR must not exist yet.
#
#   bench/city-demo.sh               FRACTION=0.1 BASELINE=0.01 bench/city-demo.sh  (a smaller run)
#   KEEP_DATA=/srv/qingsong-city bench/city-demo.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

FRACTION="${FRACTION:-1}"
BASELINE="${BASELINE:-0.1}"
SEED="${SEED:-42}"
HEAP="${HEAP:--Xmx2g}"
KEEP_DATA="${KEEP_DATA:-}"
PASSWORD="${PASSWORD:-qingsong}"
if [ -n "$KEEP_DATA" ] && [ -e "$KEEP_DATA" ]; then
  echo "KEEP_DATA $KEEP_DATA exists already; give a new directory" >&2
  exit 2
fi

ensure_jar
describe_machine >&2

work="$(mktemp -d -t qingsong-city.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# cpu_seconds PID: user + system CPU time of the process so far, in seconds.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.0f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null; }

# generate FRACTION NAME DIR: runs the city generator into DIR; prints
# "seconds peak_rss_mb cpu_seconds mean_load_average" (CPU time tells more than seconds on a busy
# machine; the load average says how busy it was).
generate() {
  local fraction="$1" name="$2" dir="$3" log="$work/$2.log" started took pid peak=0 rss cpu=0 c loads=0 samples=0
  started="$(now)"
  "$JAVA" "$HEAP" -jar "$JAR" demo --scale city --fraction "$fraction" --seed "$SEED" \
    --qingsong.data-dir="$dir" --qingsong.demo.password="$PASSWORD" >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss="$(peak_rss_mb "$pid")"
    if [ -n "$rss" ] && [ "$rss" -gt "$peak" ]; then peak="$rss"; fi
    c="$(cpu_seconds "$pid")"
    if [ -n "$c" ]; then cpu="$c"; fi
    loads="$(awk -v s="$loads" '{ print s + $1 }' /proc/loadavg)"
    samples=$((samples + 1))
    sleep 1
  done
  if ! wait "$pid"; then
    echo "demo --scale city --fraction $fraction failed; last lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  took="$(elapsed "$started")"
  grep -E 'Phase|made again|demo: ' "$log" | sed 's/^.* : /  /' >&2
  echo "$took $peak $cpu $(calc "$loads / ($samples > 0 ? $samples : 1)")"
}

echo "baseline: --fraction $BASELINE ..." >&2
read -r base_seconds base_rss base_cpu base_load < <(generate "$BASELINE" baseline "$work/baseline")
city_dir="${KEEP_DATA:-$work/city}"
echo "city: --fraction $FRACTION into $city_dir ..." >&2
read -r city_seconds city_rss city_cpu city_load < <(generate "$FRACTION" city "$city_dir")

summary="$(grep -E 'demo: [0-9]+ people' "$work/city.log" | tail -n 1)"
field() { echo "$summary" | grep -oE "[0-9]+ $1" | head -n 1 | cut -d' ' -f1; }
people="$(field people)"
base_people="$(grep -E 'demo: [0-9]+ people' "$work/baseline.log" | tail -n 1 | grep -oE '[0-9]+ people' | cut -d' ' -f1)"

echo "city_demo_seconds: $city_seconds"
echo "city_demo_cpu_seconds: $city_cpu"
echo "city_demo_mean_load_average: $city_load"
echo "city_demo_peak_rss_mb: $city_rss"
echo "rows_person: $people"
echo "rows_job_seeker: $(field 'job seekers')"
echo "rows_employer: $(field employers)"
echo "rows_station: $(field stations)"
echo "rows_job_posting: $(field 'job postings')"
echo "rows_gig_worker: $(field 'gig workers')"
echo "rows_gig_visit: $(field 'gig visits')"
echo "baseline_fraction: $BASELINE"
echo "baseline_demo_seconds: $base_seconds"
echo "baseline_demo_cpu_seconds: $base_cpu"
echo "baseline_demo_mean_load_average: $base_load"
echo "baseline_demo_peak_rss_mb: $base_rss"
echo "per_row_cost_ratio: $(calc "($city_seconds / $people) / ($base_seconds / $base_people)")"

# Serve the city database with the same heap and ask it a few questions.
port="$(free_port)"
"$JAVA" "$HEAP" -jar "$JAR" --server.port="$port" --qingsong.data-dir="$city_dir" \
  --qingsong.demo=true --qingsong.demo.password="$PASSWORD" >"$work/serve.log" 2>&1 &
server_pid=$!
started="$(now)"
until healthy "$port"; do
  if ! kill -0 "$server_pid" 2>/dev/null; then tail -n 40 "$work/serve.log" >&2; exit 1; fi
  sleep 1
done
echo "app_start_seconds: $(elapsed "$started")"
echo "app_health: UP"
api() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -u "admin:$PASSWORD" "http://127.0.0.1:$port$1"; }
# The postings search index is built in the background at the first start on a bulk-loaded city.
# (The demo accounts were made by the generator with $PASSWORD.)
until curl -s -u "admin:$PASSWORD" "http://127.0.0.1:$port/api/v1/search/status" | grep -q '"READY"'; do
  if ! kill -0 "$server_pid" 2>/dev/null; then tail -n 40 "$work/serve.log" >&2; exit 1; fi
  if [ "$(api /api/v1/search/status | cut -d' ' -f1)" = 401 ]; then
    echo "admin:$PASSWORD is refused; was the city made with another --qingsong.demo.password?" >&2
    exit 1
  fi
  sleep 2
done
echo "app_search_index_ready_seconds: $(elapsed "$started")"
# 保姆 (nanny); person 1 is the city's first resident, who has a job-seeker profile. The first
# recommendation loads the catalogues of every active seeker and published posting.
for path in "/api/v1/people?size=5" "/api/v1/jobs?size=20&occupationCode=EC001" "/api/v1/employers?size=5" \
  "/api/v1/people/1/job-seeker" "/api/v1/jobs/search?q=%E4%BF%9D%E5%A7%86" \
  "/api/v1/people/1/recommended-jobs?limit=10" "/api/v1/people/6/recommended-jobs?limit=10"; do
  read -r code secs < <(api "$path")
  name="$(echo "$path" | sed -E 's#/api/v1/##; s#\?.*##; s#/#_#g; s#-#_#g')"
  echo "app_api_${name}_status: $code"
  echo "app_api_${name}_seconds: $secs"
done
jcmd "$server_pid" GC.run >/dev/null 2>&1 || true
heap_kb="$(jcmd "$server_pid" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+')"
echo "app_heap_used_mb: $(calc "${heap_kb:-0} / 1024")"
echo "app_peak_rss_mb: $(peak_rss_mb "$server_pid")"
