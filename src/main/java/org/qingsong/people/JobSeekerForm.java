package org.qingsong.people;

import java.util.List;
import java.util.Map;

/**
 * A job-seeking profile as the API and the person page send it. {@code minPay} is yuan per {@code
 * payUnit} (MONTH, DAY, HOUR); {@code kinds} are FULL_TIME, PART_TIME, GIG; {@code availability} is
 * hour ranges per weekday, e.g. {@code {"MONDAY":["09:00-12:00","14:00-18:00"]}} (see {@link
 * WeeklyAvailability}); {@code lat}/{@code lng} are optional and default to the person's community
 * (or street) point. {@code active} defaults to true.
 */
public record JobSeekerForm(
    Boolean active,
    List<String> occupationCodes,
    String minPay,
    String payUnit,
    Double maxDistanceKm,
    List<String> kinds,
    Map<String, List<String>> availability,
    Double lat,
    Double lng) {}
