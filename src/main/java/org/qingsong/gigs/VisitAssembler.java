package org.qingsong.gigs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.Money;
import org.qingsong.gigs.store.RecipientStore;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.gigs.store.WorkerStore;
import org.qingsong.people.People;
import org.springframework.stereotype.Component;

/** Turns stored visits into {@link Visit}s, fetching recipients and worker names once per batch. */
@Component
class VisitAssembler {
  private final VisitStore visits;
  private final RecipientStore recipients;
  private final WorkerStore workers;
  private final GigRecipients gigRecipients;
  private final ServiceCatalogue catalogue;
  private final People people;

  VisitAssembler(
      VisitStore visits,
      RecipientStore recipients,
      WorkerStore workers,
      GigRecipients gigRecipients,
      ServiceCatalogue catalogue,
      People people) {
    this.visits = visits;
    this.recipients = recipients;
    this.workers = workers;
    this.gigRecipients = gigRecipients;
    this.catalogue = catalogue;
    this.people = people;
  }

  Visit toVisit(VisitStore.Row row) {
    return toVisits(List.of(row)).get(0);
  }

  List<Visit> toVisits(List<VisitStore.Row> rows) {
    List<Long> ids = rows.stream().map(VisitStore.Row::id).toList();
    Map<Long, List<String>> tasks = visits.tasks(ids);
    Map<Long, List<VisitStore.StoredIncident>> incidents = visits.incidents(ids);
    Map<Long, Recipient> recipientCache = new HashMap<>();
    Map<Long, Optional<String>> workerNames = new HashMap<>();
    return rows.stream()
        .map(
            r -> {
              Recipient recipient =
                  recipientCache.computeIfAbsent(
                      r.recipientId(),
                      id -> gigRecipients.toRecipient(recipients.find(id).orElseThrow()));
              String workerName =
                  r.workerId() == null
                      ? null
                      : workerNames
                          .computeIfAbsent(
                              r.workerId(),
                              id ->
                                  workers
                                      .find(id)
                                      .flatMap(w -> people.lookup(w.personId()))
                                      .map(p -> p.name()))
                          .orElse(null);
              return assemble(
                  r,
                  recipient,
                  workerName,
                  tasks.getOrDefault(r.id(), List.of()),
                  incidents.getOrDefault(r.id(), List.of()));
            })
        .toList();
  }

  private Visit assemble(
      VisitStore.Row r,
      Recipient recipient,
      String workerName,
      List<String> taskCodes,
      List<VisitStore.StoredIncident> incidents) {
    HouseholdService service = catalogue.get(r.serviceCode());
    VisitStatus status = VisitStatus.valueOf(r.status());
    Visit.CheckIn checkIn =
        r.checkedInAt() == null || r.checkInLat() == null
            ? null
            : new Visit.CheckIn(
                r.checkedInAt(),
                r.checkInLat(),
                r.checkInLng(),
                r.checkInMeters(),
                Boolean.TRUE.equals(r.checkInFar()));
    CareLog log =
        r.checkedOutAt() == null
            ? null
            : new CareLog(
                taskCodes.stream()
                    .map(
                        code ->
                            service.tasks().stream()
                                .filter(t -> t.code().equals(code))
                                .findFirst()
                                .orElse(new ServiceTask(code, code, code)))
                    .toList(),
                r.observations(),
                incidents.stream()
                    .map(
                        i -> new Incident(Incident.Severity.valueOf(i.severity()), i.description()))
                    .toList());
    Visit.Rating rating =
        r.rating() == null ? null : new Visit.Rating(r.rating(), r.ratingComment(), r.ratedAt());
    Visit.Cancellation cancellation =
        r.cancelledAt() == null
            ? null
            : new Visit.Cancellation(
                r.cancelledAt(),
                r.cancelledBy(),
                r.cancelledAs(),
                CancelReason.valueOf(r.cancelReason()),
                r.cancelNote());
    return new Visit(
        r.id(),
        r.orderId(),
        service.code(),
        service.nameZh(),
        service.nameEn(),
        r.visitDate(),
        r.startsAt(),
        r.endsAt(),
        (int) Duration.between(r.startsAt(), r.endsAt()).toMinutes(),
        status,
        new Money(r.priceFen()),
        recipient,
        r.workerId(),
        workerName,
        r.pinned(),
        r.assignedAt(),
        checkIn,
        r.checkedOutAt(),
        log,
        rating,
        cancellation);
  }
}
