package org.qingsong.gigs.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.geography.Station;
import org.qingsong.gigs.CheckOutForm;
import org.qingsong.gigs.GigOrder;
import org.qingsong.gigs.OrderForm;
import org.qingsong.gigs.RecipientForm;
import org.qingsong.gigs.TimeRange;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.Worker;
import org.qingsong.gigs.WorkerCertificate;
import org.qingsong.gigs.WorkerForm;

/**
 * The gig pages' forms as typed: every field a string, so that a mistyped number reaches the
 * services as a value they reject with their own localised message rather than failing in binding.
 */
public final class GigPageForms {
  private GigPageForms() {}

  /** A number as typed: blank is no value, anything that is not a number is -1 (always invalid). */
  static Long whole(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      return -1L;
    }
  }

  static Integer small(String raw) {
    Long n = whole(raw);
    if (n == null) {
      return null;
    }
    return n > Integer.MAX_VALUE || n < Integer.MIN_VALUE ? -1 : n.intValue();
  }

  /** A decimal as typed (a comma accepted as the decimal mark); not a number is 999 (invalid). */
  static Double decimal(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(raw.strip().replace(',', '.'));
      return Double.isFinite(d) ? d : 999d;
    } catch (NumberFormatException e) {
      return 999d;
    }
  }

  static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  /** The order form of the family's order page. */
  public record OrderPage(
      String recipientId,
      String serviceCode,
      String firstDate,
      String startTime,
      String durationMinutes,
      String recurrence,
      List<String> weekdays,
      String untilDate,
      String count,
      String notes) {

    static OrderPage empty(String recipientId, String firstDate) {
      return new OrderPage(
          recipientId, "ELDER_CARE", firstDate, "09:00", "", "NONE", List.of(), "", "", "");
    }

    OrderForm toForm() {
      return new OrderForm(
          whole(recipientId),
          serviceCode,
          firstDate,
          startTime,
          small(durationMinutes),
          recurrence,
          weekdays == null ? List.of() : weekdays,
          untilDate,
          small(count),
          notes);
    }

    public boolean hasWeekday(String day) {
      return weekdays != null && weekdays.contains(day);
    }

    public String recurrenceOrNone() {
      return recurrence == null || recurrence.isBlank() ? "NONE" : recurrence;
    }
  }

  /** The care recipient form. */
  public record RecipientPage(
      String name,
      String relation,
      String phone,
      String address,
      String streetCode,
      String communityCode,
      String lat,
      String lng,
      String mobility,
      String dementia,
      String careNotes) {

    static RecipientPage empty(String streetCode) {
      return new RecipientPage(
          "", "PARENT", "", "", streetCode, "", "", "", "INDEPENDENT", null, "");
    }

    RecipientForm toForm() {
      return new RecipientForm(
          null,
          name,
          relation,
          phone,
          address,
          streetCode,
          communityCode,
          decimal(lat),
          decimal(lng),
          mobility,
          "true".equals(dementia),
          careNotes);
    }

    public boolean hasDementia() {
      return "true".equals(dementia);
    }
  }

  /**
   * The worker form as typed; availability is one line per weekday like "08:00-12:00, 14:00-18:00".
   */
  public record WorkerPage(
      String idNumber,
      String stationId,
      List<String> services,
      List<String> certKind,
      List<String> certNumber,
      List<String> certValidUntil,
      String monday,
      String tuesday,
      String wednesday,
      String thursday,
      String friday,
      String saturday,
      String sunday,
      String homeLat,
      String homeLng,
      String maxHoursPerDay,
      String active) {

    static WorkerPage empty(String stationId) {
      String day = "08:00-18:00";
      return new WorkerPage(
          "", stationId, List.of(), List.of(), List.of(), List.of(), day, day, day, day, day, "",
          "", "", "", "8", "true");
    }

    public static WorkerPage of(Worker w) {
      List<String> kinds = new ArrayList<>();
      List<String> numbers = new ArrayList<>();
      List<String> until = new ArrayList<>();
      for (WorkerCertificate c : w.certificates()) {
        kinds.add(c.kind());
        numbers.add(c.number());
        until.add(c.validUntil().toString());
      }
      Map<DayOfWeek, String> days = new LinkedHashMap<>();
      for (DayOfWeek d : DayOfWeek.values()) {
        days.put(
            d,
            String.join(
                ", ",
                w.availability().weekly().getOrDefault(d, List.of()).stream()
                    .map(TimeRange::toString)
                    .toList()));
      }
      return new WorkerPage(
          w.idNumber(),
          Long.toString(w.stationId()),
          w.services(),
          kinds,
          numbers,
          until,
          days.get(DayOfWeek.MONDAY),
          days.get(DayOfWeek.TUESDAY),
          days.get(DayOfWeek.WEDNESDAY),
          days.get(DayOfWeek.THURSDAY),
          days.get(DayOfWeek.FRIDAY),
          days.get(DayOfWeek.SATURDAY),
          days.get(DayOfWeek.SUNDAY),
          Double.toString(w.home().lat()),
          Double.toString(w.home().lng()),
          hours(w.maxMinutesPerDay()),
          w.active() ? "true" : null);
    }

    private static String hours(int minutes) {
      return java.math.BigDecimal.valueOf(minutes)
          .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
          .stripTrailingZeros()
          .toPlainString();
    }

    public String day(String weekday) {
      return switch (weekday) {
        case "MONDAY" -> monday;
        case "TUESDAY" -> tuesday;
        case "WEDNESDAY" -> wednesday;
        case "THURSDAY" -> thursday;
        case "FRIDAY" -> friday;
        case "SATURDAY" -> saturday;
        default -> sunday;
      };
    }

    public boolean offers(String code) {
      return services != null && services.contains(code);
    }

    public String cert(List<String> values, int row) {
      return values != null && row < values.size() && values.get(row) != null
          ? values.get(row)
          : "";
    }

    public boolean isActive() {
      return "true".equals(active);
    }

    public WorkerForm toForm(
        Long personId,
        Long stationId,
        Station defaultHome,
        List<WorkerForm.ExceptionForm> exceptions) {
      List<WorkerForm.CertificateForm> certs = new ArrayList<>();
      int rows = Math.max(size(certKind), Math.max(size(certNumber), size(certValidUntil)));
      for (int i = 0; i < rows; i++) {
        String kind = cert(certKind, i);
        String number = cert(certNumber, i);
        String until = cert(certValidUntil, i);
        if (kind.isBlank() && number.isBlank() && until.isBlank()) {
          continue;
        }
        certs.add(new WorkerForm.CertificateForm(kind, number, until));
      }
      Map<String, List<String>> week = new LinkedHashMap<>();
      for (String d : GigFamilyPageController.WEEKDAYS) {
        String line = day(d);
        if (line != null && !line.isBlank()) {
          week.put(d, Arrays.stream(line.split("[,，;；\\s]+")).filter(s -> !s.isBlank()).toList());
        }
      }
      return new WorkerForm(
          personId,
          stationId,
          services == null ? List.of() : services,
          certs,
          week,
          exceptions,
          orDefault(GigPageForms.decimal(homeLat), defaultHome, true),
          orDefault(GigPageForms.decimal(homeLng), defaultHome, false),
          GigPageForms.decimal(maxHoursPerDay),
          isActive());
    }

    private Double orDefault(Double typed, Station station, boolean lat) {
      boolean bothBlank =
          (homeLat == null || homeLat.isBlank()) && (homeLng == null || homeLng.isBlank());
      if (typed != null || !bothBlank || station == null) {
        return typed;
      }
      return lat ? station.lat() : station.lng();
    }

    private static int size(List<String> l) {
      return l == null ? 0 : l.size();
    }
  }

  /** The check-out form as typed: ticked tasks, observations, and at most one incident. */
  public record CheckOutPage(
      List<String> tasks, String observations, String severity, String incident) {

    public CheckOutForm toForm() {
      List<CheckOutForm.IncidentForm> incidents = new ArrayList<>();
      if (incident != null && !incident.isBlank()) {
        incidents.add(new CheckOutForm.IncidentForm(severity, incident));
      }
      return new CheckOutForm(tasks == null ? List.of() : tasks, observations, incidents);
    }

    public boolean ticked(String task) {
      return tasks != null && tasks.contains(task);
    }
  }

  /** An order with the next of its visits still to come and how many there are in all. */
  public record OrderView(GigOrder order, List<Visit> next, int remaining) {}
}
