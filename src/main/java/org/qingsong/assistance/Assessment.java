package org.qingsong.assistance;

import java.time.LocalDate;
import java.util.List;
import org.qingsong.common.Money;

/**
 * The outcome of an assessment: the category, the household's counted income per head (rounded half
 * up to the fen), the standard that applied (the 低保 standard, or the extreme-hardship standard for
 * {@link AssistanceCategory#EXTREME_HARDSHIP}), the monthly amount payable (zero for {@code EDGE}
 * and {@code NONE}), the reasons in order, and the rule versions used.
 */
public record Assessment(
    LocalDate date,
    AssistanceCategory category,
    Money perCapitaIncome,
    Money standard,
    Money monthlyAmount,
    List<Reason> reasons,
    List<RuleVersion> rules) {
  public Assessment {
    reasons = List.copyOf(reasons);
    rules = List.copyOf(rules);
  }
}
