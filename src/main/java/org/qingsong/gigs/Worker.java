package org.qingsong.gigs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.GeoPoint;

/**
 * A resident registered as a gig worker at a station, with the services they offer, their
 * certificates, hours and home. The phone and ID number are masked.
 */
public record Worker(
    long id,
    long personId,
    String name,
    String phone,
    String idNumber,
    long stationId,
    String stationName,
    String streetCode,
    GeoPoint home,
    int maxMinutesPerDay,
    boolean active,
    List<String> services,
    List<WorkerCertificate> certificates,
    Availability availability,
    OffsetDateTime createdAt,
    String createdBy) {

  public Worker {
    services = List.copyOf(services);
    certificates = List.copyOf(certificates);
  }

  public boolean offers(String serviceCode) {
    return services.contains(serviceCode);
  }

  public Optional<WorkerCertificate> certificate(String kind) {
    return certificates.stream().filter(c -> c.kind().equals(kind)).findFirst();
  }

  /** Whether every certificate the service requires is held and valid on the day. */
  public boolean qualifiedOn(HouseholdService service, LocalDate day) {
    return service.requiredCertificates().stream()
        .allMatch(k -> certificate(k.code()).filter(c -> c.validOn(day)).isPresent());
  }
}
