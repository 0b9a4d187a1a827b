package org.qingsong.gigs;

import java.time.OffsetDateTime;
import org.qingsong.common.DomainException;

/**
 * A worker cannot take a visit because another of their visits is within the travel buffer of it: a
 * conflict (409) that names the visit already booked.
 */
public class VisitClash extends DomainException {
  private static final long serialVersionUID = 1L;

  private final long conflictingVisitId;
  private final OffsetDateTime conflictingStartsAt;
  private final OffsetDateTime conflictingEndsAt;

  public VisitClash(
      long workerId, long conflictingVisitId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    super(
        Kind.CONFLICT,
        "gig.visit.clash",
        Long.toString(workerId),
        Long.toString(conflictingVisitId),
        startsAt.toLocalDate().toString(),
        startsAt.toLocalTime().toString(),
        endsAt.toLocalTime().toString());
    this.conflictingVisitId = conflictingVisitId;
    this.conflictingStartsAt = startsAt;
    this.conflictingEndsAt = endsAt;
  }

  public long conflictingVisitId() {
    return conflictingVisitId;
  }

  public OffsetDateTime conflictingStartsAt() {
    return conflictingStartsAt;
  }

  public OffsetDateTime conflictingEndsAt() {
    return conflictingEndsAt;
  }
}
