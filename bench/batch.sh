#!/usr/bin/env bash
# City-wide batch recommendations: every seeker's top ten postings, next to the baseline of one
# Lucene query per seeker, on the same data in the same run. Prints one `name: value` line per
# figure: batch_seconds, batch_baseline_seconds (extrapolated from a sample, the sample size is
# printed), batch_ratio (target <= 0.2), batch_recall_at_10 against exhaustive exact scoring on a
# 2,000-seeker sample (target >= 0.95), batch_seekers, batch_postings.
#
# The data are generated in-process by a deterministic generator (SyntheticCity, seed 42) at city
# scale, because the database city (`demo --scale city`) is not available yet; the batch figure is
# the scoring of a batch run (all cores, chunks of 2,000), without its database reads and writes.
#
#   bench/batch.sh          SEEKERS=20000 POSTINGS=10000 SAMPLE=500 bench/batch.sh
set -Eeuo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SEEKERS="${SEEKERS:-200000}"
POSTINGS="${POSTINGS:-100000}"
SAMPLE="${SAMPLE:-2000}"
SEED="${SEED:-42}"

ensure_jar
describe_machine
"$JAVA" -Xmx2g -Dloader.main=org.qingsong.matching.batch.BatchBenchmark -cp "$JAR" \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --seekers "$SEEKERS" --postings "$POSTINGS" --sample "$SAMPLE" --seed "$SEED"
