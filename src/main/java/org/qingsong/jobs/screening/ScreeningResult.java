package org.qingsong.jobs.screening;

import java.util.List;

/** The flags a posting raised; a posting that raised none passes. */
public record ScreeningResult(List<FraudFlag> flags) {

  public ScreeningResult {
    flags = List.copyOf(flags);
  }

  public boolean passed() {
    return flags.isEmpty();
  }

  public List<String> rules() {
    return flags.stream().map(FraudFlag::rule).toList();
  }
}
