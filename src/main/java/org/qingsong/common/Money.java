package org.qingsong.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in fen (分). The API speaks yuan with at most two decimal places; the database
 * stores fen as an integer; nothing in between uses floating point.
 */
public record Money(long fen) {
  /** The most any single amount in this application may be: ten million yuan. */
  public static final long MAX_FEN = 1_000_000_000L;

  public Money {
    if (fen < 0) {
      throw new InvalidValueException("money.negative");
    }
    if (fen > MAX_FEN) {
      throw new InvalidValueException("money.tooLarge");
    }
  }

  /** Parses yuan as typed or sent: "3500", "35.5", "1,050.00" (commas are thousands marks). */
  public static Money ofYuan(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidValueException("field.required");
    }
    try {
      return ofYuan(new BigDecimal(raw.strip().replace(",", "").replace("，", "")));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("money.format");
    }
  }

  public static Money ofYuan(BigDecimal yuan) {
    if (yuan.stripTrailingZeros().scale() > 2) {
      throw new InvalidValueException("money.format");
    }
    if (yuan.signum() < 0) {
      throw new InvalidValueException("money.negative");
    }
    if (yuan.compareTo(BigDecimal.valueOf(MAX_FEN / 100)) > 0) {
      throw new InvalidValueException("money.tooLarge");
    }
    return new Money(yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
  }

  public static Money ofYuan(long yuan) {
    return new Money(Math.multiplyExact(yuan, 100L));
  }

  /** Yuan with no needless zeros: 3500, 35.5, 0.05. */
  public BigDecimal yuan() {
    BigDecimal y = BigDecimal.valueOf(fen, 2).stripTrailingZeros();
    return y.scale() < 0 ? y.setScale(0) : y;
  }

  @Override
  public String toString() {
    return yuan().toPlainString();
  }
}
