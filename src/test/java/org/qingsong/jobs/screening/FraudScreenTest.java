package org.qingsong.jobs.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FraudScreenTest {

  private static final String PHONE = "0731-28112299 王主管";

  private final FraudScreen screen = new FraudScreen();
  private final UsualPay usualPay = new ZhuzhouUsualPay();

  // ---- deposits and fees

  @Test
  void flagsADepositChargedToTheApplicant() {
    assertThat(flag("入职需交押金300元，干满三个月退还。", "DEPOSIT"))
        .isEqualTo(new FraudFlag("DEPOSIT", "screening.deposit", List.of("需交押金300元")));
  }

  @Test
  void flagsFeesOfEveryKindWhateverTheyAreCalled() {
    assertThat(evidence("先交服装费200元和体检费150元，到指定医院体检。", "DEPOSIT")).containsExactly("先交服装费", "体检费");
    assertThat(evidence("报名费50元，制服费150元，交齐后上岗。", "DEPOSIT")).containsExactly("报名费", "制服费");
    assertThat(evidence("入职办理员工卡需交办卡费100元。", "DEPOSIT")).containsExactly("需交办卡费");
    assertThat(evidence("需先交2980元加入公司会员。", "DEPOSIT")).containsExactly("需先交2980元");
    assertThat(evidence("入职需自费购买工作服两套。", "DEPOSIT")).containsExactly("自费购买工作服");
  }

  @Test
  void seesThroughSpacingPunctuationWidthAndHomophones() {
    assertThat(evidence("入厂押 金 500 元", "DEPOSIT")).containsExactly("押金");
    assertThat(evidence("另收保.证.金500元", "DEPOSIT")).containsExactly("保证金");
    assertThat(evidence("上岗交押金３００元", "DEPOSIT")).containsExactly("押金");
    assertThat(evidence("上岗压金300", "DEPOSIT")).containsExactly("押金");
    assertThat(evidence("交y金200即可上班", "DEPOSIT")).containsExactly("押金");
  }

  @Test
  void doesNotFlagAMedicalExamTheEmployerPaysFor() {
    assertPasses("公司报销体检费，入职即买社保。");
    assertPasses("入职体检费由公司承担。");
    assertPasses("体检费公司全报。");
    assertPasses("入职提供免费体检和工作服。");
  }

  @Test
  void acceptsAMedicalExamRefundedAfterJoiningButNotADepositRefundedLater() {
    assertPasses("入职体检费入职后报销。");
    assertThat(evidence("服装费200元，干满三个月退还。", "DEPOSIT")).containsExactly("服装费");
    assertThat(evidence("体检费150元现场缴纳，费用不退。", "DEPOSIT")).containsExactly("体检费");
  }

  @Test
  void doesNotFlagFreeTrainingOrBoardAndLodging() {
    assertPasses("包吃住，提供免费岗前培训，培训费全免。");
    assertPasses("培训费用由公司承担，考证后派单。");
    assertPasses("无需缴纳任何费用，工服免费发放。");
  }

  @Test
  void doesNotFlagAPostingThatRulesOutEveryFeeItNames() {
    assertPasses("不收押金、培训费、服装费，请谨防冒名诈骗。");
    assertPasses("绝不收取任何费用。");
    assertPasses("不收学费不收押金，包住。");
    assertPasses("工服免费，不收服装押金。");
    assertPasses("押金：无");
    assertPasses("不收工作服押金。");
  }

  @Test
  void doesNotTakeTheWorkersShareOfSocialInsuranceForAFee() {
    assertPasses("个人需缴纳社保费用约400元。");
  }

  @Test
  void flagsAFeeEvenWhenSomethingElseInTheSentenceIsFree() {
    assertThat(evidence("免费提供工服，押金100元", "DEPOSIT")).containsExactly("押金");
    assertThat(evidence("免费提供工服押金100元", "DEPOSIT")).containsExactly("工服押金");
    assertThat(evidence("包吃住押金200", "DEPOSIT")).containsExactly("押金");
  }

  // ---- task scams

  @Test
  void flagsOrderBrushingPaidLikesAndAdvances() {
    assertThat(evidence("帮商家刷单提升信誉，一单一结。", "TASK_SCAM")).containsExactly("刷单");
    assertThat(evidence("给短视频点赞，点赞一个3元。", "TASK_SCAM")).containsExactly("点赞一个");
    assertThat(evidence("首单需垫付200元，完成后返还本金加佣金。", "TASK_SCAM")).containsExactly("垫付");
    assertThat(evidence("淘宝兼职shua单，当天返本金。", "TASK_SCAM")).containsExactly("刷单");
  }

  @Test
  void doesNotFlagLikesWithoutPayOrAnAdvanceTheEmployerMakes() {
    assertPasses("主播引导直播间观众点赞互动，底薪加提成。");
    assertPasses("工伤医疗费用公司先行垫付。");
  }

  // ---- pay

  @Test
  void flagsPayMoreThanTwiceTheOccupationsUsualMaximum() {
    PostingText cleaner = posting("写字楼保洁，工作简单。", "HS007", 9000, 12000, "MONTH", 44);
    assertThat(screen.screen(cleaner, usualPay).flags())
        .containsExactly(
            new FraudFlag(
                "PAY_FAR_ABOVE_USUAL",
                "screening.payFarAboveUsual",
                List.of("12000/MONTH > 2 × 4500/MONTH")));
  }

  @Test
  void comparesPayAcrossUnits() {
    PostingText hourly = posting("餐厅服务员，时薪高。", "CT002", 60, 80, "HOUR", 40);
    assertThat(evidence(hourly, "PAY_FAR_ABOVE_USUAL"))
        .containsExactly("80/HOUR ≈ 13920/MONTH > 2 × 4500/MONTH");
    PostingText daily = posting("普工按天结算。", "MF001", 250, 300, "DAY", 0);
    assertThat(screen.screen(daily, usualPay).passed()).isTrue();
  }

  @Test
  void readsAPartTimeMonthlyWageAsTheHourlyRateItIs() {
    PostingText partTime = posting("钟点工，每周两次，每次5小时。", "HS005", 3500, 4000, "MONTH", 10);
    assertThat(evidence(partTime, "PAY_FAR_ABOVE_USUAL"))
        .containsExactly("4000/MONTH ≈ 92/HOUR > 2 × 45/HOUR");
    PostingText fullTime = posting("钟点工，全天班。", "HS005", 3500, 4000, "MONTH", 0);
    assertThat(screen.screen(fullTime, usualPay).passed()).isTrue();
  }

  @Test
  void doesNotFlagHighButUsualPayForASkilledTrade() {
    assertThat(
            screen
                .screen(posting("金牌月嫂，持证。", "HS003", 12000, 16000, "MONTH", 0), usualPay)
                .passed())
        .isTrue();
    assertThat(
            screen
                .screen(posting("氩弧焊工，持证。", "MF003", 8000, 12000, "MONTH", 50), usualPay)
                .passed())
        .isTrue();
  }

  @Test
  void doesNotJudgePayForAnOccupationWithoutAUsualRange() {
    PostingText unknown = posting("特种设备检验。", "XX999", 30000, 50000, "MONTH", 40);
    assertThat(screen.screen(unknown, usualPay).passed()).isTrue();
  }

  // ---- easy money

  @Test
  void flagsNoExperienceWithHighDailyPay() {
    PostingText daily = posting("无需经验，普工日结400元，当天结算。", "MF001", 350, 400, "DAY", 0);
    assertThat(evidence(daily, "EASY_MONEY"))
        .contains("无需经验", "日结", "400/DAY ≈ 8700/MONTH > 1.5 × 5500/MONTH");
  }

  @Test
  void flagsPromisesOfEasyMoneyAndPaidDailyWorkFromHome() {
    assertThat(evidence("宝妈兼职，零基础，轻松月入过万。", "EASY_MONEY")).contains("轻松月入", "零基础");
    assertThat(evidence("在家兼职，手机操作，时间自由，日结。", "EASY_MONEY")).contains("在家兼职", "日结");
    assertThat(evidence("轻松日赚，操作简单。", "EASY_MONEY")).contains("日赚");
  }

  @Test
  void doesNotFlagDayLabourPaidDailyAtTheUsualRate() {
    PostingText labour = posting("装卸搬运，当天结算，无需经验，能吃苦即可。", "LG003", 180, 260, "DAY", 0);
    assertThat(screen.screen(labour, usualPay).passed()).isTrue();
  }

  @Test
  void doesNotFlagFlexibleHoursPaidDaily() {
    assertPasses("钟点工，时间自由，日结。");
  }

  @Test
  void doesNotFlagHighEarningsClaimedForSkilledWork() {
    assertPasses("熟练工计件月收入可达万元以上，包住宿。");
  }

  // ---- contact

  @Test
  void flagsContactOnlyThroughAPrivateChatApp() {
    assertThat(contactEvidence("微信 bm_zz2024")).containsExactly("微信");
    assertThat(contactEvidence("薇信 bysy2024")).containsExactly("微信");
    assertThat(contactEvidence("+V：kd2024")).containsExactly("微信");
    assertThat(contactEvidence("V信同号 hulizz01")).containsExactly("微信");
    assertThat(contactEvidence("扣扣 56789123")).containsExactly("qq");
    assertThat(contactEvidence("纸飞机 @drivejob")).containsExactly("tg");
  }

  @Test
  void doesNotFlagAChatAppBesideAPhoneNumberOrAnAddress() {
    assertThat(contactEvidence("微信同号 159 7331 2468")).isEmpty();
    assertThat(contactEvidence("加微信 peizhen_zz 或拨打 0731-28760012")).isEmpty();
    assertThat(contactEvidence("微信 zzjz01；地址：芦淞区建设中路126号")).isEmpty();
  }

  // ---- identity and bank cards

  @Test
  void flagsKeepingTheApplicantsIdentityCard() {
    assertThat(evidence("入职押身份证和毕业证原件。", "IDENTITY_OR_BANK_CARD")).contains("押身份证");
    assertThat(evidence("身份证原件交由公司保管。", "IDENTITY_OR_BANK_CARD")).containsExactly("身份证原件交由公司保管");
    assertThat(evidence("面试前请先发手持身份证照片。", "IDENTITY_OR_BANK_CARD")).contains("手持身份证");
  }

  @Test
  void flagsBankAndPhoneCardsHandedOver() {
    assertThat(evidence("需提供本人银行卡及密码用于走账。", "IDENTITY_OR_BANK_CARD"))
        .contains("提供本人银行卡", "银行卡及密码", "走账");
    assertThat(evidence("需办理两张银行卡交公司统一管理。", "IDENTITY_OR_BANK_CARD")).containsExactly("办理两张银行卡");
    assertThat(evidence("办理手机卡三张交公司使用。", "IDENTITY_OR_BANK_CARD")).containsExactly("办理手机卡");
  }

  @Test
  void doesNotFlagOrdinaryHiringPaperwork() {
    assertPasses("入职需携带身份证原件和复印件、本人银行卡号用于发工资。");
    assertPasses("入职当天带身份证原件核验，不扣押任何证件。");
    assertPasses("需提供本人银行卡用于发放工资。");
    assertPasses("公司统一办理工资卡。");
  }

  // ---- loans and work abroad

  @Test
  void flagsALoanToPayForTraining() {
    assertThat(evidence("学费可用花呗分期支付，结业后安排工作。", "LOAN")).contains("花呗", "分期支付");
    assertThat(evidence("先参加培训，费用可用美容贷支付。", "LOAN")).containsExactly("美容贷");
  }

  @Test
  void flagsWellPaidWorkAbroad() {
    assertThat(evidence("缅甸工厂普工，月薪1.5万，包机票。", "WORK_ABROAD_LURE")).contains("缅甸", "月薪", "机票");
  }

  @Test
  void doesNotFlagTradeWithAnotherCountry() {
    assertPasses("产品出口东南亚，负责包装工作。");
    assertPasses("负责东南亚客户订单跟进工作。");
  }

  // ---- the employer

  @Test
  void flagsAnUnverifiedEmployer() {
    assertThat(screen.screen(standing(false, false, false), usualPay).rules())
        .containsExactly("EMPLOYER_UNVERIFIED");
  }

  @Test
  void flagsASuspendedEmployerOnce() {
    assertThat(screen.screen(standing(false, true, false), usualPay).rules())
        .containsExactly("EMPLOYER_SUSPENDED");
  }

  @Test
  void flagsACreditCodeFlaggedBefore() {
    assertThat(screen.screen(standing(true, false, true), usualPay).rules())
        .containsExactly("CREDIT_CODE_FLAGGED");
  }

  // ---- the whole screen

  @Test
  void passesAnHonestPosting() {
    ScreeningResult result =
        screen.screen(
            posting("天元区养老服务中心招护理员，包吃住，入职体检费由公司承担，岗前免费培训。", "EC001", 4000, 5500, "MONTH", 48),
            usualPay);
    assertThat(result.passed()).isTrue();
    assertThat(result.flags()).isEmpty();
  }

  @Test
  void reportsEveryRuleThatMatchedWithItsEvidence() {
    PostingText posting =
        new PostingText(
            "网店兼职",
            "在家用手机就能做，日结，帮商家刷单，入职交押金100元。",
            "vx：zzsd888",
            "RT004",
            300_000,
            800_000,
            "MONTH",
            0,
            false,
            false,
            true);
    ScreeningResult result = screen.screen(posting, usualPay);
    assertThat(result.rules())
        .containsExactly(
            "DEPOSIT",
            "TASK_SCAM",
            "EASY_MONEY",
            "PRIVATE_CHAT_ONLY",
            "EMPLOYER_UNVERIFIED",
            "CREDIT_CODE_FLAGGED");
    assertThat(result.flags())
        .filteredOn(f -> !f.rule().startsWith("EMPLOYER") && !f.rule().startsWith("CREDIT"))
        .allSatisfy(f -> assertThat(f.evidence()).isNotEmpty());
  }

  @Test
  void everyRuleHasAReasonInChineseAndEnglish() throws IOException {
    Properties zh = messages("/i18n/screening.properties");
    Properties en = messages("/i18n/screening_en.properties");
    for (Rule rule : Rule.values()) {
      assertThat(zh.getProperty(rule.reason())).as("zh %s", rule).isNotBlank();
      assertThat(en.getProperty(rule.reason())).as("en %s", rule).isNotBlank();
    }
  }

  @Test
  void rejectsAPayRangeThatIsUpsideDownOrInAnUnknownUnit() {
    assertThatThrownBy(() -> posting("x", "MF001", 5000, 4000, "MONTH", 40))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> posting("x", "MF001", 4000, 5000, "WEEK", 40))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- helpers

  private static PostingText posting(
      String description, String occupation, long minYuan, long maxYuan, String unit, int hours) {
    return new PostingText(
        "招聘",
        description,
        PHONE,
        occupation,
        minYuan * 100,
        maxYuan * 100,
        unit,
        hours,
        true,
        false,
        false);
  }

  private static PostingText posting(String description) {
    return posting(description, "MF001", 4000, 5000, "MONTH", 48);
  }

  private static PostingText standing(boolean verified, boolean suspended, boolean flagged) {
    return new PostingText(
        "普工",
        "电子厂普工，两班倒，包住。",
        PHONE,
        "MF001",
        450_000,
        550_000,
        "MONTH",
        60,
        verified,
        suspended,
        flagged);
  }

  private FraudFlag flag(String description, String rule) {
    return screen.screen(posting(description), usualPay).flags().stream()
        .filter(f -> f.rule().equals(rule))
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not raised by " + description));
  }

  private List<String> evidence(String description, String rule) {
    return evidence(posting(description), rule);
  }

  private List<String> evidence(PostingText posting, String rule) {
    return screen.screen(posting, usualPay).flags().stream()
        .filter(f -> f.rule().equals(rule))
        .findFirst()
        .map(FraudFlag::evidence)
        .orElseThrow(() -> new AssertionError(rule + " not raised by " + posting.description()));
  }

  private List<String> contactEvidence(String contact) {
    PostingText posting =
        new PostingText(
            "餐厅服务员",
            "包吃住，月休四天。",
            contact,
            "CT002",
            350_000,
            450_000,
            "MONTH",
            54,
            true,
            false,
            false);
    return screen.screen(posting, usualPay).flags().stream()
        .filter(f -> f.rule().equals("PRIVATE_CHAT_ONLY"))
        .findFirst()
        .map(FraudFlag::evidence)
        .orElse(List.of());
  }

  private void assertPasses(String description) {
    ScreeningResult result = screen.screen(posting(description), usualPay);
    assertThat(result.flags()).as(description).isEmpty();
  }

  private static Properties messages(String path) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Objects.requireNonNull(FraudScreenTest.class.getResourceAsStream(path))) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
