package org.qingsong.jobs;

import java.time.OffsetDateTime;

/**
 * A resident's consent to appear on stations' job-seeking walls, with the job they want. Withdrawn
 * consent takes them off every wall at once, including walls already published.
 */
public record SeekerConsent(
    long personId,
    String wantedJob,
    OffsetDateTime consentedAt,
    String consentedBy,
    OffsetDateTime withdrawnAt) {

  public boolean active() {
    return withdrawnAt == null;
  }
}
