package org.qingsong.calendar;

/** One row of a year as an administrator sends it: ISO date, kind and festival name, unchecked. */
public record CalendarDayForm(String date, String kind, String name) {}
