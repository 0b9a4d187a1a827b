package org.qingsong.gigs.web;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.gigs.CareLog;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.GigOrder;
import org.qingsong.gigs.HouseholdService;
import org.qingsong.gigs.PriceUnit;
import org.qingsong.gigs.Recipient;
import org.qingsong.gigs.Recurrence;
import org.qingsong.gigs.ServiceTask;
import org.qingsong.gigs.TimeRange;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.VisitStatus;
import org.qingsong.gigs.Worker;
import org.qingsong.gigs.WorkerCertificate;
import org.qingsong.gigs.WorkingDays;
import org.springframework.context.MessageSource;

/** The gig market's JSON shapes: money in yuan, times of day as {@code HH:mm}. */
final class GigJson {
  private GigJson() {}

  /** A catalogue entry. */
  record ServiceJson(
      String code,
      String nameZh,
      String nameEn,
      int defaultMinutes,
      PriceUnit priceUnit,
      BigDecimal guidePrice,
      BigDecimal defaultVisitPrice,
      List<CertificateKind> requiredCertificates,
      List<ServiceTask> tasks) {

    static ServiceJson of(HouseholdService s) {
      return new ServiceJson(
          s.code(),
          s.nameZh(),
          s.nameEn(),
          s.defaultMinutes(),
          s.priceUnit(),
          s.guidePrice().yuan(),
          s.priceFor(s.defaultMinutes()).yuan(),
          s.requiredCertificates(),
          s.tasks());
    }
  }

  /** A worker: availability as weekday to {@code HH:mm-HH:mm} ranges. */
  record WorkerJson(
      long id,
      long personId,
      String name,
      String phone,
      String idNumber,
      long stationId,
      String stationName,
      String streetCode,
      double homeLat,
      double homeLng,
      BigDecimal maxHoursPerDay,
      boolean active,
      List<String> services,
      List<WorkerCertificate> certificates,
      Map<DayOfWeek, List<String>> availability,
      List<ExceptionJson> exceptions,
      OffsetDateTime createdAt) {

    static WorkerJson of(Worker w) {
      Map<DayOfWeek, List<String>> weekly = new LinkedHashMap<>();
      for (DayOfWeek d : DayOfWeek.values()) {
        List<TimeRange> ranges = w.availability().weekly().get(d);
        if (ranges != null && !ranges.isEmpty()) {
          weekly.put(d, ranges.stream().map(TimeRange::toString).toList());
        }
      }
      return new WorkerJson(
          w.id(),
          w.personId(),
          w.name(),
          w.phone(),
          w.idNumber(),
          w.stationId(),
          w.stationName(),
          w.streetCode(),
          w.home().lat(),
          w.home().lng(),
          BigDecimal.valueOf(w.maxMinutesPerDay())
              .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros(),
          w.active(),
          w.services(),
          w.certificates(),
          weekly,
          w.availability().exceptions().stream()
              .map(
                  e ->
                      new ExceptionJson(
                          e.date(),
                          e.dayOff(),
                          e.ranges().stream().map(TimeRange::toString).toList()))
              .toList(),
          w.createdAt());
    }
  }

  /** A date exception of a worker's hours. */
  record ExceptionJson(LocalDate date, boolean dayOff, List<String> ranges) {}

  /** A visit with its price in yuan and a map link to the address. */
  record VisitJson(
      long id,
      long orderId,
      String serviceCode,
      String serviceName,
      LocalDate date,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      int durationMinutes,
      VisitStatus status,
      BigDecimal price,
      Recipient recipient,
      String mapUrl,
      Long workerId,
      String workerName,
      boolean pinned,
      OffsetDateTime assignedAt,
      Visit.CheckIn checkIn,
      OffsetDateTime checkedOutAt,
      CareLog careLog,
      Visit.Rating rating,
      Visit.Cancellation cancellation) {

    static VisitJson of(Visit v, Locale locale) {
      return new VisitJson(
          v.id(),
          v.orderId(),
          v.serviceCode(),
          english(locale) ? v.serviceNameEn() : v.serviceNameZh(),
          v.date(),
          v.startsAt(),
          v.endsAt(),
          v.durationMinutes(),
          v.status(),
          v.price().yuan(),
          v.recipient(),
          GigJson.mapUrl(v.recipient()),
          v.workerId(),
          v.workerName(),
          v.pinned(),
          v.assignedAt(),
          v.checkIn(),
          v.checkedOutAt(),
          v.careLog(),
          v.rating(),
          v.cancellation());
    }
  }

  /** An order with its visits. */
  record OrderJson(
      long id,
      long customerId,
      long recipientId,
      String recipientName,
      String serviceCode,
      String serviceName,
      LocalDate firstDate,
      String startTime,
      int durationMinutes,
      Recurrence recurrence,
      List<DayOfWeek> weekdays,
      LocalDate untilDate,
      Integer count,
      BigDecimal pricePerVisit,
      BigDecimal total,
      String notes,
      OffsetDateTime createdAt,
      String createdBy,
      int visitCount,
      List<VisitJson> visits,
      WorkingDays workingDays,
      String calendarNote) {

    static OrderJson of(GigOrder o, Locale locale, MessageSource messages) {
      return new OrderJson(
          o.id(),
          o.customerId(),
          o.recipientId(),
          o.recipientName(),
          o.serviceCode(),
          english(locale) ? o.serviceNameEn() : o.serviceNameZh(),
          o.firstDate(),
          o.startTime(),
          o.durationMinutes(),
          o.recurrence(),
          o.weekdays(),
          o.untilDate(),
          o.count(),
          o.pricePerVisit().yuan(),
          o.pricePerVisit()
              .yuan()
              .multiply(
                  BigDecimal.valueOf(
                      o.visits().stream()
                          .filter(v -> v.status() != VisitStatus.CANCELLED)
                          .count())),
          o.notes(),
          o.createdAt(),
          o.createdBy(),
          o.visits().size(),
          o.visits().stream().map(v -> VisitJson.of(v, locale)).toList(),
          o.workingDays(),
          WorkingDaysWording.note(o.workingDays(), messages, locale));
    }
  }

  /** An OpenStreetMap link centred on the recipient's address point. */
  static String mapUrl(Recipient r) {
    double lat = r.location().lat();
    double lng = r.location().lng();
    return String.format(
        Locale.ROOT,
        "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=18/%.6f/%.6f",
        lat,
        lng,
        lat,
        lng);
  }

  static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }
}
