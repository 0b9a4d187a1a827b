package org.qingsong.matching.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the {@code reindex} command prints: a summary line per index, postings then job seekers,
 * each with as many documents as the database has searchable rows.
 */
@H2App
class ReindexOutputH2Test {
  @Autowired SearchRebuilds rebuilds;
  @Autowired JdbcClient jdbc;

  @Test
  void rebuildsBothIndexesAndSaysHowManyDocumentsEachHolds() throws InterruptedException {
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (rebuilds.isRunning() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    rebuilds.rebuildAll(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).strip().split("\n");

    long postings =
        jdbc.sql("SELECT COUNT(*) FROM job_posting WHERE status = 'PUBLISHED'")
            .query(Long.class)
            .single();
    long seekers =
        jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE active").query(Long.class).single();
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).matches("reindex: postings done, " + postings + " documents in \\d+ ms");
    assertThat(lines[1]).matches("reindex: people done, " + seekers + " documents in \\d+ ms");
  }
}
