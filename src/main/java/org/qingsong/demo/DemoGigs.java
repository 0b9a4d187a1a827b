package org.qingsong.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
import org.qingsong.gigs.GigAssignments;
import org.qingsong.gigs.GigHistory;
import org.qingsong.gigs.GigOrder;
import org.qingsong.gigs.GigOrders;
import org.qingsong.gigs.GigRecipients;
import org.qingsong.gigs.GigWorkers;
import org.qingsong.gigs.OrderForm;
import org.qingsong.gigs.RecipientForm;
import org.qingsong.gigs.Worker;
import org.qingsong.gigs.WorkerForm;
import org.qingsong.people.People;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PersonView;
import org.springframework.stereotype.Service;

/**
 * The demo gig market in 董家塅街道 (the street of the source article): eight workers at its gig station
 * (one whose elder-care certificate runs out in three days, one whose ran out yesterday), care
 * recipients for seven families, the last week's visits done with care logs and ratings, and orders
 * for the coming weeks — among them the demo resident's mother's weekday elder-care visits, this
 * week's assigned to the worker behind the {@code worker} login. Deterministic for a seed; dates
 * are relative to today. Nobody offers 催乳 (lactation massage).
 */
@Service
class DemoGigs {
  private static final List<String> ELDERS =
      List.of("陈桂英", "张秀兰", "李玉梅", "王淑华", "刘凤英", "赵德明", "周建国", "吴福生");
  private static final List<String> NOTES =
      List.of(
          "骨科出院后行动不便，起身需搀扶",
          "高血压，每天早上服药",
          "轻度认知障碍，容易忘事，请耐心",
          "糖尿病，饮食少糖",
          "独居，子女白天上班",
          "腿脚不便，需要轮椅出门");
  private static final List<String> OBSERVATIONS =
      List.of(
          "精神好，午饭吃了一碗粥，血压 130/80",
          "老人情绪稳定，陪同在小区散步二十分钟",
          "血压 142/88，已提醒家属留意",
          "按时服药，屋子已收拾，衣物已洗晾",
          "睡眠不太好，白天有些乏力");

  private final People people;
  private final Stations stations;
  private final Divisions divisions;
  private final GigWorkers workers;
  private final GigRecipients recipients;
  private final GigOrders orders;
  private final GigAssignments assignments;
  private final GigHistory history;
  private final Clock clock;

  DemoGigs(
      People people,
      Stations stations,
      Divisions divisions,
      GigWorkers workers,
      GigRecipients recipients,
      GigOrders orders,
      GigAssignments assignments,
      GigHistory history,
      Clock clock) {
    this.people = people;
    this.stations = stations;
    this.divisions = divisions;
    this.workers = workers;
    this.recipients = recipients;
    this.orders = orders;
    this.assignments = assignments;
    this.history = history;
    this.clock = clock;
  }

  /** The gig station of the home street, where the demo workers are registered. */
  Optional<Station> station() {
    return stations
        .list(DemoCity.HOME_STREET, null, StationKind.GIG, null, PageRequest.of(0, 1))
        .items()
        .stream()
        .findFirst();
  }

  /** The person behind the {@code worker} demo login: the first worker of the home station. */
  Optional<Long> workerPerson() {
    return station()
        .flatMap(
            s ->
                workers.find(s.id(), null, PageRequest.of(0, 1)).items().stream()
                    .findFirst()
                    .map(Worker::personId));
  }

  /** Makes the demo gig market; answers the number of visits made. */
  int generate(long seed) {
    Optional<Station> gig = station();
    if (gig.isEmpty()) {
      return 0;
    }
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eed_6165L);
    // Newest first: the first is the demo resident (see DemoAccounts), the next eight the workers.
    List<PersonView> locals =
        people
            .find(new PersonQuery(DemoCity.HOME_STREET, null, null, null), PageRequest.of(0, 16))
            .items();
    if (locals.size() < 12) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    List<Division> communities =
        divisions.children(DemoCity.HOME_STREET).stream()
            .filter(d -> d.level() == DivisionLevel.COMMUNITY && d.lat() != null)
            .toList();
    Station s = gig.get();
    List<Long> workerIds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      workerIds.add(worker(i, locals.get(1 + i).id(), s, today, random).id());
    }
    List<Long> recipientIds = new ArrayList<>();
    List<Integer> customers = List.of(0, 9, 10, 11, 12, 13, 14);
    for (int i = 0; i < customers.size() && customers.get(i) < locals.size(); i++) {
      Division c = communities.isEmpty() ? null : communities.get(i % communities.size());
      double lat = (c == null ? s.lat() : c.lat()) + (random.nextDouble() - 0.5) * 0.004;
      double lng = (c == null ? s.lng() : c.lng()) + (random.nextDouble() - 0.5) * 0.004;
      recipientIds.add(
          recipients
              .create(
                  new RecipientForm(
                      locals.get(customers.get(i)).id(),
                      ELDERS.get(i),
                      i % 3 == 2 ? "GRANDPARENT" : "PARENT",
                      null,
                      (c == null ? "董家塅街道" : DemoCity.shortName(c.name()))
                          + (1 + random.nextInt(12))
                          + " 栋 "
                          + (1 + random.nextInt(6))
                          + "0"
                          + (1 + random.nextInt(4)),
                      DemoCity.HOME_STREET,
                      c == null ? null : c.code(),
                      Math.round(lat * 1e6) / 1e6,
                      Math.round(lng * 1e6) / 1e6,
                      i == 0 ? "WALKING_AID" : List.of("INDEPENDENT", "WHEELCHAIR").get(i % 2),
                      i == 2,
                      NOTES.get(i % NOTES.size())))
              .id());
    }
    int made = 0;
    long mother = recipientIds.get(0);
    long carer = workerIds.get(0);
    // The last week: the resident's mother had elder care on weekdays at 09:00 from the demo
    // worker; all rated but the latest, which waits for the family's rating.
    List<LocalDate> past = new ArrayList<>();
    for (LocalDate d = today.minusDays(7); d.isBefore(today); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        past.add(d);
      }
    }
    for (int i = 0; i < past.size(); i++) {
      boolean last = i == past.size() - 1;
      history.record(
          new GigHistory.RecordedVisit(
              mother,
              "ELDER_CARE",
              past.get(i),
              9 * 60,
              120,
              carer,
              List.of("MEAL", "MEDICATION", "VITALS", i % 2 == 0 ? "TIDY" : "EXERCISE"),
              OBSERVATIONS.get(random.nextInt(OBSERVATIONS.size())),
              last ? null : 4 + random.nextInt(2),
              last ? null : "阿姨很细心，老人很满意"));
      made++;
    }
    // Other families' done visits, for the money figures.
    String[] services = {"HOUSEKEEPING", "ELDER_CARE", "HOSPITAL_ESCORT", "HOURLY", "DRIVER"};
    int[] doers = {4, 6, 7, 6, 5};
    for (int k = 0; k < 10; k++) {
      int j = k % services.length;
      LocalDate d = today.minusDays(1 + k % 6);
      history.record(
          new GigHistory.RecordedVisit(
              recipientIds.get(1 + k % (recipientIds.size() - 1)),
              services[j],
              d,
              (14 + (k % 2) * 2) * 60,
              services[j].equals("HOSPITAL_ESCORT") ? 120 : 60,
              workerIds.get(doers[j]),
              List.of(),
              OBSERVATIONS.get(random.nextInt(OBSERVATIONS.size())),
              k % 3 == 0 ? null : 3 + random.nextInt(3),
              null));
      made++;
    }
    // Today: a visit for the demo worker later today, if the day has room for one.
    LocalDateTime soon =
        LocalDateTime.now(clock.withZone(BusinessTime.ZONE)).plusMinutes(40).withSecond(0);
    int start = Math.max(8 * 60, (soon.getHour() * 60 + soon.getMinute() + 4) / 5 * 5);
    if (soon.toLocalDate().equals(today) && start + 120 <= 22 * 60) {
      history.record(
          new GigHistory.RecordedVisit(
              mother, "ELDER_CARE", today, start, 120, carer, List.of(), null, null, null));
      made++;
    }
    // From tomorrow: the mother's weekday visits 09:00-11:00 for four weeks, this week's assigned
    // to the demo worker; other families' orders wait for staff or the dispatcher.
    LocalDate tomorrow = today.plusDays(1);
    GigOrder weekdays =
        orders.create(
            new OrderForm(
                mother,
                "ELDER_CARE",
                tomorrow.toString(),
                "09:00",
                120,
                "WEEKDAYS",
                null,
                tomorrow.plusWeeks(4).minusDays(1).toString(),
                null,
                "每个工作日上午，协助起身、做饭、提醒服药"));
    made += weekdays.visits().size();
    LocalDate sunday = tomorrow.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    for (var v : weekdays.visits()) {
      if (!v.date().isAfter(sunday.plusDays(7))) {
        assignments.assign(v.id(), carer, true);
      }
    }
    Map<String, Integer> more = new LinkedHashMap<>();
    more.put("HOUSEKEEPING", 10 * 60);
    more.put("ELDER_CARE", 15 * 60);
    more.put("HOSPITAL_ESCORT", 8 * 60);
    more.put("ERRANDS", 10 * 60 + 30);
    more.put("INFANT_CARE", 14 * 60);
    more.put("LACTATION", 16 * 60);
    int i = 0;
    for (Map.Entry<String, Integer> e : more.entrySet()) {
      GigOrder o =
          orders.create(
              new OrderForm(
                  recipientIds.get(1 + i % (recipientIds.size() - 1)),
                  e.getKey(),
                  today.plusDays(1 + i % 3).toString(),
                  String.format("%02d:%02d", e.getValue() / 60, e.getValue() % 60),
                  null,
                  i % 2 == 0 ? "NONE" : "WEEKLY",
                  i % 2 == 0 ? null : List.of(today.plusDays(1 + i % 3).getDayOfWeek().name()),
                  null,
                  i % 2 == 0 ? null : 3,
                  null));
      made += o.visits().size();
      i++;
    }
    return made;
  }

  private Worker worker(
      int i, long personId, Station station, LocalDate today, SplittableRandom random) {
    List<List<String>> services =
        List.of(
            List.of("ELDER_CARE", "HOURLY", "HOUSEKEEPING", "ERRANDS"),
            List.of("ELDER_CARE", "HOSPITAL_ESCORT"),
            List.of("ELDER_CARE"),
            List.of("YUESAO", "INFANT_CARE", "POSTNATAL_COACH"),
            List.of("HOUSEKEEPING", "LAUNDRY", "HOURLY"),
            List.of("DRIVER", "ERRANDS"),
            List.of("HOME_NANNY", "HOURLY", "ELDER_CARE"),
            List.of("HOSPITAL_ESCORT", "ELDER_CARE"));
    List<Map<String, LocalDate>> certs =
        List.of(
            Map.of("ELDER_CARE_WORKER", today.plusYears(2), "HEALTH", today.plusMonths(10)),
            Map.of(
                "ELDER_CARE_WORKER",
                today.plusDays(3),
                "MEDICAL_CARE_ASSISTANT",
                today.plusYears(1)),
            Map.of("ELDER_CARE_WORKER", today.minusDays(1)),
            Map.of(
                "MATERNITY_NURSE", today.plusYears(2),
                "INFANT_CARE_WORKER", today.plusYears(2),
                "HEALTH", today.plusMonths(6)),
            Map.of("HEALTH", today.plusDays(10)),
            Map.of("DRIVING_LICENCE", today.plusYears(5)),
            Map.of("HEALTH", today.plusMonths(8), "ELDER_CARE_WORKER", today.plusYears(1)),
            Map.of(
                "MEDICAL_CARE_ASSISTANT",
                today.plusYears(1),
                "ELDER_CARE_WORKER",
                today.plusYears(3)));
    List<WorkerForm.CertificateForm> certificates = new ArrayList<>();
    certs.get(i).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                certificates.add(
                    new WorkerForm.CertificateForm(
                        e.getKey(),
                        "ZZ"
                            + (2020 + random.nextInt(6))
                            + String.format("%06d", random.nextInt(1_000_000)),
                        e.getValue().toString())));
    Map<String, List<String>> week = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
      if (i == 0) {
        week.put(d.name(), List.of("07:00-20:00"));
      } else if (!weekend) {
        week.put(
            d.name(), i % 2 == 0 ? List.of("08:00-12:00", "14:00-18:00") : List.of("08:00-18:00"));
      } else if (i % 3 == 0) {
        week.put(d.name(), List.of("09:00-17:00"));
      }
    }
    List<WorkerForm.ExceptionForm> exceptions =
        i == 6
            ? List.of(new WorkerForm.ExceptionForm(today.plusDays(2).toString(), List.of()))
            : List.of();
    return workers.register(
        new WorkerForm(
            personId,
            station.id(),
            services.get(i),
            certificates,
            week,
            exceptions,
            Math.round((station.lat() + (random.nextDouble() - 0.5) * 0.01) * 1e6) / 1e6,
            Math.round((station.lng() + (random.nextDouble() - 0.5) * 0.01) * 1e6) / 1e6,
            i == 0 ? 8.0 : 6.0 + random.nextInt(3),
            true));
  }
}
