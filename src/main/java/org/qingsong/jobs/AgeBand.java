package org.qingsong.jobs;

/**
 * A ten-year age band ({@code 40–49}) that says enough for an employer and too little to identify
 * anyone; {@code to} is null for the open band at the top ({@code 60} and over).
 */
public record AgeBand(int from, Integer to) {
  static final int OPEN_FROM = 60;
  static final int YOUNGEST = 16;

  /** The band an age falls in. */
  public static AgeBand of(int age) {
    if (age >= OPEN_FROM) {
      return new AgeBand(OPEN_FROM, null);
    }
    int decade = age / 10 * 10;
    return new AgeBand(Math.max(decade, YOUNGEST), decade + 9);
  }
}
