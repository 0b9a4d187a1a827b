package org.qingsong.people;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.qingsong.occupations.PayUnit;

/**
 * A job-seeking profile as the API answers it: pay in yuan, the availability as hour ranges per
 * weekday (the format {@link JobSeekerForm} takes) and as a count of hours per week.
 */
public record JobSeekerView(
    long personId,
    boolean active,
    List<OccupationRef> occupations,
    BigDecimal minPay,
    PayUnit payUnit,
    double maxDistanceKm,
    List<WorkKind> kinds,
    Map<String, List<String>> availability,
    int availableHoursPerWeek,
    double lat,
    double lng,
    OffsetDateTime updatedAt,
    String updatedBy) {

  /** A wanted occupation with its names. */
  public record OccupationRef(String code, String nameZh, String nameEn) {}
}
