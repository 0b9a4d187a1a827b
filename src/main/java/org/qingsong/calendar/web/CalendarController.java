package org.qingsong.calendar.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.CalendarDayForm;
import org.qingsong.calendar.CalendarYear;
import org.qingsong.calendar.WorkingCalendar;
import org.qingsong.calendar.WorkingDate;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.WorkingDayCalendar;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar as JSON. Reading is public; replacing a year is for administrators. A
 * computation that ran past the covered years answers {@code "weekendsOnly":true} and a note.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {
  private final WorkingCalendar calendar;
  private final MessageSource messages;

  CalendarController(WorkingCalendar calendar, MessageSource messages) {
    this.calendar = calendar;
    this.messages = messages;
  }

  /** The date {@code days} working days after {@code from}; day 1 is the first one after it. */
  @GetMapping("/add-working-days")
  WorkingDateJson addWorkingDays(
      @RequestParam(required = false) String from, @RequestParam(required = false) String days) {
    FieldErrors errors = new FieldErrors();
    LocalDate start = errors.parse("from", from, WorkingCalendar::date);
    Integer count = errors.parse("days", days, CalendarController::count);
    errors.throwIfAny();
    WorkingDate result = calendar.addWorkingDays(start, count);
    return new WorkingDateJson(
        result.date(),
        result.weekendsOnly(),
        result.weekendsOnly() ? note(calendar.uncoveredYears(start, result.date())) : null);
  }

  /** Whether one date is a working day, and whether the calendar covers its year. */
  @GetMapping("/working-day")
  WorkingDayJson workingDay(@RequestParam(required = false) String date) {
    FieldErrors errors = new FieldErrors();
    LocalDate d = errors.parse("date", date, WorkingCalendar::date);
    errors.throwIfAny();
    boolean covered = calendar.covers(d);
    return new WorkingDayJson(
        d, calendar.isWorkingDay(d), !covered, covered ? null : note(List.of(d.getYear())));
  }

  /** The covered years with their counts of listed days. */
  @GetMapping("/years")
  List<YearSummary> years() {
    List<YearSummary> out = new ArrayList<>();
    for (int year : calendar.coveredYears()) {
      calendar.year(year).map(YearSummary::of).ifPresent(out::add);
    }
    return out;
  }

  @GetMapping("/years/{year}")
  YearJson year(@PathVariable int year) {
    return YearJson.of(calendar.requireYear(year));
  }

  /** Replaces a year's arrangement: a JSON list of {@code {date, kind, name}}. */
  @PutMapping("/years/{year}")
  YearJson replace(@PathVariable int year, @RequestBody List<CalendarDayForm> days) {
    return YearJson.of(calendar.replaceYear(year, days));
  }

  private String note(List<Integer> years) {
    return note(messages, years);
  }

  /** Says which years were counted by the weekend rule alone, in the caller's language. */
  static String note(MessageSource messages, List<Integer> years) {
    String list = String.join(", ", years.stream().map(String::valueOf).toList());
    return messages.getMessage(
        "calendar.weekendsOnly.note", new Object[] {list}, LocaleContextHolder.getLocale());
  }

  /** A number of working days, 0 to {@link WorkingDayCalendar#MAX_DAYS}. */
  static int count(String raw) {
    int n;
    try {
      n = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("calendar.days.format");
    }
    if (n < 0 || n > WorkingDayCalendar.MAX_DAYS) {
      throw new InvalidValueException(
          "calendar.days.range", String.valueOf(WorkingDayCalendar.MAX_DAYS));
    }
    return n;
  }

  record WorkingDateJson(LocalDate date, boolean weekendsOnly, String note) {}

  record WorkingDayJson(LocalDate date, boolean workingDay, boolean weekendsOnly, String note) {}

  record YearSummary(
      int year, long holidays, long workdays, String source, OffsetDateTime updatedAt) {
    static YearSummary of(CalendarYear y) {
      return new YearSummary(y.year(), y.holidays(), y.workdays(), y.source(), y.updatedAt());
    }
  }

  record YearJson(
      int year,
      String source,
      OffsetDateTime updatedAt,
      String updatedBy,
      long holidays,
      long workdays,
      List<CalendarDay> days) {
    static YearJson of(CalendarYear y) {
      return new YearJson(
          y.year(), y.source(), y.updatedAt(), y.updatedBy(), y.holidays(), y.workdays(), y.days());
    }
  }
}
