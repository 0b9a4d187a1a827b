package org.qingsong.calendar;

import java.time.LocalDate;

/**
 * A date found by counting working days. {@code weekendsOnly} is true when the count passed through
 * a year the official calendar does not cover, where only Saturdays and Sundays were known to be
 * off: the date may move once that year's arrangement is published.
 */
public record WorkingDate(LocalDate date, boolean weekendsOnly) {}
