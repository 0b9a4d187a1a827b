package org.qingsong.people;

/**
 * How a seeker is willing to work; the same names as the job postings' kinds, so that a profile and
 * a posting compare by name.
 */
public enum WorkKind {
  FULL_TIME,
  PART_TIME,
  GIG
}
