package org.qingsong.gigs;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.gigs.store.RecipientStore;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care recipients. A resident records themselves or a relative; staff record them for a resident of
 * their street who orders at the counter or by phone. Staff see the recipients living in their
 * street, a resident their own.
 */
@Service
public class GigRecipients {
  private final RecipientStore store;
  private final People people;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  GigRecipients(
      RecipientStore store,
      People people,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.people = people;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Recipient create(RecipientForm form) {
    Actor actor = currentActor.get();
    long customer = customerFor(actor, form.customerId());
    RecipientStore.Row row = validate(form, customer, actor);
    long id = store.insert(row, OffsetDateTime.now(clock));
    audit.record("CREATE", "GIG_RECIPIENT", id, "customer " + customer);
    return toRecipient(store.find(id).orElseThrow());
  }

  @Transactional
  public Recipient update(long id, RecipientForm form) {
    Actor actor = currentActor.get();
    RecipientStore.Row existing = visibleRow(id, actor);
    if (actor.is(Role.AUDITOR)) {
      throw DomainException.forbidden("gig.recipient.forbidden");
    }
    RecipientStore.Row row = validate(form, existing.customerId(), actor);
    store.update(id, row, OffsetDateTime.now(clock));
    audit.record("UPDATE", "GIG_RECIPIENT", id, "customer " + existing.customerId());
    return toRecipient(store.find(id).orElseThrow());
  }

  @Transactional(readOnly = true)
  public Recipient get(long id) {
    return toRecipient(visibleRow(id, currentActor.get()));
  }

  @Transactional(readOnly = true)
  public PageResult<Recipient> find(PageRequest page) {
    Actor actor = currentActor.get();
    Long customer = null;
    String street = null;
    if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null) {
        throw DomainException.forbidden("gig.recipient.forbidden");
      }
      customer = actor.personId();
    } else if (actor.is(Role.STAFF)) {
      street = actor.streetCode();
    } else if (!actor.is(Role.ADMIN, Role.AUDITOR)) {
      throw DomainException.forbidden("gig.recipient.forbidden");
    }
    List<Recipient> items =
        store.find(customer, street, page.size(), page.offset()).stream()
            .map(this::toRecipient)
            .toList();
    return PageResult.of(items, page, store.count(customer, street));
  }

  /** A recipient regardless of who asks, for the module's own access rules. */
  @Transactional(readOnly = true)
  public Optional<Recipient> lookup(long id) {
    return store.find(id).map(this::toRecipient);
  }

  /** Whether the actor may act for this recipient: their customer, staff of their street, admin. */
  static boolean serves(Actor actor, Recipient r) {
    return actor.is(Role.ADMIN)
        || (actor.is(Role.STAFF) && r.streetCode().equals(actor.streetCode()))
        || (actor.personId() != null && actor.personId() == r.customerId());
  }

  private RecipientStore.Row visibleRow(long id, Actor actor) {
    RecipientStore.Row r =
        store.find(id).orElseThrow(() -> DomainException.notFound("gig.recipient.notFound", id));
    boolean allowed =
        actor.is(Role.ADMIN, Role.AUDITOR)
            || (actor.is(Role.STAFF) && r.streetCode().equals(actor.streetCode()))
            || (actor.personId() != null && actor.personId() == r.customerId());
    if (!allowed) {
      throw DomainException.notFound("gig.recipient.notFound", id);
    }
    return r;
  }

  private long customerFor(Actor actor, Long customerId) {
    if (actor.is(Role.RESIDENT)) {
      if (actor.personId() == null
          || (customerId != null && !customerId.equals(actor.personId()))) {
        throw DomainException.forbidden("gig.recipient.onlyYourself");
      }
      return actor.personId();
    }
    if (!actor.is(Role.STAFF, Role.ADMIN)) {
      throw DomainException.forbidden("gig.recipient.forbidden");
    }
    if (customerId == null) {
      throw InvalidInputException.of("customerId", "field.required");
    }
    people.get(customerId);
    return customerId;
  }

  private RecipientStore.Row validate(RecipientForm f, long customer, Actor actor) {
    FieldErrors errors = new FieldErrors();
    String name = errors.text("name", f.name(), 50);
    Relation relation = errors.parse("relation", f.relation(), GigRecipients::relation);
    PhoneNumber phone = errors.parseOptional("phone", f.phone(), PhoneNumber::new).orElse(null);
    String address = errors.text("address", f.address(), 200);
    String street = errors.text("streetCode", f.streetCode(), 12);
    Division streetDivision = null;
    if (street != null) {
      streetDivision =
          divisions.find(street).filter(d -> d.level() == DivisionLevel.STREET).orElse(null);
      if (streetDivision == null) {
        errors.add("streetCode", "division.notStreet", street);
      }
    }
    String community = errors.optionalText("communityCode", f.communityCode(), 12);
    Division communityDivision = null;
    if (community != null) {
      final String s = street;
      communityDivision =
          divisions
              .find(community)
              .filter(d -> d.level() == DivisionLevel.COMMUNITY && d.parentCode().equals(s))
              .orElse(null);
      if (communityDivision == null) {
        errors.add("communityCode", "division.notCommunityOfStreet", community);
      }
    }
    if ((f.lat() == null) != (f.lng() == null)) {
      errors.add(f.lat() == null ? "lat" : "lng", "field.required");
    }
    if (f.lat() != null && (f.lat() < -90 || f.lat() > 90)) {
      errors.add("lat", "geo.lat");
    }
    if (f.lng() != null && (f.lng() < -180 || f.lng() > 180)) {
      errors.add("lng", "geo.lng");
    }
    Mobility mobility =
        errors
            .parseOptional("mobility", f.mobility(), GigRecipients::mobility)
            .orElse(Mobility.INDEPENDENT);
    String notes = errors.optionalText("careNotes", f.careNotes(), 1000);
    GeoPoint point = null;
    if (f.lat() != null && f.lng() != null) {
      point = new GeoPoint(f.lat(), f.lng());
    } else if (communityDivision != null && communityDivision.lat() != null) {
      point = new GeoPoint(communityDivision.lat(), communityDivision.lng());
    } else if (streetDivision != null && streetDivision.lat() != null) {
      point = new GeoPoint(streetDivision.lat(), streetDivision.lng());
    } else if (streetDivision != null) {
      errors.add("lat", "field.required");
    }
    errors.throwIfAny();
    if (actor.is(Role.STAFF) && !street.equals(actor.streetCode())) {
      throw DomainException.forbidden("gig.recipient.outOfScope");
    }
    return new RecipientStore.Row(
        0,
        customer,
        name,
        relation.name(),
        phone == null ? null : phone.value(),
        address,
        street,
        community,
        point.lat(),
        point.lng(),
        mobility.name(),
        Boolean.TRUE.equals(f.dementia()),
        notes,
        null,
        actor.username());
  }

  Recipient toRecipient(RecipientStore.Row r) {
    Person customer = people.lookup(r.customerId()).orElseThrow();
    String streetName = divisions.find(r.streetCode()).map(Division::name).orElse(r.streetCode());
    return new Recipient(
        r.id(),
        r.customerId(),
        customer.name(),
        r.name(),
        Relation.valueOf(r.relation()),
        r.phone() == null ? null : new PhoneNumber(r.phone()).masked(),
        r.address(),
        r.streetCode(),
        streetName,
        r.communityCode(),
        new GeoPoint(r.lat(), r.lng()),
        Mobility.valueOf(r.mobility()),
        r.dementia(),
        r.careNotes(),
        r.createdAt(),
        r.createdBy());
  }

  static Relation relation(String raw) {
    try {
      return Relation.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.relation.unknown");
    }
  }

  static Mobility mobility(String raw) {
    try {
      return Mobility.valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("gig.mobility.unknown");
    }
  }
}
