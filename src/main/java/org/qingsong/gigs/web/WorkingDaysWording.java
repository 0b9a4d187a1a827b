package org.qingsong.gigs.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.qingsong.gigs.WorkingDays;
import org.springframework.context.MessageSource;

/**
 * An every-working-day order's calendar note in the reader's language: "法定节假日不安排上门：10月1日至10月7日
 * （国庆节）；调休上班日照常上门：10月10日 周六（国庆节）", and a warning for the years without an official arrangement.
 * Null when the calendar changed nothing.
 */
final class WorkingDaysWording {
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
  private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private WorkingDaysWording() {}

  static String note(WorkingDays w, MessageSource messages, Locale locale) {
    if (w == null || w.plain()) {
      return null;
    }
    boolean en = GigJson.english(locale);
    List<String> parts = new ArrayList<>();
    if (!w.skipped().isEmpty()) {
      parts.add(message(messages, locale, "gig.order.calendar.skipped", days(w.skipped(), en)));
    }
    if (!w.added().isEmpty()) {
      parts.add(message(messages, locale, "gig.order.calendar.added", days(w.added(), en)));
    }
    if (!w.weekendsOnlyYears().isEmpty()) {
      parts.add(
          message(
              messages,
              locale,
              "gig.order.calendar.weekendsOnly",
              w.weekendsOnlyYears().stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(en ? ", " : "、"))));
    }
    return String.join(en ? " " : "；", parts);
  }

  /**
   * Runs of consecutive days of one festival (a weekend inside a holiday block does not break it):
   * "10月1日至10月7日（国庆节）", "10月10日 周六（国庆节）".
   */
  static String days(List<WorkingDays.Day> days, boolean en) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < days.size()) {
      int j = i;
      while (j + 1 < days.size()
          && adjacent(days.get(j).date(), days.get(j + 1).date())
          && Objects.equals(days.get(j + 1).festival(), days.get(i).festival())) {
        j++;
      }
      WorkingDays.Day from = days.get(i);
      WorkingDays.Day to = days.get(j);
      String text =
          i == j
              ? date(from.date(), en)
                  + " "
                  + from.weekday()
                      .getDisplayName(TextStyle.SHORT, en ? Locale.ENGLISH : Locale.CHINA)
              : date(from.date(), en) + (en ? " to " : "至") + date(to.date(), en);
      if (from.festival() != null) {
        text += en ? " (" + from.festival() + ")" : "（" + from.festival() + "）";
      }
      runs.add(text);
      i = j + 1;
    }
    return String.join(en ? "; " : "、", runs);
  }

  /**
   * Whether {@code next} follows {@code d} directly or with only a Saturday and Sunday between, so
   * that a holiday's weekdays on both sides of its weekend read as one block.
   */
  private static boolean adjacent(LocalDate d, LocalDate next) {
    for (LocalDate x = d.plusDays(1); x.isBefore(next); x = x.plusDays(1)) {
      if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
        return false;
      }
    }
    return next.isAfter(d);
  }

  private static String date(LocalDate d, boolean en) {
    return (en ? EN : ZH).format(d);
  }

  private static String message(MessageSource m, Locale locale, String code, String arg) {
    return m.getMessage(code, new Object[] {arg}, code, locale);
  }
}
