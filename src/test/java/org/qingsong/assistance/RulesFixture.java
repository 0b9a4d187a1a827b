package org.qingsong.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qingsong.common.Money;

/** Rules in force and households for the pure assessment tests, with the shipped thresholds. */
final class RulesFixture {
  static final LocalDate DATE = LocalDate.of(2026, 1, 15);
  static final Map<ThresholdName, String> SHIPPED =
      Map.of(
          ThresholdName.EDGE_MULTIPLIER, "1.5",
          ThresholdName.EXTREME_HARDSHIP_MULTIPLIER, "1.3",
          ThresholdName.SAVINGS_LIMIT_MONTHS, "24",
          ThresholdName.MAX_VEHICLES, "0",
          ThresholdName.MAX_HOUSES, "1",
          ThresholdName.EMPLOYMENT_INCOME_DISREGARD, "0.2",
          ThresholdName.ELDERLY_AGE, "60",
          ThresholdName.MINOR_AGE, "16");

  private RulesFixture() {}

  static AssistanceRules rules(String standardYuan) {
    return rules(standardYuan, Map.of());
  }

  static AssistanceRules rules(String standardYuan, Map<ThresholdName, String> overrides) {
    Map<ThresholdName, Threshold> thresholds = new EnumMap<>(ThresholdName.class);
    for (ThresholdName name : ThresholdName.values()) {
      String figure = overrides.getOrDefault(name, SHIPPED.get(name));
      thresholds.put(
          name,
          new Threshold(
              1,
              name,
              "430200",
              new BigDecimal(figure),
              LocalDate.of(2024, 1, 1),
              "test",
              null,
              "t"));
    }
    AllowanceStandard standard =
        new AllowanceStandard(
            1,
            "430223",
            AreaType.RURAL,
            Money.ofYuan(new BigDecimal(standardYuan)),
            LocalDate.of(2025, 7, 1),
            "test",
            null,
            "t");
    return new AssistanceRules("攸县", standard, thresholds);
  }

  static HouseholdMember worker(String name, String income) {
    return new HouseholdMember(
        name, new BigDecimal(income), true, DisabilityLevel.NONE, 40, false, false);
  }

  static HouseholdMember member(
      String name, String income, boolean able, DisabilityLevel d, int age, boolean supporter) {
    return new HouseholdMember(name, new BigDecimal(income), able, d, age, supporter, false);
  }

  static HouseholdMember child(String name, int age) {
    return new HouseholdMember(
        name, BigDecimal.ZERO, false, DisabilityLevel.NONE, age, true, false);
  }

  static AssessmentRequest household(List<HouseholdMember> members) {
    return household(members, HouseholdAssets.homeOnly());
  }

  static AssessmentRequest household(List<HouseholdMember> members, HouseholdAssets assets) {
    return new AssessmentRequest(DATE, "430223", AreaType.RURAL, members, assets);
  }
}
