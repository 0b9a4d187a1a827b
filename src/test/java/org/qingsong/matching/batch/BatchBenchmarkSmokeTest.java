package org.qingsong.matching.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The batch benchmark at a tiny scale: the output's shape only, never its speed. */
class BatchBenchmarkSmokeTest {

  @Test
  void printsEveryFigureAsNameValueLines() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BatchBenchmark.run(
        new String[] {"--seekers", "3000", "--postings", "1500", "--sample", "300", "--seed", "7"},
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Map<String, String> figures = new LinkedHashMap<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      assertThat(line).matches("[a-z0-9_]+: .+");
      figures.put(line.substring(0, line.indexOf(':')), line.substring(line.indexOf(':') + 2));
    }
    assertThat(figures)
        .containsKeys(
            "batch_seconds",
            "batch_baseline_seconds",
            "batch_baseline_sample",
            "batch_ratio",
            "batch_recall_at_10",
            "batch_seekers",
            "batch_postings");
    assertThat(figures.get("batch_seekers")).isEqualTo("3000");
    assertThat(figures.get("batch_postings")).isEqualTo("1500");
    assertThat(figures.get("batch_baseline_sample")).isEqualTo("300");
    assertThat(figures.get("batch_baseline_seconds")).contains("extrapolated from 300 seekers");
    // The candidate search is exact, so the batch finds what exhaustive scoring finds.
    assertThat(Double.parseDouble(figures.get("batch_recall_at_10"))).isEqualTo(1.0);
    assertThat(Long.parseLong(figures.get("batch_results"))).isPositive();
  }
}
