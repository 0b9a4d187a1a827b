package org.qingsong.assistance;

import java.util.Locale;

/** The 8+1 kinds of social assistance a household can apply for, with their names. */
public enum AssistanceKind {
  MINIMUM_LIVING("最低生活保障", "Minimum living allowance"),
  EXTREME_HARDSHIP("特困人员救助供养", "Support for people in extreme hardship"),
  DISASTER("受灾人员救助", "Disaster relief"),
  MEDICAL("医疗救助", "Medical assistance"),
  EDUCATION("教育救助", "Education assistance"),
  HOUSING("住房救助", "Housing assistance"),
  EMPLOYMENT("就业救助", "Employment assistance"),
  TEMPORARY("临时救助", "Temporary assistance"),
  SOCIAL_PARTICIPATION("社会力量参与", "Social participation");

  private final String nameZh;
  private final String nameEn;

  AssistanceKind(String nameZh, String nameEn) {
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }

  /** Kinds whose approval pays a monthly allowance on the payment roll. */
  public boolean monthly() {
    return this == MINIMUM_LIVING || this == EXTREME_HARDSHIP;
  }
}
