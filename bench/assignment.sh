#!/usr/bin/env bash
# One-to-one assignment at n = 2,000 (random integer fits 0-1,000, seed 42): the library solver
# (OR-Tools LinearSumAssignment, as the application uses it) against an independent exact method
# (the Hungarian method with potentials, written in the benchmark) on the same matrix; prints both
# optima, whether they are equal, both times and their ratio.
#
#   bench/assignment.sh          N=500 bench/assignment.sh          SEED=7 bench/assignment.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/classpath.sh"

N="${N:-2000}"
SEED="${SEED:-42}"
cp="$(bench_classpath)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
"$JAVA" -Xmx2g -cp "$cp" org.qingsong.matching.bench.AssignmentBenchmark "$N" "$SEED"
