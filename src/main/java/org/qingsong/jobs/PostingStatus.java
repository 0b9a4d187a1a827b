package org.qingsong.jobs;

/**
 * Where a posting is in its life. Only {@link #PUBLISHED} postings are shown to residents; a
 * posting that fails screening or is reported waits in {@link #SCREENING} for station staff.
 */
public enum PostingStatus {
  DRAFT,
  SCREENING,
  PUBLISHED,
  REJECTED,
  FILLED,
  EXPIRED,
  WITHDRAWN
}
