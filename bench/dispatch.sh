#!/usr/bin/env bash
# Dispatch of a city day: 1,000 visits to 200 workers made in-process with the city demo's shapes
# (seed 42), solved by the application's Timefold dispatcher with a budget B and again with 10 x B;
# prints hard violations, unassigned visits, the soft score, the best soft score of the long run
# and the gap between them (target: 0 hard, gap <= 2 %). Takes about 11 x B.
#
#   bench/dispatch.sh          BUDGET=30 bench/dispatch.sh          WORKERS=300 bench/dispatch.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"

VISITS="${VISITS:-1000}"
WORKERS="${WORKERS:-200}"
BUDGET="${BUDGET:-15}"
cp="$(bench_classpath)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
"$JAVA" -Xmx2g -cp "$cp" org.qingsong.matching.bench.DispatchBenchmark "$VISITS" "$WORKERS" "$BUDGET"
