# Shared by the bench/ scripts: locating and building the jar, timing, free ports, health checks.
# Source it; it does not run anything by itself.

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$BENCH_ROOT/target/qingsong.jar"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# Builds target/qingsong.jar (without tests) unless it is already there.
ensure_jar() {
  if [ ! -f "$JAR" ]; then
    echo "building $JAR (./mvnw -q -DskipTests package)"
    (cd "$BENCH_ROOT" && ./mvnw -q -DskipTests package)
  fi
}

# Seconds since the epoch, with nanoseconds.
now() { date +%s.%N; }

# elapsed START [END]: seconds between two `now` readings, to two decimals.
elapsed() { awk -v a="$1" -v b="${2:-$(now)}" 'BEGIN { printf "%.2f", b - a }'; }

# calc EXPRESSION: floating-point arithmetic without bc, to two decimals.
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

# median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# A TCP port on localhost that nothing is listening on.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# healthy PORT: true when /actuator/health on localhost:PORT answers UP (needs no curl).
healthy() {
  (
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
    grep -q '"UP"' <&3
  ) 2>/dev/null
}

# peak_rss_mb PID: the process's peak resident set size so far (VmHWM), in MB.
peak_rss_mb() {
  awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null
}

# Prints the machine a figure was measured on, so that results can be compared fairly.
describe_machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
  echo "java:    $("$JAVA" -version 2>&1 | head -n 1)"
  echo "jar:     $JAR ($(du -m "$JAR" | cut -f1) MB)"
}
