package org.qingsong.gigs;

import java.time.OffsetDateTime;

/**
 * A visit that takes time out of a worker's day: the visit itself and the blocked range, which adds
 * the travel buffer after it.
 */
public record Booking(
    long visitId,
    long workerId,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    OffsetDateTime blockedFrom,
    OffsetDateTime blockedUntil) {

  public int minutes() {
    return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
  }

  /** Whether this booking's blocked range overlaps {@code [from, until)}. */
  public boolean overlaps(OffsetDateTime from, OffsetDateTime until) {
    return blockedFrom.isBefore(until) && blockedUntil.isAfter(from);
  }
}
