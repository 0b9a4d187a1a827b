package org.qingsong.assistance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.qingsong.assistance.store.StandardStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.Money;
import org.qingsong.geography.Division;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minimum-living-allowance standards of the districts and counties, urban and rural, as
 * versions with effective dates. A look-up by date finds the version in force on that date, so an
 * assessment of a past date uses the standard of its day. Only administrators (the city's civil
 * affairs bureau) record new versions; the figures are public.
 */
@Service
public class Standards {
  /** The highest standard accepted, in yuan per person per month: catches a misplaced digit. */
  static final long MAX_YUAN = 10_000;

  static final int MAX_BASIS = 200;

  private final StandardStore store;
  private final AssistanceAreas areas;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  Standards(
      StandardStore store,
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
   * Records a version of a district's or county's standard. A version with the same area, type and
   * effective date is corrected in place ({@code created} false); otherwise a version is added.
   * Audited with the old and new figures.
   */
  @Transactional
  public RuleChange<AllowanceStandard> put(String areaCode, StandardForm form) {
    Actor actor = currentActor.get();
    if (!actor.is(Role.ADMIN)) {
      throw DomainException.forbidden("assistance.rules.forbidden");
    }
    FieldErrors errors = new FieldErrors();
    Optional<Division> area = areas.district(errors, "areaCode", areaCode);
    StandardForm f = form == null ? new StandardForm(null, null, null, null) : form;
    AreaType type = errors.parse("areaType", f.areaType(), AreaType::parse);
    Money amount = errors.parse("monthlyAmount", f.monthlyAmount(), Money::ofYuan);
    if (amount != null && (amount.fen() == 0 || amount.fen() > MAX_YUAN * 100)) {
      errors.add("monthlyAmount", "assistance.standard.range", String.valueOf(MAX_YUAN));
    }
    LocalDate from = errors.parse("effectiveFrom", f.effectiveFrom(), RuleDates::parse);
    String basis = errors.optionalText("basis", f.basis(), MAX_BASIS);
    errors.throwIfAny();
    String code = area.orElseThrow().code();
    String source = basis == null ? "api" : basis;
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<AllowanceStandard> existing = store.version(code, type, from);
    long id;
    String detail = code + " " + type + " " + amount + " from " + from;
    if (existing.isPresent()) {
      id = existing.get().id();
      store.update(id, amount.fen(), source, now, actor.username());
      audit.record(
          "UPDATE",
          "ASSISTANCE_STANDARD",
          id,
          detail + " (was " + existing.get().monthlyAmount() + ")");
    } else {
      id = store.insert(code, type, amount.fen(), from, source, now, actor.username());
      audit.record("CREATE", "ASSISTANCE_STANDARD", id, detail);
    }
    return new RuleChange<>(store.version(code, type, from).orElseThrow(), existing.isEmpty());
  }

  /** The version in force on {@code date}, if any took effect on or before it. */
  @Transactional(readOnly = true)
  public Optional<AllowanceStandard> inForce(String areaCode, AreaType type, LocalDate date) {
    return store.inForce(areaCode, type, date);
  }

  /** Every district's and county's versions in force on {@code date}. */
  @Transactional(readOnly = true)
  public List<AllowanceStandard> inForce(LocalDate date) {
    return store.allInForce(date);
  }

  /** Every version of a district's or county's standards, newest first. */
  @Transactional(readOnly = true)
  public List<AllowanceStandard> history(String areaCode) {
    FieldErrors errors = new FieldErrors();
    Optional<Division> area = areas.district(errors, "areaCode", areaCode);
    if (area.isEmpty()) {
      throw DomainException.notFound("assistance.area.notFound", areaCode);
    }
    return store.history(area.get().code());
  }
}
