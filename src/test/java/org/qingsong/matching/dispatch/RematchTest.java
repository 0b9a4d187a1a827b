package org.qingsong.matching.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingsong.common.GeoPoint;

/** The hand-over of the rest of every day at a time, chosen by a minimum-cost flow. */
class RematchTest {
  static final GeoPoint HOME = DispatchConstraintsTest.HOME;
  static final GeoPoint FAR = DispatchConstraintsTest.FAR;

  private static final SolutionManager<DispatchSchedule, HardMediumSoftLongScore> SCORES =
      SolutionManager.create(
          SolverFactory.create(TimefoldDispatcher.config(Duration.ofSeconds(1), null)));

  static DispatchWorker worker(long id, GeoPoint home, int maxMinutes) {
    return new DispatchWorker(id, home, List.of(new int[] {0, 1440}), maxMinutes, 0, false);
  }

  static DispatchVisit visit(
      long id, int start, int end, GeoPoint where, DispatchWorker worker, boolean pinned) {
    return new DispatchVisit(
        id, start, end, 30, where, 0, Set.of(1L, 2L), List.of(), Set.of(), worker, pinned);
  }

  /** The schedule numbered, every visit open to both workers. */
  static DispatchSchedule day(List<DispatchWorker> workers, List<DispatchVisit> visits) {
    List<DispatchVisit> open = new ArrayList<>();
    for (DispatchVisit v : visits) {
      open.add(
          new DispatchVisit(
              v.getId(),
              v.getStart(),
              v.getEnd(),
              30,
              v.location(),
              0,
              Set.of(1L, 2L),
              workers,
              Set.of(),
              v.getWorker(),
              v.isPinned()));
    }
    DispatchSchedule schedule = new DispatchSchedule(workers, List.of(), open);
    TravelMatrix.attach(schedule.getWorkers(), schedule.getVisits());
    return schedule;
  }

  static ExchangeMoves indexed(DispatchSchedule schedule) {
    ExchangeMoves moves = new ExchangeMoves();
    moves.index(schedule);
    return moves;
  }

  @Test
  void wholeDaysGoToTheWorkersWhoLiveByThemAndTheGainIsTheScoresOwn() {
    DispatchWorker near = worker(1, HOME, 480);
    DispatchWorker far = worker(2, FAR, 480);
    // Each does the round by the other's home.
    DispatchSchedule day =
        day(
            List.of(near, far),
            List.of(
                visit(1, 480, 540, FAR, near, false),
                visit(2, 600, 660, FAR, near, false),
                visit(3, 480, 540, HOME, far, false),
                visit(4, 600, 660, HOME, far, false)));
    assertHandOver(day, 0, Integer.MAX_VALUE, near, far, 1L, 2L, 3L, 4L);

    // Now best as it is: nothing more to hand over.
    assertThat(indexed(day).rematch(0)).isNull();
  }

  @Test
  void aCutInTheDayTradesTheAfternoonsAndKeepsTheMornings() {
    DispatchWorker near = worker(1, HOME, 480);
    DispatchWorker far = worker(2, FAR, 480);
    // Mornings by their own homes; afternoons swapped: each ends the day by the other's home.
    DispatchVisit morningNear = visit(1, 480, 540, HOME, near, false);
    DispatchVisit afternoonFar = visit(2, 840, 900, FAR, near, false);
    DispatchVisit morningFar = visit(3, 480, 540, FAR, far, false);
    DispatchVisit afternoonNear = visit(4, 840, 900, HOME, far, false);
    DispatchSchedule day =
        day(List.of(near, far), List.of(morningNear, afternoonFar, morningFar, afternoonNear));
    assertHandOver(day, 720, Integer.MAX_VALUE, near, far, 2L, 4L);
  }

  @Test
  void aStretchOfTheDayChangesHandsAndTheVisitsBeforeAndAfterItStay() {
    DispatchWorker near = worker(1, HOME, 480);
    DispatchWorker far = worker(2, FAR, 480);
    // Each starts and ends the day by their own home; at noon each is by the other's.
    DispatchSchedule day =
        day(
            List.of(near, far),
            List.of(
                visit(1, 480, 540, HOME, near, false),
                visit(2, 720, 780, FAR, near, false),
                visit(3, 1000, 1060, HOME, near, false),
                visit(4, 480, 540, FAR, far, false),
                visit(5, 720, 780, HOME, far, false),
                visit(6, 1000, 1060, FAR, far, false)));
    assertHandOver(day, 700, 800, near, far, 2L, 5L);
  }

  @Test
  void theRestOfADayStaysWhenTheOtherWorkerHasNoHoursForItOrAVisitOfItIsPinned() {
    DispatchWorker near = worker(1, HOME, 480);
    // Already at 60 of 90 minutes: no room for the other's hour and a half.
    DispatchWorker full = worker(2, FAR, 90);
    DispatchSchedule tooLong =
        day(
            List.of(near, full),
            List.of(
                visit(1, 480, 540, FAR, full, false),
                visit(2, 840, 930, FAR, near, false),
                visit(3, 900, 930, HOME, full, false)));
    assertThat(indexed(tooLong).rematch(720)).isNull();

    DispatchWorker far = worker(2, FAR, 480);
    DispatchSchedule pinned =
        day(
            List.of(near, far),
            List.of(
                visit(1, 480, 540, FAR, near, true),
                visit(2, 600, 660, FAR, near, true),
                visit(3, 480, 540, HOME, far, false),
                visit(4, 600, 660, HOME, far, false)));
    // The pinned round cannot move, so the other cannot be traded for it either.
    assertThat(indexed(pinned).rematch(0)).isNull();
  }

  /**
   * The hand-over of the stretch from {@code cut} to {@code end}: exactly the visits {@code ids}
   * change hands, each worker ends with the visits by their own home, and the score goes up by
   * exactly the gain the flow found, with no hard rule broken.
   */
  private static void assertHandOver(
      DispatchSchedule day,
      int cut,
      int end,
      DispatchWorker near,
      DispatchWorker far,
      Long... ids) {
    ExchangeMoves moves = indexed(day);
    ReassignMove move = moves.rematch(cut, end);
    assertThat(move).isNotNull();
    assertThat(move.isMoveDoable(null)).isTrue();
    List<Long> changed = new ArrayList<>();
    move.getPlanningEntities().forEach(v -> changed.add(((DispatchVisit) v).getId()));
    assertThat(changed).containsExactlyInAnyOrder(ids);
    long gain = moves.lastRematchGain();
    HardMediumSoftLongScore before = SCORES.update(day);
    apply(move);
    HardMediumSoftLongScore after = SCORES.update(day);
    assertThat(gain).isPositive();
    assertThat(after.softScore() - before.softScore()).isEqualTo(gain);
    assertThat(after.hardScore()).isZero();
    assertThat(day.getVisits()).allMatch(v -> v.getWorker() == (v.location() == FAR ? far : near));
  }

  private static void apply(ReassignMove move) {
    List<DispatchVisit> visits = new ArrayList<>();
    move.getPlanningEntities().forEach(v -> visits.add((DispatchVisit) v));
    for (int i = 0; i < visits.size(); i++) {
      visits.get(i).setWorker(move.targets().get(i));
    }
  }
}
