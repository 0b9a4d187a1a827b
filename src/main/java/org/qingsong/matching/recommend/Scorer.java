package org.qingsong.matching.recommend;

/**
 * The pure scoring of a seeker against a posting: hard filters ({@link Filter}) first, then the
 * weighted mean of the parts ({@link Part}). No framework, no database, no allocation on the hot
 * path: batch threads share one instance.
 */
public final class Scorer {
  public static final int MINIMUM_AGE = 16;
  public static final int ADULT_AGE = 18;
  public static final int RETIREMENT_AGE_MEN = 60;
  public static final int RETIREMENT_AGE_WOMEN = 55;

  /** Value of an occupation of the same group that is not one the seeker named. */
  public static final double SAME_GROUP = 0.4;

  /** Value of the hours fit when the posting states no weekly hours. */
  public static final double HOURS_UNKNOWN = 0.5;

  /** Kind bit of a full-time job ({@code 1 << FULL_TIME.ordinal()}, the same for both enums). */
  public static final int FULL_TIME_BIT = 1;

  private static final double EARTH_KM = 6371.0088;
  private static final long[] DAY_HOURS = nightMask();

  private final ScoringWeights weights;
  private final double[] w;

  public Scorer(ScoringWeights weights) {
    this.weights = weights;
    this.w = weights.normalised();
  }

  public ScoringWeights weights() {
    return weights;
  }

  /** Normalised weight of a part (weight divided by the sum of weights). */
  public double share(Part part) {
    return w[part.ordinal()];
  }

  /** The mask of filters the posting fails for the seeker; 0 when it passes them all. */
  public int failed(SeekerFeatures s, PostingTable t, int row) {
    int failed = 0;
    if (!t.open[row]) {
      failed |= Filter.OPEN.bit();
    }
    if (!s.wants(t.occupation[row]) && !s.inGroup(t.group[row])) {
      failed |= Filter.OCCUPATION.bit();
    }
    for (int c : t.certificates[row]) {
      if (!s.holds(c)) {
        failed |= Filter.CERTIFICATES.bit();
        break;
      }
    }
    if (s.age() >= 0 && s.age() < MINIMUM_AGE) {
      failed |= Filter.WORKING_AGE.bit();
    }
    if (retired(s) && t.kind[row] == FULL_TIME_BIT) {
      failed |= Filter.RETIREMENT_AGE.bit();
    }
    int hours = t.weeklyHours[row];
    if (hours > 0 && 2 * availableHours(s) < hours) {
      failed |= Filter.AVAILABILITY.bit();
    }
    if (distanceKm(s.lat(), s.lng(), t.lat[row], t.lng[row]) > s.maxDistanceKm()) {
      failed |= Filter.DISTANCE.bit();
    }
    return failed;
  }

  /**
   * Whether the posting passes every filter ({@code failed(s, t, row) == 0}), checking the cheapest
   * first and stopping at the first that fails: the hot path of candidate scoring.
   */
  public boolean passes(SeekerFeatures s, PostingTable t, int row) {
    if (!t.open[row]) {
      return false;
    }
    double dLat = Math.toRadians(t.lat[row] - s.lat()) * EARTH_KM;
    if (Math.abs(dLat) > s.maxDistanceKm()) {
      return false;
    }
    if (!s.wants(t.occupation[row]) && !s.inGroup(t.group[row])) {
      return false;
    }
    for (int c : t.certificates[row]) {
      if (!s.holds(c)) {
        return false;
      }
    }
    if (s.age() >= 0 && s.age() < MINIMUM_AGE) {
      return false;
    }
    if (t.kind[row] == FULL_TIME_BIT && retired(s)) {
      return false;
    }
    int hours = t.weeklyHours[row];
    if (hours > 0 && 2 * availableHours(s) < hours) {
      return false;
    }
    return distanceKm(s.lat(), s.lng(), t.lat[row], t.lng[row]) <= s.maxDistanceKm();
  }

  /**
   * The score (0..1) of a posting that passed the filters; with a non-null {@code parts} (length
   * {@link Part#COUNT}) the parts' values are written there.
   */
  public double score(SeekerFeatures s, PostingTable t, int row, double[] parts) {
    double occupation = s.wants(t.occupation[row]) ? 1 : s.inGroup(t.group[row]) ? SAME_GROUP : 0;
    double d = distanceKm(s.lat(), s.lng(), t.lat[row], t.lng[row]);
    double distance = s.maxDistanceKm() <= 0 ? 0 : clamp(1 - d / s.maxDistanceKm());
    double pay = payValue(s.minPayMonthFen(), t.payMaxMonth[row]);
    int weekly = t.weeklyHours[row];
    double fit = weekly <= 0 ? HOURS_UNKNOWN : Math.min(1.0, availableHours(s) / (double) weekly);
    double hours = ((s.kinds() & t.kind[row]) != 0 ? 0.5 : 0) + 0.5 * fit;
    double priority = (s.relaxations() & t.relaxations[row]) != 0 ? 1 : 0;
    if (parts != null) {
      parts[0] = occupation;
      parts[1] = distance;
      parts[2] = pay;
      parts[3] = hours;
      parts[4] = priority;
    }
    double score =
        w[0] * occupation + w[1] * distance + w[2] * pay + w[3] * hours + w[4] * priority;
    return clamp(score);
  }

  /** Pay part: 0 below the minimum, 0.5 at it, rising to 1 at 1.5 times it. */
  static double payValue(long minMonth, long offeredMaxMonth) {
    if (minMonth <= 0) {
      return 1;
    }
    if (offeredMaxMonth < minMonth) {
      return 0;
    }
    return Math.min(1.0, 0.5 + ((double) offeredMaxMonth / minMonth - 1.0));
  }

  /** Hours a week the seeker can work, leaving out night hours for minors. */
  public static int availableHours(SeekerFeatures s) {
    boolean minor = s.age() >= 0 && s.age() < ADULT_AGE;
    long a0 = s.availability0();
    long a1 = s.availability1();
    long a2 = s.availability2();
    if (minor) {
      a0 &= DAY_HOURS[0];
      a1 &= DAY_HOURS[1];
      a2 &= DAY_HOURS[2];
    }
    return Long.bitCount(a0) + Long.bitCount(a1) + Long.bitCount(a2);
  }

  public static boolean retired(SeekerFeatures s) {
    return s.age() >= (s.female() ? RETIREMENT_AGE_WOMEN : RETIREMENT_AGE_MEN);
  }

  /**
   * Distance in km on an equirectangular projection about the two points' mean latitude: within a
   * city it differs from the great circle by far less than a metre per kilometre, and costs one
   * cosine.
   */
  public static double distanceKm(double lat1, double lng1, double lat2, double lng2) {
    double phi = Math.toRadians((lat1 + lat2) * 0.5);
    double x = Math.toRadians(lng2 - lng1) * Math.cos(phi);
    double y = Math.toRadians(lat2 - lat1);
    return EARTH_KM * Math.sqrt(x * x + y * y);
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }

  /** The 168-hour mask of 06:00-22:00 every day (the hours minors may work). */
  private static long[] nightMask() {
    long[] bits = new long[3];
    for (int day = 0; day < 7; day++) {
      for (int h = 6; h < 22; h++) {
        int hour = day * 24 + h;
        bits[hour >>> 6] |= 1L << (hour & 63);
      }
    }
    return bits;
  }
}
