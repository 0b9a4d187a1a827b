package org.qingsong.gigs;

import java.util.List;
import java.util.Map;

/**
 * A gig worker as submitted: raw values, checked by {@link GigWorkers}. {@code availability} maps
 * weekday names ({@code MONDAY} …) to ranges like {@code "09:00-12:00"}; an exception with no
 * ranges is a day off, with ranges it adds hours on that date.
 */
public record WorkerForm(
    Long personId,
    Long stationId,
    List<String> services,
    List<CertificateForm> certificates,
    Map<String, List<String>> availability,
    List<ExceptionForm> exceptions,
    Double homeLat,
    Double homeLng,
    Double maxHoursPerDay,
    Boolean active) {

  /** A certificate: its kind code, number and last valid day ({@code yyyy-MM-dd}). */
  public record CertificateForm(String kind, String number, String validUntil) {}

  /** A date exception: the date and its extra ranges (none for a day off). */
  public record ExceptionForm(String date, List<String> ranges) {}
}
