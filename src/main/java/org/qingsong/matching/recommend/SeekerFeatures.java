package org.qingsong.matching.recommend;

/**
 * A job seeker reduced to what scoring needs. Occupation, group and certificate ids come from a
 * {@link Vocabulary}; {@code certificates} is sorted. Pay is in fen per month. {@code age} is -1
 * when unknown. {@code relaxations} is the mask of posting relaxations that suit the seeker's
 * priority groups ({@link Relevance}).
 */
public record SeekerFeatures(
    long personId,
    int[] occupations,
    int[] groups,
    double lat,
    double lng,
    double maxDistanceKm,
    long minPayMonthFen,
    long availability0,
    long availability1,
    long availability2,
    int kinds,
    int relaxations,
    int[] certificates,
    int age,
    boolean female) {

  /** Whether the seeker wants this occupation code exactly. */
  public boolean wants(int occupation) {
    for (int o : occupations) {
      if (o == occupation) {
        return true;
      }
    }
    return false;
  }

  public boolean inGroup(int group) {
    for (int g : groups) {
      if (g == group) {
        return true;
      }
    }
    return false;
  }

  public boolean holds(int certificate) {
    return java.util.Arrays.binarySearch(certificates, certificate) >= 0;
  }
}
