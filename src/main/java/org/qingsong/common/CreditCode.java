package org.qingsong.common;

import cn.hutool.core.util.CreditCodeUtil;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from the set {@code 0-9
 * A-H J-N P-R T U W-Y}, the third to eighth being the registering division's code and the last a
 * MOD 31 check character. The check is delegated to Hutool's {@link CreditCodeUtil}.
 */
public record CreditCode(String value) {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  public CreditCode {
    if (value == null) {
      throw new InvalidValueException("field.required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.length() != 18) {
      throw new InvalidValueException("creditCode.length");
    }
    for (int i = 0; i < value.length(); i++) {
      if (CHARSET.indexOf(value.charAt(i)) < 0) {
        throw new InvalidValueException("creditCode.charset", i + 1);
      }
    }
    if (!value.substring(2, 8).chars().allMatch(Character::isDigit)) {
      throw new InvalidValueException("creditCode.region");
    }
    if (!CreditCodeUtil.isCreditCode(value)) {
      throw new InvalidValueException("creditCode.checkCharacter");
    }
  }

  /** Completes a 17-character body with its check character; used by the demo generator. */
  public static CreditCode withCheckCharacter(String body17) {
    for (int i = 0; i < CHARSET.length(); i++) {
      String candidate = body17 + CHARSET.charAt(i);
      if (CreditCodeUtil.isCreditCode(candidate)) {
        return new CreditCode(candidate);
      }
    }
    throw new InvalidValueException("creditCode.checkCharacter");
  }

  /** The 6-digit division code of the registering authority. */
  public String regionCode() {
    return value.substring(2, 8);
  }
}
