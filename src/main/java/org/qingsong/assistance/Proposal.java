package org.qingsong.assistance;

import java.time.LocalDate;

/**
 * A household monitoring found to qualify for more help without having asked (救助找人): e.g. an edge
 * household whose income fell below the 低保 standard. The case worker accepts it (which opens a case
 * without an application) or dismisses it.
 */
public record Proposal(
    long id,
    long caseId,
    String receiptNo,
    String applicantName,
    String districtCode,
    AssistanceKind kind,
    String reason,
    String status,
    LocalDate proposedOn,
    Long newCaseId) {}
