package org.qingsong.gigs;

import java.util.List;

/**
 * An order as submitted: a service for a recipient on {@code firstDate} at {@code startTime}
 * ({@code HH:mm}) for {@code durationMinutes} (the service's default when left out), repeating by
 * {@code recurrence} ({@code NONE}, {@code DAILY}, {@code WEEKDAYS}, {@code WEEKLY} with {@code
 * weekdays}) until {@code untilDate} or for {@code count} visits.
 */
public record OrderForm(
    Long recipientId,
    String serviceCode,
    String firstDate,
    String startTime,
    Integer durationMinutes,
    String recurrence,
    List<String> weekdays,
    String untilDate,
    Integer count,
    String notes) {}
