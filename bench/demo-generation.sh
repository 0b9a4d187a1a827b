#!/usr/bin/env bash
# Demo-data generation time: runs `java -jar target/qingsong.jar demo --seed 42 --people 100000`
# into a fresh data directory and, side by side on the same machine, a baseline run with
# --people 10000. Prints the seconds for each, the per-person cost ratio (100k per person / 10k per
# person: about 1 means linear scaling, above 1 means it gets slower per person as the data grows)
# and the 100k time as a ratio of the 60 s target (below 1 meets the target).
#
#   bench/demo-generation.sh          PEOPLE=200000 BASELINE=20000 bench/demo-generation.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PEOPLE="${PEOPLE:-100000}"
BASELINE="${BASELINE:-10000}"
SEED="${SEED:-42}"
TARGET_SECONDS="${TARGET_SECONDS:-60}"

ensure_jar
describe_machine

work="$(mktemp -d -t qingsong-demo.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# generate COUNT: runs the demo command into a fresh data directory and prints its seconds.
generate() {
  local count="$1" log="$work/demo-$1.log" started took
  started="$(now)"
  if ! "$JAVA" -jar "$JAR" demo --seed "$SEED" --people "$count" \
    --qingsong.data-dir="$work/data-$count" >"$log" 2>&1; then
    echo "demo --people $count failed; last lines of its output:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  took="$(elapsed "$started")"
  echo "  demo --people $count: $took s ($(calc "$count / $took" | cut -d. -f1) people/s)" >&2
  # The command's own summary (generation time without JVM start-up and schema migration).
  grep -E 'demo: [0-9]+ people' "$log" | tail -n 1 | sed 's/^.* : /    reported: /' >&2 || true
  echo "$took"
}

echo "generating (seed $SEED) ..."
baseline_seconds="$(generate "$BASELINE")"
people_seconds="$(generate "$PEOPLE")"

per_person_ratio="$(calc "($people_seconds / $PEOPLE) / ($baseline_seconds / $BASELINE)")"
target_ratio="$(calc "$people_seconds / $TARGET_SECONDS")"

echo
printf '%-34s %8s s\n' "baseline: demo --people $BASELINE" "$baseline_seconds"
printf '%-34s %8s s\n' "demo --people $PEOPLE" "$people_seconds"
printf '%-34s %8s\n' "per-person cost ratio" "$per_person_ratio"
printf '%-34s %8s  (%s s / %s s target)\n' "ratio to target" "$target_ratio" \
  "$people_seconds" "$TARGET_SECONDS"
if awk -v t="$people_seconds" -v g="$TARGET_SECONDS" 'BEGIN { exit !(t < g) }'; then
  echo "target met: $PEOPLE people in under $TARGET_SECONDS s"
else
  echo "target MISSED: $PEOPLE people took $people_seconds s (target $TARGET_SECONDS s)"
fi
