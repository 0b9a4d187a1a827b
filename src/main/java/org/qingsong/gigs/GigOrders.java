package org.qingsong.gigs;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qingsong.calendar.CalendarDay;
import org.qingsong.calendar.WorkingCalendar;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.gigs.store.OrderStore;
import org.qingsong.gigs.store.VisitStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders: a resident (or staff, for a resident at the counter) orders a service for a care
 * recipient, once or repeating for up to {@value #MAX_WEEKS} weeks; each occurrence becomes a visit
 * waiting for a worker. The price per visit is fixed when the order is made.
 */
@Service
public class GigOrders {
  public static final int MAX_WEEKS = 12;
  static final int MIN_MINUTES = 15;
  static final int MAX_MINUTES = 720;

  private final OrderStore store;
  private final VisitStore visits;
  private final VisitAssembler assembler;
  private final GigVisits gigVisits;
  private final GigRecipients recipients;
  private final ServiceCatalogue catalogue;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final WorkingCalendar calendar;
  private final Clock clock;

  GigOrders(
      OrderStore store,
      VisitStore visits,
      VisitAssembler assembler,
      GigVisits gigVisits,
      GigRecipients recipients,
      ServiceCatalogue catalogue,
      CurrentActor currentActor,
      AuditTrail audit,
      WorkingCalendar calendar,
      Clock clock) {
    this.store = store;
    this.visits = visits;
    this.assembler = assembler;
    this.gigVisits = gigVisits;
    this.recipients = recipients;
    this.catalogue = catalogue;
    this.currentActor = currentActor;
    this.audit = audit;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Transactional
  public GigOrder create(OrderForm f) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.RESIDENT, Role.STAFF, Role.ADMIN)) {
      throw DomainException.forbidden("gig.order.forbidden");
    }
    FieldErrors errors = new FieldErrors();
    Recipient recipient = null;
    if (f.recipientId() == null) {
      errors.add("recipientId", "field.required");
    } else {
      recipient = recipients.lookup(f.recipientId()).orElse(null);
      if (recipient == null || !GigRecipients.serves(actor, recipient)) {
        errors.add("recipientId", "gig.recipient.unknown", f.recipientId());
        recipient = null;
      }
    }
    HouseholdService service = null;
    String code = errors.text("serviceCode", f.serviceCode(), 30);
    if (code != null) {
      service = catalogue.find(code).orElse(null);
      if (service == null) {
        errors.add("serviceCode", "gig.service.unknown", code);
      }
    }
    LocalDate first = errors.parse("firstDate", f.firstDate(), GigWorkers::date);
    Integer start = errors.parse("startTime", f.startTime(), TimeRange::minuteOf);
    int minutes = f.durationMinutes() != null ? f.durationMinutes() : 0;
    if (f.durationMinutes() == null && service != null) {
      minutes = service.defaultMinutes();
    }
    if (f.durationMinutes() != null && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
      errors.add("durationMinutes", "gig.order.duration", MIN_MINUTES, MAX_MINUTES);
    } else if (start != null && minutes > 0 && start + minutes > TimeRange.DAY_MINUTES) {
      errors.add("durationMinutes", "gig.order.pastMidnight");
    }
    Recurrence recurrence =
        errors
            .parseOptional("recurrence", f.recurrence(), GigOrders::recurrence)
            .orElse(Recurrence.NONE);
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    if (recurrence == Recurrence.WEEKLY) {
      if (f.weekdays() == null || f.weekdays().isEmpty()) {
        errors.add("weekdays", "gig.order.weekdaysRequired");
      } else {
        for (int i = 0; i < f.weekdays().size(); i++) {
          errors
              .parseOptional("weekdays[" + i + "]", f.weekdays().get(i), GigOrders::weekday)
              .ifPresent(weekdays::add);
        }
      }
    }
    LocalDate until =
        errors.parseOptional("untilDate", f.untilDate(), GigWorkers::date).orElse(null);
    Integer count = f.count();
    if (recurrence != Recurrence.NONE) {
      if ((until == null) == (count == null) && !errors.has("untilDate")) {
        errors.add("untilDate", "gig.order.untilOrCount");
      }
      if (count != null && (count < 1 || count > MAX_WEEKS * 7)) {
        errors.add("count", "gig.order.count", MAX_WEEKS * 7);
      }
    } else {
      until = null;
      count = null;
    }
    String notes = errors.optionalText("notes", f.notes(), 500);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<LocalDate> dates = List.of();
    if (first != null && start != null) {
      OffsetDateTime firstStart = startOf(first, start);
      if (!firstStart.isAfter(now)) {
        errors.add("firstDate", "gig.order.inPast");
      }
      LocalDate last = first.plusWeeks(MAX_WEEKS).minusDays(1);
      if (until != null && until.isBefore(first)) {
        errors.add("untilDate", "gig.order.untilBeforeFirst");
      } else if (until != null && until.isAfter(last)) {
        errors.add("untilDate", "gig.order.tooLong", MAX_WEEKS);
      } else if (!errors.has("weekdays") && !errors.has("count")) {
        dates = recurrence.dates(first, weekdays, until, count, last, calendar::isWorkingDay);
        if (count != null && dates.size() < count) {
          errors.add("count", "gig.order.tooLong", MAX_WEEKS);
        } else if (dates.isEmpty()) {
          errors.add("recurrence", "gig.order.noDates");
        }
      }
    }
    errors.throwIfAny();
    WorkingDays workingDays =
        recurrence == Recurrence.WEEKDAYS
            ? workingDays(first, until != null ? until : dates.get(dates.size() - 1))
            : null;
    Money price = service.priceFor(minutes);
    long id =
        store.insert(
            new OrderStore.Row(
                0,
                recipient.customerId(),
                recipient.id(),
                service.code(),
                first,
                start,
                minutes,
                recurrence.name(),
                weekdays.isEmpty()
                    ? null
                    : weekdays.stream()
                        .map(d -> Integer.toString(d.getValue()))
                        .collect(Collectors.joining(",")),
                until,
                count,
                price.fen(),
                notes,
                now,
                actor.username(),
                workingDays == null ? null : encode(workingDays.skipped()),
                workingDays == null ? null : encode(workingDays.added()),
                workingDays == null
                    ? null
                    : workingDays.weekendsOnlyYears().stream()
                        .map(String::valueOf)
                        .collect(Collectors.joining(","))));
    for (LocalDate d : dates) {
      OffsetDateTime s = startOf(d, start);
      visits.insert(id, d, s, s.plusMinutes(minutes), price.fen(), now);
    }
    audit.record(
        "CREATE",
        "GIG_ORDER",
        id,
        service.code()
            + " for recipient "
            + recipient.id()
            + ", "
            + dates.size()
            + " visits"
            + (workingDays == null || workingDays.plain()
                ? ""
                : "; official calendar: "
                    + workingDays.skipped().size()
                    + " holidays skipped, "
                    + workingDays.added().size()
                    + " working weekend days added"
                    + (workingDays.weekendsOnlyYears().isEmpty()
                        ? ""
                        : ", Monday to Friday in " + workingDays.weekendsOnlyYears())));
    return toOrder(store.find(id).orElseThrow());
  }

  /**
   * What the official calendar changed for an every-working-day order from {@code first} to {@code
   * end}: weekdays skipped as holidays, weekend days added as working days (each with its
   * festival), and the years it does not cover.
   */
  WorkingDays workingDays(LocalDate first, LocalDate end) {
    Map<LocalDate, String> festivals = new HashMap<>();
    List<Integer> uncovered = new ArrayList<>();
    for (int y = first.getYear(); y <= end.getYear(); y++) {
      LocalDate jan1 = LocalDate.of(y, 1, 1);
      if (calendar.covers(jan1)) {
        calendar.year(y).ifPresent(cy -> cy.days().forEach(d -> festivals.put(d.date(), name(d))));
      } else {
        uncovered.add(y);
      }
    }
    List<WorkingDays.Day> skipped = new ArrayList<>();
    List<WorkingDays.Day> added = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(end); d = d.plusDays(1)) {
      if (!calendar.covers(d)) {
        continue;
      }
      boolean working = calendar.isWorkingDay(d);
      if (Recurrence.weekend(d) && working) {
        added.add(new WorkingDays.Day(d, festivals.get(d)));
      } else if (!Recurrence.weekend(d) && !working) {
        skipped.add(new WorkingDays.Day(d, festivals.get(d)));
      }
    }
    return new WorkingDays(skipped, added, uncovered);
  }

  private static String name(CalendarDay d) {
    return d.name() == null ? null : d.name().replaceAll("\\s+", " ").strip();
  }

  /** Days as stored: one a line, the ISO date then the festival. */
  static String encode(List<WorkingDays.Day> days) {
    return days.stream()
        .map(d -> d.date() + (d.festival() == null ? "" : " " + d.festival()))
        .collect(Collectors.joining("\n"));
  }

  static List<WorkingDays.Day> decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(stored.split("\n"))
        .map(
            line ->
                new WorkingDays.Day(
                    LocalDate.parse(line.substring(0, 10)),
                    line.length() > 11 ? line.substring(11) : null))
        .toList();
  }

  @Transactional(readOnly = true)
  public GigOrder get(long id) {
    Actor actor = currentActor.get();
    OrderStore.Row row =
        store.find(id).orElseThrow(() -> DomainException.notFound("gig.order.notFound", id));
    Recipient r = recipients.lookup(row.recipientId()).orElseThrow();
    if (!(actor.is(Role.AUDITOR) || GigRecipients.serves(actor, r))) {
      throw DomainException.notFound("gig.order.notFound", id);
    }
    return toOrder(row);
  }

  /** Orders in the caller's scope, newest first; each with its visits. */
  @Transactional(readOnly = true)
  public PageResult<GigOrder> find(PageRequest page) {
    Actor actor = currentActor.get();
    Long customer = null;
    String street = null;
    if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null) {
        throw DomainException.forbidden("gig.order.forbidden");
      }
      customer = actor.personId();
    } else if (actor.is(Role.STAFF)) {
      street = actor.streetCode();
    } else if (!actor.is(Role.ADMIN, Role.AUDITOR)) {
      throw DomainException.forbidden("gig.order.forbidden");
    }
    List<GigOrder> items =
        store.find(customer, street, page.size(), page.offset()).stream()
            .map(this::toOrder)
            .toList();
    return PageResult.of(items, page, store.count(customer, street));
  }

  /**
   * Cancels every visit of the order that has not started (requested or assigned), as its customer
   * or as staff of the recipient's street; visits already done stay as they are.
   */
  @Transactional
  public GigOrder cancel(long id, String reasonRaw, String noteRaw) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    CancelReason reason = errors.parse("reason", reasonRaw, GigVisits::reason);
    String note = errors.optionalText("note", noteRaw, 500);
    if (reason == CancelReason.OTHER && note == null && !errors.has("note")) {
      errors.add("note", "gig.visit.noteRequired");
    }
    errors.throwIfAny();
    GigOrder order = get(id);
    Recipient r = recipients.lookup(order.recipientId()).orElseThrow();
    String as;
    if (actor.personId() != null && actor.personId() == r.customerId()) {
      as = "CUSTOMER";
    } else if (actor.is(Role.STAFF, Role.ADMIN) && GigRecipients.serves(actor, r)) {
      as = "STAFF";
    } else {
      throw DomainException.forbidden("gig.order.forbidden");
    }
    int cancelled = 0;
    for (Visit v : order.visits()) {
      if (v.status() == VisitStatus.REQUESTED || v.status() == VisitStatus.ASSIGNED) {
        gigVisits.cancel(v, reason, note, as, actor);
        cancelled++;
      }
    }
    if (cancelled == 0) {
      throw DomainException.conflict("gig.order.nothingToCancel");
    }
    audit.record("CANCEL", "GIG_ORDER", id, cancelled + " visits, " + reason);
    return get(id);
  }

  static OffsetDateTime startOf(LocalDate date, int minute) {
    return date.atStartOfDay(BusinessTime.ZONE).plusMinutes(minute).toOffsetDateTime();
  }

  private GigOrder toOrder(OrderStore.Row r) {
    HouseholdService service = catalogue.get(r.serviceCode());
    List<Visit> orderVisits =
        assembler.toVisits(
            visits.find(
                new VisitStore.Filter(null, null, null, null, r.id(), null, null, null),
                MAX_WEEKS * 7,
                0));
    List<DayOfWeek> days = new ArrayList<>();
    if (r.weekdays() != null) {
      Arrays.stream(r.weekdays().split(","))
          .map(s -> DayOfWeek.of(Integer.parseInt(s.strip())))
          .forEach(days::add);
    }
    String recipientName = orderVisits.isEmpty() ? null : orderVisits.get(0).recipient().name();
    if (recipientName == null) {
      recipientName = recipients.lookup(r.recipientId()).map(Recipient::name).orElse(null);
    }
    return new GigOrder(
        r.id(),
        r.customerId(),
        r.recipientId(),
        recipientName,
        service.code(),
        service.nameZh(),
        service.nameEn(),
        r.firstDate(),
        TimeRange.format(r.startMinute()),
        r.durationMinutes(),
        Recurrence.valueOf(r.recurrence()),
        days,
        r.untilDate(),
        r.occurrences(),
        new Money(r.priceFen()),
        r.notes(),
        r.createdAt(),
        r.createdBy(),
        orderVisits,
        r.recurrence().equals(Recurrence.WEEKDAYS.name()) && r.calendarSkipped() != null
            ? new WorkingDays(
                decode(r.calendarSkipped()),
                decode(r.calendarAdded()),
                r.calendarUncovered() == null || r.calendarUncovered().isEmpty()
                    ? List.of()
                    : Arrays.stream(r.calendarUncovered().split(","))
                        .map(Integer::valueOf)
                        .toList())
            : null);
  }

  static Recurrence recurrence(String raw) {
    try {
      return Recurrence.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.recurrence.unknown");
    }
  }

  static DayOfWeek weekday(String raw) {
    try {
      return DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.weekday.unknown", raw);
    }
  }
}
