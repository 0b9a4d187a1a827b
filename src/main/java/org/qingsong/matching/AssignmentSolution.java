package org.qingsong.matching;

import java.util.Arrays;

/**
 * An optimal pairing: {@code positionOf(candidate)} is the position given to a candidate, or -1
 * when the candidate stays unplaced; {@code total} is the sum of the fits of the pairs made.
 */
public final class AssignmentSolution {
  private final int[] positions;
  private final long total;

  public AssignmentSolution(int[] positions, long total) {
    this.positions = positions.clone();
    this.total = total;
  }

  public int positionOf(int candidate) {
    return positions[candidate];
  }

  public int candidates() {
    return positions.length;
  }

  public long total() {
    return total;
  }

  @Override
  public String toString() {
    return "AssignmentSolution" + Arrays.toString(positions) + " total " + total;
  }
}
