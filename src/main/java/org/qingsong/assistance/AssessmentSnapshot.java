package org.qingsong.assistance;

import java.time.LocalDate;
import java.util.List;
import org.qingsong.common.Money;

/**
 * The result of an assessment as the case keeps it, so that a past decision keeps the rules of its
 * day: the category, the income per head, the standard that applied, the monthly amount, the
 * reasons, and the date whose rules were used.
 */
public record AssessmentSnapshot(
    String category,
    Money perCapitaIncome,
    Money standard,
    Money monthlyAmount,
    List<Reason> reasons,
    LocalDate ruleDate,
    LocalDate assessedOn) {

  public AssessmentSnapshot {
    reasons = List.copyOf(reasons);
  }
}
