package org.qingsong.calendar;

import java.time.OffsetDateTime;
import java.util.List;

/** The official arrangement of one year, where it came from, and who last replaced it. */
public record CalendarYear(
    int year, String source, OffsetDateTime updatedAt, String updatedBy, List<CalendarDay> days) {
  public CalendarYear {
    days = List.copyOf(days);
  }

  public long holidays() {
    return days.stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
  }

  public long workdays() {
    return days.stream().filter(d -> d.kind() == DayKind.WORKDAY).count();
  }
}
