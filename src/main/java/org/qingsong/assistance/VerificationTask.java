package org.qingsong.assistance;

import java.time.LocalDate;
import org.qingsong.common.Money;

/**
 * A request to one department to verify one case's declarations, due a number of working days after
 * it was sent. {@code weekendsOnly} says the due date was counted with weekends alone, for want of
 * an official calendar for that year. {@code workingDays} is how many working days the answer took.
 */
public record VerificationTask(
    long id,
    long caseId,
    String receiptNo,
    long departmentId,
    String departmentCode,
    String departmentName,
    String departmentNameEn,
    LocalDate sentOn,
    LocalDate dueOn,
    boolean weekendsOnly,
    String answer,
    String findingKind,
    String findingText,
    Long findingPersonId,
    Money findingAmount,
    LocalDate answeredOn,
    String answeredBy,
    Integer workingDays,
    boolean overdue) {}
