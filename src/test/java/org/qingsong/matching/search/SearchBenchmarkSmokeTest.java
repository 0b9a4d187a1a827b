package org.qingsong.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search benchmark's harness on the small test city: checks that it runs and prints every
 * figure as a {@code name: value} line, and that HTTP and the in-process index agree on every
 * query's total. It does not judge the speed: bench/search.sh does that on a quiet machine.
 */
@H2App
class SearchBenchmarkSmokeTest {
  @LocalServerPort int port;
  @Autowired SearchIndexes indexes;
  @Autowired PostingIndexer postings;

  @Test
  void printsEveryFigureOnItsOwnLine() throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!postings.isReady() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SearchBenchmark.run(
        "http://localhost:" + port,
        indexes.postings().directory(),
        40,
        10,
        7,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    Map<String, String> figures = new LinkedHashMap<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
      assertThat(line).matches("[a-z0-9_]+: -?[0-9]+(\\.[0-9]+)?");
      String[] parts = line.split(": ");
      figures.put(parts[0], parts[1]);
    }
    assertThat(figures)
        .containsKeys(
            "search_http_p50_ms",
            "search_http_p99_ms",
            "search_lucene_p50_ms",
            "search_lucene_p99_ms",
            "search_server_search_p50_ms",
            "search_server_search_p99_ms",
            "search_http_overhead_p50_ms",
            "search_p50_ratio",
            "search_p99_ratio");
    assertThat(figures.get("search_queries")).isEqualTo("40");
    assertThat(figures.get("search_total_mismatches")).isEqualTo("0");
    assertThat(Double.parseDouble(figures.get("search_http_p50_ms"))).isPositive();
    // The server's own search time comes from its Server-Timing header.
    assertThat(Double.parseDouble(figures.get("search_server_search_p50_ms"))).isPositive();
    assertThat(Long.parseLong(figures.get("search_index_documents"))).isPositive();
  }
}
