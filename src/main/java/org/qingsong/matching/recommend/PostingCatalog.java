package org.qingsong.matching.recommend;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every published posting as a {@link PostingTable} with its {@link PostingIndex}, read from the
 * database by key in pages and kept for {@code qingsong.matching.catalog-ttl} (the database stays
 * the truth; the table is derived and re-read when older).
 */
@Component
public class PostingCatalog {
  private static final int PAGE = 5_000;

  private final Jobs jobs;
  private final FeatureLoader features;
  private final Duration ttl;
  private final Clock clock;
  private volatile Snapshot snapshot;

  PostingCatalog(
      Jobs jobs,
      FeatureLoader features,
      @Value("${qingsong.matching.catalog-ttl:PT1M}") Duration ttl,
      Clock clock) {
    this.jobs = jobs;
    this.features = features;
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The loaded postings and their index, at a moment. */
  public record Snapshot(PostingTable table, PostingIndex index, Instant loadedAt) {}

  /** The current snapshot, re-read when older than the configured time to live. */
  public Snapshot current() {
    Snapshot s = snapshot;
    if (s == null || s.loadedAt().plus(ttl).isBefore(clock.instant()) || ttl.isZero()) {
      s = reload();
    }
    return s;
  }

  /** Reads all published postings now. */
  public synchronized Snapshot reload() {
    PostingTable.Builder b = PostingTable.builder(1024);
    long after = 0;
    while (true) {
      List<Posting> page = jobs.publishedAfter(after, PAGE);
      for (Posting p : page) {
        features.add(b, p);
      }
      if (page.size() < PAGE) {
        break;
      }
      after = page.get(page.size() - 1).id();
    }
    PostingTable table = b.build();
    Snapshot s = new Snapshot(table, PostingIndex.of(table), clock.instant());
    snapshot = s;
    return s;
  }
}
