package org.qingsong.jobs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.Money;
import org.qingsong.occupations.PayUnit;

/** A job posting with everything a resident, an employer or a reviewer sees of it. */
public record Posting(
    long id,
    long employerId,
    String employerName,
    String title,
    String description,
    String occupationCode,
    JobKind kind,
    int positions,
    Money payMin,
    Money payMax,
    PayUnit payUnit,
    String streetCode,
    String streetName,
    String districtCode,
    Double lat,
    Double lng,
    Integer weeklyHours,
    String contact,
    LocalDate validUntil,
    PostingStatus status,
    List<String> certificates,
    List<String> skills,
    List<Relaxation> relaxations,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime publishedAt) {

  public Posting {
    certificates = List.copyOf(certificates);
    skills = List.copyOf(skills);
    relaxations = List.copyOf(relaxations);
  }
}
