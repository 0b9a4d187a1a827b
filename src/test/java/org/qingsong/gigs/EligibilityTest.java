package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.Money;

/** The hard rules of giving a visit to a worker, and the greedy dispatcher, as plain Java. */
class EligibilityTest {
  static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
  static final Duration BUFFER = Duration.ofMinutes(30);
  static final CertificateKind ELDER =
      new CertificateKind("ELDER_CARE_WORKER", "养老护理员证", "Elderly care worker certificate");
  static final HouseholdService ELDER_CARE =
      new HouseholdService(
          "ELDER_CARE",
          "养老护理（上门）",
          "Home elder-care visit",
          120,
          PriceUnit.HOUR,
          new Money(4500),
          List.of(ELDER),
          List.of());
  static final HouseholdService LACTATION =
      new HouseholdService(
          "LACTATION",
          "催乳",
          "Lactation massage",
          90,
          PriceUnit.VISIT,
          new Money(20000),
          List.of(),
          List.of());
  static final GeoPoint HOME = new GeoPoint(27.80, 113.15);

  static Worker worker(long id, double lat, LocalDate certUntil, List<DateException> exceptions) {
    Map<DayOfWeek, List<TimeRange>> week =
        Map.of(
            DayOfWeek.MONDAY,
                List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("14:00-18:00")),
            DayOfWeek.TUESDAY, List.of(TimeRange.parse("08:00-18:00")));
    return new Worker(
        id,
        id,
        "阿姨" + id,
        "138****0000",
        "430***",
        1,
        "驿站",
        "430203004",
        new GeoPoint(lat, 113.15),
        6 * 60,
        true,
        List.of("ELDER_CARE"),
        List.of(new WorkerCertificate("ELDER_CARE_WORKER", "养老护理员证", "x", "N1", certUntil)),
        new Availability(week, exceptions),
        OffsetDateTime.now(),
        "test");
  }

  static VisitSlot slot(long id, HouseholdService s, LocalDate day, String start, int minutes) {
    OffsetDateTime at =
        day.atStartOfDay(BusinessTime.ZONE)
            .plusMinutes(TimeRange.minuteOf(start))
            .toOffsetDateTime();
    return new VisitSlot(id, s, day, at, at.plusMinutes(minutes), HOME, null, false);
  }

  static Booking booked(long visitId, long workerId, VisitSlot s) {
    return new Booking(
        visitId, workerId, s.startsAt(), s.endsAt(), s.startsAt(), s.endsAt().plus(BUFFER));
  }

  static Check failing(List<Check> checks) {
    return checks.stream().filter(c -> !c.passed()).findFirst().orElse(null);
  }

  @Test
  void aCertificateValidUntilADayCoversThatDayOnly() {
    Worker w = worker(1, 27.80, MONDAY, List.of());
    assertThat(
            Eligibility.eligible(
                Eligibility.check(w, slot(1, ELDER_CARE, MONDAY, "09:00", 120), List.of(), BUFFER)))
        .isTrue();
    Check next =
        failing(
            Eligibility.check(
                w, slot(2, ELDER_CARE, MONDAY.plusDays(1), "09:00", 120), List.of(), BUFFER));
    assertThat(next.rule()).isEqualTo(Check.Rule.CERTIFICATE);
    assertThat(next.code()).isEqualTo("gig.check.certificate.expired");
    assertThat(next.args()).contains(MONDAY.toString());
  }

  @Test
  void theWholeWindowMustFitOneAvailableRangeAndADayOffRemovesTheDay() {
    Worker w =
        worker(
            1,
            27.80,
            MONDAY.plusYears(1),
            List.of(new DateException(MONDAY.plusWeeks(1), List.of())));
    assertThat(
            failing(
                    Eligibility.check(
                        w, slot(1, ELDER_CARE, MONDAY, "11:00", 120), List.of(), BUFFER))
                .rule())
        .as("11:00-13:00 crosses the lunch gap")
        .isEqualTo(Check.Rule.AVAILABILITY);
    assertThat(
            failing(
                    Eligibility.check(
                        w,
                        slot(1, ELDER_CARE, MONDAY.plusWeeks(1), "09:00", 120),
                        List.of(),
                        BUFFER))
                .code())
        .isEqualTo("gig.check.available.dayOff");
    Worker extra =
        worker(
            2,
            27.80,
            MONDAY.plusYears(1),
            List.of(new DateException(MONDAY, List.of(TimeRange.parse("12:00-14:00")))));
    assertThat(
            failing(
                Eligibility.check(
                    extra, slot(1, ELDER_CARE, MONDAY, "11:00", 120), List.of(), BUFFER)))
        .as("an extra range joins the two")
        .isNull();
  }

  @Test
  void visitsCloserThanTheBufferClashAndFartherDoNot() {
    Worker w = worker(1, 27.80, MONDAY.plusYears(1), List.of());
    VisitSlot nine = slot(1, ELDER_CARE, MONDAY, "09:00", 120);
    List<Booking> booked = List.of(booked(1, 1, nine));
    assertThat(
            failing(Eligibility.check(w, slot(2, ELDER_CARE, MONDAY, "11:29", 30), booked, BUFFER))
                .rule())
        .isEqualTo(Check.Rule.NO_CLASH);
    assertThat(
            failing(Eligibility.check(w, slot(2, ELDER_CARE, MONDAY, "11:30", 30), booked, BUFFER)))
        .isNull();
    assertThat(
            failing(Eligibility.check(w, slot(3, ELDER_CARE, MONDAY, "08:00", 31), booked, BUFFER))
                .rule())
        .as("ends 08:31, less than 30 minutes before 09:00")
        .isEqualTo(Check.Rule.NO_CLASH);
    assertThat(
            failing(Eligibility.check(w, slot(3, ELDER_CARE, MONDAY, "08:00", 30), booked, BUFFER)))
        .isNull();
  }

  @Test
  void theDailyLimitCountsTheOtherVisitsOfTheDay() {
    Worker w = worker(1, 27.80, MONDAY.plusYears(1), List.of());
    VisitSlot tue = slot(1, ELDER_CARE, MONDAY.plusDays(1), "08:00", 240);
    Check c =
        failing(
            Eligibility.check(
                w,
                slot(2, ELDER_CARE, MONDAY.plusDays(1), "13:00", 180),
                List.of(booked(1, 1, tue)),
                BUFFER));
    assertThat(c.rule()).isEqualTo(Check.Rule.DAILY_HOURS);
    assertThat(c.args()).containsExactly("4", "3", "6");
  }

  @Test
  void greedyGivesEachVisitTheNearestFreeWorkerKeepsPinnedOnesAndExplainsTheRest() {
    Worker near = worker(1, 27.801, MONDAY.plusYears(1), List.of());
    Worker far = worker(2, 27.85, MONDAY.plusYears(1), List.of());
    VisitSlot a = slot(10, ELDER_CARE, MONDAY, "09:00", 120);
    VisitSlot b = slot(11, ELDER_CARE, MONDAY, "09:30", 60);
    VisitSlot c = slot(12, LACTATION, MONDAY, "10:00", 90);
    VisitSlot p = slot(13, ELDER_CARE, MONDAY, "14:00", 60);
    VisitSlot pinned =
        new VisitSlot(p.visitId(), p.service(), p.date(), p.startsAt(), p.endsAt(), HOME, 2L, true);
    VisitSlot d = slot(14, ELDER_CARE, MONDAY, "14:30", 60);
    DispatchPlan plan =
        new GreedyDispatcher()
            .plan(
                new DispatchProblem(
                    MONDAY, List.of(a, b, c, pinned, d), List.of(near, far), List.of(), BUFFER));
    assertThat(plan.workerFor(10)).contains(1L);
    assertThat(plan.workerFor(11)).contains(2L);
    assertThat(plan.workerFor(13)).contains(2L);
    assertThat(plan.workerFor(14)).as("the far worker is busy with the pinned visit").contains(1L);
    assertThat(plan.workerFor(12)).isEmpty();
    DispatchPlan.Unassigned why = plan.unassigned().get(0);
    assertThat(why.visitId()).isEqualTo(12);
    assertThat(why.rule()).isEqualTo(Check.Rule.SERVICE);
    assertThat(why.args()).contains("催乳");
    assertNoWorkerOverlaps(plan, List.of(a, b, c, pinned, d));
  }

  static void assertNoWorkerOverlaps(DispatchPlan plan, List<VisitSlot> slots) {
    List<Booking> all = new ArrayList<>();
    for (DispatchPlan.Assignment x : plan.assignments()) {
      VisitSlot s =
          slots.stream().filter(v -> v.visitId() == x.visitId()).findFirst().orElseThrow();
      for (Booking other : all) {
        if (other.workerId() == x.workerId()) {
          assertThat(other.overlaps(s.startsAt(), s.endsAt().plus(BUFFER))).isFalse();
        }
      }
      all.add(booked(s.visitId(), x.workerId(), s));
    }
  }
}
