package org.qingsong.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.CalendarDayForm;
import org.qingsong.calendar.CalendarYear;
import org.qingsong.calendar.WorkingCalendar;
import org.qingsong.calendar.WorkingDate;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar page: the listed days of a covered year, a working-day calculator, and for
 * administrators a form that replaces a year with lines of {@code date,kind,name} as pasted from
 * the State Council's notice.
 */
@Controller
@RequestMapping("/calendar")
class CalendarPageController {
  private static final Pattern ROW_FIELD = Pattern.compile("days\\[(\\d+)]\\.?(.*)");

  private final WorkingCalendar calendar;
  private final CurrentActor currentActor;
  private final MessageSource messages;
  private final Clock clock;

  CalendarPageController(
      WorkingCalendar calendar, CurrentActor currentActor, MessageSource messages, Clock clock) {
    this.calendar = calendar;
    this.currentActor = currentActor;
    this.messages = messages;
    this.clock = clock;
  }

  @GetMapping
  String page(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String days,
      Model model,
      Locale locale) {
    SortedSet<Integer> years = calendar.coveredYears();
    int today = LocalDate.now(clock.withZone(BusinessTime.ZONE)).getYear();
    int shown =
        year != null && years.contains(year)
            ? year
            : years.contains(today) ? today : years.isEmpty() ? today : years.last();
    CalendarYear selected = calendar.year(shown).orElse(null);
    model.addAttribute("years", years);
    model.addAttribute("selected", selected);
    model.addAttribute("shownYear", shown);
    model.addAttribute("from", from == null ? "" : from);
    model.addAttribute("days", days == null ? "" : days);
    Map<String, String> errors = new LinkedHashMap<>();
    if (from != null || days != null) {
      FieldErrors parse = new FieldErrors();
      LocalDate start = parse.parse("from", from, WorkingCalendar::date);
      Integer count = parse.parse("days", days, CalendarController::count);
      try {
        parse.throwIfAny();
        WorkingDate result = calendar.addWorkingDays(start, count);
        model.addAttribute("result", result);
        model.addAttribute("resultFrom", start);
        model.addAttribute("resultDays", count);
        if (result.weekendsOnly()) {
          model.addAttribute(
              "note",
              CalendarController.note(messages, calendar.uncoveredYears(start, result.date())));
        }
      } catch (InvalidInputException e) {
        e.violations().forEach(v -> errors.putIfAbsent(v.field(), text(v, locale)));
      }
    }
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("rows")) {
      model.addAttribute("rows", selected == null ? "" : rows(selected.days()));
      model.addAttribute("editYear", shown);
      model.addAttribute("rowErrors", List.of());
    }
    model.addAttribute("canEdit", currentActor.get().is(Role.ADMIN));
    return "calendar/calendar";
  }

  /** Replaces a year from the pasted lines; on a mistake the page shows every bad line. */
  @PostMapping("/years")
  @PreAuthorize("hasRole('ADMIN')")
  String replace(
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String rows,
      Locale locale,
      RedirectAttributes redirect) {
    List<String> problems = new ArrayList<>();
    int y;
    try {
      y = Integer.parseInt(year == null ? "" : year.strip());
    } catch (NumberFormatException e) {
      problems.add(messages.getMessage("calendar.page.yearFormat", null, locale));
      return back(year, rows, problems, redirect);
    }
    List<CalendarDayForm> forms = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    String[] lines = rows == null ? new String[0] : rows.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("date,")) {
        continue;
      }
      String[] cells = line.split("[,，\\t]", -1);
      forms.add(
          new CalendarDayForm(
              cell(cells, 0), cell(cells, 1), cells.length > 2 ? cell(cells, 2) : null));
      lineNumbers.add(i + 1);
    }
    try {
      calendar.replaceYear(y, forms);
    } catch (InvalidInputException e) {
      for (FieldViolation v : e.violations()) {
        Matcher m = ROW_FIELD.matcher(v.field());
        String message = text(v, locale);
        if (m.matches()) {
          int line = lineNumbers.get(Integer.parseInt(m.group(1)));
          problems.add(
              messages.getMessage(
                  "calendar.page.lineProblem",
                  new Object[] {String.valueOf(line), message},
                  locale));
        } else {
          problems.add(message);
        }
      }
      return back(year, rows, problems, redirect);
    }
    redirect.addFlashAttribute("replaced", y);
    return "redirect:/calendar?year=" + y;
  }

  private static String back(
      String year, String rows, List<String> problems, RedirectAttributes redirect) {
    redirect.addFlashAttribute("rows", rows == null ? "" : rows);
    redirect.addFlashAttribute("editYear", year == null ? "" : year.strip());
    redirect.addFlashAttribute("rowErrors", problems);
    return "redirect:/calendar#replace";
  }

  private static String cell(String[] cells, int i) {
    return i < cells.length ? cells[i].strip() : null;
  }

  private static String rows(List<CalendarDay> days) {
    StringBuilder out = new StringBuilder();
    for (CalendarDay d : days) {
      out.append(d.date()).append(',').append(d.kind()).append(',').append(d.name()).append('\n');
    }
    return out.toString();
  }

  private String text(FieldViolation v, Locale locale) {
    return messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
  }
}
