package org.qingsong.matching;

/**
 * How well a person fits a posting, out of 100, as three explained parts: the occupation (50 when
 * one of the person's skills is one of the posting's skills or names its occupation, e.g. 养老护理 for
 * 养老护理员), the distance (30 on the spot, falling linearly to 0 at {@value #DISTANCE_ZERO_KM} km as
 * the crow flies between the person's community and the workplace) and the priority group (20 when
 * the posting's relaxed requirements welcome one of the person's priority groups: 4050 workers,
 * disabled people, graduates, parents).
 */
public record AssignmentFit(int occupation, int distance, int priority) {
  public static final int OCCUPATION = 50;
  public static final int DISTANCE = 30;
  public static final int PRIORITY = 20;
  public static final double DISTANCE_ZERO_KM = 15.0;

  public int total() {
    return occupation + distance + priority;
  }
}
