package org.qingsong.matching.bench;

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
import java.util.SplittableRandom;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.Money;
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
 * Dispatch of a city day: {@code visits} visits and {@code workers} workers made in-process with
 * the shapes of the city demo (the four city districts' streets at the application's own
 * representative points, the demo's service mix, certificates of which one in ten runs out soon,
 * its four availability patterns and daily hours), solved with a budget B and again with 10 × B.
 * Prints one {@code name: value} line each.
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
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    double budget = args.length > 2 ? Double.parseDouble(args[2]) : 15;
    run(visits, workers, Duration.ofMillis((long) (budget * 1000)), 42)
        .forEach(System.out::println);
  }

  public static List<String> run(int visitCount, int workerCount, Duration budget, long seed)
      throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    List<GeoPoint> streets = cityStreets();
    Map<String, HouseholdService> services = catalogue();
    List<String> weighted = weightedServices();
    List<Worker> workers = new ArrayList<>();
    Set<Long> priority = new HashSet<>();
    for (int i = 0; i < workerCount; i++) {
      workers.add(worker(i + 1, random, streets, services, weighted));
      if (random.nextInt(10) < 3) {
        priority.add(i + 1L);
      }
    }
    List<VisitSlot> visits = new ArrayList<>();
    List<GeoPoint> recipients = new ArrayList<>();
    List<Long> recipientIds = new ArrayList<>();
    for (int i = 0; i < visitCount; i++) {
      int r;
      if (!recipients.isEmpty() && random.nextInt(10) < 3) {
        r = random.nextInt(recipients.size());
      } else {
        recipients.add(jitter(streets.get(random.nextInt(streets.size())), random));
        recipientIds.add((long) recipients.size());
        r = recipients.size() - 1;
      }
      HouseholdService s = services.get(weighted.get(random.nextInt(weighted.size())));
      int latestStart = Math.max(7 * 60, 20 * 60 - s.defaultMinutes());
      int start = 7 * 60 + 30 * random.nextInt(Math.max(1, (latestStart - 7 * 60) / 30 + 1));
      OffsetDateTime startsAt =
          DAY.atStartOfDay(BusinessTime.ZONE).toOffsetDateTime().plusMinutes(start);
      visits.add(
          new VisitSlot(
              i + 1,
              s,
              DAY,
              startsAt,
              startsAt.plusMinutes(s.defaultMinutes()),
              recipients.get(r),
              null,
              false,
              recipientIds.get(r)));
    }
    DispatchProblem problem =
        new DispatchProblem(DAY, visits, workers, List.of(), Duration.ofMinutes(30));

    DispatchPlan greedy = new GreedyDispatcher().plan(problem);
    TimefoldDispatcher.Outcome once = TimefoldDispatcher.search(problem, priority, budget, null);
    TimefoldDispatcher.Outcome tenTimes =
        TimefoldDispatcher.search(problem, priority, budget.multipliedBy(10), null);
    long soft = once.best().getScore().softScore();
    long best = tenTimes.best().getScore().softScore();
    long assignedBySolver =
        once.best().getVisits().stream().filter(v -> v.getWorker() != null).count();
    long refusedByRules = assignedBySolver - once.plan().assignments().size();
    double gap = best == soft ? 0 : 100.0 * (best - soft) / Math.abs((double) best);
    List<String> lines = new ArrayList<>();
    lines.add("dispatch_visits: " + visitCount);
    lines.add("dispatch_workers: " + workerCount);
    lines.add("dispatch_budget_s: " + budget.toMillis() / 1000.0);
    lines.add("dispatch_hard_violations: " + (-once.best().getScore().hardScore()));
    lines.add("dispatch_rule_check_refusals: " + refusedByRules);
    lines.add("dispatch_unassigned: " + once.plan().unassigned().size());
    lines.add("dispatch_soft_score: " + soft);
    lines.add("dispatch_unassigned_10x: " + tenTimes.plan().unassigned().size());
    lines.add("dispatch_best_soft_score_10x: " + best);
    lines.add("dispatch_soft_gap_pct: " + String.format("%.2f", gap));
    int left = once.plan().unassigned().size();
    int left10 = tenTimes.plan().unassigned().size();
    // The soft gap means little when the long run places more visits (its medium level is better).
    lines.add(
        "dispatch_unassigned_gap_pct: "
            + String.format(
                "%.2f", left10 == left ? 0 : 100.0 * (left - left10) / Math.max(1, left10)));
    lines.add("dispatch_greedy_unassigned: " + greedy.unassigned().size());
    return lines;
  }

  private static Worker worker(
      long id,
      SplittableRandom random,
      List<GeoPoint> streets,
      Map<String, HouseholdService> services,
      List<String> weighted) {
    List<String> offered = new ArrayList<>();
    int n = 2 + random.nextInt(3);
    while (offered.size() < n) {
      String s = weighted.get(random.nextInt(weighted.size()));
      if (!offered.contains(s)) {
        offered.add(s);
      }
    }
    Map<String, CertificateKind> kinds = new LinkedHashMap<>();
    for (String s : offered) {
      services.get(s).requiredCertificates().forEach(k -> kinds.put(k.code(), k));
    }
    List<WorkerCertificate> certificates = new ArrayList<>();
    for (CertificateKind k : kinds.values()) {
      LocalDate until =
          random.nextInt(10) == 0
              ? DAY.minusDays(1).plusDays(random.nextInt(28))
              : DAY.plusDays(180 + random.nextInt(900));
      certificates.add(new WorkerCertificate(k.code(), k.nameZh(), k.nameEn(), "ZZ" + id, until));
    }
    Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
    int pattern = random.nextInt(4);
    for (DayOfWeek d : DayOfWeek.values()) {
      boolean weekend = d.getValue() >= 6;
      switch (pattern) {
        case 0 ->
            week.put(d, List.of(TimeRange.parse("08:00-12:00"), TimeRange.parse("13:00-18:00")));
        case 1 -> {
          if (!weekend) {
            week.put(d, List.of(TimeRange.parse("07:00-19:00")));
          }
        }
        case 2 -> week.put(d, List.of(TimeRange.parse("09:00-17:00")));
        default -> {
          if (d.getValue() % 2 == 1 || d == DAY.getDayOfWeek()) {
            week.put(d, List.of(TimeRange.parse("08:00-20:00")));
          }
        }
      }
    }
    int[] hours = {4, 6, 8, 8, 10};
    return new Worker(
        id,
        id,
        "W" + id,
        "138****0000",
        "430***",
        1,
        "station",
        "430203004",
        jitter(streets.get(random.nextInt(streets.size())), random),
        hours[random.nextInt(hours.length)] * 60,
        true,
        offered,
        certificates,
        new Availability(week, List.of()),
        null,
        "bench");
  }

  /** The streets of the four city districts at the points the application gives them. */
  static List<GeoPoint> cityStreets() throws Exception {
    Class<?> synthetic = Class.forName("org.qingsong.geography.internal.SyntheticLocations");
    Method district = synthetic.getDeclaredMethod("district", String.class);
    Method street =
        synthetic.getDeclaredMethod("street", String.class, String.class, double[].class);
    district.setAccessible(true);
    street.setAccessible(true);
    List<GeoPoint> points = new ArrayList<>();
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
          points.add(new GeoPoint(p[0], p[1]));
        }
      }
    }
    return points;
  }

  private static GeoPoint jitter(GeoPoint p, SplittableRandom random) {
    return new GeoPoint(
        p.lat() + (random.nextDouble() - 0.5) * 0.01, p.lng() + (random.nextDouble() - 0.5) * 0.01);
  }

  /** The shipped catalogue's services, lengths and required certificates (migration V9). */
  static Map<String, HouseholdService> catalogue() {
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

  /** The city demo's service mix. */
  static List<String> weightedServices() {
    Map<String, Integer> weights = new LinkedHashMap<>();
    weights.put("ELDER_CARE", 30);
    weights.put("HOURLY", 20);
    weights.put("HOUSEKEEPING", 15);
    weights.put("ERRANDS", 8);
    weights.put("DRIVER", 7);
    weights.put("INFANT_CARE", 5);
    weights.put("LAUNDRY", 5);
    weights.put("LACTATION", 3);
    weights.put("POSTNATAL_COACH", 3);
    weights.put("HOME_NANNY", 2);
    weights.put("HOSPITAL_ESCORT", 2);
    List<String> out = new ArrayList<>();
    weights.forEach(
        (code, w) -> {
          for (int i = 0; i < w; i++) {
            out.add(code);
          }
        });
    return out;
  }
}
