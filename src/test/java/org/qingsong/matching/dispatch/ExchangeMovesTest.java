package org.qingsong.matching.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingsong.common.GeoPoint;

/** The search's own moves: exchanges and placements, and the hard rules they check first. */
class ExchangeMovesTest {
  static final GeoPoint NEAR = DispatchConstraintsTest.NEAR;
  static final GeoPoint FAR = DispatchConstraintsTest.FAR;

  static DispatchWorker worker(long id, int maxMinutes) {
    return new DispatchWorker(
        id, DispatchConstraintsTest.HOME, List.of(new int[] {0, 1440}), maxMinutes, 0, false);
  }

  static DispatchVisit visit(
      long id, int start, int end, GeoPoint where, DispatchWorker worker, DispatchWorker... may) {
    return visit(id, start, end, where, worker, false, may);
  }

  static DispatchVisit visit(
      long id,
      int start,
      int end,
      GeoPoint where,
      DispatchWorker worker,
      boolean pinned,
      DispatchWorker... may) {
    List<DispatchWorker> candidates = List.of(may);
    Set<Long> qualified = new java.util.HashSet<>();
    candidates.forEach(w -> qualified.add(w.getId()));
    return new DispatchVisit(
        id, start, end, 30, where, 0, qualified, candidates, Set.of(), worker, pinned);
  }

  static ExchangeMoves indexed(List<DispatchWorker> workers, DispatchVisit... visits) {
    DispatchSchedule schedule = new DispatchSchedule(workers, List.of(), List.of(visits));
    TravelMatrix.attach(schedule.getWorkers(), schedule.getVisits());
    ExchangeMoves moves = new ExchangeMoves();
    moves.index(schedule);
    return moves;
  }

  @Test
  void anExchangeSendsTheVisitInTheWayToTheOldWorker() {
    DispatchWorker w1 = worker(1, 480);
    DispatchWorker w2 = worker(2, 480);
    DispatchVisit a = visit(1, 540, 660, NEAR, w1, w1, w2);
    DispatchVisit b = visit(2, 600, 720, NEAR, w2, w1, w2);
    DispatchVisit later = visit(3, 900, 960, NEAR, w2, w1, w2);
    ReassignMove move = indexed(List.of(w1, w2), a, b, later).insert(a, w2, true, new Random(1));

    assertThat(move.isMoveDoable(null)).isTrue();
    assertThat(new ArrayList<Object>(move.getPlanningEntities())).containsExactly(a, b);
    assertThat(move.targets()).containsExactly(w2, w1);
  }

  @Test
  void aSwapTradesTheRestOfTwoNeighboursDaysFromTheVisitsStartOn() {
    DispatchWorker w1 = worker(1, 480);
    DispatchWorker w2 = worker(2, 480);
    DispatchVisit morning1 = visit(1, 480, 540, NEAR, w1, w1, w2);
    DispatchVisit afternoon1 = visit(2, 840, 900, NEAR, w1, w1, w2);
    DispatchVisit morning2 = visit(3, 500, 560, NEAR, w2, w1, w2);
    DispatchVisit afternoon2 = visit(4, 870, 930, NEAR, w2, w1, w2);
    DispatchVisit evening2 = visit(5, 1000, 1060, NEAR, w2, w1, w2);
    ExchangeMoves moves =
        indexed(List.of(w1, w2), morning1, afternoon1, morning2, afternoon2, evening2);

    // The other worker is the one of a visit near the first: try until it is not the same worker.
    ReassignMove swap = null;
    for (int seed = 0;
        seed < 100 && (swap == null || swap.getPlanningEntities().size() == 1);
        seed++) {
      swap = moves.swapTails(afternoon1, new Random(seed));
    }
    assertThat(swap.isMoveDoable(null)).isTrue();
    assertThat(new ArrayList<Object>(swap.getPlanningEntities()))
        .containsExactly(afternoon1, afternoon2, evening2);
    assertThat(swap.targets()).containsExactly(w2, w1, w1);

    // A day that would break the daily hours after the swap: not doable.
    DispatchWorker shortDay = worker(3, 130);
    DispatchVisit morning3 = visit(6, 480, 540, NEAR, shortDay, shortDay, w2);
    DispatchVisit afternoon3 = visit(7, 840, 900, NEAR, shortDay, shortDay, w2);
    DispatchVisit afternoon4 = visit(8, 870, 930, NEAR, w2, shortDay, w2);
    DispatchVisit evening4 = visit(9, 1000, 1060, NEAR, w2, shortDay, w2);
    ExchangeMoves tooLong =
        indexed(List.of(shortDay, w2), morning3, afternoon3, afternoon4, evening4);
    ReassignMove refused = null;
    for (int seed = 0;
        seed < 100 && (refused == null || refused.getPlanningEntities().size() == 1);
        seed++) {
      refused = tooLong.swapTails(afternoon3, new Random(seed));
    }
    assertThat(refused.isMoveDoable(null)).isFalse();
  }

  @Test
  void aMoveThatWouldBreakTheDailyHoursOrTravelTimeIsNotDoable() {
    DispatchWorker w1 = worker(1, 480);
    DispatchWorker shortDay = worker(2, 180);
    DispatchVisit a = visit(1, 540, 660, NEAR, w1, w1, shortDay);
    DispatchVisit b = visit(2, 800, 920, NEAR, shortDay, shortDay);
    // 120 + 120 minutes on a worker of 180 a day.
    assertThat(indexed(List.of(w1, shortDay), a, b).insert(a, shortDay, true, new Random(1)))
        .matches(m -> !m.isMoveDoable(null));

    DispatchWorker w2 = worker(2, 480);
    DispatchVisit here = visit(1, 540, 660, NEAR, w1, w1, w2);
    // 9 km away, 40 minutes after: about 52 minutes of travel; pinned, so it cannot make way.
    DispatchVisit far = visit(2, 700, 760, FAR, w2, true, w2);
    assertThat(indexed(List.of(w1, w2), here, far).insert(here, w2, true, new Random(1)))
        .matches(m -> !m.isMoveDoable(null));
  }

  @Test
  void aPlacementMovesTheVisitInTheWayToAWorkerWhoIsFree() {
    DispatchWorker w1 = worker(1, 480);
    DispatchWorker w2 = worker(2, 480);
    DispatchVisit waiting = visit(1, 540, 660, NEAR, null, w1);
    DispatchVisit inTheWay = visit(2, 600, 720, NEAR, w1, w1, w2);
    ReassignMove move = indexed(List.of(w1, w2), waiting, inTheWay).place(waiting, new Random(1));

    assertThat(move.isMoveDoable(null)).isTrue();
    assertThat(new ArrayList<Object>(move.getPlanningEntities()))
        .containsExactly(waiting, inTheWay);
    assertThat(move.targets()).containsExactly(w1, w2);
  }

  @Test
  void aVisitWithoutAWorkerMayTakeThePlaceOfOneVisitButNeverOfTwo() {
    DispatchWorker w1 = worker(1, 600);
    DispatchVisit waiting = visit(1, 540, 720, NEAR, null, w1);
    DispatchVisit first = visit(2, 480, 560, NEAR, w1, w1);
    ExchangeMoves one = indexed(List.of(w1), waiting, first);
    ReassignMove swap = one.insert(waiting, w1, true, new Random(1));
    assertThat(swap.isMoveDoable(null)).isTrue();
    assertThat(swap.targets()).containsExactly(w1, null);
    // A placement never leaves another visit without a worker.
    assertThat(one.insert(waiting, w1, false, new Random(1))).matches(m -> !m.isMoveDoable(null));

    DispatchVisit second = visit(3, 700, 800, NEAR, w1, w1);
    ExchangeMoves two = indexed(List.of(w1), waiting, first, second);
    assertThat(two.insert(waiting, w1, true, new Random(1))).matches(m -> !m.isMoveDoable(null));
  }

  @Test
  void theSearchPlacesEveryVisitOfAFeasibleDayWithoutBreakingAHardRule() {
    List<DispatchWorker> workers = new ArrayList<>();
    for (long id = 1; id <= 4; id++) {
      workers.add(worker(id, 480));
    }
    // Four workers; at 08:00, 10:30 and 13:00 four visits of two hours each, open to every
    // worker: the day fits only with one visit of each start per worker. The warm start gives
    // the first worker one visit of each start and leaves the rest to place.
    List<DispatchVisit> visits = new ArrayList<>();
    long id = 1;
    for (int start = 480; start < 900; start += 150) {
      for (int k = 0; k < 4; k++) {
        visits.add(
            visit(
                id++,
                start,
                start + 120,
                NEAR,
                k == 0 ? workers.get(0) : null,
                workers.toArray(new DispatchWorker[0])));
      }
    }
    DispatchSchedule day = new DispatchSchedule(workers, List.of(), visits);
    TravelMatrix.attach(day.getWorkers(), day.getVisits());
    DispatchSchedule best =
        SolverFactory.<DispatchSchedule>create(
                TimefoldDispatcher.config(Duration.ofMillis(1500), Duration.ofMillis(500)))
            .buildSolver()
            .solve(day);
    HardMediumSoftLongScore score = best.getScore();
    assertThat(score.hardScore()).isZero();
    assertThat(score.mediumScore()).isZero();
  }
}
