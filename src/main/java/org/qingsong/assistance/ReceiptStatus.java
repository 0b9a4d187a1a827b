package org.qingsong.assistance;

import java.time.LocalDate;

/** What an applicant may learn by receipt number: the kind, where it stands, since when. */
public record ReceiptStatus(
    String receiptNo, AssistanceKind kind, String status, LocalDate receivedOn) {}
