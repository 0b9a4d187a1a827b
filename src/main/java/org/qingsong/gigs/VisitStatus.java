package org.qingsong.gigs;

/**
 * A visit's life: requested, a worker assigned, checked in at the door, checked out with a care
 * log, rated by the family; or cancelled before check-in.
 */
public enum VisitStatus {
  REQUESTED,
  ASSIGNED,
  CHECKED_IN,
  CHECKED_OUT,
  RATED,
  CANCELLED;

  /** Completed visits are the ones that are paid for. */
  public boolean completed() {
    return this == CHECKED_OUT || this == RATED;
  }
}
