package org.qingsong.assistance;

/**
 * A department's answer to a verification task, unparsed: {@code answer} CLEAR or FINDING; a
 * finding has a kind (INCOME, VEHICLE, REAL_ESTATE, DEPOSITS, OTHER) and a text; an income finding
 * names the member ({@code personId}) and the monthly amount found (yuan), a deposits finding the
 * amount. {@code answeredOn} defaults to today.
 */
public record TaskAnswer(
    String answer,
    String findingKind,
    String text,
    Long personId,
    String amount,
    String answeredOn) {}
