package org.qingsong.jobs;

import java.time.LocalDate;
import java.util.List;
import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;

/**
 * A posting made by the demo generator, stored as published by {@link JobsBulkLoad} without the
 * one-by-one path (the generator writes honest postings of verified employers only).
 */
public record GeneratedPosting(
    long employerId,
    String title,
    String description,
    String occupationCode,
    JobKind kind,
    int positions,
    Money payMin,
    Money payMax,
    PayUnit payUnit,
    String streetCode,
    double lat,
    double lng,
    Integer weeklyHours,
    String contact,
    LocalDate validUntil,
    List<String> certificates,
    List<Relaxation> relaxations) {

  public GeneratedPosting {
    certificates = List.copyOf(certificates);
    relaxations = List.copyOf(relaxations);
  }
}
