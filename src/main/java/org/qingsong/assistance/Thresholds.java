package org.qingsong.assistance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingsong.assistance.store.ThresholdStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidValueException;
import org.qingsong.geography.Division;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment's thresholds as versions with effective dates, city-wide or for one district or
 * county. On a date, a district's own version in force wins over the city-wide one in force.
 */
@Service
public class Thresholds {
  private final ThresholdStore store;
  private final AssistanceAreas areas;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Thresholds(
      ThresholdStore store,
      AssistanceAreas areas,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.areas = areas;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a version of a threshold (administrators only); same rules as {@link Standards#put}.
   */
  @Transactional
  public RuleChange<Threshold> put(String rawName, ThresholdForm form) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("assistance.rules.forbidden");
    }
    ThresholdName name = name(rawName);
    FieldErrors errors = new FieldErrors();
    ThresholdForm f = form == null ? new ThresholdForm(null, null, null, null) : form;
    Optional<Division> area = areas.districtOrCity(errors, "areaCode", f.areaCode());
    BigDecimal figure = errors.parse("figure", f.figure(), raw -> figure(name, raw));
    LocalDate from = errors.parse("effectiveFrom", f.effectiveFrom(), RuleDates::parse);
    String basis = errors.optionalText("basis", f.basis(), Standards.MAX_BASIS);
    errors.throwIfAny();
    String code = area.orElseThrow().code();
    String source = basis == null ? "api" : basis;
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Threshold> existing = store.version(name, code, from);
    String detail = name + " " + code + " " + figure.toPlainString() + " from " + from;
    long id;
    if (existing.isPresent()) {
      id = existing.get().id();
      store.update(id, figure, source, now, actor.username());
      audit.record(
          "UPDATE",
          "ASSISTANCE_THRESHOLD",
          id,
          detail + " (was " + existing.get().figure().stripTrailingZeros().toPlainString() + ")");
    } else {
      id = store.insert(name, code, figure, from, source, now, actor.username());
      audit.record("CREATE", "ASSISTANCE_THRESHOLD", id, detail);
    }
    return new RuleChange<>(store.version(name, code, from).orElseThrow(), existing.isEmpty());
  }

  /**
   * The version of every threshold in force for a district or county on {@code date}; a name
   * without any version in force is missing from the map.
   */
  @Transactional(readOnly = true)
  public Map<ThresholdName, Threshold> inForce(String areaCode, LocalDate date) {
    String city = areas.cityCode();
    Map<ThresholdName, Threshold> own = new EnumMap<>(ThresholdName.class);
    Map<ThresholdName, Threshold> cityWide = new EnumMap<>(ThresholdName.class);
    for (Threshold t : store.effectiveBy(List.of(areaCode, city), date)) {
      Map<ThresholdName, Threshold> target = t.areaCode().equals(city) ? cityWide : own;
      target.putIfAbsent(t.name(), t);
    }
    cityWide.putAll(own);
    return cityWide;
  }

  /** The figure of one threshold in force for a district or county on {@code date}. */
  @Transactional(readOnly = true)
  public Optional<BigDecimal> figure(ThresholdName name, String areaCode, LocalDate date) {
    return Optional.ofNullable(inForce(areaCode, date).get(name)).map(Threshold::figure);
  }

  @Transactional(readOnly = true)
  public List<Threshold> history(String rawName) {
    return store.history(name(rawName));
  }

  private static ThresholdName name(String raw) {
    try {
      return ThresholdName.parse(raw);
    } catch (InvalidValueException e) {
      throw DomainException.notFound("assistance.threshold.notFound", raw);
    }
  }

  static BigDecimal figure(ThresholdName name, String raw) {
    BigDecimal value;
    try {
      value = new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      throw new InvalidValueException("assistance.threshold.format");
    }
    if (value.compareTo(name.min()) < 0 || value.compareTo(name.max()) > 0) {
      throw new InvalidValueException(
          "assistance.threshold.range", name.min().toPlainString(), name.max().toPlainString());
    }
    if (value.stripTrailingZeros().scale() > name.scale()) {
      throw new InvalidValueException("assistance.threshold.scale", String.valueOf(name.scale()));
    }
    return value;
  }
}
