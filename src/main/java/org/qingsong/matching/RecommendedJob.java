package org.qingsong.matching;

import java.math.BigDecimal;
import java.util.List;
import org.qingsong.jobs.JobKind;
import org.qingsong.occupations.PayUnit;

/** A posting recommended to a person, with the explanation of its score. */
public record RecommendedJob(
    int rank,
    long postingId,
    String title,
    String employerName,
    String occupationCode,
    String occupationName,
    JobKind kind,
    BigDecimal payMin,
    BigDecimal payMax,
    PayUnit payUnit,
    String streetName,
    double distanceKm,
    double score,
    List<ScorePart> parts,
    List<ScoreFilter> filtersPassed) {

  public RecommendedJob {
    parts = List.copyOf(parts);
    filtersPassed = List.copyOf(filtersPassed);
  }
}
