package org.qingsong.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.qingsong.calendar.store.CalendarStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.WorkingDayCalendar;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The official working-day calendar. It is read from the database and kept in memory; a replacement
 * of a year refreshes it when the replacement commits, and a replacement made by another instance
 * of the application is noticed within {@link #RECHECK}. Outside the covered years only weekends
 * are known to be off, and every computation that relied on that says so.
 */
@Service
public class WorkingCalendar {
  /**
   * The years an administrator may set: wide enough for any real use, narrow enough to catch typos.
   */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  static final int MAX_ROWS = 200;
  static final int MAX_NAME = 20;
  static final String API_SOURCE = "api";

  private final CalendarStore store;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;
  private volatile Loaded calendar;

  /**
   * How long a copy is trusted before the database is asked whether another instance replaced a
   * year: one small query at most this often.
   */
  static final Duration RECHECK = Duration.ofSeconds(30);

  /** The copy in memory, the stamp of the data it was read from, and when that was checked. */
  private record Loaded(WorkingDayCalendar calendar, String stamp, Instant checkedAt) {}

  WorkingCalendar(CalendarStore store, CurrentActor currentActor, AuditTrail audit, Clock clock) {
    this.store = store;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The {@code days}-th working day after {@code from}: day 1 is the first working day strictly
   * after {@code from}; 0 days gives {@code from}. {@code weekendsOnly} tells whether the count
   * passed through a year the calendar does not cover.
   *
   * @throws InvalidInputException (field {@code days}) when days is negative or above {@link
   *     WorkingDayCalendar#MAX_DAYS}
   */
  public WorkingDate addWorkingDays(LocalDate from, int days) {
    if (days < 0 || days > WorkingDayCalendar.MAX_DAYS) {
      throw InvalidInputException.of(
          "days", "calendar.days.range", String.valueOf(WorkingDayCalendar.MAX_DAYS));
    }
    WorkingDayCalendar.Result r = calendar().addWorkingDays(from, days);
    return new WorkingDate(r.date(), r.beyondCoverage());
  }

  /** Whether the date is a working day; outside the covered years, by the weekend rule alone. */
  public boolean isWorkingDay(LocalDate date) {
    return calendar().isWorkingDay(date);
  }

  /** Whether the official arrangement of the date's year is known. */
  public boolean covers(LocalDate date) {
    return calendar().covers(date);
  }

  /** The years from the day after {@code from} to {@code to} that the calendar does not cover. */
  public List<Integer> uncoveredYears(LocalDate from, LocalDate to) {
    List<Integer> out = new ArrayList<>();
    WorkingDayCalendar c = calendar();
    for (int y = from.plusDays(1).getYear(); y <= to.getYear(); y++) {
      if (!c.coveredYears().contains(y)) {
        out.add(y);
      }
    }
    return out;
  }

  /** The covered years, ascending. */
  public SortedSet<Integer> coveredYears() {
    return calendar().coveredYears();
  }

  @Transactional(readOnly = true)
  public Optional<CalendarYear> year(int year) {
    return store.year(year);
  }

  @Transactional(readOnly = true)
  public CalendarYear requireYear(int year) {
    return year(year)
        .orElseThrow(
            () -> DomainException.notFound("calendar.year.notFound", String.valueOf(year)));
  }

  /**
   * Replaces the arrangement of one year with the given rows (administrators only), or adds the
   * year when it was not covered. All rows are checked first; any invalid row leaves the calendar
   * unchanged. Audited.
   */
  @Transactional
  public CalendarYear replaceYear(int year, List<CalendarDayForm> rows) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("calendar.forbidden");
    }
    List<CalendarDay> days = validate(year, rows);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (store.lockYear(year)) {
      store.deleteDays(year);
      store.touchYear(year, API_SOURCE, now, actor.username());
    } else {
      store.insertYear(year, API_SOURCE, now, actor.username());
    }
    store.insertDays(year, days);
    long holidays = days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
    audit.record(
        "REPLACE",
        "CALENDAR_YEAR",
        year,
        holidays + " holidays, " + (days.size() - holidays) + " adjusted working days");
    reloadAfterCommit();
    return requireYear(year);
  }

  /** Re-reads the calendar from the database, e.g. after the reference data was loaded. */
  public void reload() {
    calendar = read(clock.instant());
  }

  static List<CalendarDay> validate(int year, List<CalendarDayForm> rows) {
    FieldErrors errors = new FieldErrors();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      errors.add(
          "year", "calendar.year.range", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    }
    if (rows == null || rows.isEmpty()) {
      errors.add("days", "calendar.days.noHoliday");
      errors.throwIfAny();
      return List.of();
    }
    if (rows.size() > MAX_ROWS) {
      errors.add("days", "calendar.days.tooMany", MAX_ROWS);
      errors.throwIfAny();
    }
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      String prefix = "days[" + i + "].";
      CalendarDayForm row = rows.get(i);
      if (row == null) {
        errors.add("days[" + i + "]", "field.required");
        continue;
      }
      LocalDate date = errors.parse(prefix + "date", row.date(), WorkingCalendar::date);
      DayKind kind = errors.parse(prefix + "kind", row.kind(), DayKind::parse);
      String name = errors.text(prefix + "name", row.name(), MAX_NAME);
      if (date != null) {
        if (date.getYear() != year) {
          errors.add(prefix + "date", "calendar.day.outsideYear", String.valueOf(year));
        } else if (!seen.add(date)) {
          errors.add(prefix + "date", "calendar.day.duplicate", date.toString());
        } else if (kind == DayKind.WORKDAY && !isWeekend(date)) {
          errors.add(prefix + "kind", "calendar.day.workdayNotWeekend", date.toString());
        }
      }
      if (date != null && kind != null && name != null) {
        days.add(new CalendarDay(date, kind, name));
      }
    }
    if (errors.isEmpty() && days.stream().noneMatch(d -> d.kind() == DayKind.HOLIDAY)) {
      errors.add("days", "calendar.days.noHoliday");
    }
    if (errors.isEmpty()) {
      Set<LocalDate> holidays = new HashSet<>();
      days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).forEach(d -> holidays.add(d.date()));
      for (int i = 0; i < days.size(); i++) {
        CalendarDay d = days.get(i);
        if (d.kind() == DayKind.HOLIDAY
            && isWeekend(d.date())
            && !inWeekdayBlock(d.date(), holidays)) {
          errors.add(
              "days[" + i + "].date", "calendar.day.weekendHolidayAlone", d.date().toString());
        }
      }
    }
    errors.throwIfAny();
    return days;
  }

  /** Parses an ISO date ({@code 2026-10-01}); a message code when it is not one. */
  public static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("calendar.date.format");
    }
  }

  /**
   * Whether a holiday belongs to a run of consecutive holidays that has a weekday in it: a Saturday
   * or Sunday is listed only as part of a holiday block, since on its own it is off anyway.
   */
  private static boolean inWeekdayBlock(LocalDate date, Set<LocalDate> holidays) {
    for (LocalDate d = date; holidays.contains(d); d = d.minusDays(1)) {
      if (!isWeekend(d)) {
        return true;
      }
    }
    for (LocalDate d = date; holidays.contains(d); d = d.plusDays(1)) {
      if (!isWeekend(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private WorkingDayCalendar calendar() {
    Loaded current = calendar;
    Instant now = clock.instant();
    if (current == null) {
      current = read(now);
      calendar = current;
    } else if (current.checkedAt().plus(RECHECK).isBefore(now)) {
      String stamp = store.stamp();
      current =
          stamp.equals(current.stamp()) ? new Loaded(current.calendar(), stamp, now) : read(now);
      calendar = current;
    }
    return current.calendar();
  }

  private Loaded read(Instant now) {
    String stamp = store.stamp();
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    for (CalendarDay d : store.allDays()) {
      (d.kind() == DayKind.HOLIDAY ? holidays : workdays).add(d.date());
    }
    return new Loaded(
        new WorkingDayCalendar(holidays, workdays, new HashSet<>(store.years())), stamp, now);
  }

  private void reloadAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              reload();
            }
          });
    } else {
      reload();
    }
  }
}
