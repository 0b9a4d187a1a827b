package org.qingsong.gigs;

import java.util.List;
import java.util.Optional;

/** A dispatcher's answer: a worker for some visits, and for the others why there is none. */
public record DispatchPlan(List<Assignment> assignments, List<Unassigned> unassigned) {

  public DispatchPlan {
    assignments = List.copyOf(assignments);
    unassigned = List.copyOf(unassigned);
  }

  public Optional<Long> workerFor(long visitId) {
    return assignments.stream()
        .filter(a -> a.visitId() == visitId)
        .map(Assignment::workerId)
        .findFirst();
  }

  /** A visit given to a worker. */
  public record Assignment(long visitId, long workerId) {}

  /**
   * A visit left without a worker: the rule that stopped the worker who came closest (null when no
   * worker was considered at all), as a message code with its arguments.
   */
  public record Unassigned(
      long visitId, Long closestWorkerId, Check.Rule rule, String code, List<String> args) {
    public Unassigned {
      args = List.copyOf(args);
    }
  }
}
