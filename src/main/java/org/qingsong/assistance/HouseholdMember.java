package org.qingsong.assistance;

import java.math.BigDecimal;

/**
 * One member of a household as the assessment sees them.
 *
 * @param name for the reasons only
 * @param monthlyIncome all of the member's monthly income in yuan (wages, pensions, business,
 *     support received), before any disregard
 * @param ableToWork whether the member can work; a member under the minor age, at or over the
 *     elderly age, or severely disabled counts as unable whatever this says
 * @param disability as on the disability card
 * @param age in whole years on the assessment date
 * @param hasAbleSupporter whether the member has a legal supporter (赡养、抚养、扶养义务人) outside the
 *     household who is able to support them; such a member is not in extreme hardship
 * @param newlyEmployed whether the member found work while the household was assisted (or during
 *     its gradual exit): part of their income is then disregarded, see {@link
 *     ThresholdName#EMPLOYMENT_INCOME_DISREGARD}
 */
public record HouseholdMember(
    String name,
    BigDecimal monthlyIncome,
    boolean ableToWork,
    DisabilityLevel disability,
    int age,
    boolean hasAbleSupporter,
    boolean newlyEmployed) {}
