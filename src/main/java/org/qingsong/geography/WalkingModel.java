package org.qingsong.geography;

import org.qingsong.common.GeoPoint;

/**
 * How far a resident walks to a station. Streets are not straight lines, so the great-circle
 * distance is multiplied by a detour factor of 1.3 (typical of urban street grids, where measured
 * route/straight-line ratios run 1.2–1.4); the pace is 4.5 km/h (75 m a minute), a comfortable pace
 * for older residents. Ten minutes therefore reach 750 m of walking, about 577 m as the crow flies.
 */
public final class WalkingModel {
  public static final double DETOUR_FACTOR = 1.3;
  public static final double METERS_PER_MINUTE = 75.0;
  public static final double CIRCLE_MINUTES = 10.0;

  private WalkingModel() {}

  public static long walkingMeters(GeoPoint from, GeoPoint to) {
    return Math.round(from.metersTo(to) * DETOUR_FACTOR);
  }

  public static double walkingMinutes(long walkingMeters) {
    // Rounded up, so that a walk beyond the circle never reads as "10.0 minutes".
    return Math.ceil(walkingMeters / METERS_PER_MINUTE * 10.0) / 10.0;
  }

  public static boolean withinCircle(long walkingMeters) {
    return walkingMeters <= CIRCLE_MINUTES * METERS_PER_MINUTE;
  }

  /** The radius, as the crow flies, of the circle drawn on a map around a station. */
  public static double circleRadiusMeters() {
    return CIRCLE_MINUTES * METERS_PER_MINUTE / DETOUR_FACTOR;
  }
}
