package org.qingsong.assistance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** Parsers of request values; each throws a localisable {@link InvalidValueException}. */
public final class Parse {
  private Parse() {}

  public static <E extends Enum<E>> E value(Class<E> type, String raw) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("field.unknown");
    }
  }

  public static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("field.date");
    }
  }

  public static YearMonth month(String raw) {
    try {
      return YearMonth.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("assistance.month.format");
    }
  }

  public static AssistanceKind kind(String raw) {
    return value(AssistanceKind.class, raw);
  }
}
