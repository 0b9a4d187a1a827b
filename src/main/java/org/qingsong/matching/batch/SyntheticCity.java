package org.qingsong.matching.batch;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.qingsong.matching.recommend.PostingTable;
import org.qingsong.matching.recommend.SeekerFeatures;
import org.qingsong.people.WeeklyAvailability;

/**
 * A deterministic city of feature records for the batch benchmark, at any scale, without a
 * database: 14 occupation groups of 10 occupations each with Zipf-like popularity; 70 % of seekers
 * and 85 % of postings in the urban core of Zhuzhou (normal around 27.83 N 113.15 E, about 6 km
 * spread), the rest spread over the counties (26.3-28.1 N, 112.9-114.1 E); commutes of 3-30 km, the
 * demo profiles' weekly patterns, pay of 2,500-6,000 yuan wanted and 3,000-9,000 offered a month,
 * 15 % of postings requiring one of ten certificates, 30 % relaxing one requirement.
 */
public final class SyntheticCity {
  static final int GROUPS = 14;
  static final int PER_GROUP = 10;
  static final int OCCUPATIONS = GROUPS * PER_GROUP;
  static final int CERTIFICATES = 10;
  private static final double[] DISTANCES = {3, 5, 5, 8, 10, 10, 15, 20, 30};
  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);
  private static final WeeklyAvailability[] PATTERNS = {
    WeeklyAvailability.of(WEEKDAYS, 8, 18),
    WeeklyAvailability.of(WEEKDAYS, 8, 18),
    WeeklyAvailability.of(WEEKDAYS, 8, 12),
    WeeklyAvailability.of(WEEKDAYS, 13, 18),
    WeeklyAvailability.of(WEEKDAYS, 18, 22),
    WeeklyAvailability.of(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 8, 20),
    WeeklyAvailability.of(List.of(DayOfWeek.values()), 7, 19),
  };

  private final double[] popularity = new double[OCCUPATIONS];

  private SyntheticCity() {
    double sum = 0;
    for (int i = 0; i < OCCUPATIONS; i++) {
      popularity[i] = 1 / Math.pow(i + 1, 0.8);
      sum += popularity[i];
    }
    double acc = 0;
    for (int i = 0; i < OCCUPATIONS; i++) {
      acc += popularity[i] / sum;
      popularity[i] = acc;
    }
  }

  /** Generated postings and seekers. */
  public record City(PostingTable postings, List<SeekerFeatures> seekers) {}

  public static City generate(long seed, int seekers, int postings) {
    return new SyntheticCity().build(seed, seekers, postings);
  }

  static int group(int occupation) {
    return 1000 + occupation % GROUPS;
  }

  private City build(long seed, int seekerCount, int postingCount) {
    SplittableRandom r = new SplittableRandom(seed);
    PostingTable.Builder b = PostingTable.builder(postingCount);
    for (int i = 0; i < postingCount; i++) {
      int occ = occupation(r);
      double[] at = point(r, 0.85);
      long payMin = (3_000 + r.nextInt(4_000)) * 100L;
      long payMax = payMin + r.nextInt(2_001) * 100L;
      int kindRoll = r.nextInt(10);
      int kind = kindRoll < 6 ? 1 : kindRoll < 9 ? 2 : 4;
      int hours = r.nextInt(5) == 0 ? 0 : kind == 1 ? 40 + r.nextInt(9) : 12 + r.nextInt(20);
      int relax = r.nextInt(10) < 3 ? 1 << r.nextInt(6) : 0;
      int[] certs = r.nextInt(100) < 15 ? new int[] {r.nextInt(CERTIFICATES)} : new int[0];
      b.add(i + 1L, occ, group(occ), at[0], at[1], payMin, payMax, hours, kind, relax, certs, true);
    }
    List<SeekerFeatures> seekers = new ArrayList<>(seekerCount);
    for (int i = 0; i < seekerCount; i++) {
      int n = 1 + r.nextInt(3);
      int[] occs = new int[n];
      int filled = 0;
      while (filled < n) {
        int o =
            filled > 0 && r.nextBoolean()
                ? (occs[0] % GROUPS) + GROUPS * r.nextInt(PER_GROUP)
                : occupation(r);
        boolean dup = false;
        for (int j = 0; j < filled; j++) {
          dup |= occs[j] == o;
        }
        if (!dup) {
          occs[filled++] = o;
        }
      }
      int[] groups = new int[n];
      int g = 0;
      for (int o : occs) {
        boolean seen = false;
        for (int j = 0; j < g; j++) {
          seen |= groups[j] == group(o);
        }
        if (!seen) {
          groups[g++] = group(o);
        }
      }
      double[] at = point(r, 0.7);
      WeeklyAvailability week = PATTERNS[r.nextInt(PATTERNS.length)];
      int kinds = 0;
      while (kinds == 0) {
        kinds |= r.nextInt(10) < 7 ? 1 : 0;
        kinds |= r.nextInt(10) < 4 ? 2 : 0;
        kinds |= r.nextInt(10) < 2 ? 4 : 0;
      }
      int relax = r.nextInt(10) < 3 ? 1 << r.nextInt(6) : 0;
      int[] certs;
      int c = r.nextInt(10);
      if (c < 2) {
        certs = new int[] {r.nextInt(CERTIFICATES)};
      } else if (c < 3) {
        int a = r.nextInt(CERTIFICATES);
        int d = (a + 1 + r.nextInt(CERTIFICATES - 1)) % CERTIFICATES;
        certs = new int[] {Math.min(a, d), Math.max(a, d)};
      } else {
        certs = new int[0];
      }
      seekers.add(
          new SeekerFeatures(
              1_000_000L + i,
              occs,
              java.util.Arrays.copyOf(groups, g),
              at[0],
              at[1],
              DISTANCES[r.nextInt(DISTANCES.length)],
              (2_500 + r.nextInt(3_501)) * 100L,
              week.bits0(),
              week.bits1(),
              week.bits2(),
              kinds,
              relax,
              certs,
              18 + r.nextInt(48),
              r.nextBoolean()));
    }
    return new City(b.build(), seekers);
  }

  private int occupation(SplittableRandom r) {
    double u = r.nextDouble();
    int lo = 0;
    int hi = OCCUPATIONS - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (popularity[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double[] point(SplittableRandom r, double urban) {
    if (r.nextDouble() < urban) {
      return new double[] {27.83 + gaussian(r) * 0.05, 113.15 + gaussian(r) * 0.055};
    }
    return new double[] {26.3 + r.nextDouble() * 1.8, 112.9 + r.nextDouble() * 1.2};
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
