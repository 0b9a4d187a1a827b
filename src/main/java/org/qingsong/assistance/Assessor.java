package org.qingsong.assistance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.common.Money;

/**
 * The eligibility and amount rules, as plain arithmetic on the rules in force and a household: no
 * database, no clock, no side effects. Money is counted in fen throughout; see the README's "Social
 * assistance rules" for the rules in words.
 *
 * <ol>
 *   <li>Counted income: every member's monthly income, less the disregarded share of a newly
 *       employed member's income (rounded half up to the fen). Per-capita income is counted income
 *       over the number of members; it is shown rounded half up to the fen, but every comparison
 *       uses the exact totals.
 *   <li>Assets: financial assets over {@code SAVINGS_LIMIT_MONTHS} months of the standard per head,
 *       more vehicles than {@code MAX_VEHICLES} or more dwellings than {@code MAX_HOUSES} rule the
 *       household out ({@code NONE}), whatever its income.
 *   <li>Extreme hardship (特困): when every member is unable to work (under {@code MINOR_AGE}, at or
 *       over {@code ELDERLY_AGE}, severely disabled, or declared unable), has an income below the
 *       extreme-hardship standard ({@code EXTREME_HARDSHIP_MULTIPLIER} times the 低保 standard,
 *       rounded up to the whole yuan) and has no legal supporter able to support them.
 *   <li>Minimum living allowance (低保): per-capita income below the standard. The amount is the
 *       difference times the members, i.e. standard × members − counted income, exact to the fen.
 *   <li>Edge household: per-capita income below {@code EDGE_MULTIPLIER} times the standard; no
 *       cash.
 * </ol>
 */
public final class Assessor {

  public Assessment assess(AssistanceRules rules, AssessmentRequest request) {
    List<Reason> reasons = new ArrayList<>();
    List<HouseholdMember> members = request.members();
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a household has at least one member");
    }
    long n = members.size();
    long standard = rules.standard().monthlyAmount().fen();
    reasons.add(
        Reason.of(
            "assistance.reason.standard." + request.areaType().name(),
            rules.areaName(),
            yuan(standard),
            rules.standard().effectiveFrom()));

    BigDecimal disregardShare = rules.figure(ThresholdName.EMPLOYMENT_INCOME_DISREGARD);
    long total = 0;
    long counted = 0;
    for (int i = 0; i < members.size(); i++) {
      HouseholdMember m = members.get(i);
      long income = fen(m.monthlyIncome());
      long disregard = 0;
      if (m.newlyEmployed() && income > 0 && disregardShare.signum() > 0) {
        disregard =
            disregardShare
                .multiply(BigDecimal.valueOf(income))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        reasons.add(
            Reason.of(
                "assistance.reason.disregard",
                m.name() == null || m.name().isBlank() ? "#" + (i + 1) : m.name(),
                yuan(income),
                percent(disregardShare),
                yuan(disregard)));
      }
      total += income;
      counted += income - disregard;
    }
    long perCapita =
        BigDecimal.valueOf(counted)
            .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP)
            .longValueExact();
    reasons.add(
        Reason.of("assistance.reason.income", n, yuan(total), yuan(counted), yuan(perCapita)));

    List<Reason> assetProblems = assetProblems(rules, request.assets(), n, standard);
    if (!assetProblems.isEmpty()) {
      reasons.addAll(assetProblems);
      reasons.add(Reason.of("assistance.reason.none.assets"));
      return result(request, AssistanceCategory.NONE, perCapita, standard, 0, reasons, rules);
    }
    reasons.add(Reason.of("assistance.reason.assetsWithinLimits"));

    long hardshipStandard = hardshipStandard(rules, standard);
    if (members.stream().allMatch(m -> inExtremeHardship(rules, m, hardshipStandard))) {
      long amount = hardshipStandard * n - counted;
      reasons.add(
          Reason.of(
              "assistance.reason.extremeHardship",
              percentOrMultiple(rules.figure(ThresholdName.EXTREME_HARDSHIP_MULTIPLIER)),
              yuan(hardshipStandard),
              n,
              yuan(counted),
              yuan(amount)));
      return result(
          request,
          AssistanceCategory.EXTREME_HARDSHIP,
          perCapita,
          hardshipStandard,
          amount,
          reasons,
          rules);
    }

    if (counted < standard * n) {
      long amount = standard * n - counted;
      reasons.add(
          Reason.of(
              "assistance.reason.minimumLiving",
              yuan(perCapita),
              yuan(standard),
              yuan(standard),
              n,
              yuan(counted),
              yuan(amount)));
      return result(
          request, AssistanceCategory.MINIMUM_LIVING, perCapita, standard, amount, reasons, rules);
    }

    BigDecimal edge = rules.figure(ThresholdName.EDGE_MULTIPLIER);
    BigDecimal edgeLine = edge.multiply(BigDecimal.valueOf(standard));
    if (BigDecimal.valueOf(counted).compareTo(edgeLine.multiply(BigDecimal.valueOf(n))) < 0) {
      reasons.add(
          Reason.of(
              "assistance.reason.edge",
              yuan(perCapita),
              yuan(standard),
              percentOrMultiple(edge),
              yuan(edgeLine.setScale(0, RoundingMode.HALF_UP).longValueExact())));
      return result(request, AssistanceCategory.EDGE, perCapita, standard, 0, reasons, rules);
    }
    reasons.add(
        Reason.of(
            "assistance.reason.none.income",
            yuan(perCapita),
            percentOrMultiple(edge),
            yuan(edgeLine.setScale(0, RoundingMode.HALF_UP).longValueExact())));
    return result(request, AssistanceCategory.NONE, perCapita, standard, 0, reasons, rules);
  }

  /** The extreme-hardship standard: the multiple of the 低保 standard, rounded up to whole yuan. */
  static long hardshipStandard(AssistanceRules rules, long standard) {
    BigDecimal fen =
        rules
            .figure(ThresholdName.EXTREME_HARDSHIP_MULTIPLIER)
            .multiply(BigDecimal.valueOf(standard));
    return fen.divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact() * 100;
  }

  /** Whether a member alone meets the three conditions of extreme hardship (三无). */
  static boolean inExtremeHardship(
      AssistanceRules rules, HouseholdMember m, long hardshipStandard) {
    return unableToWork(rules, m)
        && fen(m.monthlyIncome()) < hardshipStandard
        && !m.hasAbleSupporter();
  }

  static boolean unableToWork(AssistanceRules rules, HouseholdMember m) {
    return !m.ableToWork()
        || m.disability() == DisabilityLevel.SEVERE
        || m.age() < rules.whole(ThresholdName.MINOR_AGE)
        || m.age() >= rules.whole(ThresholdName.ELDERLY_AGE);
  }

  private static List<Reason> assetProblems(
      AssistanceRules rules, HouseholdAssets assets, long n, long standard) {
    List<Reason> problems = new ArrayList<>();
    if (assets == null) {
      return problems;
    }
    long savings = fen(assets.savings());
    int months = rules.whole(ThresholdName.SAVINGS_LIMIT_MONTHS);
    long limitPerHead = months * standard;
    if (savings > limitPerHead * n) {
      long perHead =
          BigDecimal.valueOf(savings)
              .divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP)
              .longValueExact();
      problems.add(
          Reason.of("assistance.reason.savings", yuan(perHead), months, yuan(limitPerHead)));
    }
    int maxVehicles = rules.whole(ThresholdName.MAX_VEHICLES);
    if (assets.vehicles() > maxVehicles) {
      problems.add(Reason.of("assistance.reason.vehicles", assets.vehicles(), maxVehicles));
    }
    int maxHouses = rules.whole(ThresholdName.MAX_HOUSES);
    if (assets.houses() > maxHouses) {
      problems.add(Reason.of("assistance.reason.houses", assets.houses(), maxHouses));
    }
    return problems;
  }

  private static Assessment result(
      AssessmentRequest request,
      AssistanceCategory category,
      long perCapita,
      long standard,
      long amount,
      List<Reason> reasons,
      AssistanceRules rules) {
    return new Assessment(
        request.date(),
        category,
        new Money(perCapita),
        new Money(standard),
        new Money(amount),
        reasons,
        rules.versions());
  }

  static long fen(BigDecimal yuan) {
    return yuan == null
        ? 0
        : yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
  }

  private static String yuan(long fen) {
    return new Money(fen).toString();
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String percentOrMultiple(BigDecimal multiple) {
    return multiple.stripTrailingZeros().toPlainString();
  }
}
