package org.qingsong.matching.assignment;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;

/**
 * OR-Tools' exact linear sum assignment (Goldberg–Kennedy cost scaling) on a square, dense problem.
 * The native library is loaded on first use (a few seconds: it is unpacked from its jar), not at
 * start-up.
 */
public final class LinearSumAssignmentSolver {
  private volatile boolean loaded;

  /**
   * The column of each row in a pairing of maximal total value; rows beyond the columns (or pairs
   * marked {@code forbidden}) get -1. Values must be non-negative apart from {@code forbidden}.
   */
  public int[] maximise(int[][] value, int forbidden) {
    load();
    int rows = value.length;
    int columns = value[0].length;
    int n = Math.max(rows, columns);
    LinearSumAssignment assignment = new LinearSumAssignment();
    try {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          int v = i < rows && j < columns ? value[i][j] : 0;
          // Minimises cost: the negated value. Dummy and forbidden pairs cost nothing.
          assignment.addArcWithCost(i, j, v == forbidden ? 0 : -(long) v);
        }
      }
      LinearSumAssignment.Status status = assignment.solve();
      if (status != LinearSumAssignment.Status.OPTIMAL) {
        throw new IllegalStateException("linear sum assignment failed: " + status);
      }
      int[] columnOf = new int[rows];
      for (int i = 0; i < rows; i++) {
        int j = assignment.getRightMate(i);
        columnOf[i] = j < columns && value[i][j] != forbidden ? j : -1;
      }
      return columnOf;
    } finally {
      assignment.delete();
    }
  }

  private void load() {
    if (!loaded) {
      synchronized (this) {
        if (!loaded) {
          Loader.loadNativeLibraries();
          loaded = true;
        }
      }
    }
  }
}
