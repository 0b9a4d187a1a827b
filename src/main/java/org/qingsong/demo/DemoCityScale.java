package org.qingsong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.qingsong.common.Gender;
import org.qingsong.common.IdNumber;
import org.qingsong.common.Money;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.db.BulkLoadMode;
import org.qingsong.demo.internal.PersonFactory;
import org.qingsong.demo.internal.SeekerFactory;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.GigOrders;
import org.qingsong.gigs.GigRecipients;
import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.OrderForm;
import org.qingsong.gigs.Recipient;
import org.qingsong.gigs.RecipientForm;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.gigs.WorkerForm;
import org.qingsong.jobs.GeneratedPosting;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.JobsBulkLoad;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.JobSeekers;
import org.qingsong.people.People;
import org.qingsong.people.Registration;
import org.qingsong.people.SeekerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The demo city at the scale of Zhuzhou ({@code demo --scale city}): a million residents of whom
 * one in five seeks work with a profile, fifty thousand verified employers, a hundred thousand open
 * postings, three hundred gig workers and tomorrow's thousand requested gig visits, on the real
 * divisions; {@code fraction} scales every count down (for tests). Residents, profiles and postings
 * go in as multi-row batches of {@value #CHUNK} in their own transactions, so memory stays flat;
 * gig workers, recipients and orders go through the gig services, with their checks. Deterministic
 * by seed.
 */
@Service
public class DemoCityScale {
  private static final Logger log = LoggerFactory.getLogger(DemoCityScale.class);
  public static final int RESIDENTS = 1_000_000;
  public static final int SEEKER_EVERY = 5;
  public static final int EMPLOYERS = 50_000;
  public static final int POSTINGS = 100_000;
  public static final int GIG_WORKERS = 300;
  public static final int GIG_VISITS = 1_000;
  private static final int CHUNK = 10_000;
  private static final int PROGRESS_EVERY = 100_000;
  private static final String[] TITLE_PREFIXES = {"", "", "", "招聘", "急招", "诚聘", "长期招"};
  private static final String[] BENEFITS = {
    "缴纳五险一金", "包工作餐", "提供员工宿舍", "岗前免费培训，公司承担费用", "工资按月足额发放", "节假日发放福利", "交通补贴", "带薪年假"
  };

  /** The tables filled in bulk, whose plain secondary indexes wait while they are empty. */
  private static final String[] BULK_TABLES = {
    "employer",
    "person",
    "person_priority_group",
    "person_skill",
    "person_certificate",
    "job_seeker",
    "job_seeker_occupation",
    "job_posting",
    "job_posting_requirement",
    "job_posting_relaxation"
  };

  private final DemoCity city;
  private final Divisions divisions;
  private final Stations stations;
  private final People people;
  private final JobSeekers seekers;
  private final DemoEmployers employers;
  private final JobsBulkLoad postings;
  private final Occupations occupations;
  private final GigWorkers workers;
  private final GigRecipients recipients;
  private final GigOrders orders;
  private final ServiceCatalogue catalogue;
  private final DataSource dataSource;
  private final Clock clock;

  DemoCityScale(
      DemoCity city,
      Divisions divisions,
      Stations stations,
      People people,
      JobSeekers seekers,
      DemoEmployers employers,
      JobsBulkLoad postings,
      Occupations occupations,
      GigWorkers workers,
      GigRecipients recipients,
      GigOrders orders,
      ServiceCatalogue catalogue,
      DataSource dataSource,
      Clock clock) {
    this.city = city;
    this.divisions = divisions;
    this.stations = stations;
    this.people = people;
    this.seekers = seekers;
    this.employers = employers;
    this.postings = postings;
    this.occupations = occupations;
    this.workers = workers;
    this.recipients = recipients;
    this.orders = orders;
    this.catalogue = catalogue;
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** A resident kept aside during generation for the gig market: id, name, street, point. */
  private record Local(long id, Registration person, Division street, double lat, double lng) {}

  public DemoSummary generate(long seed, double fraction) {
    long start = System.nanoTime();
    int residents = scaled(RESIDENTS, fraction, 50);
    int employerCount = scaled(EMPLOYERS, fraction, 10);
    int postingCount = scaled(POSTINGS, fraction, 20);
    int workerCount = scaled(GIG_WORKERS, fraction, 5);
    int visitCount = scaled(GIG_VISITS, fraction, 10);
    log.info(
        "City demo, seed {}: {} residents ({} job seekers), {} employers, {} postings, {} gig"
            + " workers, {} gig visits",
        seed,
        residents,
        (residents + SEEKER_EVERY - 1) / SEEKER_EVERY,
        employerCount,
        postingCount,
        workerCount,
        visitCount);
    SplittableRandom random = new SplittableRandom(seed);
    List<Division> streets = divisions.ofLevel(DivisionLevel.STREET);
    Map<String, List<Division>> communities = new HashMap<>();
    for (Division c : divisions.ofLevel(DivisionLevel.COMMUNITY)) {
      communities.computeIfAbsent(c.parentCode(), k -> new ArrayList<>()).add(c);
    }

    long t = System.nanoTime();
    int stationCount = city.makeStations(random, streets, communities);
    log.info("Phase 1/5 stations: {} in {} ms", stationCount, millisSince(t));

    List<DemoEmployers.Made> madeEmployers;
    List<Local> locals = new ArrayList<>();
    int[] seekerCount = {0};
    int made;
    int postingsMade;
    int deferred;
    try (BulkLoadMode bulk = BulkLoadMode.enter(dataSource, BULK_TABLES)) {
      deferred = bulk.deferred().size();
      if (deferred > 0) {
        log.info("Bulk load: {} indexes and constraints set aside until the rows are in", deferred);
      }
      t = System.nanoTime();
      madeEmployers = employers.generate(random, streets, employerCount, true);
      log.info("Phase 2/5 employers: {} verified in {} ms", madeEmployers.size(), millisSince(t));

      t = System.nanoTime();
      made = residents(random, seed, streets, communities, residents, locals, seekerCount);
      log.info(
          "Phase 3/5 residents: {} with {} job-seeker profiles in {} ms",
          made,
          seekerCount[0],
          millisSince(t));

      t = System.nanoTime();
      postingsMade = postings(random, madeEmployers, postingCount);
      log.info("Phase 4/5 postings: {} published in {} ms", postingsMade, millisSince(t));
      t = System.nanoTime();
    }
    if (deferred > 0) {
      log.info(
          "  {} indexes and constraints made again (every row checked) in {} ms",
          deferred,
          millisSince(t));
    }

    t = System.nanoTime();
    int[] gig = gigs(random, seed, locals, workerCount, visitCount);
    log.info(
        "Phase 5/5 gig market: {} workers, {} requested visits for {} in {} ms",
        gig[0],
        gig[1],
        LocalDate.now(clock).plusDays(1),
        millisSince(t));

    long millis = millisSince(start);
    return new DemoSummary(
        seed,
        made,
        madeEmployers.size(),
        stationCount,
        postingsMade,
        millis,
        seekerCount[0],
        gig[0],
        gig[1]);
  }

  static int scaled(int full, double fraction, int least) {
    return (int) Math.max(least, Math.round(full * fraction));
  }

  private int residents(
      SplittableRandom random,
      long seed,
      List<Division> streets,
      Map<String, List<Division>> communities,
      int count,
      List<Local> locals,
      int[] seekerCount) {
    LocalDate today = LocalDate.now(clock);
    PersonFactory factory = new PersonFactory(today);
    SeekerFactory seekerFactory = new SeekerFactory(occupations.all());
    SplittableRandom seekerRandom = new SplittableRandom(seed ^ 0x5EE4E125L);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Set<Long> idNumbers = new HashSet<>(count * 2);
    Division home =
        streets.stream()
            .filter(s -> s.code().equals(DemoCity.HOME_STREET))
            .findFirst()
            .orElse(streets.get(0));
    int localEvery = Math.max(1, count / 4000);
    long firstId = people.nextFreeId();
    long nextId = firstId;
    List<Registration> batch = new ArrayList<>(CHUNK);
    List<SeekerProfile> profiles = new ArrayList<>(CHUNK / SEEKER_EVERY + 1);
    long start = System.nanoTime();
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
      } while (!idNumbers.add(Long.parseLong(idNumber.value().substring(0, 17))));
      Gender gender = idNumber.gender();
      Registration person =
          new Registration(
              factory.name(random, gender),
              idNumber,
              factory.phone(random),
              street.code(),
              community == null ? null : community.code(),
              factory.priorityGroups(random, idNumber),
              factory.skills(random),
              factory.certificates(random),
              now,
              "demo");
      long id = nextId + batch.size();
      batch.add(person);
      Division at = community != null && community.lat() != null ? community : street;
      if (i % SEEKER_EVERY == 0 && at.lat() != null) {
        profiles.add(seekerFactory.profile(seekerRandom, id, person, at.lat(), at.lng(), now));
      }
      if ((i + 1) % localEvery == 0 && at.lat() != null && isUrban(street)) {
        locals.add(new Local(id, person, street, at.lat(), at.lng()));
      }
      if (batch.size() == CHUNK || i == count - 1) {
        people.registerAllWithIds(nextId, batch, "city residents");
        if (!profiles.isEmpty()) {
          seekers.saveAll(profiles, "city job seekers");
        }
        nextId += batch.size();
        made += batch.size();
        seekerCount[0] += profiles.size();
        batch.clear();
        profiles.clear();
        if (made % PROGRESS_EVERY == 0 || made == count) {
          double seconds = (System.nanoTime() - start) / 1e9;
          double rate = made / Math.max(seconds, 1e-3);
          log.info(
              "  residents: {} of {} ({} job seekers), {} per second, {} s to go",
              made,
              count,
              seekerCount[0],
              Math.round(rate),
              Math.round((count - made) / rate));
        }
      }
    }
    people.finishRegisteringWithIds();
    return made;
  }

  /** Streets of the four city districts, where the gig market works. */
  private static boolean isUrban(Division street) {
    String d = street.parentCode();
    return d.equals("430202") || d.equals("430203") || d.equals("430204") || d.equals("430211");
  }

  private int postings(SplittableRandom random, List<DemoEmployers.Made> employers, int count) {
    List<Occupation> all = occupations.all();
    List<Occupation> usual = new ArrayList<>();
    for (Occupation o : all) {
      switch (o.category()) {
        case HOUSEHOLD, ELDER_CARE, HEALTH_CARE, MANUFACTURING, LOGISTICS, RETAIL, CATERING ->
            usual.add(o);
        default -> {}
      }
    }
    LocalDate today = LocalDate.now(clock);
    long nextId = postings.nextFreeId();
    List<GeneratedPosting> batch = new ArrayList<>(CHUNK);
    Relaxation[] relaxations = Relaxation.values();
    int made = 0;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      DemoEmployers.Made employer = employers.get(random.nextInt(employers.size()));
      Occupation o =
          random.nextInt(10) < 7
              ? usual.get(random.nextInt(usual.size()))
              : all.get(random.nextInt(all.size()));
      PayUnit unit = o.payUnit();
      long step = unit == PayUnit.MONTH ? 10_000 : unit == PayUnit.DAY ? 1_000 : 100;
      long span = o.usualPayMaxFen() - o.usualPayMinFen();
      long min =
          Math.max(
              step, round(o.usualPayMinFen() + (long) (span * 0.5 * random.nextDouble()), step));
      long max =
          Math.max(
              min, round(min + (long) ((o.usualPayMaxFen() - min) * random.nextDouble()), step));
      JobKind kind =
          unit == PayUnit.MONTH
              ? (random.nextInt(10) < 8 ? JobKind.FULL_TIME : JobKind.PART_TIME)
              : (random.nextInt(10) < 7 ? JobKind.GIG : JobKind.PART_TIME);
      Integer hours =
          switch (kind) {
            case FULL_TIME -> 40 + 4 * random.nextInt(3);
            case PART_TIME -> 12 + random.nextInt(19);
            case GIG -> random.nextInt(2) == 0 ? null : 8 + random.nextInt(13);
          };
      Division street = employer.street();
      double lat = street.lat() == null ? 27.83 : street.lat();
      double lng = street.lng() == null ? 113.13 : street.lng();
      lat = Math.round((lat + (random.nextDouble() - 0.5) * 0.026) * 1e6) / 1e6;
      lng = Math.round((lng + (random.nextDouble() - 0.5) * 0.026) * 1e6) / 1e6;
      List<String> certificates = certificatesFor(o, random);
      List<Relaxation> relaxed = new ArrayList<>(2);
      for (int k = random.nextInt(3); k > 0; k--) {
        Relaxation r = relaxations[random.nextInt(relaxations.length)];
        if (!relaxed.contains(r)) {
          relaxed.add(r);
        }
      }
      int positions = 1 + random.nextInt(random.nextInt(10) == 0 ? 20 : 4);
      String place = DemoCity.shortName(street.name());
      String title = TITLE_PREFIXES[random.nextInt(TITLE_PREFIXES.length)] + o.nameZh();
      String description =
          place
              + "附近招"
              + o.nameZh()
              + positions
              + "名，"
              + kindText(kind, hours)
              + "。"
              + BENEFITS[random.nextInt(BENEFITS.length)]
              + "，"
              + BENEFITS[random.nextInt(BENEFITS.length)]
              + "。欢迎到"
              + place
              + "就业服务站咨询。";
      batch.add(
          new GeneratedPosting(
              employer.id(),
              title.length() > 100 ? title.substring(0, 100) : title,
              description,
              o.code(),
              kind,
              positions,
              new Money(min),
              new Money(max),
              unit,
              street.code(),
              lat,
              lng,
              hours,
              "0731-2"
                  + String.format("%07d", random.nextInt(10_000_000))
                  + " "
                  + "王李张刘陈".charAt(random.nextInt(5))
                  + "经理",
              today.plusDays(14 + random.nextInt(60)),
              certificates,
              relaxed));
      if (batch.size() == CHUNK || i == count - 1) {
        postings.publishAll(nextId, batch, "demo");
        nextId += batch.size();
        made += batch.size();
        batch.clear();
        if (made % (CHUNK * 2) == 0 || made == count) {
          double seconds = (System.nanoTime() - start) / 1e9;
          double rate = made / Math.max(seconds, 1e-3);
          log.info(
              "  postings: {} of {}, {} per second, {} s to go",
              made,
              count,
              Math.round(rate),
              Math.round((count - made) / rate));
        }
      }
    }
    postings.finish();
    return made;
  }

  private static String kindText(JobKind kind, Integer hours) {
    return switch (kind) {
      case FULL_TIME -> "全职，每周约 " + hours + " 小时";
      case PART_TIME -> "兼职，每周约 " + hours + " 小时，时间可商量";
      case GIG -> hours == null ? "零工，按次结算" : "零工，每周约 " + hours + " 小时，日结";
    };
  }

  private static List<String> certificatesFor(Occupation o, SplittableRandom random) {
    boolean ask = random.nextInt(10) < 3;
    if (!ask) {
      return List.of();
    }
    if (o.category() == OccupationCategory.ELDER_CARE) {
      return List.of("养老护理员（五级）");
    }
    if (o.category() == OccupationCategory.CATERING) {
      return List.of("健康证");
    }
    if (o.category() == OccupationCategory.TRANSPORT) {
      return List.of("机动车驾驶证（C1）");
    }
    if (o.code().equals("HS003")) {
      return List.of("母婴护理员");
    }
    return List.of();
  }

  private static long round(long fen, long step) {
    return Math.round((double) fen / step) * step;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  /**
   * Workers and tomorrow's visits, shaped by {@link CityGigDay} (the dispatch benchmark makes the
   * same day from the same seed); returns {workers, visits}. Workers and customers are residents
   * kept aside during generation, a worker preferably one living in the street the shape gives.
   */
  private int[] gigs(
      SplittableRandom random, long seed, List<Local> locals, int workerCount, int visits) {
    if (locals.isEmpty()) {
      return new int[] {0, 0};
    }
    Map<String, List<Station>> gigStations = new HashMap<>();
    List<Station> anyGig = new ArrayList<>();
    for (int page = 0; ; page++) {
      PageResult<Station> p =
          stations.list(
              null, null, StationKind.GIG, null, PageRequest.of(page, PageRequest.MAX_SIZE));
      for (Station s : p.items()) {
        gigStations.computeIfAbsent(s.streetCode(), k -> new ArrayList<>()).add(s);
        anyGig.add(s);
      }
      if (p.items().size() < PageRequest.MAX_SIZE) {
        break;
      }
    }
    if (anyGig.isEmpty()) {
      return new int[] {0, 0};
    }
    List<Division> urban =
        divisions.ofLevel(DivisionLevel.STREET).stream()
            .filter(d -> isUrban(d) && d.lat() != null && d.lng() != null)
            .sorted(java.util.Comparator.comparing(Division::code))
            .toList();
    if (urban.isEmpty()) {
      return new int[] {0, 0};
    }
    List<CityGigDay.Place> places = new ArrayList<>();
    int home = -1;
    for (Division d : urban) {
      if (d.code().equals(DemoCity.HOME_STREET)) {
        home = places.size();
      }
      places.add(new CityGigDay.Place(d.code(), d.lat(), d.lng()));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate tomorrow = today.plusDays(1);
    CityGigDay.Day day =
        CityGigDay.make(
            CityGigDay.random(seed),
            places,
            home,
            tomorrow.getDayOfWeek(),
            workerCount,
            visits,
            code ->
                catalogue.get(code).requiredCertificates().stream()
                    .map(CertificateKind::code)
                    .toList(),
            code -> catalogue.find(code).isPresent());

    Map<String, List<Local>> localsByStreet = new HashMap<>();
    for (Local l : locals) {
      localsByStreet.computeIfAbsent(l.street().code(), k -> new ArrayList<>()).add(l);
    }
    Set<Long> taken = new HashSet<>();
    int made = 0;
    int next = 0;
    for (CityGigDay.WorkerShape w : day.workers()) {
      String street = places.get(w.place()).streetCode();
      Local person = null;
      for (Local l : localsByStreet.getOrDefault(street, List.of())) {
        if (!taken.contains(l.id())) {
          person = l;
          break;
        }
      }
      while (person == null && next < locals.size()) {
        Local l = locals.get(next++);
        if (!taken.contains(l.id())) {
          person = l;
        }
      }
      if (person == null) {
        break;
      }
      taken.add(person.id());
      List<Station> near = gigStations.getOrDefault(street, anyGig);
      Station station = near.get(random.nextInt(near.size()));
      List<WorkerForm.CertificateForm> certificates = new ArrayList<>();
      for (Map.Entry<String, Integer> c : w.certificateDays().entrySet()) {
        certificates.add(
            new WorkerForm.CertificateForm(
                c.getKey(),
                "ZZ" + String.format("%08d", random.nextInt(100_000_000)),
                tomorrow.plusDays(c.getValue()).toString()));
      }
      Map<String, List<String>> availability = new LinkedHashMap<>();
      w.week().forEach((d, ranges) -> availability.put(d.name(), ranges));
      workers.register(
          new WorkerForm(
              person.id(),
              station.id(),
              w.services(),
              certificates,
              availability,
              List.of(),
              w.lat(),
              w.lng(),
              w.maxHoursPerDay(),
              true));
      made++;
    }
    List<Local> customers = locals.stream().filter(l -> !taken.contains(l.id())).toList();
    if (customers.isEmpty()) {
      customers = locals;
    }
    PersonFactory factory = new PersonFactory(today);
    String[] relations = {"PARENT", "PARENT", "SELF", "GRANDPARENT", "SPOUSE", "RELATIVE"};
    String[] mobility = {"INDEPENDENT", "INDEPENDENT", "WALKING_AID", "WHEELCHAIR", "BEDRIDDEN"};
    Map<String, Division> streetByCode = new HashMap<>();
    urban.forEach(d -> streetByCode.put(d.code(), d));
    List<Recipient> recipientsMade = new ArrayList<>();
    for (CityGigDay.RecipientShape r : day.recipients()) {
      Local c = customers.get(random.nextInt(customers.size()));
      Division street = streetByCode.get(places.get(r.place()).streetCode());
      String relation = relations[random.nextInt(relations.length)];
      boolean self = relation.equals("SELF") && c.street().code().equals(street.code());
      String name =
          self
              ? c.person().name()
              : factory.name(random, random.nextInt(2) == 0 ? Gender.FEMALE : Gender.MALE);
      recipientsMade.add(
          recipients.create(
              new RecipientForm(
                  c.id(),
                  name,
                  self ? "SELF" : relation.equals("SELF") ? "PARENT" : relation,
                  null,
                  street.name() + (1 + random.nextInt(200)) + "号" + (1 + random.nextInt(6)) + "栋",
                  street.code(),
                  self ? c.person().communityCode() : null,
                  r.lat(),
                  r.lng(),
                  mobility[random.nextInt(mobility.length)],
                  random.nextInt(12) == 0,
                  null)));
    }
    int ordered = 0;
    for (CityGigDay.VisitShape v : day.visits()) {
      orders.create(
          new OrderForm(
              recipientsMade.get(v.recipient()).id(),
              v.service(),
              tomorrow.toString(),
              String.format("%02d:%02d", v.startMinute() / 60, v.startMinute() % 60),
              v.minutes(),
              "NONE",
              null,
              null,
              null,
              null));
      ordered++;
      if (ordered % 250 == 0) {
        log.info("  gig visits: {} of {}", ordered, day.visits().size());
      }
    }
    return new int[] {made, ordered};
  }

  private static double jitter(double degrees, SplittableRandom random) {
    return Math.round((degrees + (random.nextDouble() - 0.5) * 0.006) * 1e6) / 1e6;
  }
}
