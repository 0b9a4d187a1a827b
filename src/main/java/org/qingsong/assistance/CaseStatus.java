package org.qingsong.assistance;

/**
 * Where a case stands: intake, verification by departments, assessment, review, the decision,
 * publicity, payment (possibly through a gradual exit) and closing.
 */
public enum CaseStatus {
  SUBMITTED,
  VERIFYING,
  ASSESSED,
  REVIEWED,
  APPROVED,
  REJECTED,
  PUBLICISED,
  ACTIVE,
  GRADUAL_EXIT,
  CLOSED;

  /** Cases that are in the low-income database and monitored. */
  public boolean supported() {
    return this == ACTIVE || this == GRADUAL_EXIT;
  }
}
