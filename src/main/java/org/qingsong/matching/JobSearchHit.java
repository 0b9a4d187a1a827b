package org.qingsong.matching;

import java.time.OffsetDateTime;
import org.qingsong.common.Money;
import org.qingsong.jobs.JobKind;
import org.qingsong.occupations.PayUnit;

/**
 * One posting found, as the index holds it (no database read per hit). {@code distanceKm} is set
 * when the query had a location; {@code locationApproximate} says the posting gave no point of its
 * own and its street's representative point stood in for it.
 */
public record JobSearchHit(
    long id,
    String title,
    long employerId,
    String employerName,
    String occupationCode,
    String occupationNameZh,
    String occupationNameEn,
    JobKind kind,
    Money payMin,
    Money payMax,
    PayUnit payUnit,
    String streetCode,
    String streetName,
    String districtCode,
    OffsetDateTime publishedAt,
    Double distanceKm,
    boolean locationApproximate) {}
