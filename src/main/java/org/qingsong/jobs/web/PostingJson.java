package org.qingsong.jobs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.PayUnit;

/** A posting in the API: pay in yuan. */
record PostingJson(
    long id,
    long employerId,
    String employerName,
    String title,
    String description,
    String occupationCode,
    JobKind kind,
    int positions,
    BigDecimal payMin,
    BigDecimal payMax,
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
    OffsetDateTime publishedAt) {

  static PostingJson of(Posting p) {
    return new PostingJson(
        p.id(),
        p.employerId(),
        p.employerName(),
        p.title(),
        p.description(),
        p.occupationCode(),
        p.kind(),
        p.positions(),
        p.payMin().yuan(),
        p.payMax().yuan(),
        p.payUnit(),
        p.streetCode(),
        p.streetName(),
        p.districtCode(),
        p.lat(),
        p.lng(),
        p.weeklyHours(),
        p.contact(),
        p.validUntil(),
        p.status(),
        p.certificates(),
        p.skills(),
        p.relaxations(),
        p.createdAt(),
        p.publishedAt());
  }
}
