package org.qingsong.common;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** The business time zone: every date and time a user sees is in Shanghai time. */
public final class BusinessTime {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessTime() {}

  /** The same instant, expressed with Shanghai's offset. */
  public static OffsetDateTime local(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(ZONE).toOffsetDateTime();
  }
}
