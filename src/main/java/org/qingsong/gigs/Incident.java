package org.qingsong.gigs;

/** Something that went wrong during a visit (a fall, a refusal to eat …), with its severity. */
public record Incident(Severity severity, String description) {
  /** How serious an incident is; HIGH means the family and staff should act at once. */
  public enum Severity {
    LOW,
    MEDIUM,
    HIGH
  }
}
