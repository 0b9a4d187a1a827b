package org.qingsong.gigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How an order repeats: once, every day, every working day of the official calendar (Monday to
 * Friday, less statutory holidays, plus the Saturdays and Sundays made working days), or on chosen
 * weekdays each week.
 */
public enum Recurrence {
  NONE,
  DAILY,
  WEEKDAYS,
  WEEKLY;

  /**
   * The dates of the occurrences from {@code first} on: those matching the pattern, up to and
   * including {@code until} or the first {@code count} of them (whichever is given), never past
   * {@code last}. A single order is its first date. {@code workingDay} tells the working days for
   * {@link #WEEKDAYS}.
   */
  public List<LocalDate> dates(
      LocalDate first,
      Set<DayOfWeek> weekdays,
      LocalDate until,
      Integer count,
      LocalDate last,
      Predicate<LocalDate> workingDay) {
    if (this == NONE) {
      return List.of(first);
    }
    List<LocalDate> dates = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (until != null && d.isAfter(until)) {
        break;
      }
      if (count != null && dates.size() >= count) {
        break;
      }
      if (matches(d, weekdays, workingDay)) {
        dates.add(d);
      }
    }
    return dates;
  }

  boolean matches(LocalDate d, Set<DayOfWeek> weekdays, Predicate<LocalDate> workingDay) {
    return switch (this) {
      case NONE, DAILY -> true;
      case WEEKDAYS -> workingDay.test(d);
      case WEEKLY -> weekdays.contains(d.getDayOfWeek());
    };
  }

  /** Saturday or Sunday. */
  static boolean weekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
