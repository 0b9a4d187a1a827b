package org.qingsong.assistance;

import java.util.Optional;
import org.qingsong.common.FieldErrors;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.springframework.stereotype.Component;

/**
 * The areas that set assistance rules: standards belong to a district or county; thresholds to a
 * district or county or to the whole city.
 */
@Component
class AssistanceAreas {
  private final Divisions divisions;

  AssistanceAreas(Divisions divisions) {
    this.divisions = divisions;
  }

  String cityCode() {
    return divisions.ofLevel(DivisionLevel.CITY).get(0).code();
  }

  /** The district or county of that code; records why not in {@code errors}. */
  Optional<Division> district(FieldErrors errors, String field, String code) {
    if (code == null || code.isBlank()) {
      errors.add(field, "field.required");
      return Optional.empty();
    }
    Optional<Division> found = divisions.find(code.strip());
    if (found.isEmpty()) {
      errors.add(field, "assistance.area.unknown", code.strip());
      return Optional.empty();
    }
    if (found.get().level() != DivisionLevel.DISTRICT) {
      errors.add(field, "assistance.area.notDistrict", found.get().name());
      return Optional.empty();
    }
    return found;
  }

  /** A district or county, or the city itself (blank means the city). */
  Optional<Division> districtOrCity(FieldErrors errors, String field, String code) {
    if (code == null || code.isBlank() || code.strip().equals(cityCode())) {
      return divisions.find(cityCode());
    }
    return district(errors, field, code);
  }

  String name(String code) {
    return divisions.find(code).map(Division::name).orElse(code);
  }
}
