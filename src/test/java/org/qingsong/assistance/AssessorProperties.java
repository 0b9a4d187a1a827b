package org.qingsong.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The laws of the assessment, over random households and standards. */
class AssessorProperties {
  private final Assessor assessor = new Assessor();

  @Provide
  Arbitrary<HouseholdMember> member() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 400_000).map(fen -> BigDecimal.valueOf(fen, 2)),
            Arbitraries.of(true, false),
            Arbitraries.of(DisabilityLevel.class),
            Arbitraries.integers().between(0, 95),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(
            (income, able, disability, age, supporter, newJob) ->
                new HouseholdMember("m", income, able, disability, age, supporter, newJob));
  }

  @Provide
  Arbitrary<List<HouseholdMember>> members() {
    return member().list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<HouseholdAssets> assets() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 5_000_000).map(fen -> BigDecimal.valueOf(fen, 2)),
            Arbitraries.integers().between(0, 1),
            Arbitraries.integers().between(0, 2))
        .as(HouseholdAssets::new);
  }

  private Assessment assess(long standardYuan, List<HouseholdMember> members, HouseholdAssets a) {
    return assessor.assess(
        RulesFixture.rules(String.valueOf(standardYuan)), RulesFixture.household(members, a));
  }

  private static long counted(List<HouseholdMember> members) {
    long total = 0;
    for (HouseholdMember m : members) {
      long fen = Assessor.fen(m.monthlyIncome());
      long disregard =
          m.newlyEmployed()
              ? new BigDecimal("0.2")
                  .multiply(BigDecimal.valueOf(fen))
                  .setScale(0, java.math.RoundingMode.HALF_UP)
                  .longValueExact()
              : 0;
      total += fen - disregard;
    }
    return total;
  }

  @Property
  void theAmountIsNeverNegativeAndNeverMoreThanTheGapTimesTheMembers(
      @ForAll @LongRange(min = 200, max = 2000) long standard,
      @ForAll("members") List<HouseholdMember> members,
      @ForAll("assets") HouseholdAssets assets) {
    Assessment a = assess(standard, members, assets);
    long amount = a.monthlyAmount().fen();
    assertThat(amount).isNotNegative();
    long gapTimesMembers = a.standard().fen() * members.size() - counted(members);
    assertThat(amount).isLessThanOrEqualTo(Math.max(0, gapTimesMembers));
    if (a.category() == AssistanceCategory.MINIMUM_LIVING
        || a.category() == AssistanceCategory.EXTREME_HARDSHIP) {
      assertThat(amount).as("pays exactly the gap").isEqualTo(gapTimesMembers).isPositive();
    } else {
      assertThat(amount).isZero();
    }
  }

  @Property
  void moreIncomeNeverMeansMoreMoney(
      @ForAll @LongRange(min = 200, max = 2000) long standard,
      @ForAll("members") List<HouseholdMember> members,
      @ForAll("assets") HouseholdAssets assets,
      @ForAll @IntRange(min = 0, max = 7) int who,
      @ForAll @LongRange(min = 1, max = 300_000) long extraFen) {
    int i = who % members.size();
    List<HouseholdMember> richer = new ArrayList<>(members);
    HouseholdMember m = members.get(i);
    richer.set(
        i,
        new HouseholdMember(
            m.name(),
            m.monthlyIncome().add(BigDecimal.valueOf(extraFen, 2)),
            m.ableToWork(),
            m.disability(),
            m.age(),
            m.hasAbleSupporter(),
            m.newlyEmployed()));
    Assessment before = assess(standard, members, assets);
    Assessment after = assess(standard, richer, assets);
    assertThat(after.monthlyAmount().fen()).isLessThanOrEqualTo(before.monthlyAmount().fen());
    assertThat(after.perCapitaIncome().fen())
        .isGreaterThanOrEqualTo(before.perCapitaIncome().fen());
  }

  @Property
  void theCategoryAgreesWithTheThresholds(
      @ForAll @LongRange(min = 200, max = 2000) long standardYuan,
      @ForAll("members") List<HouseholdMember> members,
      @ForAll("assets") HouseholdAssets assets) {
    Assessment a = assess(standardYuan, members, assets);
    long standard = standardYuan * 100;
    long n = members.size();
    long counted = counted(members);
    boolean assetsOk =
        Assessor.fen(assets.savings()) <= 24 * standard * n
            && assets.vehicles() == 0
            && assets.houses() <= 1;
    switch (a.category()) {
      case MINIMUM_LIVING -> {
        assertThat(assetsOk).isTrue();
        assertThat(counted).isLessThan(standard * n);
        assertThat(a.standard().fen()).isEqualTo(standard);
      }
      case EXTREME_HARDSHIP -> {
        assertThat(assetsOk).isTrue();
        assertThat(a.standard().fen()).isGreaterThanOrEqualTo(standard * 13 / 10);
        for (HouseholdMember m : members) {
          assertThat(m.hasAbleSupporter()).isFalse();
          assertThat(Assessor.fen(m.monthlyIncome())).isLessThan(a.standard().fen());
        }
      }
      case EDGE -> {
        assertThat(assetsOk).isTrue();
        assertThat(counted).isGreaterThanOrEqualTo(standard * n);
        assertThat(counted * 2).isLessThan(3 * standard * n);
      }
      case NONE -> assertThat(!assetsOk || counted * 2 >= 3 * standard * n).isTrue();
    }
  }
}
