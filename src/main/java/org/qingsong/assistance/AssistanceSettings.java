package org.qingsong.assistance;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workflow's parameters, set with {@code qingsong.assistance.*} properties (see the README):
 * how many working days departments have to answer, the publicity period, the gradual-exit period,
 * how often each category is reviewed, and the working age used for referrals.
 */
@Component
public class AssistanceSettings {
  private final String receiptPrefix;
  private final int verificationWorkingDays;
  private final int publicityDays;
  private final int gradualExitMonths;
  private final Map<LowIncomeCategory, Integer> reviewMonths;
  private final int workingAgeFrom;
  private final int workingAgeTo;

  AssistanceSettings(
      @Value("${qingsong.assistance.receipt-prefix:ZZ}") String receiptPrefix,
      @Value("${qingsong.assistance.verification-working-days:5}") int verificationWorkingDays,
      @Value("${qingsong.assistance.publicity-days:7}") int publicityDays,
      @Value("${qingsong.assistance.gradual-exit-months:6}") int gradualExitMonths,
      @Value("${qingsong.assistance.review-months.a:12}") int reviewA,
      @Value("${qingsong.assistance.review-months.b:12}") int reviewB,
      @Value("${qingsong.assistance.review-months.c:6}") int reviewC,
      @Value("${qingsong.assistance.review-months.d:6}") int reviewD,
      @Value("${qingsong.assistance.working-age-from:16}") int workingAgeFrom,
      @Value("${qingsong.assistance.working-age-to:59}") int workingAgeTo) {
    if (verificationWorkingDays < 1 || publicityDays < 1 || gradualExitMonths < 0) {
      throw new IllegalArgumentException("qingsong.assistance.* periods must be positive");
    }
    this.receiptPrefix = receiptPrefix;
    this.verificationWorkingDays = verificationWorkingDays;
    this.publicityDays = publicityDays;
    this.gradualExitMonths = gradualExitMonths;
    this.reviewMonths =
        Map.of(
            LowIncomeCategory.A, reviewA,
            LowIncomeCategory.B, reviewB,
            LowIncomeCategory.C, reviewC,
            LowIncomeCategory.D, reviewD);
    this.workingAgeFrom = workingAgeFrom;
    this.workingAgeTo = workingAgeTo;
  }

  public String receiptPrefix() {
    return receiptPrefix;
  }

  public int verificationWorkingDays() {
    return verificationWorkingDays;
  }

  public int publicityDays() {
    return publicityDays;
  }

  public int gradualExitMonths() {
    return gradualExitMonths;
  }

  public int reviewMonths(LowIncomeCategory category) {
    return reviewMonths.get(category);
  }

  public int workingAgeFrom() {
    return workingAgeFrom;
  }

  public int workingAgeTo() {
    return workingAgeTo;
  }
}
