package org.qingsong.matching.recommend;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Recommendations stored by a finished city-wide run, if one is current and fresh. */
public interface StoredResults {

  /**
   * One stored pair: a seeker, a posting, the score and its parts' values in {@link Part} order.
   */
  record Row(long personId, long postingId, double score, double[] parts, double distanceKm) {}

  /**
   * The rows of one run for a seeker or a posting, best first, with the run's weights; the run
   * started at {@code startedAt} (data changed after it is not in the run) and finished at {@code
   * computedAt}.
   */
  record Hit(
      long runId,
      OffsetDateTime startedAt,
      OffsetDateTime computedAt,
      ScoringWeights weights,
      List<Row> rows) {}

  Optional<Hit> forSeeker(long personId, int limit);

  Optional<Hit> forPosting(long postingId, int limit);
}
