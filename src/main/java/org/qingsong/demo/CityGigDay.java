package org.qingsong.demo;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The shape of the city demo's day of gig visits, made without a database so that the dispatch
 * benchmark solves exactly the day the demo books: where workers live and which services,
 * certificates, hours and daily limits they have; which visits are asked for, where, when and for
 * how long. Deterministic by the random stream it is given.
 *
 * <ul>
 *   <li><b>Places</b>: the streets of the four city districts at their representative points, one
 *       worker or recipient in ten in the demo's home street (the {@code staff} login's), the
 *       others spread evenly; each point moved up to about 500 m.
 *   <li><b>Workers</b>: two to four services drawn by the hours of the day's service mix (so that a
 *       nanny's eight-hour day counts four times an elder-care visit), every certificate those
 *       services need (one in ten runs out within four weeks after the day, none before it), and
 *       one of four rosters, all working on the day: 08:00–12:00 and 13:00–18:00 up to 8 hours;
 *       07:00–19:00 up to 8 or 10; 09:00–17:00 up to 8; 08:00–20:00 up to 10. Three in ten are
 *       "hard to employ" (the benchmark's stand-in for the demo residents' own groups).
 *   <li><b>Visits</b>: the service mix of {@link #MIX} with each service's length (elder care 2 h,
 *       hourly help 1 or 2 h, cleaning 2 or 3 h, errands and car trips 1 h, infant care 3 or 4 h, a
 *       hospital escort or a nanny's half or whole day, 4 or 8 h …), starting on the half hour in
 *       the service's usual hours (elder care and car trips from 07:00, a day's escort or nanny at
 *       08:00 or 09:00) and ending by 20:00; three in ten go to a recipient already visited that
 *       day.
 * </ul>
 *
 * With 300 workers the rosters hold about 2,500 hours for about 1,800 hours of visits.
 */
public final class CityGigDay {
  /** One worker or recipient in this many lives in the home street. */
  public static final int HOME_STREET_EVERY = 10;

  /**
   * A service of the day's mix: its weight (in 100), the lengths a customer books, and the first
   * and last start (minutes from midnight, on the half hour).
   */
  public record Share(
      String service, int weight, List<Integer> minutes, int firstStart, int lastStart) {}

  /** The day's service mix. */
  public static final List<Share> MIX =
      List.of(
          new Share("ELDER_CARE", 30, List.of(120), hour(7), hour(18)),
          new Share("HOURLY", 18, List.of(60, 120), hour(8), hour(18)),
          new Share("HOUSEKEEPING", 10, List.of(120, 180), hour(8), hour(16)),
          new Share("ERRANDS", 15, List.of(60), hour(8), hour(17)),
          new Share("DRIVER", 10, List.of(60), hour(7), hour(18)),
          new Share("LAUNDRY", 6, List.of(60, 120), hour(8), hour(17)),
          new Share("INFANT_CARE", 3, List.of(180, 240), hour(8), hour(14)),
          new Share("LACTATION", 3, List.of(90), hour(9), hour(17)),
          new Share("POSTNATAL_COACH", 3, List.of(120), hour(9), hour(16)),
          new Share("HOSPITAL_ESCORT", 1, List.of(240, 480), hour(8), hour(9)),
          new Share("HOME_NANNY", 1, List.of(240, 480), hour(8), hour(9)));

  private static int hour(int h) {
    return h * 60;
  }

  /** A street at its representative point. */
  public record Place(String streetCode, double lat, double lng) {}

  /**
   * A worker: home street (an index into the places) and point, services, certificate kinds with
   * the days from the day to their last valid day, the weekly hours ({@code MONDAY} → {@code
   * "08:00-12:00"} …), the most hours a day, and whether they are hard to employ.
   */
  public record WorkerShape(
      int place,
      double lat,
      double lng,
      List<String> services,
      Map<String, Integer> certificateDays,
      Map<DayOfWeek, List<String>> week,
      double maxHoursPerDay,
      boolean hardToEmploy) {}

  /** A recipient: street (an index into the places) and point. */
  public record RecipientShape(int place, double lat, double lng) {}

  /** A visit: recipient (an index into the recipients), service, start minute and length. */
  public record VisitShape(int recipient, String service, int startMinute, int minutes) {}

  /** The whole day. */
  public record Day(
      List<WorkerShape> workers, List<RecipientShape> recipients, List<VisitShape> visits) {}

  private static final String[][] ROSTERS = {
    {"08:00-12:00", "13:00-18:00"}, {"07:00-19:00"}, {"09:00-17:00"}, {"08:00-20:00"}
  };
  private static final double[][] LIMITS = {{8}, {8, 10}, {8}, {10}};
  private static final int LAST_END = 20 * 60;

  private CityGigDay() {}

  /** The random stream of the day for a demo seed: its own, apart from the rest of the city's. */
  public static SplittableRandom random(long seed) {
    return new SplittableRandom(seed ^ 0x6161_D4A7L);
  }

  /**
   * Makes a day on {@code weekday} for {@code workerCount} workers and {@code visitCount} visits
   * among {@code places} (the home street's index {@code home}, or −1 for none); {@code
   * certificatesOf} gives a service's required certificate kinds and {@code offered} says which
   * services exist (a service missing from the catalogue is left out of the mix).
   */
  public static Day make(
      SplittableRandom random,
      List<Place> places,
      int home,
      DayOfWeek weekday,
      int workerCount,
      int visitCount,
      Function<String, List<String>> certificatesOf,
      java.util.function.Predicate<String> offered) {
    List<Share> mix = MIX.stream().filter(s -> offered.test(s.service())).toList();
    List<Share> weighted = new ArrayList<>();
    List<String> byHours = new ArrayList<>();
    for (Share s : mix) {
      for (int i = 0; i < s.weight(); i++) {
        weighted.add(s);
      }
      int average = s.minutes().stream().mapToInt(Integer::intValue).sum() / s.minutes().size();
      for (int i = 0; i < s.weight() * average / 30; i++) {
        byHours.add(s.service());
      }
    }
    List<WorkerShape> workers = new ArrayList<>();
    for (int i = 0; i < workerCount && !weighted.isEmpty(); i++) {
      int place = place(random, places, home);
      Place p = places.get(place);
      List<String> services = new ArrayList<>();
      int n = Math.min(mix.size(), 2 + random.nextInt(3));
      while (services.size() < n) {
        String s = byHours.get(random.nextInt(byHours.size()));
        if (!services.contains(s)) {
          services.add(s);
        }
      }
      Map<String, Integer> certificates = new LinkedHashMap<>();
      for (String s : services) {
        for (String kind : certificatesOf.apply(s)) {
          certificates.computeIfAbsent(
              kind, k -> random.nextInt(10) == 0 ? random.nextInt(28) : 180 + random.nextInt(900));
        }
      }
      int roster = random.nextInt(ROSTERS.length);
      Map<DayOfWeek, List<String>> week = new LinkedHashMap<>();
      for (DayOfWeek d : DayOfWeek.values()) {
        // Everyone works on the day; over the week, two days off (the rosters' own rhythm).
        boolean works = d == weekday || (d.getValue() + roster) % 7 >= 2;
        if (works) {
          week.put(d, List.of(ROSTERS[roster]));
        }
      }
      double[] limits = LIMITS[roster];
      workers.add(
          new WorkerShape(
              place,
              jitter(p.lat(), random),
              jitter(p.lng(), random),
              List.copyOf(services),
              certificates,
              week,
              limits[random.nextInt(limits.length)],
              random.nextInt(10) < 3));
    }
    List<RecipientShape> recipients = new ArrayList<>();
    List<VisitShape> visits = new ArrayList<>();
    for (int i = 0; i < visitCount && !weighted.isEmpty(); i++) {
      int r;
      if (!recipients.isEmpty() && random.nextInt(10) < 3) {
        r = random.nextInt(recipients.size());
      } else {
        int place = place(random, places, home);
        Place p = places.get(place);
        recipients.add(new RecipientShape(place, jitter(p.lat(), random), jitter(p.lng(), random)));
        r = recipients.size() - 1;
      }
      Share s = weighted.get(random.nextInt(weighted.size()));
      int minutes = s.minutes().get(random.nextInt(s.minutes().size()));
      int latest = Math.max(s.firstStart(), Math.min(s.lastStart(), LAST_END - minutes));
      int start = s.firstStart() + 30 * random.nextInt((latest - s.firstStart()) / 30 + 1);
      visits.add(new VisitShape(r, s.service(), start, minutes));
    }
    return new Day(List.copyOf(workers), List.copyOf(recipients), List.copyOf(visits));
  }

  private static int place(SplittableRandom random, List<Place> places, int home) {
    if (home >= 0 && random.nextInt(HOME_STREET_EVERY) == 0) {
      return home;
    }
    return random.nextInt(places.size());
  }

  private static double jitter(double degrees, SplittableRandom random) {
    return Math.round((degrees + (random.nextDouble() - 0.5) * 0.01) * 1e6) / 1e6;
  }
}
