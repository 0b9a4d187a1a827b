package org.qingsong.assistance;

import java.time.LocalDate;
import org.qingsong.common.Money;

/**
 * A decision on public display during its publicity period: the head of household's name masked
 * (张*), the street, the kind, the monthly amount and the period. Nothing else is shown.
 */
public record PublicityEntry(
    String receiptNo,
    String maskedName,
    String streetName,
    AssistanceKind kind,
    int householdSize,
    Money monthlyAmount,
    LocalDate from,
    LocalDate until) {}
