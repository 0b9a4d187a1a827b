package org.qingsong.assistance;

import java.math.BigDecimal;
import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/**
 * The assessment's thresholds other than the standard itself. Each is data with an effective date,
 * set city-wide or for one district or county; the allowed range catches typing mistakes.
 */
public enum ThresholdName {
  /** Edge households have a per-capita income below this multiple of the standard (1.5). */
  EDGE_MULTIPLIER("1", "5", 2),
  /** The extreme-hardship basic living standard as a multiple of the 低保 standard (1.3). */
  EXTREME_HARDSHIP_MULTIPLIER("1", "5", 2),
  /** Financial assets per head may be at most this many months of the standard. */
  SAVINGS_LIMIT_MONTHS("0", "240", 0),
  /** The most ordinary motor vehicles a household may own. */
  MAX_VEHICLES("0", "10", 0),
  /** The most dwellings a household may own. */
  MAX_HOUSES("0", "10", 0),
  /** The share of a newly employed member's income that is not counted (0.2 = 20 %). */
  EMPLOYMENT_INCOME_DISREGARD("0", "1", 2),
  /** From this age a person counts as elderly, so unable to work (60). */
  ELDERLY_AGE("40", "100", 0),
  /** Below this age a person counts as a minor, so unable to work (16). */
  MINOR_AGE("0", "25", 0);

  private final BigDecimal min;
  private final BigDecimal max;
  private final int scale;

  ThresholdName(String min, String max, int scale) {
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.scale = scale;
  }

  public BigDecimal min() {
    return min;
  }

  public BigDecimal max() {
    return max;
  }

  /** How many decimal places the figure may have (0 for counts, ages and months). */
  public int scale() {
    return scale;
  }

  public static ThresholdName parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("assistance.threshold.unknown");
    }
  }
}
