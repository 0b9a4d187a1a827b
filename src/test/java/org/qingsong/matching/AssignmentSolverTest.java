package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingsong.matching.AssignmentSolver.FORBIDDEN;

import org.junit.jupiter.api.Test;

/** Small placement problems whose optimum was worked out by hand. */
class AssignmentSolverTest {
  private final AssignmentSolver solver = new AssignmentSolver();

  @Test
  void findsTheBestOfAllSixPairingsOfThreeByThree() {
    // Pairings: 9+4+1=14, 9+3+8=20, 2+6+1=9, 2+3+5=10, 7+6+8=21, 7+4+5=16.
    AssignmentSolution s = solver.solve(new int[][] {{9, 2, 7}, {6, 4, 3}, {5, 8, 1}});
    assertThat(s.total()).isEqualTo(21);
    assertThat(s.positionOf(0)).isEqualTo(2);
    assertThat(s.positionOf(1)).isEqualTo(0);
    assertThat(s.positionOf(2)).isEqualTo(1);
  }

  @Test
  void givesUpTheGreedyFirstChoiceWhenThatLosesOverall() {
    // Greedy gives candidate 0 its 10 and candidate 1 is left with 1: 11. The optimum is 9 + 9.
    AssignmentSolution s = solver.solve(new int[][] {{10, 9}, {9, 1}});
    assertThat(s.total()).isEqualTo(18);
    assertThat(s.positionOf(0)).isEqualTo(1);
    assertThat(s.positionOf(1)).isEqualTo(0);
  }

  @Test
  void leavesTheWeakestCandidateUnplacedWhenPositionsRunShort() {
    AssignmentSolution s = solver.solve(new int[][] {{5, 1}, {4, 6}, {3, 2}});
    assertThat(s.total()).isEqualTo(11);
    assertThat(s.positionOf(0)).isEqualTo(0);
    assertThat(s.positionOf(1)).isEqualTo(1);
    assertThat(s.positionOf(2)).isEqualTo(-1);
  }

  @Test
  void leavesAPositionUnfilledWhenCandidatesRunShort() {
    AssignmentSolution s = solver.solve(new int[][] {{1, 5, 3}, {4, 6, 2}});
    assertThat(s.total()).isEqualTo(9);
  }

  @Test
  void neverMakesAForbiddenPair() {
    AssignmentSolution s = solver.solve(new int[][] {{FORBIDDEN, 5}, {FORBIDDEN, 3}});
    assertThat(s.total()).isEqualTo(5);
    assertThat(s.positionOf(0)).isEqualTo(1);
    assertThat(s.positionOf(1)).isEqualTo(-1);
  }

  @Test
  void solvesAnEmptyProblem() {
    assertThat(solver.solve(new int[0][0]).total()).isZero();
  }

  @Test
  void refusesFitsOutsideTheRangeAndRaggedRows() {
    assertThatThrownBy(() -> solver.solve(new int[][] {{-5}}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> solver.solve(new int[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
