#!/usr/bin/env bash
# Search end to end against its in-process baseline: generates a demo city into a fresh data
# directory (`demo --scale city --seed 42` with --scale city, else `demo --seed 42 --people N`),
# rebuilds the search index with the `reindex` command, starts the server with -Xmx2g, then runs
# the harness (org.qingsong.matching.search.SearchBenchmark, from the same jar): N random realistic
# queries (occupation words in Chinese and English, kinds, pay floors, a location near a posting
# with a 2-20 km radius) over HTTP and the same queries directly on the server's Lucene index opened
# read-only in the harness's JVM, alternating query by query after a warm-up. The HTTP client is
# Apache HttpCore's blocking HTTP/1.1 connection, kept alive (`--client jdk`: the JDK's
# HttpURLConnection instead, which adds its own work to every request). Prints one
# `name: value` line per figure; the targets are search_p50_ratio <= 1.3 and search_p99_ratio <= 1.5.
#
#   bench/search.sh                        # small: demo --people 20000
#   bench/search.sh --people 2000 --queries 200 --warmup 100
#   bench/search.sh --scale city           # 1M residents, 100k open postings
#   bench/search.sh --scale city --fraction 0.1   # a tenth of it
#   bench/search.sh --data DIR --client jdk        # a city made before, the JDK's client
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SCALE=""
FRACTION=""
PEOPLE="${PEOPLE:-20000}"
QUERIES="${QUERIES:-2000}"
WARMUP="${WARMUP:-20000}" # the server's JIT needs thousands of requests before its timings settle
SEED="${SEED:-42}"
HEAP="${HEAP:-2g}"
TIMEOUT="${TIMEOUT:-1800}"
DATA=""
CLIENT="${CLIENT:-httpcore}"
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --fraction) FRACTION="$2"; shift 2 ;; # with --scale city: that share of the city
    --people) PEOPLE="$2"; shift 2 ;;
    --queries) QUERIES="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;; # reuse a data directory generated before (kept afterwards)
    --client) CLIENT="$2"; shift 2 ;; # httpcore (default) or jdk
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ensure_jar
describe_machine

work="$(mktemp -d -t qingsong-search.XXXXXX)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$DATA" ]; then
  DATA="$work/data"
  if [ "$SCALE" = "city" ]; then
    generation=(demo --scale city --seed "$SEED" ${FRACTION:+--fraction "$FRACTION"})
  else
    generation=(demo --seed "$SEED" --people "$PEOPLE")
  fi
  echo "generating: ${generation[*]} ..." >&2
  started="$(now)"
  if ! "$JAVA" -Xmx"$HEAP" -jar "$JAR" "${generation[@]}" --qingsong.data-dir="$DATA" \
    >"$work/demo.log" 2>&1; then
    echo "the demo command failed; last lines of its output:" >&2
    tail -n 40 "$work/demo.log" >&2
    exit 1
  fi
  echo "  generated in $(elapsed "$started") s" >&2
fi

echo "reindex ..." >&2
started="$(now)"
if ! "$JAVA" -Xmx"$HEAP" -jar "$JAR" reindex --qingsong.data-dir="$DATA" >"$work/reindex.log" 2>&1; then
  echo "reindex failed; last lines of its output:" >&2
  tail -n 40 "$work/reindex.log" >&2
  exit 1
fi
grep '^reindex: .* done, ' "$work/reindex.log" | sed 's/^/  /' >&2
echo "search_reindex_seconds: $(elapsed "$started")"

port="$(free_port)"
"$JAVA" -Xmx"$HEAP" -jar "$JAR" --server.port="$port" --qingsong.data-dir="$DATA" \
  --qingsong.demo=false >"$work/server.log" 2>&1 &
pid=$!
started="$(now)"
# ready PORT: the search API answers 200 (health is UP and the index's first build is done).
ready() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /api/v1/jobs/search?size=1 HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    head -n 1 <&3 | grep -q ' 200 '
  ) 2>/dev/null
}
until healthy "$port" && ready "$port"; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "the server exited before it was up; last lines of its log:" >&2
    tail -n 40 "$work/server.log" >&2
    exit 1
  fi
  if [ "$(elapsed "$started" | cut -d. -f1)" -ge "$TIMEOUT" ]; then
    echo "the server was not ready within ${TIMEOUT}s; last lines of its log:" >&2
    tail -n 40 "$work/server.log" >&2
    exit 1
  fi
  sleep 0.2
done

"$JAVA" -cp "$JAR" -Dloader.main=org.qingsong.matching.search.SearchBenchmark \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --url "http://127.0.0.1:$port" --index "$DATA/index" --queries "$QUERIES" \
  --warmup "$WARMUP" --seed "$SEED" --client "$CLIENT"
echo "search_server_peak_rss_mb: $(peak_rss_mb "$pid")"
