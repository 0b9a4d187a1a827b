package org.qingsong.jobs;

/** An application's progress; {@code HIRED}, {@code REJECTED} and {@code WITHDRAWN} are final. */
public enum ApplicationStatus {
  APPLIED,
  INTERVIEW,
  OFFER,
  HIRED,
  REJECTED,
  WITHDRAWN;

  public boolean isFinal() {
    return this == HIRED || this == REJECTED || this == WITHDRAWN;
  }
}
