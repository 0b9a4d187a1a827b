package org.qingsong.assistance;

import java.time.LocalDate;

/** An objection raised during publicity, and how it was resolved (null while open). */
public record Objection(
    long id,
    long caseId,
    String detail,
    LocalDate raisedOn,
    String recordedBy,
    Boolean upheld,
    String resolution) {}
