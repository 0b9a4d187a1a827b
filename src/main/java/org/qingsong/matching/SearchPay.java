package org.qingsong.matching;

import org.qingsong.occupations.PayUnit;

/**
 * Pay in comparable terms: every amount converted to a month at 8 hours a day and 21.75 working
 * days a month, the conversion the assistance rules use too. Pay bands are of the monthly maximum.
 */
public final class SearchPay {
  /** The pay bands (yuan a month, lower bound inclusive) that facets count. */
  public static final long[] BAND_LOWER_YUAN = {0, 3000, 5000, 8000};

  public static final String[] BANDS = {"LT3000", "3000_5000", "5000_8000", "GE8000"};

  private SearchPay() {}

  /** {@code fen} per {@code unit} as fen a month, rounded down. */
  public static long monthlyFen(long fen, PayUnit unit) {
    return switch (unit) {
      case MONTH -> fen;
      case DAY -> fen * 2175 / 100;
      case HOUR -> fen * 8 * 2175 / 100;
    };
  }

  /** The band a monthly maximum of {@code monthlyFen} falls in. */
  public static String band(long monthlyFen) {
    for (int i = BAND_LOWER_YUAN.length - 1; i > 0; i--) {
      if (monthlyFen >= BAND_LOWER_YUAN[i] * 100) {
        return BANDS[i];
      }
    }
    return BANDS[0];
  }
}
