#!/usr/bin/env bash
# Every benchmark of issue-level targets in one run, at city scale by default. Generates the city
# once (`demo --scale city --seed 42` with -Xmx2g, next to a 1/10 baseline, then the application
# started on it with -Xmx2g), then runs on that same database the search benchmark (HTTP against
# the same queries on the Lucene index in-process) and the city-wide batch as the `recommend`
# command, and the in-process benchmarks: the batch's scoring against a loop of per-seeker Lucene
# queries with recall@10, the Timefold dispatch at budget B against 10 x B, and the one-to-one
# assignment against an independent exact method. Every figure is one `name: value` line on
# standard output (progress goes to standard error); at the end one `target_…` line per target
# says `met` or `NOT met` with the figure. Exits 0 whatever the figures are; 1 when a benchmark
# failed to run.
#
#   bench/all.sh                       # city scale (about 50 minutes on 2 cores)
#   bench/all.sh --data DIR            # reuse a city data directory (kept), skip the generation
#   bench/all.sh --fraction 0.1        # a tenth of the city for everything that reads the database
#   bench/all.sh --small               # minutes: checks that every script runs, not the targets
set -Eeuo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"

DATA=""
FRACTION=1
SMALL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --fraction) FRACTION="$2"; shift 2 ;;
    --small) SMALL=1; shift ;;
    *) echo "unknown option $1 (use --data DIR, --fraction F or --small)" >&2; exit 2 ;;
  esac
done

ensure_jar
describe_machine >&2
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

work="$(mktemp -d -t qingsong-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
out="$work/figures.txt"
: >"$out"

# step NAME COMMAND...: runs one benchmark, copying its `name: value` lines to stdout and $out.
failed=0
step() {
  local name="$1"
  shift
  echo "==> $name: $*" >&2
  local started
  started="$(now)"
  if "$@" > >(tee -a "$out") 2> >(sed "s/^/    [$name] /" >&2); then
    echo "    [$name] done in $(elapsed "$started") s" >&2
  else
    echo "    [$name] FAILED after $(elapsed "$started") s" >&2
    failed=1
  fi
  wait
}

if [ -n "$SMALL" ]; then
  step city-demo env FRACTION=0.002 BASELINE=0.001 "$here/city-demo.sh"
  step search "$here/search.sh" --people 2000 --queries 200 --warmup 100
  step batch env SEEKERS=4000 POSTINGS=2000 SAMPLE=200 "$here/batch.sh"
  step dispatch env VISITS=100 WORKERS=30 BUDGET=1 "$here/dispatch.sh"
  step assignment env N=200 "$here/assignment.sh"
else
  if [ -z "$DATA" ]; then
    DATA="$work/city"
    step city-demo env FRACTION="$FRACTION" KEEP_DATA="$DATA" "$here/city-demo.sh"
  fi
  step search "$here/search.sh" --data "$DATA"
  step batch-db "$here/batch-db.sh" --data "$DATA"
  step batch "$here/batch.sh"
  step dispatch "$here/dispatch.sh"
  step assignment "$here/assignment.sh"
fi

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# target NAME OP LIMIT: one verdict line from a figure of this run.
target() {
  awk -v name="$1" -v op="$2" -v limit="$3" -F': ' '
    $1 == name { v = $2; found = 1 }
    END {
      if (!found) { printf "target_%s: not measured\n", name; exit }
      x = v + 0; a = (x < 0 ? -x : x)
      ok = (op == "<=" && x <= limit) || (op == ">=" && x >= limit) || (op == "==" && v == limit) \
        || (op == "abs<=" && a <= limit)
      printf "target_%s: %s (%s %s) %s\n", name, v, (op == "abs<=" ? "|x| <=" : op), limit, \
        ok ? "met" : "NOT met"
    }' "$out"
}
target search_p50_ratio "<=" 1.3
target search_p99_ratio "<=" 1.5
target batch_ratio "<=" 0.2
target batch_seconds "<=" 300
target batch_db_seconds "<=" 300
target batch_recall_at_10 ">=" 0.95
target dispatch_hard_violations "==" 0
target dispatch_same_hard_and_medium "==" 1
target dispatch_soft_gap_pct "abs<=" 2
target dispatch_budget_s "<=" 30
target assignment_equal "==" true
target app_health "==" UP
exit "$failed"
