package org.qingsong.geography;

import java.util.List;
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

  /** The street, if {@code code} names one. */
  public Optional<Division> street(String code) {
    return find(code).filter(d -> d.level() == DivisionLevel.STREET);
  }

  /** The district that a street belongs to. */
  public Optional<String> districtOf(String streetCode) {
    return street(streetCode).map(Division::parentCode);
  }
}
