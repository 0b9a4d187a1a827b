package org.qingsong.assistance;

import java.time.LocalDate;
import java.util.List;

/**
 * What an assessment is asked: on {@code date} (whose rules apply), for a household of the district
 * or county {@code areaCode} under its {@code areaType} standard, with these members and assets.
 */
public record AssessmentRequest(
    LocalDate date,
    String areaCode,
    AreaType areaType,
    List<HouseholdMember> members,
    HouseholdAssets assets) {
  public AssessmentRequest {
    members = members == null ? List.of() : List.copyOf(members);
  }
}
