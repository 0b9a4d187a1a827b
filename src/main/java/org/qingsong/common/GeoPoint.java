package org.qingsong.common;

/** A WGS-84 point. Distances are great-circle (haversine) metres. */
public record GeoPoint(double lat, double lng) {
  private static final double EARTH_RADIUS_METERS = 6_371_008.8;

  public GeoPoint {
    if (Double.isNaN(lat) || lat < -90 || lat > 90) {
      throw new InvalidValueException("geo.lat");
    }
    if (Double.isNaN(lng) || lng < -180 || lng > 180) {
      throw new InvalidValueException("geo.lng");
    }
  }

  public double metersTo(GeoPoint other) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(other.lat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.lng - lng);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
