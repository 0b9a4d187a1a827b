package org.qingsong.occupations;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** The period a pay amount is quoted for: 月薪, 日薪 or 时薪. */
public enum PayUnit {
  MONTH,
  DAY,
  HOUR;

  /** The unit as the API spells it (case-insensitive). */
  public static PayUnit parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("occupation.payUnit.unknown");
    }
  }
}
