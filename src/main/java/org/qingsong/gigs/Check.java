package org.qingsong.gigs;

import java.util.List;

/**
 * The outcome of one eligibility rule for one worker and one visit, with a message code and its
 * arguments for the text shown to staff (names come as a Chinese and an English argument, so each
 * language's message picks its own).
 */
public record Check(Rule rule, boolean passed, String code, List<String> args) {
  public Check {
    args = List.copyOf(args);
  }

  static Check pass(Rule rule, String code, String... args) {
    return new Check(rule, true, code, List.of(args));
  }

  static Check fail(Rule rule, String code, String... args) {
    return new Check(rule, false, code, List.of(args));
  }

  /** The rules, in the order they are checked; {@code DISTANCE} informs and never fails. */
  public enum Rule {
    ACTIVE,
    SERVICE,
    CERTIFICATE,
    AVAILABILITY,
    DAILY_HOURS,
    NO_CLASH,
    DISTANCE
  }
}
