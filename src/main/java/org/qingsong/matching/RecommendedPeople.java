package org.qingsong.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The seekers recommended for a posting, best first; {@code source} as in {@link RecommendedJobs}.
 */
public record RecommendedPeople(
    long postingId,
    String source,
    Long runId,
    OffsetDateTime computedAt,
    List<RecommendedPerson> items) {

  public RecommendedPeople {
    items = List.copyOf(items);
  }
}
