package org.qingsong.matching.search;

import org.qingsong.matching.SearchIndexStatus;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The posting index in {@code /actuator/health} (component {@code search}; details where the
 * deployment shows them). It stays UP while a first build runs — the rest of the application works
 * — and says {@code BUILDING} with the progress; job searches answer 503 meanwhile.
 */
@Component("search")
class SearchHealth implements HealthIndicator {
  private final PostingIndexer postings;

  SearchHealth(PostingIndexer postings) {
    this.postings = postings;
  }

  @Override
  public Health health() {
    SearchIndexStatus s = postings.status();
    return Health.up()
        .withDetail("postings", s.state())
        .withDetail("documents", s.documents())
        .withDetail("indexed", s.indexed())
        .withDetail("toIndex", s.toIndex())
        .withDetail("rebuilding", s.rebuilding())
        .build();
  }
}
