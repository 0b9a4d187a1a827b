package org.qingsong.assistance;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** Whether a household lives under the urban or the rural allowance standard of its area. */
public enum AreaType {
  URBAN,
  RURAL;

  /** Parses {@code URBAN} or {@code RURAL}, in any letter case. */
  public static AreaType parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("assistance.areaType.unknown");
    }
  }
}
