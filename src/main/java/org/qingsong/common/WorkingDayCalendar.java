package org.qingsong.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The official working days of some years: Monday to Friday are working days unless listed as a
 * statutory holiday, Saturday and Sunday are days off unless listed as an adjusted working day
 * (调休上班). Only the {@linkplain #coveredYears() covered years} are known; for any other year the
 * calendar can only apply the weekend rule, and every answer that relied on it says so.
 */
public final class WorkingDayCalendar {
  /** The most working days one computation may add: about four years. */
  public static final int MAX_DAYS = 1000;

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;
  private final SortedSet<Integer> coveredYears;

  /**
   * @param holidays statutory days off (weekend days inside a holiday block may be listed too)
   * @param workdays Saturdays and Sundays that are working days
   * @param coveredYears the years whose official arrangement the two sets hold
   */
  public WorkingDayCalendar(
      Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> coveredYears) {
    this.holidays = Set.copyOf(holidays);
    this.workdays = Set.copyOf(workdays);
    this.coveredYears = new TreeSet<>(coveredYears);
    for (LocalDate d : this.workdays) {
      if (this.holidays.contains(d)) {
        throw new IllegalArgumentException("both a holiday and a working day: " + d);
      }
      if (!isWeekend(d)) {
        throw new IllegalArgumentException("an adjusted working day must be a weekend day: " + d);
      }
    }
  }

  /** A calendar that knows no year: weekends only. */
  public static WorkingDayCalendar weekendsOnly() {
    return new WorkingDayCalendar(Set.of(), Set.of(), Set.of());
  }

  /** The result of adding working days: the date, and whether an uncovered year was involved. */
  public record Result(LocalDate date, boolean beyondCoverage) {}

  public SortedSet<Integer> coveredYears() {
    return new TreeSet<>(coveredYears);
  }

  public boolean covers(LocalDate date) {
    return coveredYears.contains(date.getYear());
  }

  /**
   * Whether {@code date} is a working day. For a date outside the covered years this is the weekend
   * rule alone; {@link #covers} tells the caller whether to trust it.
   */
  public boolean isWorkingDay(LocalDate date) {
    if (workdays.contains(date)) {
      return true;
    }
    return !isWeekend(date) && !holidays.contains(date);
  }

  /**
   * The {@code days}-th working day after {@code from}: day 1 is the first working day strictly
   * after {@code from}, so adding 0 days gives {@code from} itself. The result says whether any day
   * counted over lay in a year the calendar does not cover (then only weekends were known to be off
   * there).
   *
   * @throws IllegalArgumentException when {@code days} is negative or above {@link #MAX_DAYS}
   */
  public Result addWorkingDays(LocalDate from, int days) {
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days out of range: " + days);
    }
    LocalDate date = from;
    boolean beyond = false;
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      beyond |= !covers(date);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return new Result(date, beyond);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }
}
