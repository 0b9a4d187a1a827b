package org.qingsong.matching;

import java.time.OffsetDateTime;

/**
 * A city-wide batch run and its progress. {@code status} is RUNNING, INTERRUPTED (stopped before
 * the end; it can be resumed), FAILED (likewise, with {@code failure}) or COMPLETED; {@code
 * current} says whether recommendations are served from it; {@code resumable} whether it stopped
 * and no newer run has completed since (then it can be resumed). {@code ratePerSecond} and {@code
 * etaSeconds} are null until there is something to measure.
 */
public record BatchRun(
    long id,
    String status,
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
    String failure) {}
