package org.qingsong.matching;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.MaskedName;
import org.qingsong.common.Money;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.AgeBand;
import org.qingsong.matching.search.SeekerIndexer;
import org.qingsong.matching.search.SeekerSearcher;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.stereotype.Service;

/**
 * Staff's full-text search of active job seekers, scoped like the people list: station staff see
 * the seekers of their own street, case workers those of their district, administrators everyone;
 * other roles are refused. The index holds no names or numbers; the page's people are read from the
 * people module by id and shown masked (surname and courtesy title, an age band).
 */
@Service
public class PeopleSearch {
  private final SeekerIndexer indexer;
  private final SeekerSearcher searcher = new SeekerSearcher();
  private final People people;
  private final Occupations occupations;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final java.time.Clock clock;

  PeopleSearch(
      SeekerIndexer indexer,
      People people,
      Occupations occupations,
      Divisions divisions,
      CurrentActor currentActor,
      java.time.Clock clock) {
    this.indexer = indexer;
    this.people = people;
    this.occupations = occupations;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  /** Refuses (403) callers who may not search job seekers; checked before the parameters. */
  public Actor requireSearcher() {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.CASEWORKER)) {
      throw DomainException.forbidden("matching.people-search.forbidden");
    }
    if ((actor.is(Role.STAFF) && actor.streetCode() == null)
        || (actor.is(Role.CASEWORKER) && actor.districtCode() == null)) {
      throw DomainException.forbidden("matching.people-search.forbidden");
    }
    return actor;
  }

  /**
   * Runs a search within the caller's scope. A street or district outside it is a 403 (as in the
   * people list); unknown occupations or divisions are 400s; while the index's first build runs,
   * {@link SearchUnavailableException}.
   */
  public PeopleSearchResult search(PeopleSearchQuery query) {
    Actor actor = requireSearcher();
    PeopleSearchQuery scoped =
        switch (actor.role()) {
          case STAFF -> {
            if (query.streetCode() != null && !query.streetCode().equals(actor.streetCode())) {
              throw DomainException.forbidden("person.street.outOfScope");
            }
            yield query.within(actor.streetCode(), null);
          }
          case CASEWORKER -> {
            if (query.districtCode() != null
                && !query.districtCode().equals(actor.districtCode())) {
              throw DomainException.forbidden("person.street.outOfScope");
            }
            yield query.within(null, actor.districtCode());
          }
          default -> query;
        };
    FieldErrors errors = new FieldErrors();
    if (query.occupationCode() != null && occupations.find(query.occupationCode()).isEmpty()) {
      errors.add("occupation", "occupation.notFound", query.occupationCode());
    }
    if (query.districtCode() != null && !isDistrict(query.districtCode())) {
      errors.add("district", "matching.search.district.unknown", query.districtCode());
    }
    if (query.streetCode() != null && divisions.street(query.streetCode()).isEmpty()) {
      errors.add("street", "division.notStreet", query.streetCode());
    }
    errors.throwIfAny();
    if (!indexer.isReady()) {
      throw new SearchUnavailableException(
          "matching.people-search.unavailable",
          indexer.status().indexed(),
          indexer.status().toIndex());
    }
    SeekerSearcher.Found found = indexer.index().search(s -> searcher.search(s, scoped));
    Map<Long, Person> persons = new HashMap<>();
    for (Person p : people.lookupAll(found.hits().stream().map(h -> h.personId()).toList())) {
      persons.put(p.id(), p);
    }
    LocalDate today = LocalDate.now(clock);
    List<PeopleSearchHit> items = new ArrayList<>();
    for (SeekerSearcher.Hit h : found.hits()) {
      Person p = persons.get(h.personId());
      // The index follows changes a moment after they commit: a person who has just moved out of
      // the caller's scope is left out rather than shown.
      if (p != null && inScope(p, actor)) {
        items.add(item(h, p, today));
      }
    }
    return new PeopleSearchResult(items, query.page(), query.size(), found.total(), found.facets());
  }

  private static boolean inScope(Person p, Actor actor) {
    return switch (actor.role()) {
      case STAFF -> p.streetCode().equals(actor.streetCode());
      case CASEWORKER -> Objects.equals(p.districtCode(), actor.districtCode());
      default -> true;
    };
  }

  private PeopleSearchHit item(SeekerSearcher.Hit h, Person p, LocalDate today) {
    List<PeopleSearchHit.Occupation> wanted = new ArrayList<>();
    for (String code : h.occupationCodes()) {
      Occupation o = occupations.find(code).orElse(null);
      wanted.add(
          new PeopleSearchHit.Occupation(
              code, o == null ? code : o.nameZh(), o == null ? code : o.nameEn()));
    }
    return new PeopleSearchHit(
        h.personId(),
        MaskedName.of(p.name(), p.gender()),
        AgeBand.of(Period.between(p.birthDate(), today).getYears()),
        h.streetCode(),
        h.streetName(),
        h.districtCode(),
        wanted,
        h.groups(),
        h.kinds(),
        new Money(h.minPayFen()),
        PayUnit.valueOf(h.payUnit()),
        h.updatedAt(),
        h.distanceKm());
  }

  private boolean isDistrict(String code) {
    return divisions
        .find(code)
        .map(Division::level)
        .filter(l -> l == DivisionLevel.DISTRICT)
        .isPresent();
  }
}
