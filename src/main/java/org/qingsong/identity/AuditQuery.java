package org.qingsong.identity;

/** Filters of the audit trail; null means "any". */
public record AuditQuery(String actor, String action, String subjectType, String subjectId) {
  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null);
  }
}
