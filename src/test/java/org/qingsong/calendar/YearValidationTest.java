package org.qingsong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.springframework.core.io.ClassPathResource;

/** The checks an administrator's replacement of a year goes through. */
class YearValidationTest {

  static Map<Integer, List<CalendarDayForm>> shipped() throws IOException {
    String text =
        new ClassPathResource("reference/calendar/cn-holidays.csv")
            .getContentAsString(StandardCharsets.UTF_8);
    return text.lines()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> l.split(","))
        .collect(
            Collectors.groupingBy(
                c -> Integer.parseInt(c[0].substring(0, 4)),
                TreeMap::new,
                Collectors.mapping(
                    c -> new CalendarDayForm(c[0], c[1], c[2]), Collectors.toList())));
  }

  static List<String> fields(Runnable r) {
    try {
      r.run();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(FieldViolation::field).toList();
    }
    return List.of();
  }

  @Test
  void everyShippedYearPassesTheChecksAnAdministratorsYearMustPass() throws IOException {
    Map<Integer, List<CalendarDayForm>> years = shipped();
    assertThat(years).containsOnlyKeys(2024, 2025, 2026);
    years.forEach(
        (year, rows) -> assertThat(WorkingCalendar.validate(year, rows)).hasSize(rows.size()));
  }

  @Test
  void aWeekendHolidayMustBelongToABlockWithAWeekday() {
    // 2026-10-03/04 are a Saturday and Sunday inside National Day; 2026-11-07 is a lone Saturday.
    List<CalendarDayForm> block =
        List.of(
            new CalendarDayForm("2026-10-02", "HOLIDAY", "国庆节"),
            new CalendarDayForm("2026-10-03", "HOLIDAY", "国庆节"),
            new CalendarDayForm("2026-10-04", "HOLIDAY", "国庆节"));
    assertThat(WorkingCalendar.validate(2026, block)).hasSize(3);
    List<CalendarDayForm> lone =
        List.of(
            new CalendarDayForm("2026-10-02", "HOLIDAY", "国庆节"),
            new CalendarDayForm("2026-11-07", "HOLIDAY", "某节"));
    assertThat(fields(() -> WorkingCalendar.validate(2026, lone))).containsExactly("days[1].date");
    List<CalendarDayForm> weekendOnly =
        List.of(
            new CalendarDayForm("2026-11-07", "HOLIDAY", "某节"),
            new CalendarDayForm("2026-11-08", "HOLIDAY", "某节"));
    assertThat(fields(() -> WorkingCalendar.validate(2026, weekendOnly)))
        .containsExactly("days[0].date", "days[1].date");
  }

  @Test
  void anAdjustedWorkingDayMustBeASaturdayOrSunday() {
    assertThatThrownBy(
            () ->
                WorkingCalendar.validate(
                    2026,
                    List.of(
                        new CalendarDayForm("2026-10-01", "HOLIDAY", "国庆节"),
                        new CalendarDayForm("2026-10-09", "WORKDAY", "国庆节"))))
        .isInstanceOf(InvalidInputException.class);
  }
}
