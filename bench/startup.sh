#!/usr/bin/env bash
# Start-up time of the packaged jar: starts `java -jar target/qingsong.jar` N times (default 3),
# each on a fresh data directory with demo mode on (so each run is a first start that also fills the
# demo data), and reports the median seconds from launch to /actuator/health UP and the peak RSS.
#
#   bench/startup.sh          N=5 bench/startup.sh          TIMEOUT=180 bench/startup.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

N="${N:-3}"
TIMEOUT="${TIMEOUT:-120}"

ensure_jar
describe_machine

work="$(mktemp -d -t qingsong-startup.XXXXXX)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

seconds=()
rss=()
for run in $(seq 1 "$N"); do
  port="$(free_port)"
  data="$work/data-$run"
  log="$work/run-$run.log"
  started="$(now)"
  "$JAVA" -jar "$JAR" --server.port="$port" --qingsong.data-dir="$data" --qingsong.demo=true \
    >"$log" 2>&1 &
  pid=$!
  until healthy "$port"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run $run: the server exited before it was up; last lines of its log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    if [ "$(elapsed "$started" | cut -d. -f1)" -ge "$TIMEOUT" ]; then
      echo "run $run: not UP within ${TIMEOUT}s; last lines of its log:" >&2
      tail -n 40 "$log" >&2
      exit 1
    fi
    sleep 0.1
  done
  took="$(elapsed "$started")"
  peak="$(peak_rss_mb "$pid")"
  seconds+=("$took")
  rss+=("$peak")
  printf 'run %d: UP after %6.2f s, peak RSS %5s MB\n' "$run" "$took" "$peak"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
done

printf '\nstart-up to health UP (first start, demo data on), %d runs:\n' "$N"
printf '  median %s s (min %s s, max %s s)\n' "$(median "${seconds[@]}")" \
  "$(printf '%s\n' "${seconds[@]}" | sort -g | head -n 1)" \
  "$(printf '%s\n' "${seconds[@]}" | sort -g | tail -n 1)"
printf '  peak RSS median %s MB (max %s MB)\n' "$(median "${rss[@]}" | cut -d. -f1)" \
  "$(printf '%s\n' "${rss[@]}" | sort -g | tail -n 1)"
