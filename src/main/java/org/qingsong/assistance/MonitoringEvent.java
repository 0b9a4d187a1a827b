package org.qingsong.assistance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.qingsong.common.Money;

/**
 * Something monitoring learnt about a supported household (an income change, a placement, a
 * hospital bill, a periodic review) and what the re-assessment made of it.
 */
public record MonitoringEvent(
    long id,
    long caseId,
    String kind,
    Long personId,
    Money amount,
    LocalDate occurredOn,
    String outcome,
    OffsetDateTime recordedAt,
    String recordedBy) {}
