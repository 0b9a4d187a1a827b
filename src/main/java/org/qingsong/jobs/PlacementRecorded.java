package org.qingsong.jobs;

import java.time.LocalDate;
import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;

/**
 * Published when a hire records a placement, in the same transaction: who was placed, by which
 * employer, in which posting and occupation, on which day, at the posting's lowest pay.
 */
public record PlacementRecorded(
    long personId,
    long employerId,
    long postingId,
    String occupationCode,
    LocalDate placedOn,
    Money payMin,
    PayUnit payUnit) {}
