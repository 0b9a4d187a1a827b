package org.qingsong.matching.recommend;

/** The parts of a recommendation score, each a value from 0 to 1 times its configured weight. */
public enum Part {
  /** 1 for a wanted occupation code, 0.4 for an occupation of the same group. */
  OCCUPATION,
  /** Falls linearly from 1 at the seeker's door to 0 at their longest commute. */
  DISTANCE,
  /** 0 below the seeker's minimum, 0.5 at it, 1 at half as much again or more (monthly). */
  PAY,
  /** Half for a kind of work the seeker takes, half for how much of the weekly hours they cover. */
  HOURS,
  /** 1 when the posting relaxes its requirements for a priority group the seeker belongs to. */
  PRIORITY;

  public static final int COUNT = values().length;
}
