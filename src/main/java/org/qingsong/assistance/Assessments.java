package org.qingsong.assistance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments of households against the rules of a date: loads the standard and thresholds in force
 * on the request's date for its area and calls the pure {@link Assessor}. Reads only; changes and
 * records nothing.
 */
@Service
public class Assessments {
  static final int MAX_MEMBERS = 20;
  static final int MAX_AGE = 130;
  static final int MAX_NAME = 50;
  static final int MAX_ITEMS = 100;

  /** The most monthly income accepted for one member, in yuan. */
  static final long MAX_INCOME_YUAN = 1_000_000;

  private final Standards standards;
  private final Thresholds thresholds;
  private final AssistanceAreas areas;
  private final MessageSource messages;
  private final Assessor assessor = new Assessor();

  Assessments(
      Standards standards, Thresholds thresholds, AssistanceAreas areas, MessageSource messages) {
    this.standards = standards;
    this.thresholds = thresholds;
    this.areas = areas;
    this.messages = messages;
  }

  /**
   * Assesses a household.
   *
   * @throws InvalidInputException with one entry per invalid field ({@code
   *     members[0].monthlyIncome} …), including {@code date} when no standard was in force for the
   *     area on that date
   */
  @Transactional(readOnly = true)
  public Assessment assess(AssessmentRequest request) {
    List<FieldViolation> violations = check(request);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return assessor.assess(rules(request), request);
  }

  /** The rules in force for the request's area, type and date; the request must be valid. */
  @Transactional(readOnly = true)
  public AssistanceRules rules(AssessmentRequest request) {
    String area = request.areaCode().strip();
    Optional<AllowanceStandard> standard =
        standards.inForce(area, request.areaType(), request.date());
    Map<ThresholdName, Threshold> inForce = thresholds.inForce(area, request.date());
    if (standard.isEmpty() || inForce.size() < ThresholdName.values().length) {
      throw InvalidInputException.of(
          "date", "assistance.rules.noneInForce", areas.name(area), request.date().toString());
    }
    return new AssistanceRules(areas.name(area), standard.get(), inForce);
  }

  /** Every invalid field of the request; empty when it can be assessed. */
  @Transactional(readOnly = true)
  public List<FieldViolation> check(AssessmentRequest request) {
    FieldErrors errors = new FieldErrors();
    if (request.date() == null) {
      errors.add("date", "field.required");
    } else {
      check(errors, "date", () -> RuleDates.check(request.date()));
    }
    areas.district(errors, "areaCode", request.areaCode());
    if (request.areaType() == null) {
      errors.add("areaType", "field.required");
    }
    List<HouseholdMember> members = request.members();
    if (members.isEmpty()) {
      errors.add("members", "assistance.assessment.members.empty");
    } else if (members.size() > MAX_MEMBERS) {
      errors.add("members", "assistance.assessment.members.tooMany", String.valueOf(MAX_MEMBERS));
    } else {
      for (int i = 0; i < members.size(); i++) {
        checkMember(errors, "members[" + i + "].", members.get(i));
      }
    }
    HouseholdAssets assets = request.assets();
    if (assets == null) {
      errors.add("assets", "field.required");
    } else {
      amount(errors, "assets.savings", assets.savings(), Money.MAX_FEN / 100);
      count(errors, "assets.vehicles", assets.vehicles());
      count(errors, "assets.houses", assets.houses());
    }
    List<FieldViolation> out = new ArrayList<>();
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      out.addAll(e.violations());
    }
    return out;
  }

  /** The reasons of an assessment in a language, in order. */
  public List<String> explain(Assessment assessment, Locale locale) {
    return assessment.reasons().stream().map(r -> explain(r, locale)).toList();
  }

  public String explain(Reason reason, Locale locale) {
    return messages.getMessage(reason.code(), reason.args().toArray(), reason.code(), locale);
  }

  private static void checkMember(FieldErrors errors, String prefix, HouseholdMember m) {
    if (m == null) {
      errors.add(prefix.substring(0, prefix.length() - 1), "field.required");
      return;
    }
    if (m.name() != null && m.name().codePointCount(0, m.name().length()) > MAX_NAME) {
      errors.add(prefix + "name", "field.tooLong", String.valueOf(MAX_NAME));
    }
    if (m.monthlyIncome() == null) {
      errors.add(prefix + "monthlyIncome", "field.required");
    } else {
      amount(errors, prefix + "monthlyIncome", m.monthlyIncome(), MAX_INCOME_YUAN);
    }
    if (m.disability() == null) {
      errors.add(prefix + "disability", "field.required");
    }
    if (m.age() < 0 || m.age() > MAX_AGE) {
      errors.add(prefix + "age", "assistance.age.range", String.valueOf(MAX_AGE));
    }
  }

  private static void amount(FieldErrors errors, String field, BigDecimal yuan, long maxYuan) {
    if (yuan == null) {
      errors.add(field, "field.required");
    } else if (yuan.signum() < 0) {
      errors.add(field, "assistance.amount.negative");
    } else if (yuan.stripTrailingZeros().scale() > 2) {
      errors.add(field, "money.format");
    } else if (yuan.compareTo(BigDecimal.valueOf(maxYuan)) > 0) {
      errors.add(field, "assistance.amount.tooLarge", String.valueOf(maxYuan));
    }
  }

  private static void count(FieldErrors errors, String field, int n) {
    if (n < 0 || n > MAX_ITEMS) {
      errors.add(field, "assistance.count.range", "0", String.valueOf(MAX_ITEMS));
    }
  }

  private static void check(FieldErrors errors, String field, Runnable check) {
    try {
      check.run();
    } catch (InvalidValueException e) {
      errors.add(field, e.code(), e.args());
    }
  }
}
