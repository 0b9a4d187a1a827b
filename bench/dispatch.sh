#!/usr/bin/env bash
# Dispatch of a city day: 1,000 visits to 300 workers made in-process by the city demo's own
# generator (demo/CityGigDay, seed 42), solved by the application's Timefold dispatcher with 10 x B
# and then (on the warm JVM) with a budget B; prints hard violations, visits left (the medium
# level) and the soft score of both, whether hard and medium are equal, the soft gap
# (best10x - short) / |best10x| (target: 0 hard, same medium, gap <= 2 %, B <= 30 s) and the
# moves evaluated a second. Takes about 11 x B.
#
#   bench/dispatch.sh          BUDGET=10 bench/dispatch.sh          WORKERS=200 bench/dispatch.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"

VISITS="${VISITS:-1000}"
WORKERS="${WORKERS:-300}"
BUDGET="${BUDGET:-30}" # seconds: the budget the README's figures and the 2 % target are for
cp="$(bench_classpath)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load_average: $(cut -d" " -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
"$JAVA" -Xmx2g -cp "$cp" org.qingsong.matching.bench.DispatchBenchmark "$VISITS" "$WORKERS" "$BUDGET"
