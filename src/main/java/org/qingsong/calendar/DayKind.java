package org.qingsong.calendar;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** What a listed date is: a statutory day off, or a Saturday or Sunday that is a working day. */
public enum DayKind {
  HOLIDAY,
  WORKDAY;

  /** Parses {@code HOLIDAY} or {@code WORKDAY}, in any letter case. */
  public static DayKind parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("calendar.kind.unknown");
    }
  }
}
