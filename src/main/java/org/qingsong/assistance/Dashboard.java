package org.qingsong.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qingsong.common.Money;

/**
 * The case worker's dashboard: caseload by street and category, cases by status, spending per
 * month, verification against the working-day target (share on time, average working days), overdue
 * tasks, exits to work, open referrals and proposals.
 */
public record Dashboard(
    String districtCode,
    List<CaseloadRow> caseload,
    List<StatusRow> statuses,
    List<MonthSpending> spending,
    Verification verification,
    List<VerificationTask> overdueTasks,
    long exitsToWork,
    long openReferrals,
    long openProposals) {

  public Dashboard {
    caseload = List.copyOf(caseload);
    statuses = List.copyOf(statuses);
    spending = List.copyOf(spending);
    overdueTasks = List.copyOf(overdueTasks);
  }

  /** Supported households of one street: A 低保, B 特困, C edge, D other special hardship. */
  public record CaseloadRow(String streetCode, String streetName, long a, long b, long c, long d) {
    public long total() {
      return a + b + c + d;
    }
  }

  public record StatusRow(CaseStatus status, long cases) {}

  public record MonthSpending(String month, Money amount) {}

  /**
   * Verification timeliness: answered tasks, how many within the target, the share on time (a
   * percentage with one decimal, null before any answer), the average working days taken, and the
   * tasks overdue now.
   */
  public record Verification(
      int targetWorkingDays,
      long answered,
      long onTime,
      BigDecimal onTimePercent,
      BigDecimal averageWorkingDays,
      long overdue) {

    static Verification of(int target, long answered, long onTime, long days, long overdue) {
      return new Verification(
          target,
          answered,
          onTime,
          answered == 0
              ? null
              : BigDecimal.valueOf(onTime * 1000L / answered, 1)
                  .add(BigDecimal.ZERO)
                  .setScale(1, RoundingMode.UNNECESSARY),
          answered == 0
              ? null
              : BigDecimal.valueOf(days)
                  .divide(BigDecimal.valueOf(answered), 1, RoundingMode.HALF_UP),
          overdue);
    }
  }
}
