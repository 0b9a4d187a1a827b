package org.qingsong.common;

import cn.hutool.core.util.IdcardUtil;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A mainland resident identity number (居民身份证号码) per GB 11643-1999: a 6-digit region code, an
 * 8-digit birth date, a 3-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 * The check itself is delegated to Hutool's {@link IdcardUtil}; this type adds precise reasons.
 */
public record IdNumber(String value) {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_BY_REMAINDER = "10X98765432";

  public IdNumber {
    if (value == null) {
      throw new InvalidValueException("field.required");
    }
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.length() != 18) {
      throw new InvalidValueException("idNumber.length");
    }
    if (!value.matches("\\d{17}[\\dX]")) {
      throw new InvalidValueException("idNumber.format");
    }
    if (IdcardUtil.getProvinceByIdCard(value) == null) {
      throw new InvalidValueException("idNumber.region");
    }
    LocalDate birth = parseBirthDate(value);
    if (birth == null || birth.getYear() < 1900) {
      throw new InvalidValueException("idNumber.birthDate");
    }
    if (!IdcardUtil.isValidCard18(value)) {
      throw new InvalidValueException("idNumber.checkDigit");
    }
  }

  /**
   * Completes a 17-digit body with the one check character that makes it valid (ISO 7064 MOD 11-2:
   * weights 2^(17-i) mod 11). Used by the demo generator; the result is confirmed by the same
   * validation as any typed number.
   */
  public static IdNumber withCheckCharacter(String body17) {
    if (body17 == null || !body17.matches("\\d{17}")) {
      throw new InvalidValueException("idNumber.format");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body17.charAt(i) - '0') * WEIGHTS[i];
    }
    return new IdNumber(body17 + CHECK_BY_REMAINDER.charAt(sum % 11));
  }

  private static LocalDate parseBirthDate(String value) {
    try {
      return LocalDate.of(
          Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  public LocalDate birthDate() {
    return parseBirthDate(value);
  }

  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** The 6-digit region code of the place where the number was first issued. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /** The form shown wherever the viewer has no need for the full number. */
  public String masked() {
    return value.substring(0, 6) + "********" + value.substring(14);
  }

  @Override
  public String toString() {
    return masked();
  }
}
