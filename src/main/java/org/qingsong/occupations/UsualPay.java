package org.qingsong.occupations;

/**
 * What an occupation usually pays in Zhuzhou, in fen per {@link PayUnit}. An estimate for screening
 * postings, not a wage standard: a posting far above it deserves a second look.
 */
public record UsualPay(PayUnit unit, long minFen, long maxFen) {
  public UsualPay {
    if (unit == null) {
      throw new IllegalArgumentException("pay unit is required");
    }
    if (minFen <= 0 || maxFen < minFen) {
      throw new IllegalArgumentException(
          "usual pay must satisfy 0 < min <= max, was " + minFen + ".." + maxFen);
    }
  }
}
