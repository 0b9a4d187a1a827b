#!/usr/bin/env bash
# The city-wide batch end to end on a database city: `java -Xmx2g -jar target/qingsong.jar
# recommend` (start-up, postings read once, active seekers read a chunk at a time, every seeker's
# top ten scored on all cores, 10 results per seeker written with their checkpoint). Prints
# batch_db_seconds (the whole command, start-up included), batch_db_run_seconds (the run, from its
# own rate), batch_db_seekers, batch_db_postings, batch_db_seekers_per_second and the peak RSS.
# The target (<= 300 s for 200,000 x 100,000) holds for this figure too: bench/all.sh checks
# batch_db_seconds next to batch.sh's scoring-only batch_seconds.
#
#   bench/batch-db.sh --data DIR                  # a data directory made by `demo --scale city`
#   bench/batch-db.sh --fraction 0.1              # generate a tenth of the city first
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

DATA=""
FRACTION=""
SEED="${SEED:-42}"
HEAP="${HEAP:-2g}"
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --fraction) FRACTION="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$DATA" ] && [ -z "$FRACTION" ]; then
  echo "give --data DIR (a city made before) or --fraction F (generate one)" >&2
  exit 2
fi

ensure_jar
work="$(mktemp -d -t qingsong-batch-db.XXXXXX)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "$DATA" ]; then
  DATA="$work/data"
  echo "generating: demo --scale city --fraction $FRACTION ..." >&2
  "$JAVA" -Xmx"$HEAP" -jar "$JAR" demo --scale city --seed "$SEED" --fraction "$FRACTION" \
    --qingsong.data-dir="$DATA" >"$work/demo.log" 2>&1 || {
    tail -n 40 "$work/demo.log" >&2
    exit 1
  }
fi

started="$(now)"
"$JAVA" -Xmx"$HEAP" -jar "$JAR" recommend --qingsong.data-dir="$DATA" --qingsong.demo=false \
  >"$work/recommend.log" 2>&1 &
pid=$!
rss=0
while kill -0 "$pid" 2>/dev/null; do
  r="$(peak_rss_mb "$pid")"
  [ -n "$r" ] && rss="$r"
  sleep 1
done
if ! wait "$pid"; then
  pid=""
  echo "the recommend command did not complete; last lines of its output:" >&2
  tail -n 40 "$work/recommend.log" >&2
  exit 1
fi
pid=""
seconds="$(elapsed "$started")"
line="$(grep -o 'recommend: run .*' "$work/recommend.log" | tail -n 1)"
echo "  $line" >&2
# recommend: run ID COMPLETED: P/T seekers, N postings, C chunks, R seekers/s
processed="$(sed -E 's#.*: ([0-9]+)/([0-9]+) seekers.*#\1#' <<<"$line")"
postings="$(sed -E 's#.* ([0-9]+) postings.*#\1#' <<<"$line")"
rate="$(sed -E 's#.*chunks, ([0-9.]+) seekers/s.*#\1#' <<<"$line")"
echo "batch_db_seconds: $seconds"
echo "batch_db_seekers: $processed"
echo "batch_db_postings: $postings"
echo "batch_db_seekers_per_second: $rate"
if [[ "$rate" =~ ^[0-9.]+$ ]] && [ "$rate" != 0 ]; then
  echo "batch_db_run_seconds: $(calc "$processed / $rate")"
fi
echo "batch_db_peak_rss_mb: $rss"
