package org.qingsong.geography;

import org.qingsong.common.PageResult;

/**
 * How much of the city lives within ten minutes' walk of a station: the communities with a
 * representative point, how many of those are covered, the share, and (a page of) the uncovered
 * ones, farthest first — the candidates for the next station.
 */
public record Coverage(
    int communities, int covered, double coveredShare, PageResult<UncoveredCommunity> uncovered) {

  /** A community beyond the circle, with the walk to its nearest station. */
  public record UncoveredCommunity(
      String code,
      String name,
      String streetCode,
      String streetName,
      double lat,
      double lng,
      Long nearestStationId,
      long nearestStationWalkingMeters) {}
}
