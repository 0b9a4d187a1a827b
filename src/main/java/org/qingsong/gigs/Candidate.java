package org.qingsong.gigs;

import java.util.List;

/**
 * A worker considered for a visit, with every rule's outcome. Eligible candidates are ranked (1 =
 * best: nearest walk, then fewest hours already booked that day); ineligible ones carry the rules
 * they fail.
 */
public record Candidate(
    long workerId,
    String name,
    String phone,
    String stationName,
    boolean eligible,
    Integer rank,
    long walkingMeters,
    double walkingMinutes,
    int minutesThatDay,
    int maxMinutesPerDay,
    List<Check> checks) {

  public Candidate {
    checks = List.copyOf(checks);
  }
}
