package org.qingsong.matching;

import java.util.List;
import org.qingsong.common.Gender;

/**
 * A job seeker recommended for a posting. For the posting's employer the name is masked to surname
 * and title (王女士); the phone is always masked here (it is revealed through applications).
 */
public record RecommendedPerson(
    int rank,
    long personId,
    String name,
    boolean nameMasked,
    Gender gender,
    String ageBand,
    String phone,
    double distanceKm,
    double score,
    List<ScorePart> parts,
    List<ScoreFilter> filtersPassed) {

  public RecommendedPerson {
    parts = List.copyOf(parts);
    filtersPassed = List.copyOf(filtersPassed);
  }
}
