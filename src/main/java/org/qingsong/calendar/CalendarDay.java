package org.qingsong.calendar;

import java.time.LocalDate;

/** One listed date of the calendar and the festival whose arrangement it belongs to. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {}
