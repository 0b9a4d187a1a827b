package org.qingsong.gigs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.GeoPoint;

/**
 * A visit as assignment sees it: the service, when, where, and its current worker (null when none)
 * with whether that assignment is pinned (a dispatcher must not change a pinned visit), and whom it
 * is for ({@code recipientId}, 0 when not known), so that a dispatcher can keep a carer with a
 * recipient.
 */
public record VisitSlot(
    long visitId,
    HouseholdService service,
    LocalDate date,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    GeoPoint location,
    Long currentWorkerId,
    boolean pinned,
    long recipientId) {

  /** A slot whose recipient does not matter. */
  public VisitSlot(
      long visitId,
      HouseholdService service,
      LocalDate date,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      GeoPoint location,
      Long currentWorkerId,
      boolean pinned) {
    this(visitId, service, date, startsAt, endsAt, location, currentWorkerId, pinned, 0L);
  }

  public int startMinute() {
    var t = startsAt.atZoneSameInstant(BusinessTime.ZONE).toLocalTime();
    return t.getHour() * 60 + t.getMinute();
  }

  public int minutes() {
    return (int) java.time.Duration.between(startsAt, endsAt).toMinutes();
  }
}
