package org.qingsong.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks at toy size: their output has the promised shape (not a speed check). */
class BenchmarkSmokeTest {

  @Test
  void theAssignmentBenchmarkPrintsItsFiguresAndAgreesWithTheIndependentMethod() {
    List<String> lines = AssignmentBenchmark.run(60, 7);
    assertThat(lines).allMatch(l -> l.matches("assignment_[a-z_]+: \\S+"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("assignment_optimum: "))
        .anyMatch(l -> l.startsWith("assignment_independent_ms: "))
        .anyMatch(l -> l.startsWith("assignment_ratio: "))
        .contains("assignment_equal: true");
  }

  @Test
  void theDispatchBenchmarkPrintsItsFigures() throws Exception {
    List<String> lines = DispatchBenchmark.run(30, 8, Duration.ofMillis(300), 7);
    assertThat(lines).allMatch(l -> l.matches("dispatch_[a-z_0-9]+: -?[0-9.]+"));
    assertThat(lines)
        .anyMatch(l -> l.startsWith("dispatch_soft_score: "))
        .anyMatch(l -> l.startsWith("dispatch_best_soft_score_10x: "))
        .anyMatch(l -> l.startsWith("dispatch_soft_gap_pct: "))
        .anyMatch(l -> l.startsWith("dispatch_unassigned: "))
        .contains("dispatch_hard_violations: 0");
  }

  @Test
  void theIndependentMethodFindsTheHandCheckedOptimum() {
    assertThat(AssignmentBenchmark.hungarianMaximum(new int[][] {{9, 2, 7}, {6, 4, 3}, {5, 8, 1}}))
        .isEqualTo(21);
  }
}
