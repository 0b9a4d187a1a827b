package org.qingsong.matching;

import java.time.OffsetDateTime;

/**
 * A city-wide batch run and its progress. {@code status} is RUNNING, INTERRUPTED (stopped before
 * the end; it can be resumed), FAILED (likewise, with {@code failure}) or COMPLETED; {@code phase},
 * only while RUNNING, is SCORING (seekers being scored) or ORDERING (every seeker scored, the
 * results being written in posting order; {@code etaSeconds} is then null); {@code current} says
 * whether recommendations are served from it; {@code resumable} whether it stopped and no newer run
 * has completed since (then it can be resumed). {@code ratePerSecond} and {@code etaSeconds} are
 * null until there is something to measure.
 */
public record BatchRun(
    long id,
    String status,
    String phase,
    String startedVia,
    String startedBy,
    OffsetDateTime startedAt,
    OffsetDateTime finishedAt,
    int chunkSize,
    int topK,
    long totalSeekers,
    long processed,
    int chunksDone,
    int postings,
    double percent,
    Double ratePerSecond,
    Long etaSeconds,
    boolean current,
    boolean resumable,
    String failure) {
  /** The phase of a running run while its seekers are scored. */
  public static final String SCORING = "SCORING";

  /** The phase of a running run once every seeker is scored, its results put in posting order. */
  public static final String ORDERING = "ORDERING";
}
