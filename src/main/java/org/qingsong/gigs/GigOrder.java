package org.qingsong.gigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.Money;

/**
 * An order for a service, and the visits it expanded into (one per occurrence). {@code workingDays}
 * says how an every-working-day order followed the official calendar; null for other orders.
 */
public record GigOrder(
    long id,
    long customerId,
    long recipientId,
    String recipientName,
    String serviceCode,
    String serviceNameZh,
    String serviceNameEn,
    LocalDate firstDate,
    String startTime,
    int durationMinutes,
    Recurrence recurrence,
    List<DayOfWeek> weekdays,
    LocalDate untilDate,
    Integer count,
    Money pricePerVisit,
    String notes,
    OffsetDateTime createdAt,
    String createdBy,
    List<Visit> visits,
    WorkingDays workingDays) {

  public GigOrder {
    weekdays = List.copyOf(weekdays);
    visits = List.copyOf(visits);
  }
}
