package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.qingsong.support.Api;
import org.qingsong.support.TestAccounts;

/**
 * The packaged {@code target/qingsong.jar} started as a child process, the way an operator starts
 * it, with its console output captured under {@code target/it-logs/}. Every wait is bounded; tests
 * must {@link #close()} (or {@link #kill()}) what they start.
 */
final class RunningJar implements AutoCloseable {
  static final Path JAR = Path.of("target", "qingsong.jar").toAbsolutePath();
  static final String PASSWORD = TestAccounts.PASSWORD;
  static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);

  private static final Path LOGS = Path.of("target", "it-logs").toAbsolutePath();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final Process process;
  private final Path log;
  private final int port;
  private final Duration startupTime;

  private RunningJar(Process process, Path log, int port, Duration startupTime) {
    this.process = process;
    this.log = log;
    this.port = port;
    this.startupTime = startupTime;
  }

  /**
   * Starts the server on a free port with its H2 files in {@code dataDir} and the test password for
   * the demo accounts, and returns once {@code /actuator/health} reports UP.
   */
  static RunningJar start(String name, Path dataDir, String... extraArgs)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> args = new ArrayList<>();
    args.add("--server.port=" + port);
    args.add("--qingsong.data-dir=" + dataDir.toAbsolutePath());
    args.add("--qingsong.demo.password=" + PASSWORD);
    args.addAll(List.of(extraArgs));
    Path log = logFile(name);
    long started = System.nanoTime();
    Process process = launch(log, args);
    try {
      awaitHealthy(process, log, port);
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      stop(process);
      throw e;
    }
    return new RunningJar(process, log, port, Duration.ofNanos(System.nanoTime() - started));
  }

  /** Runs the jar as a command-line tool (e.g. {@code demo ...}) and waits for it to finish. */
  static CommandResult run(String name, Duration timeout, String... args)
      throws IOException, InterruptedException {
    Path log = logFile(name);
    long started = System.nanoTime();
    Process process = launch(log, List.of(args));
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        fail("'" + String.join(" ", args) + "' did not finish within " + timeout + tail(log));
      }
    } finally {
      stop(process);
    }
    return new CommandResult(
        process.exitValue(), read(log), Duration.ofNanos(System.nanoTime() - started));
  }

  /** What a finished command left behind: its exit code, its console output and how long it ran. */
  record CommandResult(int exitCode, String output, Duration elapsed) {}

  Duration startupTime() {
    return startupTime;
  }

  /** A client for this server's HTTP API and pages. */
  Api api() {
    return Api.on(port);
  }

  /** Kills the process without giving it any chance to clean up, as {@code kill -9} does. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      fail("process " + process.pid() + " survived SIGKILL for 30 s");
    }
  }

  /** Asks the server to shut down gracefully, and kills it if it has not stopped in 30 s. */
  @Override
  public void close() {
    stop(process);
  }

  @Override
  public String toString() {
    return "qingsong.jar on port " + port + " (pid " + process.pid() + ", log " + log + ")";
  }

  private static Process launch(Path log, List<String> args) throws IOException {
    assertThat(JAR).as("the packaged jar (run 'mvnw package' first)").isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private static void awaitHealthy(Process process, Path log, int port)
      throws IOException, InterruptedException {
    HttpRequest health =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
            .timeout(Duration.ofSeconds(5))
            .GET()
            .build();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail(
            "the server exited with code " + process.exitValue() + " before it was up" + tail(log));
      }
      try {
        HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        // not listening yet, or the connection dropped while it was starting
        last = e.toString();
      }
      Thread.sleep(200);
    }
    fail("the server was not UP within " + STARTUP_TIMEOUT + " (last: " + last + ")" + tail(log));
  }

  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static Path logFile(String name) throws IOException {
    Files.createDirectories(LOGS);
    return Files.createTempFile(LOGS, name + "-", ".log");
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = read(log).lines().toList();
    return "\n--- last lines of "
        + log
        + " ---\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  /** Decodes leniently: a stray byte in a child's console must not hide the rest of it. */
  private static String read(Path log) throws IOException {
    return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
