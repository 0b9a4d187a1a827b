package org.qingsong.matching.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.Money;
import org.qingsong.demo.CityGigDay;
import org.qingsong.demo.DemoCity;
import org.qingsong.gigs.Availability;
import org.qingsong.gigs.CertificateKind;
import org.qingsong.gigs.DispatchPlan;
import org.qingsong.gigs.DispatchProblem;
import org.qingsong.gigs.GreedyDispatcher;
import org.qingsong.gigs.HouseholdService;
import org.qingsong.gigs.PriceUnit;
import org.qingsong.gigs.TimeRange;
import org.qingsong.gigs.VisitSlot;
import org.qingsong.gigs.Worker;
import org.qingsong.gigs.WorkerCertificate;
import org.qingsong.matching.dispatch.TimefoldDispatcher;

/**
 * Dispatch of a city day: {@code visits} visits and {@code workers} workers made in-process by the
 * city demo's own generator ({@link CityGigDay}: the four city districts' streets at the
 * application's representative points, the demo's service mix and lengths, rosters, daily limits
 * and certificates), solved with a budget B and again with 10 × B. Prints one {@code name: value}
 * line each: hard violations, visits left (the medium level), the soft scores, their gap and
 * whether the levels above the soft one are equal, and the solver's move evaluation speed.
 *
 * <pre>java -cp … org.qingsong.matching.bench.DispatchBenchmark [visits] [workers] [budgetSeconds]
 * </pre>
 */
public final class DispatchBenchmark {
  static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  private static final String[] CITY_DISTRICTS = {"430202", "430203", "430204", "430211"};

  private DispatchBenchmark() {}

  public static void main(String[] args) throws Exception {
    int visits = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    double budget = args.length > 2 ? Double.parseDouble(args[2]) : 10;
    run(visits, workers, Duration.ofMillis((long) (budget * 1000)), 42)
        .forEach(System.out::println);
  }

  /** The day to plan and the workers who are hard to employ. */
  record Day(DispatchProblem problem, Set<Long> priority) {}

  /** The city demo's day, as the demo makes it with {@code seed}, as a dispatch problem. */
  static Day day(int visitCount, int workerCount, long seed) throws Exception {
    List<CityGigDay.Place> places = cityStreets();
    int home = 0;
    for (int i = 0; i < places.size(); i++) {
      if (places.get(i).streetCode().equals(DemoCity.HOME_STREET)) {
        home = i;
      }
    }
    Map<String, HouseholdService> services = catalogue();
    CityGigDay.Day shape =
        CityGigDay.make(
            CityGigDay.random(seed),
            places,
            home,
            DAY.getDayOfWeek(),
            workerCount,
            visitCount,
            code -> services.get(code).requiredCertificates().stream().map(k -> k.code()).toList(),
            services::containsKey);
    List<Worker> workers = new ArrayList<>();
    Set<Long> priority = new HashSet<>();
    for (CityGigDay.WorkerShape w : shape.workers()) {
      long id = workers.size() + 1;
      workers.add(worker(id, w, services));
      if (w.hardToEmploy()) {
        priority.add(id);
      }
    }
    OffsetDateTime midnight = DAY.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime();
    List<VisitSlot> visits = new ArrayList<>();
    for (CityGigDay.VisitShape v : shape.visits()) {
      CityGigDay.RecipientShape r = shape.recipients().get(v.recipient());
      OffsetDateTime startsAt = midnight.plusMinutes(v.startMinute());
      visits.add(
          new VisitSlot(
              visits.size() + 1,
              services.get(v.service()),
              DAY,
              startsAt,
              startsAt.plusMinutes(v.minutes()),
              new GeoPoint(r.lat(), r.lng()),
              null,
              false,
              v.recipient() + 1L));
    }
    return new Day(
        new DispatchProblem(DAY, visits, workers, List.of(), Duration.ofMinutes(30)), priority);
  }

  public static List<String> run(int visitCount, int workerCount, Duration budget, long seed)
      throws Exception {
    Day day = day(visitCount, workerCount, seed);
    DispatchProblem problem = day.problem();
    long visitMinutes = 0;
    for (VisitSlot v : problem.visits()) {
      visitMinutes += Duration.between(v.startsAt(), v.endsAt()).toMinutes();
    }
    long workerMinutes = 0;
    for (Worker w : problem.workers()) {
      workerMinutes += w.maxMinutesPerDay();
    }
    DispatchPlan greedy = new GreedyDispatcher().plan(problem);
    // The long run goes first, so that the short one runs on a warm JVM, as in a running server.
    TimefoldDispatcher.Outcome tenTimes =
        TimefoldDispatcher.search(problem, day.priority(), budget.multipliedBy(10), null);
    TimefoldDispatcher.Outcome once =
        TimefoldDispatcher.search(problem, day.priority(), budget, null);
    long withoutCandidates =
        once.best().getVisits().stream().filter(v -> v.getCandidates().isEmpty()).count();
    HardMediumSoftLongScore shortScore = once.best().getScore();
    HardMediumSoftLongScore longScore = tenTimes.best().getScore();
    long soft = shortScore.softScore();
    long best = longScore.softScore();
    long assignedBySolver =
        once.best().getVisits().stream().filter(v -> v.getWorker() != null).count();
    long refusedByRules = assignedBySolver - once.plan().assignments().size();
    double gap = best == soft ? 0 : 100.0 * (best - soft) / Math.abs((double) best);
    boolean sameLevel =
        shortScore.hardScore() == longScore.hardScore()
            && shortScore.mediumScore() == longScore.mediumScore();
    boolean met =
        shortScore.hardScore() == 0 && sameLevel && gap <= 2.0 && budget.toSeconds() <= 30;
    List<String> lines = new ArrayList<>();
    lines.add("dispatch_visits: " + visitCount);
    lines.add("dispatch_workers: " + workerCount);
    lines.add("dispatch_visit_hours: " + visitMinutes / 60);
    lines.add("dispatch_worker_limit_hours: " + workerMinutes / 60);
    lines.add("dispatch_budget_s: " + budget.toMillis() / 1000.0);
    lines.add("dispatch_greedy_unassigned: " + greedy.unassigned().size());
    lines.add("dispatch_visits_nobody_can_take: " + withoutCandidates);
    lines.add("dispatch_hard_violations: " + (-shortScore.hardScore()));
    lines.add("dispatch_rule_check_refusals: " + refusedByRules);
    lines.add("dispatch_unassigned: " + once.plan().unassigned().size());
    lines.add("dispatch_soft_score: " + soft);
    lines.add("dispatch_moves_per_s: " + once.moveEvaluationSpeed());
    lines.add("dispatch_hard_violations_10x: " + (-longScore.hardScore()));
    lines.add("dispatch_unassigned_10x: " + tenTimes.plan().unassigned().size());
    lines.add("dispatch_best_soft_score_10x: " + best);
    lines.add("dispatch_moves_per_s_10x: " + tenTimes.moveEvaluationSpeed());
    // The soft gap compares like with like only when both runs reach the same hard and medium.
    lines.add("dispatch_same_hard_and_medium: " + (sameLevel ? 1 : 0));
    lines.add("dispatch_soft_gap_pct: " + String.format("%.2f", gap));
    lines.add(
        "dispatch_soft_ratio: " + String.format("%.4f", best == 0 ? 1.0 : (double) soft / best));
    lines.add("dispatch_target_met: " + (met ? 1 : 0));
    return lines;
  }

  private static Worker worker(
      long id, CityGigDay.WorkerShape w, Map<String, HouseholdService> services) {
    Map<String, CertificateKind> kinds = new LinkedHashMap<>();
    for (String s : w.services()) {
      services.get(s).requiredCertificates().forEach(k -> kinds.put(k.code(), k));
    }
    List<WorkerCertificate> certificates = new ArrayList<>();
    w.certificateDays()
        .forEach(
            (code, days) -> {
              CertificateKind k = kinds.get(code);
              certificates.add(
                  new WorkerCertificate(
                      k.code(), k.nameZh(), k.nameEn(), "ZZ" + id, DAY.plusDays(days)));
            });
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    w.week().forEach((d, ranges) -> week.put(d, ranges.stream().map(TimeRange::parse).toList()));
    return new Worker(
        id,
        id,
        "W" + id,
        "138****0000",
        "430***",
        1,
        "station",
        "430203004",
        new GeoPoint(w.lat(), w.lng()),
        (int) Math.round(w.maxHoursPerDay() * 60),
        true,
        w.services(),
        certificates,
        new Availability(week, List.of()),
        null,
        "bench");
  }

  /** The streets of the four city districts at the points the application gives them, by code. */
  public static List<CityGigDay.Place> cityStreets() throws Exception {
    Class<?> synthetic = Class.forName("org.qingsong.geography.internal.SyntheticLocations");
    Method district = synthetic.getDeclaredMethod("district", String.class);
    Method street =
        synthetic.getDeclaredMethod("street", String.class, String.class, double[].class);
    district.setAccessible(true);
    street.setAccessible(true);
    List<CityGigDay.Place> points = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                DispatchBenchmark.class.getResourceAsStream("/reference/geo/zhuzhou-streets.csv"),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",");
        if (List.of(CITY_DISTRICTS).contains(f[2])) {
          double[] d = (double[]) district.invoke(null, f[2]);
          double[] p = (double[]) street.invoke(null, f[0], f[1], d);
          points.add(new CityGigDay.Place(f[0], p[0], p[1]));
        }
      }
    }
    points.sort(java.util.Comparator.comparing(CityGigDay.Place::streetCode));
    return points;
  }

  /** The shipped catalogue's services, lengths and required certificates (migration V9). */
  public static Map<String, HouseholdService> catalogue() {
    CertificateKind elder = new CertificateKind("ELDER_CARE_WORKER", "养老护理员证", "Elderly care");
    CertificateKind medical = new CertificateKind("MEDICAL_CARE_ASSISTANT", "医疗护理员证", "Medical");
    CertificateKind maternity = new CertificateKind("MATERNITY_NURSE", "母婴护理员证", "Maternity");
    CertificateKind infant = new CertificateKind("INFANT_CARE_WORKER", "育婴员证", "Infant care");
    CertificateKind lactation = new CertificateKind("LACTATION_CONSULTANT", "催乳师证", "Lactation");
    CertificateKind health = new CertificateKind("HEALTH", "健康证", "Health");
    CertificateKind driving = new CertificateKind("DRIVING_LICENCE", "机动车驾驶证", "Driving");
    Map<String, HouseholdService> s = new LinkedHashMap<>();
    add(s, "ELDER_CARE", 120, List.of(elder));
    add(s, "HOSPITAL_ESCORT", 480, List.of(medical));
    add(s, "HOME_NANNY", 480, List.of(health));
    add(s, "POSTNATAL_COACH", 120, List.of(maternity));
    add(s, "INFANT_CARE", 240, List.of(infant, health));
    add(s, "LACTATION", 90, List.of(lactation));
    add(s, "HOUSEKEEPING", 180, List.of());
    add(s, "HOURLY", 120, List.of(health));
    add(s, "DRIVER", 60, List.of(driving));
    add(s, "ERRANDS", 60, List.of());
    add(s, "LAUNDRY", 120, List.of());
    return s;
  }

  private static void add(
      Map<String, HouseholdService> s, String code, int minutes, List<CertificateKind> kinds) {
    s.put(
        code,
        new HouseholdService(
            code, code, code, minutes, PriceUnit.HOUR, new Money(3000), kinds, List.of()));
  }
}
