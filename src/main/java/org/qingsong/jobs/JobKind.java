package org.qingsong.jobs;

/** How a job is worked. */
public enum JobKind {
  FULL_TIME,
  PART_TIME,
  GIG
}
