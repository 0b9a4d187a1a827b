package org.qingsong.gigs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.qingsong.common.Money;

/**
 * One visit of an order: when, for whom, by which worker, and how it went. {@code checkIn}, {@code
 * careLog}, {@code rating} and {@code cancellation} are present once those steps happened.
 */
public record Visit(
    long id,
    long orderId,
    String serviceCode,
    String serviceNameZh,
    String serviceNameEn,
    LocalDate date,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    int durationMinutes,
    VisitStatus status,
    Money price,
    Recipient recipient,
    Long workerId,
    String workerName,
    boolean pinned,
    OffsetDateTime assignedAt,
    CheckIn checkIn,
    OffsetDateTime checkedOutAt,
    CareLog careLog,
    Rating rating,
    Cancellation cancellation) {

  /** Arrival: when, where, and how far from the recipient's address. */
  public record CheckIn(OffsetDateTime at, double lat, double lng, int metersAway, boolean far) {}

  /** The family's rating, 1 to 5, with an optional comment. */
  public record Rating(int score, String comment, OffsetDateTime at) {}

  /** Who cancelled (as customer, staff or worker), when and why. */
  public record Cancellation(
      OffsetDateTime at, String by, String as, CancelReason reason, String note) {}
}
