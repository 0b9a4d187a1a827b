package org.qingsong.assistance.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.qingsong.assistance.AllowanceStandard;
import org.qingsong.assistance.AreaType;
import org.qingsong.assistance.RuleChange;
import org.qingsong.assistance.RuleDates;
import org.qingsong.assistance.StandardForm;
import org.qingsong.assistance.Standards;
import org.qingsong.assistance.Threshold;
import org.qingsong.assistance.ThresholdForm;
import org.qingsong.assistance.ThresholdName;
import org.qingsong.assistance.Thresholds;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageResult;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistance rules as JSON: allowance standards and thresholds, each a history of versions with
 * effective dates. Reading is public (the figures are published); recording a version is for
 * administrators.
 */
@RestController
@RequestMapping("/api/v1/assistance")
class StandardsController {
  private final Standards standards;
  private final Thresholds thresholds;
  private final Divisions divisions;
  private final Clock clock;

  StandardsController(
      Standards standards, Thresholds thresholds, Divisions divisions, Clock clock) {
    this.standards = standards;
    this.thresholds = thresholds;
    this.divisions = divisions;
    this.clock = clock;
  }

  /** Every district's and county's standards in force on {@code date} (default today). */
  @GetMapping("/standards")
  PageResult<StandardJson> inForce(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    LocalDate on = date(date);
    return RulePages.page(standards.inForce(on).stream().map(this::json).toList(), page, size);
  }

  /** Every version of one district's or county's standards, newest first. */
  @GetMapping("/standards/{areaCode}")
  PageResult<StandardJson> history(
      @PathVariable String areaCode,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return RulePages.page(
        standards.history(areaCode).stream().map(this::json).toList(), page, size);
  }

  /**
   * Records a version: {@code {"areaType":"URBAN","monthlyAmount":800,"effectiveFrom":"2026-01-01",
   * "basis":"…"}}. 201 for a new version, 200 for a correction of the version of that date.
   */
  @PutMapping("/standards/{areaCode}")
  ResponseEntity<StandardJson> put(
      @PathVariable String areaCode, @RequestBody(required = false) StandardForm form) {
    RuleChange<AllowanceStandard> change = standards.put(areaCode, form);
    StandardJson body = json(change.version());
    return saved(change.created(), "/api/v1/assistance/standards/" + body.areaCode(), body);
  }

  /** 201 with the history's address for a new version, 200 for a corrected one. */
  private static <T> ResponseEntity<T> saved(boolean created, String history, T body) {
    return created
        ? ResponseEntity.created(URI.create(history)).body(body)
        : ResponseEntity.ok(body);
  }

  /**
   * The thresholds in force on {@code date} (default today) for a district or county ({@code
   * areaCode}), or city-wide when none is given.
   */
  @GetMapping("/thresholds")
  PageResult<ThresholdJson> thresholdsInForce(
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    LocalDate on = date(date);
    String area = areaCode == null || areaCode.isBlank() ? city() : areaCode.strip();
    var division = divisions.find(area);
    if (division.isEmpty()) {
      throw InvalidInputException.of("areaCode", "assistance.area.unknown", area);
    }
    if (division.get().level() != DivisionLevel.DISTRICT
        && division.get().level() != DivisionLevel.CITY) {
      throw InvalidInputException.of(
          "areaCode", "assistance.area.notDistrict", division.get().name());
    }
    return RulePages.page(
        thresholds.inForce(area, on).values().stream().map(ThresholdJson::of).toList(), page, size);
  }

  /** Every version of one threshold, newest first. */
  @GetMapping("/thresholds/{name}")
  PageResult<ThresholdJson> thresholdHistory(
      @PathVariable String name,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return RulePages.page(
        thresholds.history(name).stream().map(ThresholdJson::of).toList(), page, size);
  }

  /**
   * Records a version of a threshold: {@code {"areaCode":"430202","figure":1.5,
   * "effectiveFrom":"2026-01-01","basis":"…"}} (no area code: city-wide).
   */
  @PutMapping("/thresholds/{name}")
  ResponseEntity<ThresholdJson> putThreshold(
      @PathVariable String name, @RequestBody(required = false) ThresholdForm form) {
    RuleChange<Threshold> change = thresholds.put(name, form);
    ThresholdJson body = ThresholdJson.of(change.version());
    return saved(change.created(), "/api/v1/assistance/thresholds/" + body.name(), body);
  }

  private LocalDate date(String raw) {
    FieldErrors errors = new FieldErrors();
    LocalDate on =
        errors
            .parseOptional("date", raw, RuleDates::parse)
            .orElseGet(() -> LocalDate.now(clock.withZone(BusinessTime.ZONE)));
    errors.throwIfAny();
    return on;
  }

  private String city() {
    return divisions.ofLevel(DivisionLevel.CITY).get(0).code();
  }

  private StandardJson json(AllowanceStandard s) {
    return new StandardJson(
        s.id(),
        s.areaCode(),
        divisions.find(s.areaCode()).map(d -> d.name()).orElse(null),
        s.areaType(),
        s.monthlyAmount().yuan(),
        s.effectiveFrom(),
        s.basis(),
        s.recordedAt(),
        s.recordedBy());
  }

  /** A standard's version as the API shows it; {@code monthlyAmount} in yuan per person. */
  record StandardJson(
      long id,
      String areaCode,
      String areaName,
      AreaType areaType,
      BigDecimal monthlyAmount,
      LocalDate effectiveFrom,
      String basis,
      OffsetDateTime recordedAt,
      String recordedBy) {}

  /** A threshold's version as the API shows it. */
  record ThresholdJson(
      long id,
      ThresholdName name,
      String areaCode,
      BigDecimal figure,
      LocalDate effectiveFrom,
      String basis,
      OffsetDateTime recordedAt,
      String recordedBy) {
    static ThresholdJson of(Threshold t) {
      BigDecimal figure = t.figure().stripTrailingZeros();
      return new ThresholdJson(
          t.id(),
          t.name(),
          t.areaCode(),
          figure.scale() < 0 ? figure.setScale(0) : figure,
          t.effectiveFrom(),
          t.basis(),
          t.recordedAt(),
          t.recordedBy());
    }
  }
}
