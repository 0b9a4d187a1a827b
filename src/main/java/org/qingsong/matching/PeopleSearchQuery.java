package org.qingsong.matching;

import java.util.Locale;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;

/**
 * A staff search of active job seekers. Null means "any". {@code occupation} keeps seekers who want
 * that occupation among others, {@code group} those in that priority group, {@code kind} those who
 * take that kind of work. {@code radiusKm} needs a location; a location without a radius only sorts
 * and reports distances. The limits are the job search's.
 */
public record PeopleSearchQuery(
    String text,
    Double lat,
    Double lng,
    Double radiusKm,
    String occupationCode,
    PriorityGroup group,
    WorkKind kind,
    String districtCode,
    String streetCode,
    int page,
    int size) {

  public boolean hasLocation() {
    return lat != null && lng != null;
  }

  /** Best match first with words, else nearest first with a location, else latest changed. */
  public SearchSort sort() {
    return text != null
        ? SearchSort.RELEVANCE
        : hasLocation() ? SearchSort.DISTANCE : SearchSort.NEWEST;
  }

  /** The same search limited to a street (staff) or a district (case workers). */
  PeopleSearchQuery within(String street, String district) {
    return new PeopleSearchQuery(
        text,
        lat,
        lng,
        radiusKm,
        occupationCode,
        group,
        kind,
        district == null ? districtCode : district,
        street == null ? streetCode : street,
        page,
        size);
  }

  /**
   * Reads the query as the API and the page receive it, all parameters as text, and reports every
   * invalid one at once (400 with field errors).
   */
  public static PeopleSearchQuery parse(
      String q,
      String lat,
      String lng,
      String radiusKm,
      String occupation,
      String group,
      String kind,
      String district,
      String street,
      String page,
      String size) {
    FieldErrors errors = new FieldErrors();
    String text = errors.optionalText("q", q, JobSearchQuery.MAX_TEXT);
    Double la =
        errors
            .parseOptional(
                "lat", lat, v -> JobSearchQuery.number(v, -90, 90, "matching.search.lat"))
            .orElse(null);
    Double ln =
        errors
            .parseOptional(
                "lng", lng, v -> JobSearchQuery.number(v, -180, 180, "matching.search.lng"))
            .orElse(null);
    if (JobSearchQuery.blank(lat) != JobSearchQuery.blank(lng)) {
      errors.add(JobSearchQuery.blank(lat) ? "lat" : "lng", "matching.search.location.pair");
    }
    Double radius =
        errors
            .parseOptional(
                "radiusKm",
                radiusKm,
                v -> JobSearchQuery.radius(Double.valueOf(JobSearchQuery.number(v))))
            .orElse(null);
    if (!JobSearchQuery.blank(radiusKm) && JobSearchQuery.blank(lat) && JobSearchQuery.blank(lng)) {
      errors.add("radiusKm", "matching.search.radius.needsLocation");
    }
    String occupationCode =
        errors.parseOptional("occupation", occupation, JobSearchQuery::code).orElse(null);
    PriorityGroup g =
        errors.parseOptional("group", group, PeopleSearchQuery::priorityGroup).orElse(null);
    WorkKind k = errors.parseOptional("kind", kind, PeopleSearchQuery::workKind).orElse(null);
    String districtCode =
        errors.parseOptional("district", district, JobSearchQuery::division).orElse(null);
    String streetCode =
        errors.parseOptional("street", street, JobSearchQuery::division).orElse(null);
    int p =
        errors
            .parseOptional(
                "page",
                page,
                v -> JobSearchQuery.integer(v, 0, Integer.MAX_VALUE, "matching.search.page"))
            .orElse(0);
    int n =
        errors
            .parseOptional(
                "size",
                size,
                v -> JobSearchQuery.integer(v, 1, JobSearchQuery.MAX_SIZE, "matching.search.size"))
            .orElse(JobSearchQuery.DEFAULT_SIZE);
    if (!errors.has("page") && !errors.has("size") && (long) p * n > JobSearchQuery.MAX_OFFSET) {
      errors.add("page", "matching.search.page.tooDeep", JobSearchQuery.MAX_OFFSET);
    }
    errors.throwIfAny();
    return new PeopleSearchQuery(
        text, la, ln, radius, occupationCode, g, k, districtCode, streetCode, p, n);
  }

  private static PriorityGroup priorityGroup(String raw) {
    try {
      return PriorityGroup.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("person.priorityGroup.unknown", raw.strip());
    }
  }

  private static WorkKind workKind(String raw) {
    try {
      return WorkKind.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("seeker.kind.unknown", raw.strip());
    }
  }
}
