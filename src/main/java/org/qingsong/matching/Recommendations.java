package org.qingsong.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.qingsong.common.DomainException;
import org.qingsong.common.MaskedName;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.jobs.AgeBand;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.matching.recommend.CandidateIndex;
import org.qingsong.matching.recommend.FeatureLoader;
import org.qingsong.matching.recommend.Filter;
import org.qingsong.matching.recommend.Part;
import org.qingsong.matching.recommend.PostingCatalog;
import org.qingsong.matching.recommend.PostingTable;
import org.qingsong.matching.recommend.Recommender;
import org.qingsong.matching.recommend.Scorer;
import org.qingsong.matching.recommend.ScoringWeights;
import org.qingsong.matching.recommend.SeekerCatalog;
import org.qingsong.matching.recommend.SeekerFeatures;
import org.qingsong.matching.recommend.StoredResults;
import org.qingsong.matching.recommend.TopK;
import org.qingsong.occupations.Occupations;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.qingsong.people.SeekerProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Explained recommendations: jobs for a person (the person themselves, staff of their street, case
 * workers of their district, administrators) and people for a posting (its employer, staff of its
 * street, administrators). Served from the current city-wide batch run while it is fresh, else
 * computed live from the posting and seeker catalogues.
 */
@Service
public class Recommendations {
  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 50;

  private final People people;
  private final JobSeekers seekers;
  private final Jobs jobs;
  private final Occupations occupations;
  private final CurrentActor currentActor;
  private final FeatureLoader features;
  private final PostingCatalog postings;
  private final SeekerCatalog seekerCatalog;
  private final Scorer scorer;
  private final ObjectProvider<StoredResults> stored;
  private final MessageSource messages;
  private final Clock clock;

  Recommendations(
      People people,
      JobSeekers seekers,
      Jobs jobs,
      Occupations occupations,
      CurrentActor currentActor,
      FeatureLoader features,
      PostingCatalog postings,
      SeekerCatalog seekerCatalog,
      Scorer scorer,
      ObjectProvider<StoredResults> stored,
      MessageSource messages,
      Clock clock) {
    this.people = people;
    this.seekers = seekers;
    this.jobs = jobs;
    this.occupations = occupations;
    this.currentActor = currentActor;
    this.features = features;
    this.postings = postings;
    this.seekerCatalog = seekerCatalog;
    this.scorer = scorer;
    this.stored = stored;
    this.messages = messages;
    this.clock = clock;
  }

  /** The best postings for a person, explained. */
  public RecommendedJobs forPerson(long personId, int limit) {
    checkLimit(limit);
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.CASEWORKER, Role.RESIDENT)) {
      throw DomainException.forbidden("matching.jobs.forbidden");
    }
    Person person =
        people
            .lookup(personId)
            .orElseThrow(() -> DomainException.notFound("person.notFound", personId));
    boolean inScope =
        switch (actor.role()) {
          case ADMIN -> true;
          case STAFF -> person.streetCode().equals(actor.streetCode());
          case CASEWORKER -> Objects.equals(person.districtCode(), actor.districtCode());
          case RESIDENT -> actor.personId() != null && actor.personId() == personId;
          default -> false;
        };
    if (!inScope) {
      throw DomainException.notFound("person.notFound", personId);
    }
    SeekerProfile profile =
        seekers
            .profile(personId)
            .orElseThrow(() -> DomainException.notFound("matching.noProfile", personId));
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!profile.active()) {
      return new RecommendedJobs(personId, "live", null, now, false, List.of());
    }
    StoredResults store = stored.getIfAvailable();
    Optional<StoredResults.Hit> hit =
        store == null ? Optional.empty() : store.forSeeker(personId, limit);
    if (hit.isPresent() && !profile.updatedAt().isAfter(hit.get().startedAt())) {
      StoredResults.Hit h = hit.get();
      List<RecommendedJob> items = new ArrayList<>();
      for (StoredResults.Row row : h.rows()) {
        Optional<Posting> p = openPosting(row.postingId());
        if (p.isPresent()) {
          items.add(
              job(
                  items.size() + 1,
                  p.get(),
                  row.score(),
                  row.parts(),
                  row.distanceKm(),
                  h.weights()));
        }
      }
      return new RecommendedJobs(personId, "batch", h.runId(), h.computedAt(), true, items);
    }
    SeekerFeatures s = features.seekers(List.of(profile)).get(0);
    PostingCatalog.Snapshot snap = postings.current();
    PostingTable t = snap.table();
    int[] rows = new int[limit];
    double[] scores = new double[limit];
    int n = new Recommender(scorer, limit).top(s, t, snap.index(), rows, scores);
    List<RecommendedJob> items = new ArrayList<>();
    double[] parts = new double[Part.COUNT];
    for (int i = 0; i < n; i++) {
      Optional<Posting> p = openPosting(t.id(rows[i]));
      if (p.isEmpty()) {
        continue;
      }
      double score = scorer.score(s, t, rows[i], parts);
      double km = Scorer.distanceKm(s.lat(), s.lng(), t.lat(rows[i]), t.lng(rows[i]));
      items.add(job(items.size() + 1, p.get(), score, parts.clone(), km, scorer.weights()));
    }
    return new RecommendedJobs(personId, "live", null, now, true, items);
  }

  /** The best seekers for a posting, explained; names masked for employers. */
  public RecommendedPeople forPosting(long postingId, int limit) {
    checkLimit(limit);
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN, Role.STAFF, Role.EMPLOYER)) {
      throw DomainException.forbidden("matching.people.forbidden");
    }
    Posting posting = jobs.get(postingId);
    boolean allowed =
        actor.is(Role.ADMIN)
            || (actor.is(Role.STAFF) && posting.streetCode().equals(actor.streetCode()))
            || (actor.is(Role.EMPLOYER)
                && actor.employerId() != null
                && actor.employerId() == posting.employerId());
    if (!allowed) {
      throw DomainException.forbidden("matching.people.forbidden");
    }
    boolean mask = actor.is(Role.EMPLOYER);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (posting.status() != PostingStatus.PUBLISHED) {
      return new RecommendedPeople(postingId, "live", null, now, List.of());
    }
    StoredResults store = stored.getIfAvailable();
    Optional<StoredResults.Hit> hit =
        store == null ? Optional.empty() : store.forPosting(postingId, limit);
    boolean inRun =
        hit.isPresent()
            && posting.publishedAt() != null
            && !posting.publishedAt().isAfter(hit.get().startedAt());
    if (inRun) {
      StoredResults.Hit h = hit.get();
      List<RecommendedPerson> items = new ArrayList<>();
      for (StoredResults.Row row : h.rows()) {
        Optional<Person> p = people.lookup(row.personId());
        if (p.isPresent()) {
          items.add(
              person(
                  items.size() + 1,
                  p.get(),
                  mask,
                  posting,
                  row.score(),
                  row.parts(),
                  row.distanceKm(),
                  h.weights()));
        }
      }
      return new RecommendedPeople(postingId, "batch", h.runId(), h.computedAt(), items);
    }
    PostingTable.Builder b = PostingTable.builder(1);
    if (!features.add(b, posting)) {
      return new RecommendedPeople(postingId, "live", null, now, List.of());
    }
    PostingTable t = b.build();
    SeekerCatalog.Snapshot snap = seekerCatalog.current();
    List<SeekerFeatures> all = snap.seekers();
    TopK heap = new TopK(limit);
    CandidateIndex index = snap.index();
    index.forEach(
        t.group(0),
        t.lat(0),
        t.lng(0),
        snap.maxDistanceKm(),
        i -> {
          SeekerFeatures s = all.get(i);
          if (scorer.failed(s, t, 0) == 0) {
            heap.offer(i, s.personId(), scorer.score(s, t, 0, null));
          }
        });
    int[] rows = new int[limit];
    double[] scores = new double[limit];
    int n = heap.drainBestFirst(rows, scores);
    List<RecommendedPerson> items = new ArrayList<>();
    double[] parts = new double[Part.COUNT];
    for (int i = 0; i < n; i++) {
      SeekerFeatures s = all.get(rows[i]);
      Optional<Person> p = people.lookup(s.personId());
      if (p.isEmpty()) {
        continue;
      }
      double score = scorer.score(s, t, 0, parts);
      double km = Scorer.distanceKm(s.lat(), s.lng(), t.lat(0), t.lng(0));
      items.add(
          person(
              items.size() + 1,
              p.get(),
              mask,
              posting,
              score,
              parts.clone(),
              km,
              scorer.weights()));
    }
    return new RecommendedPeople(postingId, "live", null, now, items);
  }

  private Optional<Posting> openPosting(long id) {
    try {
      return Optional.of(jobs.get(id)).filter(p -> p.status() == PostingStatus.PUBLISHED);
    } catch (DomainException e) {
      return Optional.empty();
    }
  }

  private RecommendedJob job(
      int rank, Posting p, double score, double[] parts, double km, ScoringWeights w) {
    Locale locale = LocaleContextHolder.getLocale();
    String occupationName =
        occupations.find(p.occupationCode()).map(o -> o.name(locale)).orElse(p.occupationCode());
    return new RecommendedJob(
        rank,
        p.id(),
        p.title(),
        p.employerName(),
        p.occupationCode(),
        occupationName,
        p.kind(),
        p.payMin().yuan(),
        p.payMax().yuan(),
        p.payUnit(),
        p.streetName(),
        round(km, 2),
        round(score, 4),
        parts(parts, w),
        filters(p));
  }

  private RecommendedPerson person(
      int rank,
      Person p,
      boolean mask,
      Posting posting,
      double score,
      double[] parts,
      double km,
      ScoringWeights w) {
    LocalDate today = LocalDate.now(clock);
    AgeBand band = AgeBand.of(Period.between(p.birthDate(), today).getYears());
    String ageBand = band.to() == null ? band.from() + "+" : band.from() + "-" + band.to();
    return new RecommendedPerson(
        rank,
        p.id(),
        mask ? MaskedName.of(p.name(), p.gender()) : p.name(),
        mask,
        p.gender(),
        ageBand,
        p.phone().masked(),
        round(km, 2),
        round(score, 4),
        parts(parts, w),
        filters(posting));
  }

  private List<ScorePart> parts(double[] values, ScoringWeights w) {
    Locale locale = LocaleContextHolder.getLocale();
    double sum = w.sum();
    List<ScorePart> out = new ArrayList<>(Part.COUNT);
    for (Part part : Part.values()) {
      double v = values[part.ordinal()];
      double weight = w.of(part);
      out.add(
          new ScorePart(
              part.name(),
              messages.getMessage("matching.part." + part.name(), null, part.name(), locale),
              round(v, 4),
              weight,
              round(v * weight / sum, 4)));
    }
    return out;
  }

  private List<ScoreFilter> filters(Posting p) {
    Locale locale = LocaleContextHolder.getLocale();
    List<ScoreFilter> out = new ArrayList<>();
    for (Filter f : Filter.values()) {
      String key = "matching.filter." + f.name();
      if (f == Filter.AVAILABILITY && p.weeklyHours() == null) {
        key += ".unknown";
      } else if (f == Filter.CERTIFICATES && p.certificates().isEmpty()) {
        key += ".none";
      }
      out.add(new ScoreFilter(f.name(), messages.getMessage(key, null, f.name(), locale)));
    }
    return out;
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw org.qingsong.common.InvalidInputException.of(
          "limit", "matching.limit.range", MAX_LIMIT);
    }
  }

  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
