package org.qingsong.matching;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The postings recommended to a person, best first. {@code source} is {@code batch} when served
 * from the current city-wide run ({@code runId}), {@code live} when computed for this request;
 * {@code computedAt} says when the scores were computed.
 */
public record RecommendedJobs(
    long personId,
    String source,
    Long runId,
    OffsetDateTime computedAt,
    boolean active,
    List<RecommendedJob> items) {

  public RecommendedJobs {
    items = List.copyOf(items);
  }
}
