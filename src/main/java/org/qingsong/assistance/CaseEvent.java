package org.qingsong.assistance;

import java.time.OffsetDateTime;

/** One step in a case's history: the status it left, the one it entered, who, when and why. */
public record CaseEvent(
    CaseStatus from, CaseStatus to, String note, OffsetDateTime at, String by) {}
