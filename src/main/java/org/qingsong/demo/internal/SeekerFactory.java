package org.qingsong.demo.internal;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.qingsong.common.Money;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.Certificate;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.Registration;
import org.qingsong.people.SeekerProfile;
import org.qingsong.people.WeeklyAvailability;
import org.qingsong.people.WorkKind;

/**
 * Draws a plausible job-seeking profile for a generated resident: occupations that fit their skills
 * (or common local trades), pay near the occupation's usual range, a commute and a weekly pattern
 * of hours that fit their situation.
 */
public final class SeekerFactory {
  private static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);
  private static final List<DayOfWeek> WEEKEND = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  private static final List<DayOfWeek> ALL_DAYS = List.of(DayOfWeek.values());
  private static final double[] DISTANCES = {3, 5, 5, 8, 10, 10, 15, 20, 30};
  private static final WeeklyAvailability[] PATTERNS = {
    WeeklyAvailability.of(WEEKDAYS, 8, 18),
    WeeklyAvailability.of(WEEKDAYS, 8, 18),
    WeeklyAvailability.of(WEEKDAYS, 8, 12),
    WeeklyAvailability.of(WEEKDAYS, 13, 18),
    WeeklyAvailability.of(WEEKDAYS, 18, 22),
    WeeklyAvailability.of(WEEKEND, 8, 20),
    WeeklyAvailability.of(ALL_DAYS, 7, 19),
    WeeklyAvailability.of(List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 8, 17),
  };
  private static final WeeklyAvailability SCHOOL_HOURS = WeeklyAvailability.of(WEEKDAYS, 9, 15);

  private final Map<String, List<Occupation>> bySkill = new HashMap<>();
  private final List<Occupation> common = new ArrayList<>();

  public SeekerFactory(List<Occupation> occupations) {
    for (String skill : PersonFactory.skillNames()) {
      List<Occupation> matches = new ArrayList<>();
      String head = skill.substring(0, 2);
      String tail = skill.substring(skill.length() - 2);
      for (Occupation o : occupations) {
        String n = o.nameZh();
        if (n.contains(skill) || n.contains(tail) || n.contains(head)) {
          matches.add(o);
        }
      }
      if (!matches.isEmpty()) {
        bySkill.put(skill, matches);
      }
    }
    Set<OccupationCategory> usual =
        EnumSet.of(
            OccupationCategory.HOUSEHOLD,
            OccupationCategory.ELDER_CARE,
            OccupationCategory.HEALTH_CARE,
            OccupationCategory.MANUFACTURING,
            OccupationCategory.LOGISTICS,
            OccupationCategory.RETAIL,
            OccupationCategory.CATERING,
            OccupationCategory.OTHER);
    for (Occupation o : occupations) {
      if (usual.contains(o.category())) {
        common.add(o);
      }
    }
    if (common.isEmpty()) {
      common.addAll(occupations);
    }
  }

  /** A profile of the person with the given id, living near {@code lat}/{@code lng}. */
  public SeekerProfile profile(
      SplittableRandom random,
      long personId,
      Registration person,
      double lat,
      double lng,
      OffsetDateTime at) {
    List<Occupation> wanted = new ArrayList<>(3);
    for (String skill : person.skills()) {
      List<Occupation> fit = bySkill.get(skill);
      if (fit != null && wanted.size() < 3) {
        Occupation o = fit.get(random.nextInt(fit.size()));
        if (!wanted.contains(o)) {
          wanted.add(o);
        }
      }
    }
    int extra = wanted.isEmpty() ? 1 + random.nextInt(2) : random.nextInt(2);
    for (int i = 0; i < extra && wanted.size() < 3; i++) {
      Occupation o = common.get(random.nextInt(common.size()));
      if (!wanted.contains(o)) {
        wanted.add(o);
      }
    }
    Occupation first = wanted.get(0);
    PayUnit unit = first.payUnit();
    long step = unit == PayUnit.MONTH ? 10_000 : unit == PayUnit.DAY ? 1_000 : 100;
    double factor = 0.75 + random.nextDouble() * 0.35;
    long minPay = Math.max(step, Math.round(first.usualPayMinFen() * factor / step) * step);
    Set<WorkKind> kinds = EnumSet.noneOf(WorkKind.class);
    if (unit == PayUnit.MONTH) {
      kinds.add(random.nextInt(10) < 8 ? WorkKind.FULL_TIME : WorkKind.PART_TIME);
      if (random.nextInt(4) == 0) {
        kinds.add(WorkKind.PART_TIME);
      }
    } else {
      kinds.add(WorkKind.GIG);
      if (random.nextInt(2) == 0) {
        kinds.add(WorkKind.PART_TIME);
      }
    }
    WeeklyAvailability week =
        person.priorityGroups().contains(PriorityGroup.STAY_AT_HOME_MOTHER)
            ? SCHOOL_HOURS
            : PATTERNS[random.nextInt(PATTERNS.length)];
    double distance = DISTANCES[random.nextInt(DISTANCES.length)];
    double homeLat = round(lat + (random.nextDouble() - 0.5) * 0.008);
    double homeLng = round(lng + (random.nextDouble() - 0.5) * 0.008);
    return new SeekerProfile(
        personId,
        true,
        wanted.stream().map(Occupation::code).toList(),
        new Money(minPay),
        unit,
        distance,
        week,
        kinds,
        homeLat,
        homeLng,
        person.streetCode(),
        person.priorityGroups(),
        person.certificates().stream().map(Certificate::name).toList(),
        at,
        "demo");
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
