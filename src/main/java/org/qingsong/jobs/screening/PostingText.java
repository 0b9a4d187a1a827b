package org.qingsong.jobs.screening;

import java.util.Objects;
import java.util.Set;

/**
 * What the screen reads of a posting: its free text as the employer entered it, its pay, and the
 * standing of its employer. Missing text is taken as empty.
 *
 * @param contact how to get in touch, as typed (phone, WeChat, address …)
 * @param payUnit {@code MONTH}, {@code DAY} or {@code HOUR}
 * @param weeklyHours working hours per week, or 0 when not known
 */
public record PostingText(
    String title,
    String description,
    String contact,
    String occupationCode,
    long payMinFen,
    long payMaxFen,
    String payUnit,
    int weeklyHours,
    boolean employerVerified,
    boolean employerSuspended,
    boolean creditCodeFlagged) {

  static final Set<String> PAY_UNITS = Set.of("MONTH", "DAY", "HOUR");

  public PostingText {
    title = Objects.requireNonNullElse(title, "");
    description = Objects.requireNonNullElse(description, "");
    contact = Objects.requireNonNullElse(contact, "");
    occupationCode = Objects.requireNonNullElse(occupationCode, "");
    if (!PAY_UNITS.contains(payUnit)) {
      throw new IllegalArgumentException("pay unit must be MONTH, DAY or HOUR: " + payUnit);
    }
    if (payMinFen < 0 || payMaxFen < payMinFen) {
      throw new IllegalArgumentException("pay range must be 0 <= min <= max");
    }
    if (weeklyHours < 0 || weeklyHours > 168) {
      throw new IllegalArgumentException("weekly hours must be between 0 and 168");
    }
  }
}
