package org.qingsong.employers;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** The legal form of an employer, as the market-entity register distinguishes them. */
public enum EmployerKind {
  /** 企业: a company of any ownership. */
  ENTERPRISE,
  /** 个体工商户: an individual business. */
  INDIVIDUAL_BUSINESS,
  /** 人力资源服务机构: a licensed HR or labour-dispatch agency. */
  HR_AGENCY,
  /** 事业单位: a public institution. */
  PUBLIC_INSTITUTION,
  OTHER;

  /** The kind as the API spells it (case-insensitive). */
  public static EmployerKind parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("employer.kind.unknown");
    }
  }
}
