package org.qingsong.geography;

/** What a station offers. */
public enum StationKind {
  /** 就业服务站: registration, job walls, guidance. */
  EMPLOYMENT_SERVICE,
  /** 零工驿站: a gig station where household-service workers and customers meet. */
  GIG
}
