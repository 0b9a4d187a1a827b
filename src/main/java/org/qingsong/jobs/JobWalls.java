package org.qingsong.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.MaskedName;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Division;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.NearbyStation;
import org.qingsong.geography.Station;
import org.qingsong.geography.Stations;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.store.WallStore;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stations' weekly job walls. Residents opt in to the job-seeking wall with the job they want;
 * station staff pick published postings and consenting seekers for their station's walls of an ISO
 * week. Walls are public; they show seekers masked, and only while their consent lasts.
 */
@Service
public class JobWalls {
  /** The most entries on one wall: two columns of an A4 page or two. */
  public static final int MAX_ENTRIES = 40;

  static final int MAX_WANTED_JOB = 50;

  private final WallStore store;
  private final Jobs jobs;
  private final People people;
  private final Stations stations;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  JobWalls(
      WallStore store,
      Jobs jobs,
      People people,
      Stations stations,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.jobs = jobs;
    this.people = people;
    this.stations = stations;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** A resident opts in for themselves, or station staff record a resident's consent. */
  @Transactional
  public SeekerConsent consent(long personId, String wantedJob) {
    Actor actor = currentActor.get();
    mayActFor(actor, personId);
    FieldErrors errors = new FieldErrors();
    String job = errors.text("wantedJob", wantedJob, MAX_WANTED_JOB);
    errors.throwIfAny();
    store.giveConsent(personId, job, now(), actor.username());
    audit.record("CONSENT", "WALL_SEEKER", personId, job);
    return store.consent(personId).orElseThrow();
  }

  /** Withdraws consent; the person leaves every wall at once. Withdrawing twice is harmless. */
  @Transactional
  public void withdrawConsent(long personId) {
    mayActFor(currentActor.get(), personId);
    if (store.withdrawConsent(personId, now())) {
      audit.record("WITHDRAW_CONSENT", "WALL_SEEKER", personId, null);
    }
  }

  @Transactional(readOnly = true)
  public Optional<SeekerConsent> consentOf(long personId) {
    mayActFor(currentActor.get(), personId);
    return store.consent(personId);
  }

  /** A station's walls of a week, as anyone may see them. */
  @Transactional(readOnly = true)
  public JobWall wall(long stationId, String isoWeek) {
    IsoWeek week = week(isoWeek);
    Station station = stations.get(stationId);
    return wall(station, week);
  }

  /**
   * Publishes a station's walls of a week, replacing what was there: postings must be published,
   * seekers must have consented. Station staff publish their own street's stations' walls.
   */
  @Transactional
  public JobWall publish(long stationId, String isoWeek, List<Long> hiring, List<Long> seeking) {
    Actor actor = currentActor.get();
    FieldErrors errors = new FieldErrors();
    IsoWeek week = errors.parse("isoWeek", isoWeek, IsoWeek::parse);
    Station station = stations.get(stationId);
    mayPublish(actor, station);
    List<Long> postings = distinct(errors, "hiring", hiring);
    List<Long> seekers = distinct(errors, "seeking", seeking);
    for (int i = 0; i < postings.size(); i++) {
      long id = postings.get(i);
      Optional<Posting> posting = jobs.lookup(id);
      if (posting.isEmpty()) {
        errors.add("hiring[" + i + "]", "job.notFound", id);
      } else if (posting.get().status() != PostingStatus.PUBLISHED) {
        errors.add("hiring[" + i + "]", "wall.posting.notPublished", id);
      }
    }
    for (int i = 0; i < seekers.size(); i++) {
      long id = seekers.get(i);
      if (store.consent(id).filter(SeekerConsent::active).isEmpty()) {
        errors.add("seeking[" + i + "]", "wall.seeker.noConsent", id);
      }
    }
    errors.throwIfAny();
    OffsetDateTime now = now();
    store.clear(stationId, week.toString());
    for (int i = 0; i < postings.size(); i++) {
      store.add(
          stationId,
          week.toString(),
          WallStore.Kind.HIRING,
          postings.get(i),
          i,
          now,
          actor.username());
    }
    for (int i = 0; i < seekers.size(); i++) {
      store.add(
          stationId,
          week.toString(),
          WallStore.Kind.SEEKING,
          seekers.get(i),
          i,
          now,
          actor.username());
    }
    audit.record(
        "PUBLISH_WALL",
        "JOB_WALL",
        stationId + "/" + week,
        "hiring=" + postings + " seeking=" + seekers);
    return wall(station, week);
  }

  /** What staff may pick for a station's walls of a week. */
  @Transactional(readOnly = true)
  public WallCandidates candidates(long stationId, String isoWeek) {
    IsoWeek week = week(isoWeek);
    Station station = stations.get(stationId);
    mayPublish(currentActor.get(), station);
    JobWall wall = wall(station, week);
    List<Posting> postings =
        new ArrayList<>(
            jobs.find(
                    new PostingQuery(
                        null,
                        null,
                        null,
                        station.streetCode(),
                        null,
                        null,
                        null,
                        null,
                        PostingStatus.PUBLISHED,
                        null),
                    PageRequest.of(0, PageRequest.MAX_SIZE))
                .items());
    for (Posting p : wall.hiring()) {
      if (postings.stream().noneMatch(x -> x.id() == p.id())) {
        postings.add(p);
      }
    }
    List<WallSeeker> seekers = new ArrayList<>();
    for (long personId : store.consentingPeople()) {
      people
          .lookup(personId)
          .filter(
              p ->
                  p.streetCode().equals(station.streetCode())
                      || wall.seeking().stream().anyMatch(s -> s.personId() == p.id()))
          .flatMap(this::seeker)
          .ifPresent(seekers::add);
    }
    return new WallCandidates(
        wall,
        postings,
        seekers,
        new LinkedHashSet<>(wall.hiring().stream().map(Posting::id).toList()),
        new LinkedHashSet<>(wall.seeking().stream().map(WallSeeker::personId).toList()));
  }

  /** This week's wall of the station nearest to where a resident lives. */
  @Transactional(readOnly = true)
  public Optional<String> myWallPath() {
    Actor actor = currentActor.get();
    String week = currentWeek().toString();
    if (actor.is(Role.STAFF) && actor.stationId() != null) {
      return Optional.of(path(actor.stationId(), week));
    }
    if (actor.personId() == null) {
      return Optional.empty();
    }
    return people
        .lookup(actor.personId())
        .flatMap(this::home)
        .flatMap(point -> stations.nearest(point, 1).stream().findFirst())
        .map(NearbyStation::station)
        .map(s -> path(s.id(), week));
  }

  /** The ISO week of today in Shanghai. */
  public IsoWeek currentWeek() {
    return IsoWeek.of(LocalDate.now(clock.withZone(BusinessTime.ZONE)));
  }

  private static String path(long stationId, String week) {
    return "/stations/" + stationId + "/walls/" + week;
  }

  private Optional<GeoPoint> home(Person p) {
    return divisions
        .find(p.communityCode())
        .filter(d -> d.lat() != null)
        .or(() -> divisions.find(p.streetCode()).filter(d -> d.lat() != null))
        .map((Division d) -> new GeoPoint(d.lat(), d.lng()));
  }

  private JobWall wall(Station station, IsoWeek week) {
    String key = week.toString();
    List<Posting> hiring = new ArrayList<>();
    for (long id : store.entries(station.id(), key, WallStore.Kind.HIRING)) {
      jobs.lookup(id).filter(p -> p.status() == PostingStatus.PUBLISHED).ifPresent(hiring::add);
    }
    List<WallSeeker> seeking = new ArrayList<>();
    for (long id : store.entries(station.id(), key, WallStore.Kind.SEEKING)) {
      people.lookup(id).flatMap(this::seeker).ifPresent(seeking::add);
    }
    Optional<WallStore.Publication> publication = store.publication(station.id(), key);
    return new JobWall(
        station,
        week,
        hiring,
        seeking,
        publication.map(WallStore.Publication::at).orElse(null),
        publication.map(WallStore.Publication::by).orElse(null));
  }

  /** A person as the wall shows them, while their consent lasts. */
  private Optional<WallSeeker> seeker(Person p) {
    return store
        .consent(p.id())
        .filter(SeekerConsent::active)
        .map(
            c ->
                new WallSeeker(
                    p.id(),
                    MaskedName.of(p.name(), p.gender()),
                    p.gender(),
                    AgeBand.of(Period.between(p.birthDate(), LocalDate.now(clock)).getYears()),
                    p.skills(),
                    c.wantedJob()));
  }

  private void mayActFor(Actor actor, long personId) {
    Person person =
        people
            .lookup(personId)
            .orElseThrow(() -> DomainException.notFound("person.notFound", personId));
    boolean allowed =
        switch (actor.role()) {
          case ADMIN -> true;
          case STAFF -> person.streetCode().equals(actor.streetCode());
          case RESIDENT -> actor.personId() != null && actor.personId() == personId;
          case CASEWORKER, EMPLOYER, AUDITOR -> false;
        };
    if (!allowed) {
      throw DomainException.forbidden("wall.consent.forbidden");
    }
  }

  private static void mayPublish(Actor actor, Station station) {
    boolean allowed =
        actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && station.streetCode().equals(actor.streetCode()));
    if (!allowed) {
      throw DomainException.forbidden("wall.publish.forbidden");
    }
  }

  private static IsoWeek week(String raw) {
    FieldErrors errors = new FieldErrors();
    IsoWeek week = errors.parse("isoWeek", raw, IsoWeek::parse);
    errors.throwIfAny();
    return week;
  }

  private static List<Long> distinct(FieldErrors errors, String field, List<Long> ids) {
    LinkedHashSet<Long> out = new LinkedHashSet<>();
    for (Long id : ids == null ? List.<Long>of() : ids) {
      if (id == null) {
        errors.add(field, "field.required");
      } else {
        out.add(id);
      }
    }
    if (out.size() > MAX_ENTRIES) {
      errors.add(field, "wall.tooMany", MAX_ENTRIES);
    }
    return List.copyOf(out);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
