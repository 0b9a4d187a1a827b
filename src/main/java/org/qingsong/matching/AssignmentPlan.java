package org.qingsong.matching;

import java.util.List;

/**
 * The optimal placement: the pairs in the candidates' order, their total fit (the largest
 * possible), who stays unplaced and which positions stay unfilled, whether the fit was computed,
 * and how long the solver took.
 */
public record AssignmentPlan(
    List<AssignmentPair> pairs,
    long total,
    List<Long> unplacedCandidates,
    List<String> unfilledPositions,
    boolean fitComputed,
    long solverMillis) {
  public AssignmentPlan {
    pairs = List.copyOf(pairs);
    unplacedCandidates = List.copyOf(unplacedCandidates);
    unfilledPositions = List.copyOf(unfilledPositions);
  }
}
