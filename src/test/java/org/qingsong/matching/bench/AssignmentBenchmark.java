package org.qingsong.matching.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.qingsong.matching.AssignmentSolution;
import org.qingsong.matching.AssignmentSolver;

/**
 * One-to-one assignment at scale: n candidates × n positions with random integer fits 0–1,000, the
 * library solver (OR-Tools) against an independent exact method (the Hungarian method with
 * potentials, O(n³), written here), on the same matrix. Prints one {@code name: value} line each.
 *
 * <pre>java -cp … org.qingsong.matching.bench.AssignmentBenchmark [n] [seed]</pre>
 */
public final class AssignmentBenchmark {
  private AssignmentBenchmark() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    run(n, seed).forEach(System.out::println);
  }

  public static List<String> run(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[][] fit = new int[n][n];
    for (int[] row : fit) {
      for (int j = 0; j < n; j++) {
        row[j] = random.nextInt(1001);
      }
    }
    AssignmentSolver solver = new AssignmentSolver();
    solver.solve(new int[][] {{1}}); // loads the native library outside the timing
    long t0 = System.nanoTime();
    AssignmentSolution library = solver.solve(fit);
    long libraryMs = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    long independent = hungarianMaximum(fit);
    long independentMs = (System.nanoTime() - t1) / 1_000_000;
    List<String> lines = new ArrayList<>();
    lines.add("assignment_n: " + n);
    lines.add("assignment_optimum: " + library.total());
    lines.add("assignment_independent_optimum: " + independent);
    lines.add("assignment_equal: " + (library.total() == independent));
    lines.add("assignment_library_ms: " + libraryMs);
    lines.add("assignment_independent_ms: " + independentMs);
    lines.add(
        "assignment_ratio: "
            + String.format("%.2f", libraryMs / (double) Math.max(1, independentMs)));
    return lines;
  }

  /**
   * The maximal total of a square matrix by the Hungarian method with row and column potentials
   * (shortest augmenting paths, one row at a time), on costs {@code max − fit}.
   */
  static long hungarianMaximum(int[][] fit) {
    int n = fit.length;
    long max = 0;
    for (int[] row : fit) {
      for (int f : row) {
        max = Math.max(max, f);
      }
    }
    long[] u = new long[n + 1];
    long[] v = new long[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    long[] minv = new long[n + 1];
    boolean[] used = new boolean[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      Arrays.fill(minv, Long.MAX_VALUE);
      Arrays.fill(used, false);
      do {
        used[j0] = true;
        int i0 = p[j0];
        long delta = Long.MAX_VALUE;
        int j1 = 0;
        int[] row = fit[i0 - 1];
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            long cur = (max - row[j - 1]) - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    long total = 0;
    for (int j = 1; j <= n; j++) {
      total += fit[p[j] - 1][j - 1];
    }
    return total;
  }
}
