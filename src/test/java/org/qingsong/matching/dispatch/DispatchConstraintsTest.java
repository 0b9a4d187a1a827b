package org.qingsong.matching.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingsong.common.GeoPoint;

/** One test per dispatch rule, each on a hand-made handful of visits. */
class DispatchConstraintsTest {
  static final GeoPoint HOME = new GeoPoint(27.80, 113.15);
  static final GeoPoint NEAR = new GeoPoint(27.81, 113.15);
  static final GeoPoint FAR = new GeoPoint(27.89, 113.15);

  private final ConstraintVerifier<DispatchConstraints, DispatchSchedule> verifier =
      ConstraintVerifier.build(
          new DispatchConstraints(), DispatchSchedule.class, DispatchVisit.class);

  static DispatchWorker worker(long id) {
    return new DispatchWorker(id, HOME, List.of(new int[] {0, 1440}), 720, 0, false);
  }

  static DispatchVisit visit(long id, int start, int end, DispatchWorker w) {
    return visit(id, start, end, NEAR, 0, w, Set.of());
  }

  static DispatchVisit visit(
      long id,
      int start,
      int end,
      GeoPoint where,
      long recipient,
      DispatchWorker w,
      Set<Long> former) {
    Set<Long> qualified = w == null ? Set.of() : Set.of(w.getId());
    return new DispatchVisit(
        id, start, end, 30, where, recipient, qualified, List.of(), former, w, false);
  }

  @Test
  void aWorkerWithoutTheServiceOrACertificateValidThatDayIsHardBroken() {
    DispatchWorker w = worker(1);
    DispatchVisit unqualified =
        new DispatchVisit(1, 540, 660, 30, NEAR, 0, Set.of(2L), List.of(), Set.of(), w, false);
    verifier
        .verifyThat(DispatchConstraints::qualified)
        .given(unqualified, visit(2, 800, 860, w))
        .penalizesBy(1);
  }

  @Test
  void aVisitOutsideTheWorkersHoursIsHardBroken() {
    DispatchWorker mornings =
        new DispatchWorker(1, HOME, List.of(new int[] {480, 720}), 720, 0, false);
    verifier
        .verifyThat(DispatchConstraints::available)
        .given(visit(1, 660, 780, mornings), visit(2, 480, 600, mornings))
        .penalizesBy(1);
  }

  @Test
  void twoVisitsCloserThanTheBufferOrTheJourneyAreHardBroken() {
    DispatchWorker w = worker(1);
    // Same place: 10 minutes apart is inside the 30-minute buffer; 30 minutes is enough.
    verifier
        .verifyThat(DispatchConstraints::noOverlap)
        .given(visit(1, 540, 660, w), visit(2, 670, 720, w))
        .penalizesBy(1);
    verifier
        .verifyThat(DispatchConstraints::noOverlap)
        .given(visit(1, 540, 660, w), visit(2, 690, 720, w))
        .penalizesBy(0);
    // 9 km apart: about 52 minutes of travel, so a 40-minute gap is too short.
    verifier
        .verifyThat(DispatchConstraints::noOverlap)
        .given(visit(1, 540, 660, HOME, 0, w, Set.of()), visit(2, 700, 760, FAR, 0, w, Set.of()))
        .penalizesBy(1);
    verifier
        .verifyThat(DispatchConstraints::noOverlap)
        .given(visit(1, 540, 660, w), visit(2, 600, 700, worker(2)))
        .penalizesBy(0);
  }

  @Test
  void eachTooCloseNeighbourInTheDaysOrderCountsOnce() {
    DispatchWorker w = worker(1);
    // 09:00-10:00, 10:10-11:00 (too close), 11:30-12:00 (fine), 12:00-13:00 (too close).
    verifier
        .verifyThat(DispatchConstraints::noOverlap)
        .given(
            visit(4, 720, 780, w),
            visit(1, 540, 600, w),
            visit(3, 690, 720, w),
            visit(2, 610, 660, w))
        .penalizesBy(2);
  }

  @Test
  void theTravelTableGivesTheSameMetresAsTheGeometry() {
    DispatchWorker w = worker(1);
    DispatchVisit a = visit(1, 540, 600, HOME, 0, w, Set.of());
    DispatchVisit b = visit(2, 700, 760, NEAR, 0, w, Set.of());
    DispatchVisit c = visit(3, 900, 960, FAR, 0, w, Set.of());
    TravelMatrix.attach(List.of(w), List.of(a, b, c));
    assertThat(a.metersTo(c)).isEqualTo(TravelModel.meters(HOME, FAR));
    assertThat(c.metersFromHome(w)).isEqualTo(TravelModel.meters(HOME, FAR));
    verifier
        .verifyThat(DispatchConstraints::travelBetweenVisits)
        .given(c, a, b)
        .penalizesBy(TravelModel.meters(HOME, NEAR) + TravelModel.meters(NEAR, FAR));
    verifier
        .verifyThat(DispatchConstraints::travelBackHome)
        .given(c, a, b)
        .penalizesBy(TravelModel.meters(FAR, HOME));
    // 9 km: about 52 minutes of travel; 40 minutes between the visits is too short.
    DispatchVisit d = visit(4, 540, 660, HOME, 0, w, Set.of());
    DispatchVisit e = visit(5, 700, 760, FAR, 0, w, Set.of());
    TravelMatrix.attach(List.of(w), List.of(d, e));
    verifier.verifyThat(DispatchConstraints::noOverlap).given(d, e).penalizesBy(1);
  }

  @Test
  void aVisitAgainstABookingOutsideThePlanIsHardBroken() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::noOverlapWithFixedBookings)
        .given(visit(1, 700, 760, w), visit(2, 400, 460, w), new FixedBooking(9, 1, 600, 750))
        .penalizesBy(1);
  }

  @Test
  void minutesOverTheDailyLimitAreHardBroken() {
    DispatchWorker w = new DispatchWorker(1, HOME, List.of(new int[] {0, 1440}), 240, 60, false);
    verifier
        .verifyThat(DispatchConstraints::dailyHours)
        .given(visit(1, 540, 660, w), visit(2, 800, 890, w))
        .penalizesBy(30);
  }

  @Test
  void eachVisitWithoutAWorkerCostsAMediumPoint() {
    verifier
        .verifyThat(DispatchConstraints::unassigned)
        .given(visit(1, 540, 660, null), visit(2, 540, 660, worker(1)))
        .penalizesBy(1);
  }

  @Test
  void travelFromHomeCountsOnlyTheFirstVisit() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::travelFromHome)
        .given(visit(1, 540, 600, NEAR, 0, w, Set.of()), visit(2, 800, 860, FAR, 0, w, Set.of()))
        .penalizesBy(TravelModel.meters(HOME, NEAR));
  }

  @Test
  void travelBetweenVisitsFollowsTheDaysOrder() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::travelBetweenVisits)
        .given(
            visit(3, 900, 960, FAR, 0, w, Set.of()),
            visit(1, 540, 600, HOME, 0, w, Set.of()),
            visit(2, 700, 760, NEAR, 0, w, Set.of()))
        .penalizesBy(TravelModel.meters(HOME, NEAR) + TravelModel.meters(NEAR, FAR));
  }

  @Test
  void travelBackHomeCountsOnlyTheLastVisit() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::travelBackHome)
        .given(visit(1, 540, 600, NEAR, 0, w, Set.of()), visit(2, 800, 860, FAR, 0, w, Set.of()))
        .penalizesBy(TravelModel.meters(FAR, HOME));
  }

  @Test
  void aCarerNewToARecipientWhoHadOneCostsSoftPoints() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::newCarer)
        .given(
            visit(1, 540, 600, NEAR, 7, w, Set.of(2L)),
            visit(2, 700, 760, NEAR, 8, w, Set.of(1L)),
            visit(3, 800, 860, NEAR, 9, w, Set.of()))
        .penalizesBy(DispatchConstraints.NEW_CARER);
  }

  @Test
  void twoCarersForOneRecipientOnOneDayCostSoftPoints() {
    verifier
        .verifyThat(DispatchConstraints::splitCarers)
        .given(
            visit(1, 540, 600, NEAR, 7, worker(1), Set.of()),
            visit(2, 700, 760, NEAR, 7, worker(2), Set.of()))
        .penalizesBy(DispatchConstraints.SPLIT_CARERS);
  }

  @Test
  void workIsSpreadBySquaredMinutes() {
    DispatchWorker w = worker(1);
    verifier
        .verifyThat(DispatchConstraints::fairSpread)
        .given(visit(1, 540, 660, w), visit(2, 800, 860, w))
        .penalizesBy(180L * 180 / DispatchConstraints.FAIRNESS_DIVISOR);
  }

  @Test
  void workForAWorkerOfAPriorityGroupIsRewarded() {
    DispatchWorker priority =
        new DispatchWorker(1, HOME, List.of(new int[] {0, 1440}), 720, 0, true);
    verifier
        .verifyThat(DispatchConstraints::priorityWorkers)
        .given(visit(1, 540, 660, priority), visit(2, 540, 660, worker(2)))
        .rewardsWith(120 * DispatchConstraints.PRIORITY_PER_MINUTE);
  }
}
