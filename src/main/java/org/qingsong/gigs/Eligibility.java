package org.qingsong.gigs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.geography.WalkingModel;

/**
 * The hard rules for giving a visit to a worker, as plain Java so that staff's candidate list, the
 * assignment and every dispatcher apply the same ones: active, offers the service, holds every
 * required certificate valid on the visit's date, available for the whole window, within the daily
 * hours, and no other visit within the travel buffer.
 */
public final class Eligibility {
  private Eligibility() {}

  /**
   * All checks for one worker and one visit; {@code bookings} are the worker's other visits around
   * that day (the visit itself, if among them, is ignored).
   */
  public static List<Check> check(
      Worker worker, VisitSlot visit, List<Booking> bookings, Duration travelBuffer) {
    List<Check> checks = new ArrayList<>();
    HouseholdService service = visit.service();
    checks.add(
        worker.active()
            ? Check.pass(Check.Rule.ACTIVE, "gig.check.active.ok")
            : Check.fail(Check.Rule.ACTIVE, "gig.check.active.no"));
    checks.add(
        worker.offers(service.code())
            ? Check.pass(
                Check.Rule.SERVICE, "gig.check.service.ok", service.nameZh(), service.nameEn())
            : Check.fail(
                Check.Rule.SERVICE, "gig.check.service.no", service.nameZh(), service.nameEn()));
    checks.add(certificates(worker, visit));
    checks.add(availability(worker, visit));
    int already = minutesThatDay(visit, bookings);
    int total = already + visit.minutes();
    checks.add(
        total <= worker.maxMinutesPerDay()
            ? Check.pass(
                Check.Rule.DAILY_HOURS,
                "gig.check.hours.ok",
                hours(total),
                hours(worker.maxMinutesPerDay()))
            : Check.fail(
                Check.Rule.DAILY_HOURS,
                "gig.check.hours.no",
                hours(already),
                hours(visit.minutes()),
                hours(worker.maxMinutesPerDay())));
    Optional<Booking> clash = clash(visit, bookings, travelBuffer);
    checks.add(
        clash
            .map(
                b ->
                    Check.fail(
                        Check.Rule.NO_CLASH,
                        "gig.check.clash.no",
                        Long.toString(b.visitId()),
                        timeRange(b.startsAt(), b.endsAt()),
                        Long.toString(travelBuffer.toMinutes())))
            .orElse(
                Check.pass(
                    Check.Rule.NO_CLASH,
                    "gig.check.clash.ok",
                    Long.toString(travelBuffer.toMinutes()))));
    long meters = walkingMeters(worker, visit);
    checks.add(
        Check.pass(
            Check.Rule.DISTANCE,
            "gig.check.distance",
            Long.toString(meters),
            Double.toString(WalkingModel.walkingMinutes(meters))));
    return checks;
  }

  public static boolean eligible(List<Check> checks) {
    return checks.stream().allMatch(Check::passed);
  }

  /** The blocked range a visit takes: from its start to its end plus the travel buffer. */
  public static OffsetDateTime blockedUntil(OffsetDateTime endsAt, Duration travelBuffer) {
    return endsAt.plus(travelBuffer);
  }

  /** The first booking (other than the visit itself) within the travel buffer of the visit. */
  public static Optional<Booking> clash(
      VisitSlot visit, List<Booking> bookings, Duration travelBuffer) {
    OffsetDateTime until = blockedUntil(visit.endsAt(), travelBuffer);
    return bookings.stream()
        .filter(b -> b.visitId() != visit.visitId())
        .filter(b -> b.overlaps(visit.startsAt(), until))
        .findFirst();
  }

  public static int minutesThatDay(VisitSlot visit, List<Booking> bookings) {
    return bookings.stream()
        .filter(b -> b.visitId() != visit.visitId())
        .filter(
            b ->
                b.startsAt()
                    .atZoneSameInstant(BusinessTime.ZONE)
                    .toLocalDate()
                    .equals(visit.date()))
        .mapToInt(Booking::minutes)
        .sum();
  }

  public static long walkingMeters(Worker worker, VisitSlot visit) {
    return WalkingModel.walkingMeters(worker.home(), visit.location());
  }

  private static Check certificates(Worker worker, VisitSlot visit) {
    List<CertificateKind> required = visit.service().requiredCertificates();
    if (required.isEmpty()) {
      return Check.pass(Check.Rule.CERTIFICATE, "gig.check.certificate.none");
    }
    for (CertificateKind kind : required) {
      Optional<WorkerCertificate> held = worker.certificate(kind.code());
      if (held.isEmpty()) {
        return Check.fail(
            Check.Rule.CERTIFICATE, "gig.check.certificate.missing", kind.nameZh(), kind.nameEn());
      }
      if (!held.get().validOn(visit.date())) {
        return Check.fail(
            Check.Rule.CERTIFICATE,
            "gig.check.certificate.expired",
            kind.nameZh(),
            kind.nameEn(),
            held.get().validUntil().toString(),
            visit.date().toString());
      }
    }
    String zh = String.join("、", required.stream().map(CertificateKind::nameZh).toList());
    String en = String.join(", ", required.stream().map(CertificateKind::nameEn).toList());
    return Check.pass(
        Check.Rule.CERTIFICATE, "gig.check.certificate.ok", zh, en, visit.date().toString());
  }

  private static Check availability(Worker worker, VisitSlot visit) {
    int from = visit.startMinute();
    int to = from + visit.minutes();
    String window = TimeRange.format(from) + "-" + TimeRange.format(Math.min(to, 1440));
    if (worker.availability().dayOff(visit.date())) {
      return Check.fail(
          Check.Rule.AVAILABILITY, "gig.check.available.dayOff", visit.date().toString());
    }
    if (to <= TimeRange.DAY_MINUTES && worker.availability().covers(visit.date(), from, to)) {
      return Check.pass(Check.Rule.AVAILABILITY, "gig.check.available.ok", window);
    }
    List<TimeRange> ranges = worker.availability().on(visit.date());
    String hours =
        ranges.isEmpty()
            ? "-"
            : String.join(", ", ranges.stream().map(TimeRange::toString).toList());
    return Check.fail(Check.Rule.AVAILABILITY, "gig.check.available.no", window, hours);
  }

  private static String timeRange(OffsetDateTime from, OffsetDateTime to) {
    var f = from.atZoneSameInstant(BusinessTime.ZONE);
    var t = to.atZoneSameInstant(BusinessTime.ZONE);
    return f.toLocalDate()
        + " "
        + TimeRange.format(f.getHour() * 60 + f.getMinute())
        + "-"
        + TimeRange.format(t.getHour() * 60 + t.getMinute());
  }

  static String hours(int minutes) {
    return java.math.BigDecimal.valueOf(minutes)
        .divide(java.math.BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
