package org.qingsong.jobs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingsong.common.InvalidValueException;

/**
 * An ISO-8601 week such as {@code 2026-W48}: the week a job wall is published for. Weeks start on
 * Monday; a year has 52 or 53 of them.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {
  private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

  public IsoWeek {
    if (year < 2000 || year > 2999) {
      throw new InvalidValueException("wall.week.format");
    }
    long weeks =
        IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    if (week < 1 || week > weeks) {
      throw new InvalidValueException("wall.week.range", year, weeks);
    }
  }

  /** Parses {@code 2026-W48}; anything else is invalid. */
  public static IsoWeek parse(String raw) {
    Matcher m = FORMAT.matcher(raw == null ? "" : raw.strip());
    if (!m.matches()) {
      throw new InvalidValueException("wall.week.format");
    }
    return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /** The week a day falls in. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(
        day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week's Monday. */
  public LocalDate monday() {
    return LocalDate.of(year, 6, 1)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The week's Sunday. */
  public LocalDate sunday() {
    return monday().plusDays(6);
  }

  @Override
  public int compareTo(IsoWeek other) {
    return year != other.year
        ? Integer.compare(year, other.year)
        : Integer.compare(week, other.week);
  }

  @Override
  public String toString() {
    return String.format("%04d-W%02d", year, week);
  }
}
