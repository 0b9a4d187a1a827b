package org.qingsong.people.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.people.JobSeekerForm;
import org.qingsong.people.JobSeekerView;

/**
 * The job-seeking form of the person page as a browser posts it: up to three wanted occupations,
 * the kinds as checkboxes and one line of time ranges per weekday ("09:00-12:00, 14:00-18:00").
 */
public record SeekerPageForm(
    Boolean active,
    String occupation1,
    String occupation2,
    String occupation3,
    String minPay,
    String payUnit,
    String maxDistanceKm,
    List<String> kinds,
    String monday,
    String tuesday,
    String wednesday,
    String thursday,
    String friday,
    String saturday,
    String sunday) {

  static SeekerPageForm empty() {
    return new SeekerPageForm(
        true,
        "",
        "",
        "",
        "",
        "MONTH",
        "10",
        List.of("FULL_TIME"),
        "09:00-17:00",
        "09:00-17:00",
        "09:00-17:00",
        "09:00-17:00",
        "09:00-17:00",
        "",
        "");
  }

  static SeekerPageForm of(JobSeekerView v) {
    List<String> codes = v.occupations().stream().map(JobSeekerView.OccupationRef::code).toList();
    Map<String, List<String>> a = v.availability();
    return new SeekerPageForm(
        v.active(),
        codes.size() > 0 ? codes.get(0) : "",
        codes.size() > 1 ? codes.get(1) : "",
        codes.size() > 2 ? codes.get(2) : "",
        v.minPay().toPlainString(),
        v.payUnit().name(),
        trim(v.maxDistanceKm()),
        v.kinds().stream().map(Enum::name).toList(),
        line(a, DayOfWeek.MONDAY),
        line(a, DayOfWeek.TUESDAY),
        line(a, DayOfWeek.WEDNESDAY),
        line(a, DayOfWeek.THURSDAY),
        line(a, DayOfWeek.FRIDAY),
        line(a, DayOfWeek.SATURDAY),
        line(a, DayOfWeek.SUNDAY));
  }

  /** The line of one weekday, for the template. */
  public String day(String day) {
    return switch (DayOfWeek.valueOf(day)) {
      case MONDAY -> monday;
      case TUESDAY -> tuesday;
      case WEDNESDAY -> wednesday;
      case THURSDAY -> thursday;
      case FRIDAY -> friday;
      case SATURDAY -> saturday;
      case SUNDAY -> sunday;
    };
  }

  public boolean hasKind(String kind) {
    return kinds != null && kinds.contains(kind);
  }

  JobSeekerForm toForm() {
    List<String> codes = new ArrayList<>();
    for (String c : new String[] {occupation1, occupation2, occupation3}) {
      if (c != null && !c.isBlank()) {
        codes.add(c.strip());
      }
    }
    Map<String, List<String>> availability = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      String line = day(d.name());
      if (line != null && !line.isBlank()) {
        availability.put(
            d.name(), Arrays.stream(line.split("[,，、;；\\s]+")).filter(s -> !s.isBlank()).toList());
      }
    }
    Double distance = null;
    if (maxDistanceKm != null && !maxDistanceKm.isBlank()) {
      try {
        distance = Double.valueOf(maxDistanceKm.strip());
      } catch (NumberFormatException e) {
        distance = Double.NaN;
      }
    }
    return new JobSeekerForm(
        Boolean.TRUE.equals(active),
        codes,
        minPay,
        payUnit,
        distance,
        kinds == null ? List.of() : kinds,
        availability,
        null,
        null);
  }

  private static String line(Map<String, List<String>> a, DayOfWeek d) {
    return String.join(", ", a.getOrDefault(d.name(), List.of()));
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
