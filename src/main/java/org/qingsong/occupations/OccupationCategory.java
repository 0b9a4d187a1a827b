package org.qingsong.occupations;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/**
 * The broad field an occupation belongs to. The first two letters of an occupation's code name its
 * category ({@code EC001} is elder care); security roles ({@code SC}) belong to {@link #OTHER}.
 */
public enum OccupationCategory {
  /** 家政服务: domestic help, nannies, maternity nurses, cleaning. */
  HOUSEHOLD("HS"),
  /** 养老服务: care of older people in homes and institutions. */
  ELDER_CARE("EC"),
  /** 医疗健康: hospital escorts, care assistants, nurses, therapists. */
  HEALTH_CARE("HC"),
  /** 制造业: garments, ceramics, fireworks, rail, automotive and aviation trades. */
  MANUFACTURING("MF"),
  /** 物流: couriers, warehouses, loading. */
  LOGISTICS("LG"),
  /** 零售与电商: shops, wholesale stalls, online shops and live streaming. */
  RETAIL("RT"),
  /** 餐饮: cooks, servers, bakers. */
  CATERING("CT"),
  /** 农业: crops, livestock, tea, forestry. */
  AGRICULTURE("AG"),
  /** 建筑与装修: building and renovation trades. */
  CONSTRUCTION("CN"),
  /** 交通运输: drivers and vehicle services. */
  TRANSPORT("TR"),
  /** 办公与社区: clerks, accounts, HR, community work. */
  OFFICE("OF"),
  /** 信息技术: software, networks, digital content. */
  IT("IT"),
  /** 教育培训: teachers, trainers, childcare in schools. */
  EDUCATION("ED"),
  /** 其他: security, property services, personal services. */
  OTHER("OT", "SC");

  private final String[] codePrefixes;

  OccupationCategory(String... codePrefixes) {
    this.codePrefixes = codePrefixes;
  }

  /** Whether {@code code} starts with one of the two-letter prefixes of this category. */
  public boolean ownsCode(String code) {
    for (String prefix : codePrefixes) {
      if (code.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** The category as the API spells it (case-insensitive). */
  public static OccupationCategory parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("occupation.category.unknown");
    }
  }
}
