package org.qingsong.jobs.web;

import java.util.Arrays;
import java.util.List;
import org.qingsong.jobs.PostingForm;

/**
 * The posting form as a browser sends it: numbers as typed, skills on one line separated by commas
 * or spaces, certificates one per line. Public because the template reads it.
 */
public record PostingPageForm(
    String employerId,
    String title,
    String description,
    String occupationCode,
    String kind,
    String positions,
    String payMin,
    String payMax,
    String payUnit,
    String streetCode,
    String weeklyHours,
    String contact,
    String validUntil,
    String certificates,
    String skills,
    List<String> relaxations) {

  static PostingPageForm empty(String streetCode, String validUntil) {
    return new PostingPageForm(
        "",
        "",
        "",
        "",
        "FULL_TIME",
        "1",
        "",
        "",
        "MONTH",
        streetCode,
        "",
        "",
        validUntil,
        "",
        "",
        List.of());
  }

  /**
   * The form for {@link org.qingsong.jobs.Jobs}. A number that does not parse becomes 0, which the
   * domain refuses with its range message ("between 1 and 999"), so the user hears about it along
   * with every other field.
   */
  PostingForm toForm() {
    return new PostingForm(
        employerId == null || employerId.isBlank() ? null : number(employerId).longValue(),
        title,
        description,
        occupationCode,
        kind,
        positions == null || positions.isBlank() ? null : number(positions),
        payMin,
        payMax,
        payUnit,
        streetCode,
        null,
        null,
        weeklyHours == null || weeklyHours.isBlank() ? null : number(weeklyHours),
        contact,
        validUntil,
        lines(certificates, "\\R"),
        lines(skills, "[,，、;；\\s]+"),
        relaxations == null ? List.of() : relaxations);
  }

  public boolean hasRelaxation(String name) {
    return relaxations != null && relaxations.contains(name);
  }

  private static Integer number(String raw) {
    try {
      return Integer.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static List<String> lines(String text, String separator) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split(separator))
        .map(String::strip)
        .filter(s -> !s.isBlank())
        .toList();
  }
}
