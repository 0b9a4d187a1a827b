package org.qingsong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.qingsong.common.Gender;
import org.qingsong.common.IdNumber;
import org.qingsong.common.PhoneNumber;
import org.qingsong.demo.internal.PersonFactory;
import org.qingsong.demo.internal.SeekerFactory;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.StationDraft;
import org.qingsong.geography.Stations;
import org.qingsong.occupations.Occupations;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.Registration;
import org.qingsong.people.SeekerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Builds the demo city. The same seed and size always give the same city: every random choice comes
 * from one {@link SplittableRandom} seeded once, consumed in a fixed order.
 */
@Service
public class DemoCity {
  private static final Logger log = LoggerFactory.getLogger(DemoCity.class);
  private static final int BATCH = 2000;
  private static final int PROGRESS_EVERY = 20_000;

  /** 董家塅街道 (芦淞区), the street the seed pages are about; the demo accounts work there. */
  public static final String HOME_STREET = "430203004";

  private final Divisions divisions;
  private final Stations stations;
  private final People people;
  private final DemoEmployers employers;
  private final DemoJobs jobs;
  private final JobSeekers seekers;
  private final DemoAssistance assistance;
  private final Occupations occupations;
  private final DemoGigs gigs;
  private final Clock clock;

  DemoCity(
      Divisions divisions,
      Stations stations,
      People people,
      DemoEmployers employers,
      DemoJobs jobs,
      JobSeekers seekers,
      DemoAssistance assistance,
      Occupations occupations,
      DemoGigs gigs,
      Clock clock) {
    this.divisions = divisions;
    this.stations = stations;
    this.people = people;
    this.employers = employers;
    this.jobs = jobs;
    this.seekers = seekers;
    this.assistance = assistance;
    this.occupations = occupations;
    this.gigs = gigs;
    this.clock = clock;
  }

  public boolean isEmpty() {
    return people.count() == 0;
  }

  public DemoSummary generate(long seed, int peopleCount) {
    long start = System.nanoTime();
    SplittableRandom random = new SplittableRandom(seed);
    List<Division> streets = divisions.ofLevel(DivisionLevel.STREET);
    Map<String, List<Division>> communities = new HashMap<>();
    for (Division c : divisions.ofLevel(DivisionLevel.COMMUNITY)) {
      communities.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
    }
    int stationCount = makeStations(random, streets, communities);
    int employerCount = employers.generate(random, streets, Math.max(20, peopleCount / 25));
    int made = makePeople(random, seed, streets, communities, peopleCount);
    int seekersMade = (int) seekers.countActive();
    int postings = jobs.generate(random, Math.min(300, Math.max(30, employerCount / 2)));
    long gigStart = System.nanoTime();
    int visits = gigs.generate(seed);
    log.info(
        "Demo gig market: {} visits in {} ms", visits, (System.nanoTime() - gigStart) / 1_000_000);
    int assistanceCases = assistance.generate(new SplittableRandom(seed + 7));
    log.info("Demo social assistance: {} cases in 芦淞区", assistanceCases);
    long millis = (System.nanoTime() - start) / 1_000_000;
    DemoSummary summary =
        new DemoSummary(
            seed, made, employerCount, stationCount, postings, millis, seekersMade, 0, 0);
    log.info(
        "Demo city made with seed {}: {} people, {} employers, {} stations, {} job postings,"
            + " {} gig visits in {} ms",
        seed,
        made,
        employerCount,
        stationCount,
        postings,
        visits,
        millis);
    return summary;
  }

  int makeStations(
      SplittableRandom random, List<Division> streets, Map<String, List<Division>> communities) {
    if (stations.list(null, null, null, null, org.qingsong.common.PageRequest.of(0, 1)).total()
        > 0) {
      return 0;
    }
    int n = 0;
    for (Division street : streets) {
      boolean urban = street.name().endsWith("街道");
      String base = street.name();
      n += station(base + "就业服务站", "EMPLOYMENT_SERVICE", street, null, street, random);
      if (urban || random.nextInt(3) == 0) {
        n += station(base + "零工驿站", "GIG", street, null, street, random);
      }
      for (Division community : communities.getOrDefault(street.code(), List.of())) {
        boolean gets = urban ? random.nextInt(100) < 45 : random.nextInt(100) < 6;
        if (gets) {
          String name = shortName(community.name()) + "就业服务站";
          n += station(name, "EMPLOYMENT_SERVICE", street, community, community, random);
        }
      }
    }
    return n;
  }

  private int station(
      String name,
      String kind,
      Division street,
      Division community,
      Division at,
      SplittableRandom random) {
    double lat = at.lat() + (random.nextDouble() - 0.5) * 0.002;
    double lng = at.lng() + (random.nextDouble() - 0.5) * 0.002;
    String address =
        (community == null ? street.name() : shortName(community.name()))
            + "党群服务中心"
            + (1 + random.nextInt(3))
            + "楼";
    String phone = "0731-2" + String.format("%07d", random.nextInt(10_000_000));
    stations.create(
        new StationDraft(
            name,
            kind,
            street.code(),
            community == null ? null : community.code(),
            address,
            round(lat),
            round(lng),
            "GIG".equals(kind) ? "周一至周日 8:00-18:00" : "周一至周五 8:30-12:00, 14:30-17:30",
            phone));
    return 1;
  }

  private int makePeople(
      SplittableRandom random,
      long seed,
      List<Division> streets,
      Map<String, List<Division>> communities,
      int count) {
    PersonFactory factory = new PersonFactory(LocalDate.now(clock));
    SeekerFactory seekerFactory = new SeekerFactory(occupations.all());
    // Profiles draw from their own stream so that they leave the rest of the city as it was.
    SplittableRandom seekerRandom = new SplittableRandom(seed ^ 0x5EE4E125L);
    List<Division> located = new ArrayList<>(BATCH);
    List<Boolean> seeking = new ArrayList<>(BATCH);
    Set<String> idNumbers = new HashSet<>(count * 2);
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Registration> batch = new ArrayList<>(BATCH);
    Division home =
        streets.stream()
            .filter(s -> s.code().equals(HOME_STREET))
            .findFirst()
            .orElse(streets.get(0));
    int made = 0;
    for (int i = 0; i < count; i++) {
      Division street = i % 10 == 0 ? home : streets.get(random.nextInt(streets.size()));
      List<Division> local = communities.getOrDefault(street.code(), List.of());
      Division community =
          local.isEmpty() || random.nextInt(10) < 3
              ? null
              : local.get(random.nextInt(local.size()));
      IdNumber idNumber;
      do {
        idNumber = factory.idNumber(random, street.parentCode());
      } while (!idNumbers.add(idNumber.value()));
      Gender gender = idNumber.gender();
      PhoneNumber phone = factory.phone(random);
      located.add(community != null && community.lat() != null ? community : street);
      seeking.add(i % 10 == 0 || seekerRandom.nextInt(100) < 25);
      batch.add(
          new Registration(
              factory.name(random, gender),
              idNumber,
              phone,
              street.code(),
              community == null ? null : community.code(),
              factory.priorityGroups(random, idNumber),
              factory.skills(random),
              factory.certificates(random),
              now,
              "demo"));
      if (batch.size() == BATCH) {
        made += store(batch, located, seeking, seekerFactory, seekerRandom, now);
        if (made % PROGRESS_EVERY == 0) {
          log.info("Demo residents: {} of {}", made, count);
        }
      }
    }
    if (!batch.isEmpty()) {
      made += store(batch, located, seeking, seekerFactory, seekerRandom, now);
    }
    return made;
  }

  /** Stores a batch of residents and the profiles of those seeking work; clears the lists. */
  private int store(
      List<Registration> batch,
      List<Division> located,
      List<Boolean> seeking,
      SeekerFactory factory,
      SplittableRandom random,
      OffsetDateTime now) {
    List<Long> ids = people.registerAll(batch, "demo residents");
    List<SeekerProfile> profiles = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Division at = located.get(i);
      if (seeking.get(i) && at.lat() != null) {
        profiles.add(factory.profile(random, ids.get(i), batch.get(i), at.lat(), at.lng(), now));
      }
    }
    if (!profiles.isEmpty()) {
      seekers.saveAll(profiles, "demo job seekers");
    }
    int made = batch.size();
    batch.clear();
    located.clear();
    seeking.clear();
    return made;
  }

  static String shortName(String name) {
    return name.replace("社区居委会", "社区")
        .replace("居民委员会", "社区")
        .replace("村委会", "村")
        .replace("居委会", "社区");
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
