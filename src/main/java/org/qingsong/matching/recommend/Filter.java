package org.qingsong.matching.recommend;

/**
 * The hard filters a posting must pass for a seeker before it is scored, in the order they are
 * checked. Each has one bit in a mask ({@code 1 << ordinal()}).
 */
public enum Filter {
  /** The posting is published (open for applications). */
  OPEN,
  /** The posting's occupation is one the seeker wants or of the same occupation group. */
  OCCUPATION,
  /** The seeker holds every certificate the posting requires. */
  CERTIFICATES,
  /** Legal working age: at least 16. */
  WORKING_AGE,
  /** No full-time labour contract past the statutory retirement age (60 men, 55 women). */
  RETIREMENT_AGE,
  /**
   * The seeker's hours cover at least half of the posting's weekly hours; for minors (16–17) night
   * hours (22:00–06:00) do not count. Postings without weekly hours pass ("unknown").
   */
  AVAILABILITY,
  /** The workplace is within the seeker's longest commute. */
  DISTANCE;

  public static final int ALL = (1 << values().length) - 1;

  public int bit() {
    return 1 << ordinal();
  }
}
