package org.qingsong.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.DayKind;
import org.qingsong.calendar.WorkingCalendar;
import org.qingsong.calendar.store.CalendarStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the official calendar (shipped under {@code reference/calendar}, see its SOURCE.md) into an
 * empty database on start-up, before anything that counts working days, such as the demo data. A
 * database that already has a calendar keeps it: administrators' replacements are never
 * overwritten.
 */
@Component
@Order(0)
class CalendarDataLoader implements ApplicationRunner {
  static final String RESOURCE = "reference/calendar/cn-holidays.csv";
  private static final Logger log = LoggerFactory.getLogger(CalendarDataLoader.class);

  private final CalendarStore store;
  private final WorkingCalendar calendar;
  private final Clock clock;

  CalendarDataLoader(CalendarStore store, WorkingCalendar calendar, Clock clock) {
    this.store = store;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (store.countYears() > 0) {
      calendar.reload();
      return;
    }
    Map<Integer, List<CalendarDay>> byYear;
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      byYear = read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    byYear.forEach(
        (year, days) -> {
          store.insertYear(year, RESOURCE, now, "system");
          store.insertDays(year, days);
        });
    calendar.reload();
    log.info("Loaded the official calendar of {} from reference data", byYear.keySet());
  }

  /** The rows of the shipped file ({@code date,kind,name}, header first) grouped by year. */
  static Map<Integer, List<CalendarDay>> read(InputStream in) throws IOException {
    Map<Integer, List<CalendarDay>> byYear = new TreeMap<>();
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.strip().equals("date,kind,name")) {
      throw new IllegalStateException(RESOURCE + " must start with the header date,kind,name");
    }
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.split(",", -1);
      if (cells.length != 3) {
        throw new IllegalStateException(RESOURCE + ": bad row " + line);
      }
      LocalDate date = LocalDate.parse(cells[0].strip());
      CalendarDay day = new CalendarDay(date, DayKind.parse(cells[1]), cells[2].strip());
      byYear.computeIfAbsent(date.getYear(), y -> new ArrayList<>()).add(day);
    }
    return byYear;
  }
}
