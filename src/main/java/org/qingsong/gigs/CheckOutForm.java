package org.qingsong.gigs;

import java.util.List;

/** The care log as submitted on check-out: task codes of the service's checklist and the rest. */
public record CheckOutForm(List<String> tasks, String observations, List<IncidentForm> incidents) {
  /** An incident as submitted: {@code LOW}, {@code MEDIUM} or {@code HIGH} and what happened. */
  public record IncidentForm(String severity, String description) {}
}
