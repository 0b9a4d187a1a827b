package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.it.RunningJar.CommandResult;
import org.qingsong.support.Api;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar target/qingsong.jar demo --seed 42 --people 5000} builds the demo city and exits
 * cleanly; the same seed builds the same city; and the server started on the result serves it.
 */
class DemoCommandIT {
  private static final Logger log = LoggerFactory.getLogger(DemoCommandIT.class);
  private static final Duration DEMO_TIMEOUT = Duration.ofSeconds(180);
  private static final int PEOPLE = 5000;

  /** The line in which the command reports how many people it made. */
  private static final Pattern PEOPLE_SUMMARY =
      Pattern.compile("(?i).*\\b" + PEOPLE + "\\b.*\\b(people|persons|residents)\\b.*");

  /** Spring Boot's console prefix (time, level, pid, thread, logger) up to the message. */
  private static final Pattern LOG_PREFIX = Pattern.compile("^.*?\\s:\\s");

  /** Whatever varies between two identical runs: durations and rates. */
  private static final Pattern TIMINGS =
      Pattern.compile("\\d+(?:[.,]\\d+)?\\s*(?:ms|s|seconds?|秒)\\b|\\d+(?:[.,]\\d+)?\\s*\\S*/s\\b");

  @TempDir Path firstDir;
  @TempDir Path secondDir;

  private RunningJar server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theDemoCommandBuildsTheSameCityForTheSameSeedAndTheServerServesIt() throws Exception {
    String first = runDemo("demo-first", firstDir);
    String second = runDemo("demo-second", secondDir);
    assertThat(second).as("the summary of a second run with the same seed").isEqualTo(first);

    server = RunningJar.start("demo-serve", firstDir, "--qingsong.demo=true");
    Api.Response people = server.api().as("admin").get("/api/v1/people?size=1");
    assertThat(people.status()).as("GET /api/v1/people: %s", people).isEqualTo(200);
    assertThat(people.json().path("total").asLong()).isGreaterThanOrEqualTo(PEOPLE);
  }

  /** Runs the demo command and returns its summary line without timings. */
  private static String runDemo(String name, Path dataDir) throws Exception {
    CommandResult result =
        RunningJar.run(
            name,
            DEMO_TIMEOUT,
            "demo",
            "--seed",
            "42",
            "--people",
            String.valueOf(PEOPLE),
            "--qingsong.data-dir=" + dataDir.toAbsolutePath(),
            "--qingsong.demo.password=" + RunningJar.PASSWORD);
    assertThat(result.exitCode()).as("exit code of demo:\n" + result.output()).isZero();
    List<String> summaries =
        result.output().lines().filter(l -> PEOPLE_SUMMARY.matcher(l).matches()).toList();
    assertThat(summaries)
        .as("a line saying that the demo command made %d people, in:\n%s", PEOPLE, result.output())
        .isNotEmpty();
    String summary = summaries.get(summaries.size() - 1);
    log.info("demo --people {} took {} ms: {}", PEOPLE, result.elapsed().toMillis(), summary);
    return TIMINGS.matcher(LOG_PREFIX.matcher(summary).replaceFirst("")).replaceAll("").strip();
  }
}
