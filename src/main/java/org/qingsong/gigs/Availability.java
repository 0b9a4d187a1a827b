package org.qingsong.gigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a worker can work: time ranges per weekday (the worker chooses their own hours), changed on
 * single dates by {@link DateException}s (a day off, or extra hours).
 */
public record Availability(Map<DayOfWeek, List<TimeRange>> weekly, List<DateException> exceptions) {

  public Availability {
    Map<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    weekly.forEach((day, ranges) -> copy.put(day, List.copyOf(ranges)));
    weekly = Map.copyOf(copy);
    exceptions = List.copyOf(exceptions);
  }

  /** The ranges a worker is available on a date, merged where they touch, earliest first. */
  public List<TimeRange> on(LocalDate date) {
    List<TimeRange> all = new ArrayList<>(weekly.getOrDefault(date.getDayOfWeek(), List.of()));
    for (DateException e : exceptions) {
      if (e.date().equals(date)) {
        if (e.dayOff()) {
          return List.of();
        }
        all.addAll(e.ranges());
      }
    }
    all.sort(Comparator.comparingInt(TimeRange::fromMinute));
    List<TimeRange> merged = new ArrayList<>();
    for (TimeRange r : all) {
      if (!merged.isEmpty() && merged.get(merged.size() - 1).toMinute() >= r.fromMinute()) {
        TimeRange last = merged.remove(merged.size() - 1);
        merged.add(new TimeRange(last.fromMinute(), Math.max(last.toMinute(), r.toMinute())));
      } else {
        merged.add(r);
      }
    }
    return merged;
  }

  public boolean dayOff(LocalDate date) {
    return exceptions.stream().anyMatch(e -> e.date().equals(date) && e.dayOff());
  }

  /** Whether one available range holds the whole of {@code [from, to)} minutes on the date. */
  public boolean covers(LocalDate date, int from, int to) {
    return on(date).stream().anyMatch(r -> r.contains(from, to));
  }
}
