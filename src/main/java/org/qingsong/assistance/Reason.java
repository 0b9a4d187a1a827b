package org.qingsong.assistance;

import java.util.List;

/**
 * One step of an assessment's explanation: a message code of the {@code assistance} bundle and its
 * arguments (already formatted: yuan as plain numbers, dates as ISO), rendered in the reader's
 * language by {@link Assessments#explain}.
 */
public record Reason(String code, List<String> args) {
  public Reason {
    args = List.copyOf(args);
  }

  public static Reason of(String code, Object... args) {
    return new Reason(code, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }
}
