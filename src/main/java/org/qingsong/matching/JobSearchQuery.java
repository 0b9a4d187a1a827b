package org.qingsong.matching;

import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Jobs;
import org.qingsong.occupations.PayUnit;

/**
 * A search of published postings. Null means "any". {@code payMin} is in {@code payUnit} (a month
 * when none is given) and keeps postings whose highest pay, converted to a month, reaches it.
 * {@code radiusKm} needs a location; a location without a radius only sorts and reports distances.
 */
public record JobSearchQuery(
    String text,
    Double lat,
    Double lng,
    Double radiusKm,
    JobKind kind,
    String occupationCode,
    String districtCode,
    String streetCode,
    Money payMin,
    PayUnit payUnit,
    SearchSort sort,
    int page,
    int size) {
  public static final int MAX_TEXT = 100;
  public static final double MAX_RADIUS_KM = 100;
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Results beyond this many are not paged to (refine the query instead). */
  public static final int MAX_OFFSET = 10_000;

  public JobSearchQuery {
    if (sort == null) {
      sort =
          text != null
              ? SearchSort.RELEVANCE
              : lat != null ? SearchSort.DISTANCE : SearchSort.NEWEST;
    }
  }

  public boolean hasLocation() {
    return lat != null && lng != null;
  }

  /** The minimum pay as fen a month, or null. */
  public Long payMinMonthlyFen() {
    return payMin == null
        ? null
        : SearchPay.monthlyFen(payMin.fen(), payUnit == null ? PayUnit.MONTH : payUnit);
  }

  /** Everything with its defaults: newest first, first page, 20 a page. */
  public static JobSearchQuery of(String text) {
    return parse(text, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Reads the query as the API and the page receive it, all parameters as text, and reports every
   * invalid one at once (400 with field errors).
   */
  public static JobSearchQuery parse(
      String q,
      String lat,
      String lng,
      String radiusKm,
      String kind,
      String occupation,
      String district,
      String street,
      String payMin,
      String payUnit,
      String sort,
      String page,
      String size) {
    FieldErrors errors = new FieldErrors();
    String text = errors.optionalText("q", q, MAX_TEXT);
    Double la =
        errors
            .parseOptional("lat", lat, v -> number(v, -90, 90, "matching.search.lat"))
            .orElse(null);
    Double ln =
        errors
            .parseOptional("lng", lng, v -> number(v, -180, 180, "matching.search.lng"))
            .orElse(null);
    if (blank(lat) != blank(lng)) {
      errors.add(blank(lat) ? "lat" : "lng", "matching.search.location.pair");
    }
    Double radius =
        errors
            .parseOptional("radiusKm", radiusKm, v -> radius(Double.valueOf(number(v))))
            .orElse(null);
    if (!blank(radiusKm) && blank(lat) && blank(lng)) {
      errors.add("radiusKm", "matching.search.radius.needsLocation");
    }
    JobKind k = errors.parseOptional("kind", kind, Jobs::kind).orElse(null);
    String occupationCode =
        errors.parseOptional("occupation", occupation, JobSearchQuery::code).orElse(null);
    String districtCode =
        errors.parseOptional("district", district, JobSearchQuery::division).orElse(null);
    String streetCode =
        errors.parseOptional("street", street, JobSearchQuery::division).orElse(null);
    Money pay = errors.parseOptional("payMin", payMin, Money::ofYuan).orElse(null);
    PayUnit unit = errors.parseOptional("payUnit", payUnit, Jobs::payUnit).orElse(null);
    SearchSort s = errors.parseOptional("sort", sort, SearchSort::parse).orElse(null);
    if (s == SearchSort.DISTANCE && (blank(lat) || blank(lng))) {
      errors.add("sort", "matching.search.sort.needsLocation");
    }
    int p =
        errors
            .parseOptional(
                "page", page, v -> integer(v, 0, Integer.MAX_VALUE, "matching.search.page"))
            .orElse(0);
    int n =
        errors
            .parseOptional("size", size, v -> integer(v, 1, MAX_SIZE, "matching.search.size"))
            .orElse(DEFAULT_SIZE);
    if (!errors.has("page") && !errors.has("size") && (long) p * n > MAX_OFFSET) {
      errors.add("page", "matching.search.page.tooDeep", MAX_OFFSET);
    }
    errors.throwIfAny();
    return new JobSearchQuery(
        text, la, ln, radius, k, occupationCode, districtCode, streetCode, pay, unit, s, p, n);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static double number(String raw) {
    try {
      double v = Double.parseDouble(raw.strip());
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        throw new InvalidValueException("field.wrongType");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new InvalidValueException("field.wrongType");
    }
  }

  static double number(String raw, double min, double max, String code) {
    double v = number(raw);
    if (v < min || v > max) {
      throw new InvalidValueException(code);
    }
    return v;
  }

  static double radius(Double km) {
    if (km <= 0 || km > MAX_RADIUS_KM) {
      throw new InvalidValueException("matching.search.radius.range", (int) MAX_RADIUS_KM);
    }
    return km;
  }

  static int integer(String raw, int min, int max, String code) {
    int v;
    try {
      v = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("field.wrongType");
    }
    if (v < min || v > max) {
      throw new InvalidValueException(code, max);
    }
    return v;
  }

  static String code(String raw) {
    String v = raw.strip().toUpperCase(java.util.Locale.ROOT);
    if (!v.matches("[A-Z]{2}[0-9]{3}")) {
      throw new InvalidValueException("matching.search.occupation.format");
    }
    return v;
  }

  static String division(String raw) {
    String v = raw.strip();
    if (!v.matches("[0-9]{6,12}")) {
      throw new InvalidValueException("matching.search.division.format");
    }
    return v;
  }
}
