package org.qingsong.jobs;

/** "Relaxed requirements": a posting's promise to suit a priority group. */
public enum Relaxation {
  /** Welcomes "4050" workers (women over 40, men over 50). */
  SUITS_4050,
  SUITS_DISABLED,
  ACCESSIBLE_WORKPLACE,
  /** Hours that fit school runs and family care. */
  SUITS_PARENTS,
  SUITS_GRADUATES,
  NO_EXPERIENCE_NEEDED
}
