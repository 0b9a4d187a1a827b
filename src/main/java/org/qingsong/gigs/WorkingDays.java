package org.qingsong.gigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * How an every-working-day order met the official calendar over its span: the weekdays it skipped
 * because they are statutory holidays, the Saturdays and Sundays it added because they are adjusted
 * working days, and the years the calendar did not cover, where it went by Monday to Friday alone
 * and a holiday may still fall on a visit.
 */
public record WorkingDays(List<Day> skipped, List<Day> added, List<Integer> weekendsOnlyYears) {
  public WorkingDays {
    skipped = List.copyOf(skipped);
    added = List.copyOf(added);
    weekendsOnlyYears = List.copyOf(weekendsOnlyYears);
  }

  /** One date and the festival whose arrangement put it there (null when not known). */
  public record Day(LocalDate date, DayOfWeek weekday, String festival) {
    public Day(LocalDate date, String festival) {
      this(date, date.getDayOfWeek(), festival);
    }
  }

  /** Whether the calendar changed nothing and covered the whole span. */
  public boolean plain() {
    return skipped.isEmpty() && added.isEmpty() && weekendsOnlyYears.isEmpty();
  }
}
