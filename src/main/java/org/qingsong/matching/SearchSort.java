package org.qingsong.matching;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** The order of search results. */
public enum SearchSort {
  /** Best match first (the default when there is a query text). */
  RELEVANCE,
  /** Nearest first (the default with a location and no query text). */
  DISTANCE,
  /** Most recently published first (the default otherwise). */
  NEWEST,
  /** Highest pay first, compared in monthly terms. */
  PAY;

  public static SearchSort parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("matching.search.sort.unknown");
    }
  }
}
