package org.qingsong.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.DomainException;
import org.qingsong.geography.store.DivisionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Look-ups of the city's divisions. */
@Service
@Transactional(readOnly = true)
public class Divisions {
  private final DivisionStore store;

  Divisions(DivisionStore store) {
    this.store = store;
  }

  public Optional<Division> find(String code) {
    return code == null ? Optional.empty() : store.find(code);
  }

  public Division require(String code) {
    return find(code).orElseThrow(() -> DomainException.notFound("division.notFound", code));
  }

  public List<Division> children(String code) {
    require(code);
    return store.children(code);
  }

  public List<Division> ofLevel(DivisionLevel level) {
    return store.byLevel(level);
  }

  /** The city's streets grouped under their districts, both in code order (for select lists). */
  public Map<Division, List<Division>> streetsByDistrict() {
    Map<Division, List<Division>> out = new LinkedHashMap<>();
    List<Division> streets = store.byLevel(DivisionLevel.STREET);
    for (Division district : store.byLevel(DivisionLevel.DISTRICT)) {
      out.put(
          district, streets.stream().filter(s -> district.code().equals(s.parentCode())).toList());
    }
    return out;
  }

  /** The street, if {@code code} names one. */
  public Optional<Division> street(String code) {
    return find(code).filter(d -> d.level() == DivisionLevel.STREET);
  }

  /** The district that a street belongs to. */
  public Optional<String> districtOf(String streetCode) {
    return street(streetCode).map(Division::parentCode);
  }
}
