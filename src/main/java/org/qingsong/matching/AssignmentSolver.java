package org.qingsong.matching;

import org.qingsong.matching.assignment.LinearSumAssignmentSolver;
import org.springframework.stereotype.Component;

/**
 * Exact one-to-one assignment: given a fit for every candidate and position, the pairing that
 * maximises the total fit. Rectangular problems are padded with dummy rows or columns of fit 0, so
 * some candidates stay unplaced (or some positions unfilled) when there are more of them. A fit of
 * {@link #FORBIDDEN} means the pair may not be made; since every other fit is at least 0, the
 * optimum never needs a forbidden pair, and one the padded problem uses is reported as no pair at
 * all.
 *
 * <p>Solved by OR-Tools' {@code LinearSumAssignment} (cost scaling, exact for integer costs).
 */
@Component
public class AssignmentSolver {
  /** Marks a pair that may not be made. */
  public static final int FORBIDDEN = -1;

  /** The largest fit of one pair; with at most {@link #MAX_SIZE} pairs, totals stay exact. */
  public static final int MAX_FIT = 1_000_000;

  /** The largest number of candidates or positions in one problem. */
  public static final int MAX_SIZE = 2_000;

  private final LinearSumAssignmentSolver solver = new LinearSumAssignmentSolver();

  /**
   * The optimal pairing for {@code fit[candidate][position]}; every row must have the same length,
   * and every fit be {@link #FORBIDDEN} or between 0 and {@link #MAX_FIT}.
   */
  public AssignmentSolution solve(int[][] fit) {
    int rows = fit.length;
    int columns = rows == 0 ? 0 : fit[0].length;
    if (rows > MAX_SIZE || columns > MAX_SIZE) {
      throw new IllegalArgumentException("at most " + MAX_SIZE + " candidates and positions");
    }
    for (int[] row : fit) {
      if (row.length != columns) {
        throw new IllegalArgumentException("every row needs " + columns + " fits");
      }
      for (int f : row) {
        if (f != FORBIDDEN && (f < 0 || f > MAX_FIT)) {
          throw new IllegalArgumentException("fit out of range: " + f);
        }
      }
    }
    if (rows == 0 || columns == 0) {
      int[] none = new int[rows];
      java.util.Arrays.fill(none, -1);
      return new AssignmentSolution(none, 0);
    }
    int[] column = solver.maximise(fit, FORBIDDEN);
    long total = 0;
    for (int i = 0; i < rows; i++) {
      if (column[i] >= 0) {
        total += fit[i][column[i]];
      }
    }
    return new AssignmentSolution(column, total);
  }
}
