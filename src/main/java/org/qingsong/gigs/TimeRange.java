package org.qingsong.gigs;

import org.qingsong.common.InvalidValueException;

/**
 * A range of minutes within one day, {@code [fromMinute, toMinute)}, written {@code 09:00-11:30};
 * {@code 24:00} is the end of the day.
 */
public record TimeRange(int fromMinute, int toMinute) {
  public static final int DAY_MINUTES = 24 * 60;

  public TimeRange {
    if (fromMinute < 0 || toMinute > DAY_MINUTES || fromMinute >= toMinute) {
      throw new InvalidValueException("gig.timeRange");
    }
  }

  /** Parses {@code HH:mm-HH:mm}. */
  public static TimeRange parse(String raw) {
    if (raw == null) {
      throw new InvalidValueException("gig.timeRange");
    }
    String[] parts = raw.strip().replace('–', '-').replace('—', '-').split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new InvalidValueException("gig.timeRange");
    }
    return new TimeRange(minuteOf(parts[0]), minuteOf(parts[1]));
  }

  /** Parses {@code HH:mm} (00:00 to 24:00) into minutes of the day. */
  public static int minuteOf(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (!s.matches("\\d{1,2}:\\d{2}")) {
      throw new InvalidValueException("gig.time");
    }
    int h = Integer.parseInt(s.substring(0, s.indexOf(':')));
    int m = Integer.parseInt(s.substring(s.indexOf(':') + 1));
    if (m > 59 || h > 24 || (h == 24 && m != 0)) {
      throw new InvalidValueException("gig.time");
    }
    return h * 60 + m;
  }

  public static String format(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  public boolean contains(int from, int to) {
    return fromMinute <= from && to <= toMinute;
  }

  public int minutes() {
    return toMinute - fromMinute;
  }

  @Override
  public String toString() {
    return format(fromMinute) + "-" + format(toMinute);
  }
}
