package org.qingsong.matching.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.search.SearchBenchmark.Answer;
import org.qingsong.matching.search.SearchBenchmark.Sample;
import org.qingsong.matching.search.SearchBenchmark.SearchClient;
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
    awaitIndex();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SearchBenchmark.run(
        "http://localhost:" + port,
        indexes.postings().directory(),
        40,
        10,
        7,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertFigures(bytes);
  }

  @Test
  void theJdkClientGivesTheSameFigures() throws Exception {
    awaitIndex();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (SearchClient jdk = SearchClient.named("jdk", "http://localhost:" + port)) {
      SearchBenchmark.run(
          jdk,
          indexes.postings().directory(),
          40,
          10,
          7,
          new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }
    assertFigures(bytes);
    assertThatThrownBy(() -> SearchClient.named("curl", "http://localhost:" + port))
        .hasMessageContaining("unknown client curl");
  }

  @Test
  void theKeptAliveConnectionOutlivesTheServersKeepAliveLimit() throws Exception {
    awaitIndex();
    Sample everything =
        new Sample(
            "size=5",
            JobSearchQuery.parse(
                null, null, null, null, null, null, null, null, null, null, null, null, null));
    // Tomcat closes a kept-alive connection after 100 requests: the client opens a new one.
    try (SearchClient http = SearchClient.named("httpcore", "http://localhost:" + port)) {
      for (int i = 0; i < 250; i++) {
        Answer a = http.search(everything);
        assertThat(a.body()).startsWith("{\"items\":[").contains("\"size\":5");
        assertThat(a.serverTiming()).contains("search;dur=");
      }
      Sample wrong =
          new Sample(
              "payMin=abc",
              JobSearchQuery.parse(
                  null, null, null, null, null, null, null, null, null, null, null, null, null));
      assertThatThrownBy(() -> http.search(wrong))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("search answered 400 for payMin=abc");
      // An error answer leaves the connection usable.
      assertThat(http.search(everything).body()).contains("\"total\":");
    }
  }

  private void awaitIndex() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!postings.isReady() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  private static void assertFigures(ByteArrayOutputStream bytes) {
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
            "search_server_prepare_p50_ms",
            "search_http_overhead_p50_ms",
            "search_p50_ratio",
            "search_p99_ratio");
    assertThat(figures.get("search_queries")).isEqualTo("40");
    assertThat(figures.get("search_total_mismatches")).isEqualTo("0");
    assertThat(Double.parseDouble(figures.get("search_http_p50_ms"))).isPositive();
    // The server's own search time comes from its Server-Timing header.
    assertThat(Double.parseDouble(figures.get("search_server_search_p50_ms"))).isPositive();
    assertThat(Double.parseDouble(figures.get("search_server_prepare_p50_ms"))).isPositive();
    assertThat(Long.parseLong(figures.get("search_index_documents"))).isPositive();
  }
}
