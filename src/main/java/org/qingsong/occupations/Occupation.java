package org.qingsong.occupations;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An occupation or skill of the reference list. The code is stable and is what other modules store;
 * names are for people. Pay is in fen per {@code payUnit}.
 */
public record Occupation(
    String code,
    String nameZh,
    String nameEn,
    OccupationCategory category,
    PayUnit payUnit,
    long usualPayMinFen,
    long usualPayMaxFen) {
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}[0-9]{3}");
  static final int MAX_NAME_ZH = 50;
  static final int MAX_NAME_EN = 100;

  public Occupation {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "occupation code must be two capital letters and three digits, was " + code);
    }
    if (category == null || !category.ownsCode(code)) {
      throw new IllegalArgumentException(
          "occupation " + code + " does not belong to category " + category);
    }
    nameZh = name(code, nameZh, MAX_NAME_ZH);
    nameEn = name(code, nameEn, MAX_NAME_EN);
    new UsualPay(payUnit, usualPayMinFen, usualPayMaxFen);
  }

  /** The name in a language: English for English, Chinese otherwise (as the pages fall back). */
  public String name(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  public UsualPay usualPay() {
    return new UsualPay(payUnit, usualPayMinFen, usualPayMaxFen);
  }

  private static String name(String code, String name, int max) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "occupation " + code + " needs a Chinese and English name");
    }
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) > max) {
      throw new IllegalArgumentException("name of occupation " + code + " is too long: " + name);
    }
    return stripped;
  }
}
