package org.qingsong.assistance;

import java.util.Locale;

/** A department that verifies declarations (民政, 人社, 公安, 住建, 自然资源, 市场监管, 税务 …). */
public record Department(long id, String code, String nameZh, String nameEn, boolean active) {
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
  }
}
