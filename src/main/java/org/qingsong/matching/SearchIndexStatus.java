package org.qingsong.matching;

import java.time.OffsetDateTime;

/**
 * Where an index stands. {@code state} is {@code BUILDING} while a first build runs (searches are
 * refused with 503 meanwhile), {@code READY} otherwise; {@code rebuilding} says a rebuild of a
 * ready index is running (searches keep being answered from the previous contents until it
 * finishes).
 */
public record SearchIndexStatus(
    String index,
    String state,
    boolean rebuilding,
    long documents,
    long indexed,
    long toIndex,
    OffsetDateTime lastBuildStarted,
    OffsetDateTime lastBuildFinished,
    Long lastBuildMillis,
    String lastError) {}
