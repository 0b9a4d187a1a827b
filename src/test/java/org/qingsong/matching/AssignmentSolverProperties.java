package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The solver against brute force over every partial pairing, for up to 8 by 8. */
class AssignmentSolverProperties {
  private final AssignmentSolver solver = new AssignmentSolver();

  @Property(tries = 300)
  void totalEqualsTheBruteForceOptimum(@ForAll("problems") int[][] fit) {
    AssignmentSolution s = solver.solve(fit);
    assertThat(s.total()).isEqualTo(bruteForce(fit, 0, new boolean[fit[0].length]));
  }

  @Property(tries = 300)
  void pairsAreOneToOneAllowedAndAddUpToTheTotal(@ForAll("problems") int[][] fit) {
    AssignmentSolution s = solver.solve(fit);
    Set<Integer> used = new HashSet<>();
    long sum = 0;
    for (int c = 0; c < fit.length; c++) {
      int p = s.positionOf(c);
      if (p >= 0) {
        assertThat(used.add(p)).as("position %d given twice", p).isTrue();
        assertThat(fit[c][p]).isNotEqualTo(AssignmentSolver.FORBIDDEN);
        sum += fit[c][p];
      }
    }
    assertThat(sum).isEqualTo(s.total());
  }

  @Provide
  Arbitrary<int[][]> problems() {
    Arbitrary<Integer> fit =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just(AssignmentSolver.FORBIDDEN)),
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 30)));
    return Combinators.combine(
            Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 8))
        .flatAs(
            (rows, columns) ->
                fit.array(int[].class).ofSize(columns).array(int[][].class).ofSize(rows));
  }

  /** The best total over every way of giving each candidate an unused position or none. */
  private static long bruteForce(int[][] fit, int candidate, boolean[] used) {
    if (candidate == fit.length) {
      return 0;
    }
    long best = bruteForce(fit, candidate + 1, used);
    for (int p = 0; p < used.length; p++) {
      if (!used[p] && fit[candidate][p] != AssignmentSolver.FORBIDDEN) {
        used[p] = true;
        best = Math.max(best, fit[candidate][p] + bruteForce(fit, candidate + 1, used));
        used[p] = false;
      }
    }
    return best;
  }
}
