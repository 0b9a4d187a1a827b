package org.qingsong.matching.search;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.qingsong.common.BusinessTime;
import org.qingsong.matching.SearchIndexStatus;

/** What one index's builds have done so far; thread-safe, read by status and health. */
final class BuildProgress {
  private final String index;
  private final Clock clock;
  private boolean ready;
  private boolean running;
  private long indexed;
  private long toIndex;
  private OffsetDateTime started;
  private OffsetDateTime finished;
  private Long millis;
  private String error;

  BuildProgress(String index, Clock clock) {
    this.index = index;
    this.clock = clock;
  }

  /** Marks the index ready without a build (it was found complete at start). */
  synchronized void ready() {
    ready = true;
  }

  synchronized boolean isReady() {
    return ready;
  }

  synchronized boolean isRunning() {
    return running;
  }

  /** Claims the build; false when one is already running. */
  synchronized boolean start(long total) {
    if (running) {
      return false;
    }
    running = true;
    indexed = 0;
    toIndex = total;
    started = BusinessTime.local(OffsetDateTime.now(clock));
    error = null;
    return true;
  }

  /** The running build has written {@code n} documents so far. */
  synchronized void reached(long n) {
    indexed = n;
    toIndex = Math.max(toIndex, indexed);
  }

  synchronized void finish(long tookMillis) {
    running = false;
    ready = true;
    finished = BusinessTime.local(OffsetDateTime.now(clock));
    millis = tookMillis;
  }

  synchronized void fail(String message) {
    running = false;
    error = message;
  }

  synchronized long indexed() {
    return indexed;
  }

  synchronized long toIndex() {
    return toIndex;
  }

  synchronized SearchIndexStatus status(long documents) {
    return new SearchIndexStatus(
        index,
        ready ? "READY" : "BUILDING",
        ready && running,
        documents,
        indexed,
        toIndex,
        started,
        finished,
        millis,
        error);
  }
}
