# Sourced by the in-process benchmarks: compiles main and test code and prints the classpath that
# runs them (test classes, main classes and every dependency, test scope included).
bench_classpath() {
  (cd "$BENCH_ROOT" && ./mvnw -q test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2)
  echo "$BENCH_ROOT/target/test-classes:$BENCH_ROOT/target/classes:$(cat "$BENCH_ROOT/target/bench-classpath.txt")"
}
