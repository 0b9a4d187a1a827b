package org.qingsong.matching.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qingsong.matching.SearchIndexStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The search indexes in {@code /actuator/health} (component {@code search}; details where the
 * deployment shows them): per index its state, documents and build progress. It stays UP while a
 * first build runs — the rest of the application works — and says {@code BUILDING} with the
 * progress; searches of that index answer 503 meanwhile.
 */
@Component("search")
class SearchHealth implements HealthIndicator {
  private final PostingIndexer postings;
  private final SeekerIndexer seekers;

  SearchHealth(PostingIndexer postings, SeekerIndexer seekers) {
    this.postings = postings;
    this.seekers = seekers;
  }

  @Override
  public Health health() {
    return Health.up()
        .withDetail(SearchIndexes.POSTINGS, details(postings.status()))
        .withDetail(SearchIndexes.PEOPLE, details(seekers.status()))
        .build();
  }

  private static Map<String, Object> details(SearchIndexStatus s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("state", s.state());
    d.put("documents", s.documents());
    d.put("indexed", s.indexed());
    d.put("toIndex", s.toIndex());
    d.put("rebuilding", s.rebuilding());
    return d;
  }
}
