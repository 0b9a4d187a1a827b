package org.qingsong.matching.assignment;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.qingsong.common.GeoPoint;
import org.qingsong.jobs.Relaxation;
import org.qingsong.matching.AssignmentFit;
import org.qingsong.people.PriorityGroup;

/** The fit rule of {@link AssignmentFit}, on what it needs of a person and of a posting. */
public final class PlacementFit {
  private PlacementFit() {}

  /** What the rule reads of a person. */
  public record Seeker(Set<String> skills, Set<PriorityGroup> groups, Optional<GeoPoint> home) {}

  /** What the rule reads of a posting. */
  public record Place(
      Set<String> skills,
      String occupationName,
      Set<Relaxation> relaxations,
      Optional<GeoPoint> workplace) {}

  public static AssignmentFit of(Seeker seeker, Place place) {
    return new AssignmentFit(
        occupation(seeker, place), distance(seeker, place), priority(seeker, place));
  }

  static int occupation(Seeker seeker, Place place) {
    for (String skill : seeker.skills()) {
      String s = skill.strip().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      if (place.skills().contains(s)
          || (!place.occupationName().isEmpty()
              && place.occupationName().toLowerCase(Locale.ROOT).contains(s))) {
        return AssignmentFit.OCCUPATION;
      }
    }
    return 0;
  }

  static int distance(Seeker seeker, Place place) {
    if (seeker.home().isEmpty() || place.workplace().isEmpty()) {
      return 0;
    }
    double km = seeker.home().get().metersTo(place.workplace().get()) / 1000.0;
    double share = Math.max(0, 1 - km / AssignmentFit.DISTANCE_ZERO_KM);
    return (int) Math.round(AssignmentFit.DISTANCE * share);
  }

  static int priority(Seeker seeker, Place place) {
    for (PriorityGroup group : seeker.groups()) {
      for (Relaxation welcome : welcomes(group)) {
        if (place.relaxations().contains(welcome)) {
          return AssignmentFit.PRIORITY;
        }
      }
    }
    return 0;
  }

  private static List<Relaxation> welcomes(PriorityGroup group) {
    return switch (group) {
      case AGED_4050 -> List.of(Relaxation.SUITS_4050);
      case DISABLED -> List.of(Relaxation.SUITS_DISABLED, Relaxation.ACCESSIBLE_WORKPLACE);
      case GRADUATE -> List.of(Relaxation.SUITS_GRADUATES);
      case STAY_AT_HOME_MOTHER -> List.of(Relaxation.SUITS_PARENTS);
      case VETERAN, RETURNING_MIGRANT, LOW_INCOME, LONG_TERM_UNEMPLOYED ->
          List.of(Relaxation.NO_EXPERIENCE_NEEDED);
    };
  }
}
