package org.qingsong.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.qingsong.support.H2App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published API document is what client writers read first, so it must be a valid OpenAPI
 * document: it is fetched from the running application and linted by Spectral's {@code
 * spectral:oas} ruleset, and any error fails the build. Warnings are counted in the log but
 * tolerated.
 */
@H2App
class OpenApiLintTest {
  private static final Logger log = LoggerFactory.getLogger(OpenApiLintTest.class);
  private static final Path SPECTRAL_DIR = Path.of("tools", "spectral").toAbsolutePath();
  private static final Path SPECTRAL = SPECTRAL_DIR.resolve("node_modules/.bin/spectral");
  private static final Path RULESET = SPECTRAL_DIR.resolve(".spectral.yaml");
  private static final Path DOCUMENT = Path.of("target", "openapi.json").toAbsolutePath();
  private static final Path REPORT = Path.of("target", "spectral-report.json").toAbsolutePath();
  private static final Duration LINT_TIMEOUT = Duration.ofMinutes(3);
  private static final int SEVERITY_ERROR = 0;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void apiDocumentLintsWithoutErrorsUnderTheOpenApiRuleset(@LocalServerPort int port)
      throws IOException, InterruptedException {
    String document = fetchApiDocument(port);
    Files.createDirectories(DOCUMENT.getParent());
    Files.writeString(DOCUMENT, document, StandardCharsets.UTF_8);

    JsonNode root = JSON.readTree(document);
    assertThat(root.path("openapi").asString()).startsWith("3.");
    assertThat(root.path("paths").has("/api/v1/people"))
        .as("the API document lists /api/v1/people")
        .isTrue();

    Assumptions.assumeTrue(
        Files.isExecutable(SPECTRAL), "Spectral CLI not installed: run npm ci in tools/spectral");

    List<String> errors = new ArrayList<>();
    Map<String, Integer> warningsByRule = new TreeMap<>();
    for (JsonNode result : lint()) {
      String rule = result.path("code").asString();
      if (result.path("severity").asInt() == SEVERITY_ERROR) {
        errors.add(rule + " at " + result.path("path") + ": " + result.path("message").asString());
      } else {
        warningsByRule.merge(rule, 1, Integer::sum);
      }
    }
    log.info(
        "Spectral: {} error(s); warnings and hints by rule: {} (details in {})",
        errors.size(),
        warningsByRule,
        REPORT);
    if (!errors.isEmpty()) {
      fail(
          "Spectral found "
              + errors.size()
              + " error(s) in "
              + DOCUMENT
              + ":\n  "
              + String.join("\n  ", errors));
    }
  }

  private static String fetchApiDocument(int port) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as("GET /v3/api-docs").isEqualTo(200);
    return response.body();
  }

  /** Runs the pinned Spectral CLI and returns its results (all severities) as a JSON array. */
  private static JsonNode lint() throws IOException, InterruptedException {
    Files.deleteIfExists(REPORT);
    Path console = Files.createTempFile("spectral", ".log");
    try {
      Process process =
          new ProcessBuilder(
                  SPECTRAL.toString(),
                  "lint",
                  DOCUMENT.toString(),
                  "--ruleset",
                  RULESET.toString(),
                  "-f",
                  "json",
                  "-o",
                  REPORT.toString())
              .redirectErrorStream(true)
              .redirectOutput(console.toFile())
              .start();
      if (!process.waitFor(LINT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        fail("Spectral did not finish within " + LINT_TIMEOUT);
      }
      // 0: no errors, 1: errors found (listed in the report); anything else is a failed run.
      int exit = process.exitValue();
      String output = Files.readString(console, StandardCharsets.UTF_8);
      if ((exit != 0 && exit != 1) || !Files.exists(REPORT)) {
        fail("Spectral failed to run (exit " + exit + "):\n" + output);
      }
      JsonNode results = JSON.readTree(Files.readString(REPORT, StandardCharsets.UTF_8));
      assertThat(results.isArray()).as("Spectral's JSON report is an array").isTrue();
      return results;
    } finally {
      Files.deleteIfExists(console);
    }
  }
}
