package org.qingsong.identity;

/** What a user is allowed to do; each role is bound to the part of the city it serves. */
public enum Role {
  /** City IT: users, reference data, stations. */
  ADMIN,
  /** Employment specialist (就业专干) of one station, serving that station's street. */
  STAFF,
  /** Social-assistance case worker (救助经办) of one district. */
  CASEWORKER,
  /** The account of one employer. */
  EMPLOYER,
  /** A resident, bound to their own person record. */
  RESIDENT,
  /** Supervisor who reads the audit trail and statistics. */
  AUDITOR
}
