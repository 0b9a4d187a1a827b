package org.qingsong.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.Money;

/**
 * A case: one household's application for one kind of assistance, from intake to closing, with the
 * household's members, its assets and the latest assessment. Personal numbers are masked.
 */
public record AssistanceCase(
    long id,
    String receiptNo,
    AssistanceKind kind,
    IntakeChannel channel,
    CaseStatus status,
    long applicantId,
    String applicantName,
    String streetCode,
    String streetName,
    String districtCode,
    String areaType,
    LocalDate receivedOn,
    String need,
    String bankAccount,
    Assets assets,
    Money medicalCosts,
    LowIncomeCategory category,
    Money paidAmount,
    AssessmentSnapshot assessment,
    String decisionNote,
    LocalDate publicityFrom,
    LocalDate publicityUntil,
    LocalDate activeFrom,
    LocalDate reviewDue,
    LocalDate exitUntil,
    boolean exitToWork,
    LocalDate closedOn,
    String closedReason,
    OffsetDateTime createdAt,
    String createdBy,
    List<Member> members) {

  public AssistanceCase {
    members = List.copyOf(members);
  }

  /** The monthly amount the assessment found; zero before one. */
  public Money assessedAmount() {
    return assessment == null ? new Money(0) : assessment.monthlyAmount();
  }
}
