package org.qingsong.people;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingsong.common.FieldErrors;

/**
 * The hours of a week someone can work, as 168 bits: one per hour, Monday 00:00-01:00 first (hour
 * {@code 24 * (dayOfWeek - 1) + hourOfDay}). Held in three longs ({@code bits0}: hours 0-63, {@code
 * bits1}: 64-127, {@code bits2}: 128-167) so that two weeks compare with a few AND and bit-count
 * instructions.
 *
 * <p>People write it as hour ranges per weekday: {@code {"MONDAY":["09:00-12:00","14:00-18:00"]}};
 * a range starts and ends on a full hour, {@code 24:00} ends a day, ranges may overlap (they are
 * united) and days left out are not available.
 */
public record WeeklyAvailability(long bits0, long bits1, long bits2) {
  public static final int HOURS = 168;
  public static final WeeklyAvailability NONE = new WeeklyAvailability(0, 0, 0);
  private static final long BITS2_MASK = (1L << 40) - 1;
  private static final Pattern RANGE =
      Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

  public WeeklyAvailability {
    if ((bits2 & ~BITS2_MASK) != 0) {
      throw new IllegalArgumentException("a week has only 168 hours");
    }
  }

  /**
   * Every hour from {@code fromHour} (inclusive) to {@code toHour} (exclusive) of the given days.
   */
  public static WeeklyAvailability of(List<DayOfWeek> days, int fromHour, int toHour) {
    long[] bits = new long[3];
    for (DayOfWeek day : days) {
      for (int h = fromHour; h < toHour; h++) {
        set(bits, hourOfWeek(day, h));
      }
    }
    return new WeeklyAvailability(bits[0], bits[1], bits[2]);
  }

  /**
   * Parses the per-weekday ranges of the API; problems are recorded under {@code field.DAY} or
   * {@code field.DAY[i]} and the result is then meaningless (the caller throws).
   */
  public static WeeklyAvailability parse(
      Map<String, List<String>> ranges, String field, FieldErrors errors) {
    long[] bits = new long[3];
    if (ranges == null) {
      return NONE;
    }
    for (Map.Entry<String, List<String>> e : ranges.entrySet()) {
      DayOfWeek day;
      try {
        day = DayOfWeek.valueOf(String.valueOf(e.getKey()).strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        errors.add(field + "." + e.getKey(), "seeker.availability.day", e.getKey());
        continue;
      }
      List<String> list = e.getValue() == null ? List.of() : e.getValue();
      for (int i = 0; i < list.size(); i++) {
        String raw = list.get(i);
        Matcher m = raw == null ? null : RANGE.matcher(raw.strip());
        String at = field + "." + day.name() + "[" + i + "]";
        if (m == null || !m.matches()) {
          errors.add(at, "seeker.availability.format", String.valueOf(raw));
          continue;
        }
        int fromH = Integer.parseInt(m.group(1));
        int toH = Integer.parseInt(m.group(3));
        boolean wholeHours = m.group(2).equals("00") && m.group(4).equals("00");
        if (!wholeHours || fromH > 23 || toH > 24 || fromH >= toH) {
          errors.add(at, "seeker.availability.range", raw.strip());
          continue;
        }
        for (int h = fromH; h < toH; h++) {
          set(bits, hourOfWeek(day, h));
        }
      }
    }
    return new WeeklyAvailability(bits[0], bits[1], bits[2]);
  }

  public static int hourOfWeek(DayOfWeek day, int hourOfDay) {
    return (day.getValue() - 1) * 24 + hourOfDay;
  }

  public boolean available(int hourOfWeek) {
    if (hourOfWeek < 0 || hourOfWeek >= HOURS) {
      return false;
    }
    long word = hourOfWeek < 64 ? bits0 : hourOfWeek < 128 ? bits1 : bits2;
    return (word >>> (hourOfWeek & 63) & 1L) != 0;
  }

  public boolean available(DayOfWeek day, int hourOfDay) {
    return available(hourOfWeek(day, hourOfDay));
  }

  /** Hours per week. */
  public int hours() {
    return Long.bitCount(bits0) + Long.bitCount(bits1) + Long.bitCount(bits2);
  }

  /** Hours both weeks have in common. */
  public int overlap(WeeklyAvailability other) {
    return Long.bitCount(bits0 & other.bits0)
        + Long.bitCount(bits1 & other.bits1)
        + Long.bitCount(bits2 & other.bits2);
  }

  /** Whether every hour of {@code other} is an hour of this week. */
  public boolean covers(WeeklyAvailability other) {
    return (other.bits0 & ~bits0) == 0
        && (other.bits1 & ~bits1) == 0
        && (other.bits2 & ~bits2) == 0;
  }

  public boolean isEmpty() {
    return (bits0 | bits1 | bits2) == 0;
  }

  /** The week as the API writes it: merged ranges per day, days without hours left out. */
  public Map<String, List<String>> ranges() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> list = new ArrayList<>();
      int h = 0;
      while (h < 24) {
        if (!available(day, h)) {
          h++;
          continue;
        }
        int start = h;
        while (h < 24 && available(day, h)) {
          h++;
        }
        list.add(String.format(Locale.ROOT, "%02d:00-%02d:00", start, h));
      }
      if (!list.isEmpty()) {
        out.put(day.name(), List.copyOf(list));
      }
    }
    return out;
  }

  private static void set(long[] bits, int hour) {
    bits[hour >>> 6] |= 1L << (hour & 63);
  }
}
