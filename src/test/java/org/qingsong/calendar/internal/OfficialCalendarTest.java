package org.qingsong.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.DayKind;
import org.qingsong.common.WorkingDayCalendar;
import org.springframework.core.io.ClassPathResource;

/** The shipped official calendar, read as the loader reads it, and the working-day arithmetic. */
class OfficialCalendarTest {
  private static final WorkingDayCalendar CALENDAR = shipped();

  static WorkingDayCalendar shipped() {
    try (InputStream in = new ClassPathResource(CalendarDataLoader.RESOURCE).getInputStream()) {
      Map<Integer, List<CalendarDay>> byYear = CalendarDataLoader.read(in);
      Set<LocalDate> holidays = new HashSet<>();
      Set<LocalDate> workdays = new HashSet<>();
      byYear.values().stream()
          .flatMap(List::stream)
          .forEach(d -> (d.kind() == DayKind.HOLIDAY ? holidays : workdays).add(d.date()));
      return new WorkingDayCalendar(holidays, workdays, byYear.keySet());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  static WorkingDayCalendar.Result add(String from, int days) {
    return CALENDAR.addWorkingDays(d(from), days);
  }

  @Test
  void theShippedFileCoversTwentyTwentyFourToTwentyTwentySix() {
    assertThat(CALENDAR.coveredYears()).containsExactly(2024, 2025, 2026);
  }

  @Test
  void nationalDayTwentyTwentySixEndsOnTheThirteenthForFiveDaysFromTheLastDayOfSeptember() {
    assertThat(add("2026-09-30", 5))
        .isEqualTo(new WorkingDayCalendar.Result(d("2026-10-13"), false));
    assertThat(add("2026-09-30", 1).date()).isEqualTo(d("2026-10-08"));
    assertThat(add("2026-09-30", 3).date())
        .as("Saturday Oct 10 is a workday")
        .isEqualTo(d("2026-10-10"));
    assertThat(add("2026-09-30", 4).date()).as("Sunday Oct 11 is off").isEqualTo(d("2026-10-12"));
    assertThat(CALENDAR.isWorkingDay(d("2026-09-20"))).as("Sunday Sep 20 works").isTrue();
  }

  @Test
  void
      nationalDayTwentyTwentyFiveRunsOctoberFirstToEighthWithSeptemberTwentyEighthAndOctoberEleventhWorked() {
    for (int day = 1; day <= 8; day++) {
      assertThat(CALENDAR.isWorkingDay(LocalDate.of(2025, 10, day))).as("Oct %d", day).isFalse();
    }
    assertThat(CALENDAR.isWorkingDay(d("2025-09-28"))).isTrue();
    assertThat(CALENDAR.isWorkingDay(d("2025-10-11"))).isTrue();
    assertThat(add("2025-09-26", 1).date()).isEqualTo(d("2025-09-28"));
    assertThat(add("2025-09-30", 1).date()).isEqualTo(d("2025-10-09"));
    assertThat(add("2025-09-30", 3).date()).isEqualTo(d("2025-10-11"));
    assertThat(add("2025-09-30", 5).date()).isEqualTo(d("2025-10-14"));
  }

  @Test
  void springFestivalTwentyTwentySixIsSkippedAndItsTwoSaturdaysAreWorked() {
    assertThat(add("2026-02-12", 1).date()).isEqualTo(d("2026-02-13"));
    assertThat(add("2026-02-12", 2).date()).isEqualTo(d("2026-02-14"));
    assertThat(add("2026-02-12", 3).date()).isEqualTo(d("2026-02-24"));
    assertThat(add("2026-02-13", 5).date()).isEqualTo(d("2026-02-27"));
    assertThat(add("2026-02-13", 6).date()).isEqualTo(d("2026-02-28"));
    assertThat(add("2026-02-13", 6).beyondCoverage()).isFalse();
  }

  @Test
  void zeroDaysIsTheStartDateItself() {
    assertThat(add("2026-10-03", 0))
        .isEqualTo(new WorkingDayCalendar.Result(d("2026-10-03"), false));
  }

  @Test
  void countingIntoAnUncoveredYearSaysItUsedWeekendsOnly() {
    assertThat(add("2026-12-30", 1))
        .isEqualTo(new WorkingDayCalendar.Result(d("2026-12-31"), false));
    WorkingDayCalendar.Result next = add("2026-12-31", 1);
    assertThat(next.date())
        .as("Jan 1 2027 is a Friday: unknown holiday")
        .isEqualTo(d("2027-01-01"));
    assertThat(next.beyondCoverage()).isTrue();
    assertThat(add("2023-12-28", 1).beyondCoverage()).isTrue();
    assertThat(add("2023-12-29", 1))
        .isEqualTo(new WorkingDayCalendar.Result(d("2024-01-02"), true));
  }

  @Test
  void refusesNegativeAndHugeCounts() {
    assertThatThrownBy(() -> add("2026-01-05", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> add("2026-01-05", WorkingDayCalendar.MAX_DAYS + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(add("2026-01-05", WorkingDayCalendar.MAX_DAYS).beyondCoverage()).isTrue();
  }

  @Test
  void refusesAnAdjustedWorkingDayThatIsNotAWeekendDay() {
    assertThatThrownBy(
            () -> new WorkingDayCalendar(Set.of(), Set.of(d("2026-10-09")), Set.of(2026)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theResultIsAWorkingDayWithExactlyTheRequestedCountBeforeIt(
      @ForAll @IntRange(min = 0, max = 1095) int offset,
      @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate from = LocalDate.of(2024, 1, 1).plusDays(offset);
    WorkingDayCalendar.Result r = CALENDAR.addWorkingDays(from, days);
    assertThat(r.date()).isAfter(from);
    assertThat(CALENDAR.isWorkingDay(r.date())).isTrue();
    long counted =
        from.plusDays(1).datesUntil(r.date().plusDays(1)).filter(CALENDAR::isWorkingDay).count();
    assertThat(counted).isEqualTo(days);
    assertThat(r.beyondCoverage()).isEqualTo(r.date().getYear() > 2026);
  }

  @Property
  void withoutAnyCoveredYearEveryWeekdayCounts(
      @ForAll @IntRange(min = 0, max = 3000) int offset,
      @ForAll @IntRange(min = 1, max = 30) int days) {
    LocalDate from = LocalDate.of(2027, 1, 1).plusDays(offset);
    WorkingDayCalendar.Result r = WorkingDayCalendar.weekendsOnly().addWorkingDays(from, days);
    assertThat(r.beyondCoverage()).isTrue();
    assertThat(r.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(
            from.plusDays(1)
                .datesUntil(r.date().plusDays(1))
                .filter(x -> x.getDayOfWeek().getValue() <= 5)
                .count())
        .isEqualTo(days);
  }
}
