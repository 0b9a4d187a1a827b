package org.qingsong.matching.dispatch;

import org.qingsong.common.GeoPoint;
import org.qingsong.geography.WalkingModel;

/**
 * Travel between two places: the geography module's street distance (great circle × 1.3) at an
 * urban pace of {@value #METERS_PER_MINUTE} m a minute (e-bike or bus with the walk to the stop;
 * the walking model's 75 m a minute would make a city-wide day impossible). The least time between
 * two visits of one worker is the larger of the travel buffer and this travel time.
 */
public final class TravelModel {
  public static final double METERS_PER_MINUTE = 250.0;

  private TravelModel() {}

  public static long meters(GeoPoint from, GeoPoint to) {
    return WalkingModel.walkingMeters(from, to);
  }

  public static int minutes(GeoPoint from, GeoPoint to) {
    return (int) Math.ceil(meters(from, to) / METERS_PER_MINUTE);
  }
}
