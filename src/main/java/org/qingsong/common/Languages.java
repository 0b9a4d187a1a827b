package org.qingsong.common;

import java.util.List;
import java.util.Locale;

/** The languages Qingsong speaks: Chinese first, English on request. */
public final class Languages {
  private Languages() {}

  /** Simplified Chinese, then English. */
  public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
}
