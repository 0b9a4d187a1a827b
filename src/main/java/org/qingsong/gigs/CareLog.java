package org.qingsong.gigs;

import java.util.List;

/** What the worker recorded on check-out: checklist tasks done, observations, incidents. */
public record CareLog(List<ServiceTask> tasksDone, String observations, List<Incident> incidents) {
  public CareLog {
    tasksDone = List.copyOf(tasksDone);
    incidents = List.copyOf(incidents);
  }
}
