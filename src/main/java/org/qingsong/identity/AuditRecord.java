package org.qingsong.identity;

import java.time.OffsetDateTime;

/** One entry of the append-only audit trail: who did what to which record, when, from where. */
public record AuditRecord(
    long id,
    OffsetDateTime at,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String detail,
    String remoteAddress) {}
