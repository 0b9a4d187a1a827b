package org.qingsong.assistance;

import org.qingsong.common.Money;

/**
 * One line of a month's payment roll: the case, the household head (ID number and bank account
 * masked unless the reader may see them in full), the street, the category and the amount.
 */
public record PaymentLine(
    long caseId,
    String receiptNo,
    String name,
    String idNumber,
    String bankAccount,
    String streetCode,
    String streetName,
    LowIncomeCategory category,
    Money amount,
    boolean gradualExit) {}
