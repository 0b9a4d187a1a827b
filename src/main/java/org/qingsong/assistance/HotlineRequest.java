package org.qingsong.assistance;

import java.time.OffsetDateTime;

/**
 * A request taken on the hotline: who called (phone masked), what they need, and the office (the
 * street's window) it was handed to.
 */
public record HotlineRequest(
    long id,
    String receiptNo,
    String callerName,
    String phone,
    String need,
    AssistanceKind kind,
    String officeCode,
    String officeName,
    String districtCode,
    String status,
    Long caseId,
    OffsetDateTime receivedAt,
    String receivedBy) {}
