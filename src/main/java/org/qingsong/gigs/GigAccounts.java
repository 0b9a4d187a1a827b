package org.qingsong.gigs;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.People;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Money. A visit is paid when it is completed (checked out, or rated); cancelled and unfinished
 * visits cost nothing. Its price was fixed when it was ordered: a per-hour service costs the guide
 * price times the visit's length, pro rata to the minute; a per-visit service its guide price. The
 * worker earns the whole price (the station takes no commission) and the customer owes it.
 */
@Service
public class GigAccounts {
  private final VisitStore visits;
  private final GigWorkers workers;
  private final People people;
  private final CurrentActor currentActor;

  GigAccounts(VisitStore visits, GigWorkers workers, People people, CurrentActor currentActor) {
    this.visits = visits;
    this.workers = workers;
    this.people = people;
    this.currentActor = currentActor;
  }

  /**
   * Earnings per worker in the ISO week starting on {@code monday}: staff see their street's
   * stations' workers, admin and auditor everyone, a worker themselves.
   */
  @Transactional(readOnly = true)
  public List<WorkerEarnings> earnings(LocalDate monday) {
    Actor actor = currentActor.get();
    List<Long> stations = null;
    Long only = null;
    if (actor.is(Role.STAFF)) {
      stations = workers.stationIdsOf(actor.streetCode());
    } else if (actor.is(Role.RESIDENT)) {
      only =
          workers
              .mine()
              .map(Worker::id)
              .orElseThrow(() -> DomainException.forbidden("gig.money.forbidden"));
    } else if (!actor.is(Role.ADMIN, Role.AUDITOR)) {
      throw DomainException.forbidden("gig.money.forbidden");
    }
    return visits.workerTotals(monday, monday.plusDays(6), stations, only).stream()
        .map(
            t -> {
              Worker w = workers.lookup(t.workerId()).orElseThrow();
              return new WorkerEarnings(
                  w.id(), w.name(), w.stationName(), t.visits(), t.minutes(), new Money(t.fen()));
            })
        .toList();
  }

  /**
   * What each customer owes for visits from {@code from} to {@code to}: staff see customers whose
   * recipients live in their street, admin and auditor everyone, a resident themselves.
   */
  @Transactional(readOnly = true)
  public List<CustomerBill> bills(LocalDate from, LocalDate to) {
    Actor actor = currentActor.get();
    String street = null;
    Long only = null;
    if (actor.is(Role.STAFF)) {
      street = actor.streetCode();
    } else if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null) {
        throw DomainException.forbidden("gig.money.forbidden");
      }
      only = actor.personId();
    } else if (!actor.is(Role.ADMIN, Role.AUDITOR)) {
      throw DomainException.forbidden("gig.money.forbidden");
    }
    return visits.customerTotals(from, to, street, only).stream()
        .map(
            t ->
                new CustomerBill(
                    t.customerId(),
                    people.lookup(t.customerId()).map(p -> p.name()).orElse("?"),
                    t.visits(),
                    new Money(t.fen())))
        .toList();
  }

  /** The Monday of an ISO week written {@code 2026-W48}. */
  public static LocalDate monday(String isoWeek) {
    String s = isoWeek == null ? "" : isoWeek.strip().toUpperCase(java.util.Locale.ROOT);
    if (!s.matches("\\d{4}-W\\d{2}")) {
      throw new InvalidValueException("gig.week");
    }
    int year = Integer.parseInt(s.substring(0, 4));
    int week = Integer.parseInt(s.substring(6));
    try {
      LocalDate jan4 = LocalDate.of(year, 1, 4);
      if (week < 1 || week > jan4.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
        throw new InvalidValueException("gig.week");
      }
      return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("gig.week");
    }
  }

  /** The ISO week of a date, written {@code 2026-W48}. */
  public static String isoWeek(LocalDate date) {
    return String.format(
        "%d-W%02d",
        date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
