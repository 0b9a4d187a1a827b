package org.qingsong.jobs.screening;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A posting's top pay set against the most its occupation usually pays, in the unit the usual range
 * is stated in. Hours, days and months convert at 8 hours a day and 21.75 paid days a month (the
 * statutory monthly average); a monthly posting with its weekly hours given converts at those hours
 * instead, so a part-time monthly wage is compared as the hourly rate it is.
 *
 * @param ratio posted maximum divided by the usual maximum
 */
record PayComparison(BigDecimal ratio, String postedMax, String usualMax) {

  private static final MathContext PRECISION = MathContext.DECIMAL64;
  private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);
  private static final BigDecimal HOURS_PER_MONTH = new BigDecimal("174"); // 8 × 21.75
  private static final BigDecimal WEEKS_PER_MONTH =
      BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), PRECISION);
  private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

  static Optional<PayComparison> of(PostingText posting, UsualPay usualPay) {
    if (posting.payMaxFen() <= 0 || posting.occupationCode().isBlank()) {
      return Optional.empty();
    }
    List<String> units = new ArrayList<>(List.of(posting.payUnit()));
    PostingText.PAY_UNITS.stream()
        .sorted()
        .filter(u -> !u.equals(posting.payUnit()))
        .forEach(units::add);
    for (String unit : units) {
      Optional<long[]> range = usualPay.usualRangeFen(posting.occupationCode(), unit);
      if (range.isPresent() && range.get().length == 2 && range.get()[1] > 0) {
        return Optional.of(against(posting, unit, range.get()[1]));
      }
    }
    return Optional.empty();
  }

  private static PayComparison against(PostingText posting, String usualUnit, long usualMaxFen) {
    BigDecimal posted = BigDecimal.valueOf(posting.payMaxFen());
    String postedText = yuan(posted) + "/" + posting.payUnit();
    if (!usualUnit.equals(posting.payUnit())) {
      BigDecimal perHour = posted.divide(postingHours(posting), PRECISION);
      posted = perHour.multiply(standardHours(usualUnit), PRECISION);
      postedText += " ≈ " + yuan(posted.setScale(-2, RoundingMode.HALF_UP)) + "/" + usualUnit;
    }
    BigDecimal usual = BigDecimal.valueOf(usualMaxFen);
    return new PayComparison(
        posted.divide(usual, PRECISION), postedText, yuan(usual) + "/" + usualUnit);
  }

  boolean above(BigDecimal times) {
    return ratio.compareTo(times) > 0;
  }

  /** E.g. {@code 80/HOUR ≈ 13920/MONTH > 2 × 4500/MONTH}. */
  String evidence(BigDecimal times) {
    return postedMax + " > " + times.toPlainString() + " × " + usualMax;
  }

  private static BigDecimal postingHours(PostingText posting) {
    if (posting.payUnit().equals("MONTH") && posting.weeklyHours() > 0) {
      return BigDecimal.valueOf(posting.weeklyHours()).multiply(WEEKS_PER_MONTH, PRECISION);
    }
    return standardHours(posting.payUnit());
  }

  private static BigDecimal standardHours(String unit) {
    return switch (unit) {
      case "HOUR" -> BigDecimal.ONE;
      case "DAY" -> HOURS_PER_DAY;
      default -> HOURS_PER_MONTH;
    };
  }

  private static String yuan(BigDecimal fen) {
    BigDecimal yuan = fen.divide(FEN_PER_YUAN, PRECISION).setScale(2, RoundingMode.HALF_UP);
    return yuan.stripTrailingZeros().toPlainString();
  }
}
