package org.qingsong.assistance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.qingsong.common.InvalidValueException;

/** Dates of rules and assessments: ISO, between 2000 and 2100. */
public final class RuleDates {
  static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  static final LocalDate LAST = LocalDate.of(2100, 12, 31);

  private RuleDates() {}

  /** Parses an ISO date in the accepted range; a message code when it is not one. */
  public static LocalDate parse(String raw) {
    LocalDate date;
    try {
      date = LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("assistance.date.format");
    }
    return check(date);
  }

  public static LocalDate check(LocalDate date) {
    if (date.isBefore(FIRST) || date.isAfter(LAST)) {
      throw new InvalidValueException("assistance.date.range");
    }
    return date;
  }
}
