package org.qingsong.matching.recommend;

import java.util.Collection;
import org.qingsong.jobs.Relaxation;
import org.qingsong.people.PriorityGroup;

/**
 * Which of a posting's relaxed requirements help which priority group, and how pay units and kinds
 * of work become the numbers scoring compares.
 */
public final class Relevance {
  /** Working days a month (the statutory 21.75) and hours a working day. */
  public static final double DAYS_PER_MONTH = 21.75;

  public static final double HOURS_PER_DAY = 8;

  private Relevance() {}

  /** The relaxations that suit a priority group. */
  public static int relaxationsFor(PriorityGroup group) {
    return switch (group) {
      case AGED_4050 -> bit(Relaxation.SUITS_4050);
      case DISABLED -> bit(Relaxation.SUITS_DISABLED) | bit(Relaxation.ACCESSIBLE_WORKPLACE);
      case GRADUATE -> bit(Relaxation.SUITS_GRADUATES) | bit(Relaxation.NO_EXPERIENCE_NEEDED);
      case STAY_AT_HOME_MOTHER -> bit(Relaxation.SUITS_PARENTS);
      case RETURNING_MIGRANT, LONG_TERM_UNEMPLOYED -> bit(Relaxation.NO_EXPERIENCE_NEEDED);
      case VETERAN, LOW_INCOME -> 0;
    };
  }

  public static int relaxationsFor(Collection<PriorityGroup> groups) {
    int mask = 0;
    for (PriorityGroup g : groups) {
      mask |= relaxationsFor(g);
    }
    return mask;
  }

  public static int mask(Collection<Relaxation> relaxations) {
    int mask = 0;
    for (Relaxation r : relaxations) {
      mask |= bit(r);
    }
    return mask;
  }

  public static int bit(Relaxation r) {
    return 1 << r.ordinal();
  }

  /** Pay in fen per month: days × 21.75, hours × 21.75 × 8. */
  public static long monthly(long fen, org.qingsong.occupations.PayUnit unit) {
    return switch (unit) {
      case MONTH -> fen;
      case DAY -> Math.round(fen * DAYS_PER_MONTH);
      case HOUR -> Math.round(fen * DAYS_PER_MONTH * HOURS_PER_DAY);
    };
  }
}
