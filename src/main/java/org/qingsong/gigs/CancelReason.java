package org.qingsong.gigs;

/** Why a visit was cancelled; {@code OTHER} needs a note. */
public enum CancelReason {
  NOT_NEEDED,
  SCHEDULE_CHANGE,
  RECIPIENT_IN_HOSPITAL,
  WORKER_UNAVAILABLE,
  NO_WORKER_FOUND,
  OTHER
}
