package org.qingsong.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.assistance.AreaType;
import org.qingsong.assistance.Assessment;
import org.qingsong.assistance.AssessmentRequest;
import org.qingsong.assistance.Assessments;
import org.qingsong.assistance.AssistanceCategory;
import org.qingsong.assistance.DisabilityLevel;
import org.qingsong.assistance.HouseholdAssets;
import org.qingsong.assistance.HouseholdMember;
import org.qingsong.assistance.RuleDates;
import org.qingsong.assistance.RuleVersion;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessment as a calculation any logged-in user may run: it reads the rules of the given date and
 * answers the category, the amount and the reasons in the caller's language. It stores nothing.
 */
@RestController
@RequestMapping("/api/v1/assistance/assessments")
class AssessmentController {
  private final Assessments assessments;

  AssessmentController(Assessments assessments) {
    this.assessments = assessments;
  }

  @PostMapping
  AssessmentJson assess(@RequestBody(required = false) AssessmentBody body) {
    AssessmentRequest request = request(body == null ? AssessmentBody.EMPTY : body);
    Assessment a = assessments.assess(request);
    return new AssessmentJson(
        a.date(),
        request.areaCode().strip(),
        request.areaType(),
        a.category(),
        a.perCapitaIncome().yuan(),
        a.standard().yuan(),
        a.monthlyAmount().yuan(),
        request.members().size(),
        assessments.explain(a, LocaleContextHolder.getLocale()),
        a.rules());
  }

  /**
   * Parses the body; a missing or malformed field is recorded together with every other invalid
   * field, so one answer lists them all.
   */
  private AssessmentRequest request(AssessmentBody body) {
    FieldErrors errors = new FieldErrors();
    LocalDate date = errors.parse("date", body.date(), RuleDates::parse);
    AreaType type = errors.parse("areaType", body.areaType(), AreaType::parse);
    List<HouseholdMember> members = new ArrayList<>();
    List<MemberBody> raw = body.members() == null ? List.of() : body.members();
    for (int i = 0; i < raw.size(); i++) {
      String p = "members[" + i + "].";
      MemberBody m = raw.get(i) == null ? MemberBody.EMPTY : raw.get(i);
      BigDecimal income =
          errors.parse(p + "monthlyIncome", m.monthlyIncome(), AssessmentController::yuan);
      DisabilityLevel disability =
          errors
              .parseOptional(p + "disability", m.disability(), AssessmentController::disability)
              .orElse(DisabilityLevel.NONE);
      if (m.age() == null) {
        errors.add(p + "age", "field.required");
      }
      if (m.ableToWork() == null) {
        errors.add(p + "ableToWork", "field.required");
      }
      members.add(
          new HouseholdMember(
              m.name() == null || m.name().isBlank() ? null : m.name().strip(),
              income == null ? BigDecimal.ZERO : income,
              Boolean.TRUE.equals(m.ableToWork()),
              disability,
              m.age() == null ? 0 : m.age(),
              Boolean.TRUE.equals(m.hasAbleSupporter()),
              Boolean.TRUE.equals(m.newlyEmployed())));
    }
    HouseholdAssets assets = null;
    if (body.assets() == null) {
      errors.add("assets", "field.required");
    } else {
      AssetsBody a = body.assets();
      BigDecimal savings = errors.parse("assets.savings", a.savings(), AssessmentController::yuan);
      if (a.vehicles() == null) {
        errors.add("assets.vehicles", "field.required");
      }
      if (a.houses() == null) {
        errors.add("assets.houses", "field.required");
      }
      assets =
          new HouseholdAssets(
              savings == null ? BigDecimal.ZERO : savings,
              a.vehicles() == null ? 0 : a.vehicles(),
              a.houses() == null ? 0 : a.houses());
    }
    AssessmentRequest request = new AssessmentRequest(date, body.areaCode(), type, members, assets);
    List<FieldViolation> all = new ArrayList<>();
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      all.addAll(e.violations());
    }
    for (FieldViolation v : assessments.check(request)) {
      if (all.stream().noneMatch(x -> x.field().equals(v.field()))) {
        all.add(v);
      }
    }
    if (!all.isEmpty()) {
      throw new InvalidInputException(all);
    }
    return request;
  }

  static BigDecimal yuan(String raw) {
    try {
      return new BigDecimal(raw.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidValueException("money.format");
    }
  }

  static DisabilityLevel disability(String raw) {
    try {
      return DisabilityLevel.valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("assistance.disability.unknown");
    }
  }

  /** The request as sent; money as yuan (numbers or strings), dates ISO. */
  record AssessmentBody(
      String date, String areaCode, String areaType, List<MemberBody> members, AssetsBody assets) {
    static final AssessmentBody EMPTY = new AssessmentBody(null, null, null, null, null);
  }

  record MemberBody(
      String name,
      String monthlyIncome,
      Boolean ableToWork,
      String disability,
      Integer age,
      Boolean hasAbleSupporter,
      Boolean newlyEmployed) {
    static final MemberBody EMPTY = new MemberBody(null, null, null, null, null, null, null);
  }

  record AssetsBody(String savings, Integer vehicles, Integer houses) {}

  /** The answer: amounts in yuan, reasons in the caller's language, the rule versions used. */
  record AssessmentJson(
      LocalDate date,
      String areaCode,
      AreaType areaType,
      AssistanceCategory category,
      BigDecimal perCapitaIncome,
      BigDecimal standard,
      BigDecimal monthlyAmount,
      int members,
      List<String> reasons,
      List<RuleVersion> rules) {}
}
