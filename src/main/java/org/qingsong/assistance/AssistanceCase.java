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

  /** The same case with {@code assessment} as its latest assessment. */
  public AssistanceCase withAssessment(AssessmentSnapshot assessment) {
    return with(assessment, members);
  }

  /** The same case with {@code members} as its household. */
  public AssistanceCase withMembers(List<Member> members) {
    return with(assessment, members);
  }

  private AssistanceCase with(AssessmentSnapshot assessment, List<Member> members) {
    return new AssistanceCase(
        id,
        receiptNo,
        kind,
        channel,
        status,
        applicantId,
        applicantName,
        streetCode,
        streetName,
        districtCode,
        areaType,
        receivedOn,
        need,
        bankAccount,
        assets,
        medicalCosts,
        category,
        paidAmount,
        assessment,
        decisionNote,
        publicityFrom,
        publicityUntil,
        activeFrom,
        reviewDue,
        exitUntil,
        exitToWork,
        closedOn,
        closedReason,
        createdAt,
        createdBy,
        members);
  }
}
