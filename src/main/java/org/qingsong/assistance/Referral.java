package org.qingsong.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * An able-bodied unemployed member of an assisted household referred to their station's employment
 * services, with open postings that may suit them (the street's first, then the district's). The ID
 * number is masked.
 */
public record Referral(
    long id,
    long caseId,
    String receiptNo,
    long personId,
    String name,
    String idNumber,
    int age,
    String streetCode,
    String status,
    LocalDate referredOn,
    LocalDate placedOn,
    Long postingId,
    List<JobSuggestion> jobs) {

  public Referral {
    jobs = List.copyOf(jobs);
  }

  /** A posting suggested to the referred person. */
  public record JobSuggestion(
      long postingId, String title, String employerName, String streetName) {}
}
