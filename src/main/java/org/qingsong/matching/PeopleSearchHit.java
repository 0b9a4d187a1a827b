package org.qingsong.matching;

import java.time.OffsetDateTime;
import java.util.List;
import org.qingsong.common.Money;
import org.qingsong.jobs.AgeBand;
import org.qingsong.occupations.PayUnit;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.WorkKind;

/**
 * One job seeker found: the person's id, their name masked to surname and courtesy title (王女士), a
 * ten-year age band, where they live, what they want and the groups they belong to. Never the full
 * name, the ID number or the phone: staff open the person's page for those (audited there). {@code
 * distanceKm} is set when the query had a location.
 */
public record PeopleSearchHit(
    long personId,
    String maskedName,
    AgeBand ageBand,
    String streetCode,
    String streetName,
    String districtCode,
    List<Occupation> occupations,
    List<PriorityGroup> groups,
    List<WorkKind> kinds,
    Money minPay,
    PayUnit payUnit,
    OffsetDateTime updatedAt,
    Double distanceKm) {

  public PeopleSearchHit {
    occupations = List.copyOf(occupations);
    groups = List.copyOf(groups);
    kinds = List.copyOf(kinds);
  }

  /** A wanted occupation with its names. */
  public record Occupation(String code, String nameZh, String nameEn) {}
}
