package org.qingsong.jobs.screening;

import java.util.List;

/**
 * One screening rule that matched a posting.
 *
 * @param rule the rule's stable code, e.g. {@code DEPOSIT}
 * @param reason message key of the reason shown to staff, e.g. {@code screening.deposit}; the
 *     message takes {@link #messageArguments()}
 * @param evidence what the rule matched on: phrases from the posting's text (after folding width,
 *     case, spacing and disguises) or the pay figures compared; empty for rules about the employer
 */
public record FraudFlag(String rule, String reason, List<String> evidence) {

  public FraudFlag {
    evidence = List.copyOf(evidence);
  }

  /** The evidence joined into the single argument {@code {0}} of the reason message. */
  public Object[] messageArguments() {
    return new Object[] {String.join("、", evidence)};
  }
}
