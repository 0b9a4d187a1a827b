package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingsong.assistance.RulesFixture.child;
import static org.qingsong.assistance.RulesFixture.household;
import static org.qingsong.assistance.RulesFixture.member;
import static org.qingsong.assistance.RulesFixture.rules;
import static org.qingsong.assistance.RulesFixture.worker;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment rules one by one, with the households of the seed pages among the examples. */
class AssessorTest {
  private final Assessor assessor = new Assessor();

  private Assessment assess(String standard, AssessmentRequest request) {
    return assessor.assess(rules(standard), request);
  }

  private static List<String> codes(Assessment a) {
    return a.reasons().stream().map(Reason::code).toList();
  }

  /**
   * 攸县酒埠江镇's Li: his wife is disabled, two children at school; his family's allowance rose from 600
   * to 800 yuan a month when the tiered rule gave way to the difference rule. Reproduced with the
   * shipped rural standard of 600 yuan (from 2025-07-01) and Li earning 1,600 yuan a month:
   * per-capita income 400, gap 200 a person, 4 people, 800 yuan. Under the old tiered rule a
   * per-capita income of 400 fell into a tier of 150 yuan a person: 4 × 150 = 600.
   */
  @Test
  void liOfYouCountyGetsEightHundredByTheDifferenceRuleWhereTheTieredRuleGaveSixHundred() {
    AssessmentRequest li =
        household(
            List.of(
                worker("李某", "1600"),
                member("李某之妻", "0", false, DisabilityLevel.MILD, 40, false),
                child("长子", 14),
                child("次女", 10)));
    Assessment a = assess("600", li);
    assertThat(a.category()).isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(a.perCapitaIncome().yuan()).isEqualByComparingTo("400");
    assertThat(a.standard().yuan()).isEqualByComparingTo("600");
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("800");
    assertThat(oldTieredAmount(a.perCapitaIncome().yuan(), 4)).isEqualByComparingTo("600");
    assertThat(a.monthlyAmount().yuan().subtract(oldTieredAmount(a.perCapitaIncome().yuan(), 4)))
        .as("比上个月多了200元")
        .isEqualByComparingTo("200");
  }

  /**
   * A tiered rule of the kind the seeds describe as replaced ("分档定额救助"): a fixed sum a person by
   * band of per-capita income. Only for the comparison above; the product does not use it.
   */
  private static BigDecimal oldTieredAmount(BigDecimal perCapita, int members) {
    int perPerson = perCapita.compareTo(BigDecimal.valueOf(200)) < 0 ? 300 : 150;
    return BigDecimal.valueOf((long) perPerson * members);
  }

  /** 黄大姐 raises a son with cerebral palsy and a daughter at high school on her wage. */
  @Test
  void aMotherRaisingTwoChildrenOnALowWageIsAMinimumLivingHousehold() {
    Assessment a =
        assess(
            "780",
            household(
                List.of(
                    worker("黄大姐", "1200"),
                    member("儿子", "0", false, DisabilityLevel.SEVERE, 15, true),
                    child("女儿", 17))));
    assertThat(a.category()).isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("1140");
    assertThat(a.perCapitaIncome().yuan()).isEqualByComparingTo("400");
  }

  /**
   * 曾某 is paralysed after a stroke and lives with his 82-year-old mother; she has another child
   * able to support her, so the two are a 低保 household, not people in extreme hardship.
   */
  @Test
  void aDisabledSonAndHisOldMotherWithAnotherAbleChildAreMinimumLivingNotExtremeHardship() {
    Assessment a =
        assess(
            "780",
            household(
                List.of(
                    member("曾某", "0", false, DisabilityLevel.SEVERE, 55, false),
                    member("曾母", "300", false, DisabilityLevel.NONE, 82, true))));
    assertThat(a.category()).isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("1260");
  }

  /** 茶陵's Zhou: an edge household until his illness cut the income; then a 低保 household. */
  @Test
  void anEdgeHouseholdBecomesMinimumLivingWhenItsIncomeFalls() {
    Assessment before = assess("600", household(List.of(worker("周某", "1500"), worker("周妻", "0"))));
    assertThat(before.category()).isEqualTo(AssistanceCategory.EDGE);
    assertThat(before.monthlyAmount().fen()).isZero();
    assertThat(codes(before)).contains("assistance.reason.edge");

    Assessment after = assess("600", household(List.of(worker("周某", "1000"), worker("周妻", "0"))));
    assertThat(after.category()).isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(after.monthlyAmount().yuan()).isEqualByComparingTo("200");
  }

  @Test
  void edgeHouseholdIsBelowOneAndAHalfTimesTheStandard() {
    assertThat(assess("600", household(List.of(worker("甲", "899.99")))).category())
        .isEqualTo(AssistanceCategory.EDGE);
    assertThat(assess("600", household(List.of(worker("甲", "900")))).category())
        .isEqualTo(AssistanceCategory.NONE);
    assertThat(assess("600", household(List.of(worker("甲", "600")))).category())
        .as("at the standard exactly: no gap")
        .isEqualTo(AssistanceCategory.EDGE);
    assertThat(assess("600", household(List.of(worker("甲", "599.99")))).monthlyAmount().fen())
        .isEqualTo(1);
  }

  /** "开宝马吃低保": a car rules the household out, whatever income it declares. */
  @Test
  void aHouseholdWithACarGetsNothingWhateverItsIncome() {
    Assessment a =
        assess(
            "600",
            household(List.of(worker("某甲", "0")), new HouseholdAssets(BigDecimal.ZERO, 1, 1)));
    assertThat(a.category()).isEqualTo(AssistanceCategory.NONE);
    assertThat(a.monthlyAmount().fen()).isZero();
    assertThat(codes(a)).contains("assistance.reason.vehicles", "assistance.reason.none.assets");
  }

  @Test
  void savingsAboveTwentyFourMonthsOfTheStandardPerHeadRuleTheHouseholdOut() {
    List<HouseholdMember> two = List.of(worker("甲", "0"), worker("乙", "0"));
    BigDecimal limit = BigDecimal.valueOf(600L * 24 * 2);
    Assessment at = assess("600", household(two, new HouseholdAssets(limit, 0, 1)));
    assertThat(at.category()).isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    Assessment above =
        assess("600", household(two, new HouseholdAssets(limit.add(new BigDecimal("0.01")), 0, 1)));
    assertThat(above.category()).isEqualTo(AssistanceCategory.NONE);
    assertThat(codes(above)).contains("assistance.reason.savings");
    Assessment secondHome =
        assess("600", household(two, new HouseholdAssets(BigDecimal.ZERO, 0, 2)));
    assertThat(codes(secondHome)).contains("assistance.reason.houses");
    assertThat(secondHome.category()).isEqualTo(AssistanceCategory.NONE);
  }

  @Test
  void aLoneOldPersonWithNoSupporterIsInExtremeHardshipAtOnePointThreeTimesTheStandard() {
    Assessment a =
        assess(
            "600", household(List.of(member("孤老", "200", true, DisabilityLevel.NONE, 70, false))));
    assertThat(a.category()).isEqualTo(AssistanceCategory.EXTREME_HARDSHIP);
    assertThat(a.standard().yuan()).isEqualByComparingTo("780");
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("580");
  }

  @Test
  void theExtremeHardshipStandardIsRoundedUpToTheYuan() {
    Assessment a =
        assess(
            "777", household(List.of(member("孤老", "0", false, DisabilityLevel.NONE, 65, false))));
    assertThat(a.standard().yuan()).as("1.3 × 777 = 1010.1").isEqualByComparingTo("1011");
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("1011");
  }

  @Test
  void orphanedSiblingsWithoutASupporterAreInExtremeHardship() {
    Assessment a =
        assess(
            "600",
            household(
                List.of(
                    member("哥哥", "0", true, DisabilityLevel.NONE, 14, false),
                    member("妹妹", "0", true, DisabilityLevel.NONE, 12, false))));
    assertThat(a.category()).isEqualTo(AssistanceCategory.EXTREME_HARDSHIP);
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("1560");
  }

  @Test
  void extremeHardshipNeedsEveryMemberToMeetAllThreeConditions() {
    assertThat(
            assess(
                    "600",
                    household(List.of(member("孤老", "0", true, DisabilityLevel.NONE, 70, true))))
                .category())
        .as("an able supporter")
        .isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(
            assess(
                    "600",
                    household(List.of(member("甲", "0", true, DisabilityLevel.MILD, 45, false))))
                .category())
        .as("able to work")
        .isEqualTo(AssistanceCategory.MINIMUM_LIVING);
    assertThat(
            assess(
                    "600",
                    household(List.of(member("甲", "0", true, DisabilityLevel.SEVERE, 45, false))))
                .category())
        .as("severe disability counts as unable to work")
        .isEqualTo(AssistanceCategory.EXTREME_HARDSHIP);
    assertThat(
            assess(
                    "600",
                    household(List.of(member("孤老", "780", true, DisabilityLevel.NONE, 70, false))))
                .category())
        .as("an income at the extreme-hardship standard is a means of living")
        .isEqualTo(AssistanceCategory.EDGE);
    assertThat(
            assess(
                    "600",
                    household(
                        List.of(
                            member("孤老", "0", true, DisabilityLevel.NONE, 70, false),
                            worker("侄子", "0"))))
                .category())
        .isEqualTo(AssistanceCategory.MINIMUM_LIVING);
  }

  @Test
  void partOfANewlyEmployedMembersWageIsNotCounted() {
    HouseholdMember newJob =
        new HouseholdMember(
            "新就业", new BigDecimal("2000"), true, DisabilityLevel.NONE, 30, false, true);
    Assessment a = assess("780", household(List.of(newJob, child("子", 5), child("女", 3))));
    assertThat(a.perCapitaIncome().yuan()).isEqualByComparingTo("533.33");
    assertThat(a.monthlyAmount().yuan()).isEqualByComparingTo("740");
    assertThat(codes(a)).contains("assistance.reason.disregard");

    Assessment none =
        assessor.assess(
            rules("780", Map.of(ThresholdName.EMPLOYMENT_INCOME_DISREGARD, "0")),
            household(List.of(newJob, child("子", 5), child("女", 3))));
    assertThat(none.monthlyAmount().yuan()).isEqualByComparingTo("340");
    assertThat(codes(none)).doesNotContain("assistance.reason.disregard");
  }

  @Test
  void theAmountIsExactToTheFenAndPerCapitaIncomeIsShownRoundedHalfUp() {
    Assessment a =
        assess("780", household(List.of(worker("甲", "1000.01"), child("乙", 5), child("丙", 6))));
    assertThat(a.perCapitaIncome().yuan())
        .as("1000.01 / 3 = 333.336…")
        .isEqualByComparingTo("333.34");
    assertThat(a.monthlyAmount().yuan()).as("780 × 3 − 1000.01").isEqualByComparingTo("1339.99");
  }

  @Test
  void theReasonsTellTheStandardTheIncomeAndTheArithmetic() {
    Assessment a = assess("600", household(List.of(worker("甲", "300"), child("乙", 8))));
    assertThat(a.reasons().get(0))
        .isEqualTo(
            new Reason("assistance.reason.standard.RURAL", List.of("攸县", "600", "2025-07-01")));
    assertThat(a.reasons().get(1))
        .isEqualTo(new Reason("assistance.reason.income", List.of("2", "300", "300", "150")));
    assertThat(a.reasons().get(a.reasons().size() - 1))
        .isEqualTo(
            new Reason(
                "assistance.reason.minimumLiving",
                List.of("150", "600", "600", "2", "300", "900")));
    assertThat(a.rules()).hasSize(1 + ThresholdName.values().length);
    assertThat(a.rules().get(0).rule()).isEqualTo("STANDARD_RURAL");
    assertThat(a.rules().get(0).figure()).isEqualByComparingTo("600");
  }
}
