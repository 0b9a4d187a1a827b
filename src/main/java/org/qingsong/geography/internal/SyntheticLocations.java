package org.qingsong.geography.internal;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * Representative points for divisions that the reference data gives no coordinates for. District
 * centres are the approximate seats of Zhuzhou's districts and counties; streets and communities
 * are scattered around their parent, deterministically from their code. Plausible, not surveyed:
 * every such point is flagged {@code location_synthetic} and the UI says so.
 */
final class SyntheticLocations {
  private static final Map<String, double[]> DISTRICT_SEATS =
      Map.of(
          "430202", new double[] {27.8560, 113.1700},
          "430203", new double[] {27.8280, 113.1530},
          "430204", new double[] {27.8720, 113.1180},
          "430211", new double[] {27.8290, 113.0830},
          "430212", new double[] {27.7020, 113.1440},
          "430223", new double[] {27.0010, 113.3450},
          "430224", new double[] {26.7930, 113.5390},
          "430225", new double[] {26.4890, 113.7720},
          "430281", new double[] {27.6460, 113.4970});
  private static final double[] CITY_SEAT = {27.8290, 113.1330};
  private static final double METERS_PER_DEGREE_LAT = 111_320;

  private SyntheticLocations() {}

  static double[] city() {
    return CITY_SEAT.clone();
  }

  static double[] district(String code) {
    return DISTRICT_SEATS.getOrDefault(code, CITY_SEAT).clone();
  }

  /** Urban districts keep streets within 3 km; counties spread townships over 15 km. */
  static double[] street(String code, String name, double[] district) {
    boolean urbanDistrict = code.startsWith("43020") || code.startsWith("430211");
    boolean subdistrict = name.endsWith("街道");
    double radius = urbanDistrict ? 3000 : subdistrict ? 3500 : 15000;
    return scatter(code, district, radius);
  }

  /** Urban communities sit within about 1 km of their street's point, villages within 3 km. */
  static double[] community(String code, String name, double[] street) {
    boolean village = name.contains("村");
    return scatter(code, street, village ? 3000 : 1100);
  }

  private static double[] scatter(String code, double[] around, double radiusMeters) {
    SplittableRandom random = new SplittableRandom(Long.parseLong(code) * 0x9E3779B97F4A7C15L);
    double angle = random.nextDouble() * 2 * Math.PI;
    double distance = radiusMeters * Math.sqrt(0.05 + 0.95 * random.nextDouble());
    double dLat = distance * Math.cos(angle) / METERS_PER_DEGREE_LAT;
    double dLng =
        distance * Math.sin(angle) / (METERS_PER_DEGREE_LAT * Math.cos(Math.toRadians(around[0])));
    return new double[] {round(around[0] + dLat), round(around[1] + dLng)};
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
