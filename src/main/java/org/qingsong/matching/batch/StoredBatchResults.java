package org.qingsong.matching.batch;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.matching.recommend.Part;
import org.qingsong.matching.recommend.ScoringWeights;
import org.qingsong.matching.recommend.StoredResults;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Serves recommendations from the current run while it is fresh ({@code
 * qingsong.matching.batch.fresh-for}, a day and a bit by default, so a nightly run covers the next
 * day).
 */
@Component
class StoredBatchResults implements StoredResults {
  private final BatchStore store;
  private final Duration freshFor;
  private final Clock clock;

  StoredBatchResults(
      BatchStore store,
      @Value("${qingsong.matching.batch.fresh-for:PT26H}") Duration freshFor,
      Clock clock) {
    this.store = store;
    this.freshFor = freshFor;
    this.clock = clock;
  }

  @Override
  public Optional<Hit> forSeeker(long personId, int limit) {
    return fresh().flatMap(run -> hit(run, store.forSeeker(run.id(), personId, limit)));
  }

  @Override
  public Optional<Hit> forPosting(long postingId, int limit) {
    return fresh().flatMap(run -> hit(run, store.forPosting(run.id(), postingId, limit)));
  }

  private Optional<BatchStore.RunRow> fresh() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return store
        .current()
        .filter(r -> r.finishedAt() != null && r.finishedAt().plus(freshFor).isAfter(now));
  }

  private static Optional<Hit> hit(BatchStore.RunRow run, List<BatchStore.ResultRow> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Row> out =
        rows.stream()
            .map(
                r -> {
                  double[] parts = new double[Part.COUNT];
                  for (int i = 0; i < Part.COUNT; i++) {
                    parts[i] = r.parts()[i] / 10_000.0;
                  }
                  return new Row(
                      r.personId(), r.postingId(), r.score(), parts, r.distanceMeters() / 1000.0);
                })
            .toList();
    return Optional.of(
        new Hit(run.id(), run.startedAt(), run.finishedAt(), weights(run.weights()), out));
  }

  static ScoringWeights weights(String stored) {
    String[] p = stored.split(",");
    return new ScoringWeights(
        Double.parseDouble(p[0]),
        Double.parseDouble(p[1]),
        Double.parseDouble(p[2]),
        Double.parseDouble(p[3]),
        Double.parseDouble(p[4]));
  }
}
