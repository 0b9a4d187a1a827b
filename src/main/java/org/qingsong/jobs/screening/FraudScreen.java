package org.qingsong.jobs.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Screens a job posting before it is published. Each rule is one method that either raises a {@link
 * FraudFlag} naming itself and the evidence it matched on, or stays silent; a posting that raises
 * any flag waits for station staff, who decide. The rules therefore lean towards asking a person
 * rather than letting a trap through, but each must still read as a reason a person would accept.
 *
 * <p>Rules considered and left out:
 *
 * <ul>
 *   <li>an age, gender or household-registration requirement: unlawful discrimination, but a matter
 *       for labour inspection rather than a sign of a fake job, and common in honest postings;
 *   <li>pay below the local minimum wage: also for labour inspection, and it lures nobody;
 *   <li>"KTV/夜场/商务模特" recruitment: a vice-trade risk rather than fraud, and the words alone cannot
 *       tell a bar job from worse;
 *   <li>vague duties ("工作内容面议"), urgency ("名额有限，先到先得") and superlatives ("高薪"): too common in
 *       honest local postings to carry weight on their own;
 *   <li>one phone number or chat account behind many employers, or a contact that differs from the
 *       employer's registered phone: real signals, but they need the posting history, not one
 *       posting;
 *   <li>wages held back as a "deposit" ("押一个月工资"): unlawful, yet so common in honest factory
 *       postings that flagging it would bury the reviewers;
 *   <li>paying to "activate" an account ("充值激活") and buying a car from the employer on instalments
 *       ("购车首付、月供从流水扣"): real scams, but the phrases overlap with honest platform and ride-hailing
 *       terms and are left to staff reports until there are examples;
 *   <li>"非刷单/不是刷单" disclaimers are not treated as negation: scam postings write them far more often
 *       than honest ones do.
 * </ul>
 */
public final class FraudScreen {

  private static final BigDecimal FAR_ABOVE = BigDecimal.valueOf(2);
  private static final BigDecimal NOTABLY_ABOVE = new BigDecimal("1.5");

  /** Runs every rule over the posting; {@code usualPay} supplies its occupation's usual pay. */
  public ScreeningResult screen(PostingText posting, UsualPay usualPay) {
    ScreeningText text =
        ScreeningText.of(posting.title(), posting.description(), posting.contact());
    Optional<PayComparison> pay = PayComparison.of(posting, usualPay);
    List<FraudFlag> flags =
        Stream.of(
                depositOrFee(text),
                taskScam(text),
                payFarAboveUsual(pay),
                easyMoney(text, pay),
                privateChatOnly(posting, text),
                identityOrBankCard(text),
                loan(text),
                workAbroadLure(text),
                employerUnverified(posting),
                employerSuspended(posting),
                creditCodeFlagged(posting))
            .flatMap(Optional::stream)
            .toList();
    return new ScreeningResult(flags);
  }

  // ---- deposits and fees --------------------------------------------------------------------

  private static final String FEE =
      "(?:工作服|服装|工服|工装|制服|住宿|宿舍|床位|车辆|电动车|工具|设备|工牌|饭卡|门禁卡|钥匙|收银|风险)?押金"
          + "|(?:风险|收银|履约|诚信)?保证金|风险金|质保金|押证费|培训费|服装费|工服费|工装费|制服费"
          + "|体检费|健康证费|办卡费|介绍费|报名费|中介费|手续费|资料费|材料费|建档费|管理费|上岗费"
          + "|信息费|会员费|入会费|加盟费|考证费|办证费|学费";
  // "需交300元", "先缴纳一笔费用": money asked for without naming it. The worker's own share of
  // social insurance and tax is not a fee.
  private static final String CHARGE =
      "(?:必须|需要|需|要|须|先|得)先?(?>交纳|缴纳|上交|交|缴|支付|转账|付)"
          + "(?!通|接|个人部分|社保|五险|医保|养老保险|保险|个税|税).{0,6}?"
          + "(?:\\d+(?:元|块)|费|钱)";
  // Equipment the applicant must buy from the employer is a fee under another name.
  private static final String PURCHASE =
      "(?:自费购买|自费购置|购买|购置|自购|需买)(?:公司|我司)?(?:指定|统一)?的?(?:工服|工作服|服装|制服|工装|教材|资料|设备|工具包|装备|课程)";
  private static final Pattern FEE_CHARGED = Pattern.compile(FEE + "|" + CHARGE + "|" + PURCHASE);
  private static final Pattern HEALTH_CHECK_FEE = Pattern.compile("体检费|健康证费");

  // Words between a waiver and the fee it waives: "不收取任何押金", "无需缴纳押金", and the other
  // fees of an enumeration, "不收押金、培训费、服装费".
  private static final String WAIVER_FILLER =
      "(?:需要|需|须|用|要|收取|收|交纳|缴纳|交|缴|支付|付|任何的|任何|一切|所有|额外|其他|其它|的|以及|和|及|与|或|" + FEE + ")*";
  private static final Pattern WAIVED_BEFORE =
      Pattern.compile(
          "(?:不|无|(?<!\\d)零|(?<!\\d)0|免|没有|拒绝|绝不|一律不|从不|报销|承担|公司出|公司支付|公司付"
              + "|公司负责|由公司|全包|包)"
              + WAIVER_FILLER
              + "$");
  private static final Pattern WAIVED_AFTER =
      Pattern.compile(
          "^用?(?:全部|全额|均|都|一律|由|将|等|以及|和|及|与|或|公司|单位|雇主|"
              + FEE
              + ")*(?:全免|免收|免费|免|报销|全报|公司报|承担|公司出|公司支付|公司付|公司负责|全包|不收"
              + "|一律不收|无需|不需|不用|为0|为零|0元|零元|没有|无$)");
  // "体检费入职后报销": a health check is paid to a hospital and is a legal prerequisite for many
  // of these jobs, so a later refund is honest practice. The same promise about a deposit or a
  // uniform fee ("干满三个月退还") is the classic hook, so it is not accepted for other fees.
  private static final Pattern REFUNDED_LATER = Pattern.compile("^.{0,12}?(?:报销|全报|公司报)");

  /**
   * Why: the law forbids an employer to take a deposit or any property from a worker when hiring
   * (Labour Contract Law art. 9), and "pay first, then start" is how the fake jobs residents report
   * take their money, whatever the fee is called. A fee the employer says it waives or pays
   * ("公司报销体检费", "不收任何费用", "培训费全免") is not a charge.
   */
  Optional<FraudFlag> depositOrFee(ScreeningText text) {
    List<String> evidence = new ArrayList<>();
    for (ScreeningText.Found fee : text.find(FEE_CHARGED)) {
      boolean waived =
          WAIVED_BEFORE.matcher(fee.before()).find()
              || WAIVED_AFTER.matcher(fee.after()).find()
              || (HEALTH_CHECK_FEE.matcher(fee.phrase()).matches()
                  && REFUNDED_LATER.matcher(fee.after()).find());
      if (!waived) {
        evidence.add(fee.phrase());
      }
    }
    return flagIfAny(Rule.DEPOSIT, evidence);
  }

  // ---- task scams ---------------------------------------------------------------------------

  private static final Pattern TASK =
      Pattern.compile(
          "刷单|刷信誉|刷好评|刷销量|刷流量|刷粉|刷票|补单|拍单|做任务|接任务|任务单|任务群|任务大厅"
              + "|返利|返佣|高额佣金|佣金日结|打码|点赞(?:关注|收藏)*(?:员|任务|赚|返|一个|一次|每单"
              + "|.{0,6}?\\d+元|.{0,6}?佣金)");
  private static final Pattern ADVANCE = Pattern.compile("垫付");
  private static final Pattern ADVANCED_BY_EMPLOYER =
      Pattern.compile("(?:无需|不需|不用|无须|不|公司|单位|雇主|老板|我司)(?:先行|先|帮|代)?$");

  /**
   * Why: order brushing, paid likes and "advance the money, get it back with commission" are the
   * commonest online job fraud; the first tasks pay out, then the victim is asked to advance ever
   * larger sums. A real employer never needs the worker to put money in. An advance the employer
   * makes ("工伤医疗费公司先行垫付") is not one.
   */
  Optional<FraudFlag> taskScam(ScreeningText text) {
    List<String> evidence = new ArrayList<>(text.phrases(TASK));
    for (ScreeningText.Found advance : text.find(ADVANCE)) {
      if (!ADVANCED_BY_EMPLOYER.matcher(advance.before()).find()) {
        evidence.add(advance.phrase());
      }
    }
    return flagIfAny(Rule.TASK_SCAM, evidence);
  }

  // ---- pay ----------------------------------------------------------------------------------

  /**
   * Why: pay at more than twice what the occupation usually earns here is the bait of most fake
   * postings, and honest high earners (a gold-medal 月嫂, a certified welder) stay within it. Pay in
   * another unit is converted first, so 80 yuan an hour for a monthly-paid job counts.
   */
  Optional<FraudFlag> payFarAboveUsual(Optional<PayComparison> pay) {
    return pay.filter(p -> p.above(FAR_ABOVE))
        .map(p -> Rule.PAY_FAR_ABOVE_USUAL.flag(List.of(p.evidence(FAR_ABOVE))));
  }

  // ---- easy money ---------------------------------------------------------------------------

  private static final Pattern NO_EXPERIENCE =
      Pattern.compile("无需经验|无经验|不需要经验|不需经验|不要经验|零基础|0基础|小白|无门槛|经验不限|不限经验|新手可做|无任何要求|宝妈|学生党");
  private static final Pattern REMOTE =
      Pattern.compile(
          "在家(?:兼职|办公|工作|做|就能|即可|也能|操作|赚)|居家(?:兼职|赚|做)|足不出户|一部手机|手机(?:兼职|操作|就能|即可|赚)|动动手指");
  private static final Pattern PAID_AT_ONCE =
      Pattern.compile("日结|当天结|当日结|每天结|每日结|天天结|秒结|现结|一单一结|单单结|做完就结|日入|日赚");
  private static final Pattern BIG_EARNINGS =
      Pattern.compile(
          "月入过万|月入上万|月入[1-9一二三两]万|月入\\d{5,}|月赚\\d+|日入\\d{3,}|日入[三四五六七八九]百"
              + "|日赚|躺赚|稳赚|轻松(?:月入|日入|赚|过万|上万)|高额佣金|收益翻倍");
  private static final Pattern EASY_MONEY_ON_ITS_OWN =
      Pattern.compile("躺赚|日赚|稳赚|轻松(?:月入|日入|赚|过万|上万)|动动手指|收益翻倍");

  /**
   * Why: "no experience, work from your phone, paid daily, ten thousand a month" promises what no
   * unskilled job here pays, and is how task scams and fee scams recruit. Honest day labour also
   * pays daily and takes beginners, so "no experience" with daily pay counts only when the pay is
   * also well above the occupation's usual top.
   */
  Optional<FraudFlag> easyMoney(ScreeningText text, Optional<PayComparison> pay) {
    List<String> noExperience = text.phrases(NO_EXPERIENCE);
    List<String> remote = text.phrases(REMOTE);
    List<String> paidAtOnce = text.phrases(PAID_AT_ONCE);
    List<String> bigEarnings = text.phrases(BIG_EARNINGS);
    List<String> evidence = new ArrayList<>();
    if (text.contains(EASY_MONEY_ON_ITS_OWN)) {
      evidence.addAll(text.phrases(EASY_MONEY_ON_ITS_OWN));
    }
    if (!noExperience.isEmpty() && !bigEarnings.isEmpty()) {
      evidence.addAll(noExperience);
      evidence.addAll(bigEarnings);
    }
    if (!remote.isEmpty() && !(paidAtOnce.isEmpty() && bigEarnings.isEmpty())) {
      evidence.addAll(remote);
      evidence.addAll(paidAtOnce);
      evidence.addAll(bigEarnings);
    }
    Optional<PayComparison> highPay = pay.filter(p -> p.above(NOTABLY_ABOVE));
    if (!noExperience.isEmpty() && !paidAtOnce.isEmpty() && highPay.isPresent()) {
      evidence.addAll(noExperience);
      evidence.addAll(paidAtOnce);
      evidence.add(highPay.get().evidence(NOTABLY_ABOVE));
    }
    return flagIfAny(Rule.EASY_MONEY, ScreeningText.distinct(evidence));
  }

  // ---- contact ------------------------------------------------------------------------------

  private static final Pattern PRIVATE_CHAT = Pattern.compile("微信|qq|(?<![a-z])tg|whatsapp|私聊|私信");
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<!\\d)(?:1[3-9]\\d(?:[\\s-]?\\d){8}|0\\d{2,3}[\\s-]?[2-9]\\d{6,7}"
              + "|[48]00[\\s-]?\\d{3}[\\s-]?\\d{4})(?!\\d)");
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?:路|街|大道|大街|巷)\\d+号|\\d+(?:栋|号楼|幢)"
              + "|(?:地址|厂址|店址|面试地点)(?:在|位于|是)?\\p{IsHan}{2,}"
              + "(?:路|街|道|园|号|楼|广场|大厦|市场|中心)");

  /**
   * Why: a posting that can only be answered on WeChat, QQ or Telegram leaves nobody accountable:
   * the account is dropped once the money is taken. An honest employer gives a phone or an address
   * as well, and then a chat account beside it is only a convenience.
   */
  Optional<FraudFlag> privateChatOnly(PostingText posting, ScreeningText text) {
    List<String> chat = text.phrases(PRIVATE_CHAT);
    if (chat.isEmpty() || text.contains(ADDRESS)) {
      return Optional.empty();
    }
    String raw =
        ScreeningText.widthAndCase(
            posting.contact() + "\n" + posting.description() + "\n" + posting.title());
    if (PHONE.matcher(raw).find()) {
      return Optional.empty();
    }
    return Optional.of(Rule.PRIVATE_CHAT_ONLY.flag(chat));
  }

  // ---- identity and bank cards --------------------------------------------------------------

  private static final String DOCUMENT = "(?:身份证|证件|户口本|毕业证|学历证|驾驶证|护照)";
  private static final Pattern DOCUMENT_KEPT =
      Pattern.compile(
          "(?:扣押|扣留|押|扣|收取|收|上交|交由|交|留|保管|抵押)(?:你的|您的|本人|个人|任何|员工|求职者)?的?"
              + DOCUMENT
              + "(?!复印件|号)"
              + "|"
              + DOCUMENT
              + "(?:原件)?(?:交由|交给|上交|交|押|留|抵押)(?:在)?(?:公司|单位|我司)?(?:统一)?(?:保管|处)?"
              + "|手持身份证|身份证正反面|身份证照片|拍身份证|身份证拍照");
  private static final Pattern BANK_CARD_HANDED =
      Pattern.compile(
          "(?:提供|办理|新办|办|上交|交出|交|出借|借|出租|租|出售|卖|收购|收|押)"
              + "(?:本人|个人|你的|您的|名下|的|一张|两张|三张|\\d+张|多张)*"
              + "(?:银行卡|储蓄卡|信用卡|手机卡|电话卡|u盾|网银)(?!号|账号|卡号)");
  private static final Pattern BANK_ACCOUNT_USED =
      Pattern.compile("银行卡(?:及|和|与)?(?:密码|u盾)|跑分|走账|洗钱|对公账户|收款码");
  private static final Pattern FOR_WAGES = Pattern.compile("工资|发薪|薪资|代发");

  /**
   * Why: an employer that keeps a worker's identity card holds the worker hostage, and the law
   * forbids it (Labour Contract Law art. 9); identity photos and bank or phone cards handed over
   * before any contract feed identity theft and money laundering ("跑分", renting out accounts), for
   * which the card holder is prosecuted. Bringing the card to be checked, a copy, or an account
   * number for wages is ordinary hiring paperwork.
   */
  Optional<FraudFlag> identityOrBankCard(ScreeningText text) {
    List<String> evidence = new ArrayList<>();
    for (ScreeningText.Found kept : text.find(DOCUMENT_KEPT)) {
      if (!WAIVED_BEFORE.matcher(kept.before()).find()) {
        evidence.add(kept.phrase());
      }
    }
    for (ScreeningText.Found card : text.find(BANK_CARD_HANDED)) {
      boolean forWages = FOR_WAGES.matcher(card.clause()).find();
      if (!forWages && !WAIVED_BEFORE.matcher(card.before()).find()) {
        evidence.add(card.phrase());
      }
    }
    evidence.addAll(text.phrases(BANK_ACCOUNT_USED));
    return flagIfAny(Rule.IDENTITY_OR_BANK_CARD, ScreeningText.distinct(evidence));
  }

  // ---- loans --------------------------------------------------------------------------------

  private static final Pattern LOAN =
      Pattern.compile("培训贷|美容贷|贷款|网贷|借贷|分期付|分期支付|学费分期|费用分期|可分期|先学后付|花呗|借呗|白条|信用贷|刷信用卡|套现");

  /**
   * Why: "training loans" recruit with a job offer, then sign the applicant up for a loan to pay
   * for a course; the job never comes and the debt stays. No employer needs an applicant to borrow.
   */
  Optional<FraudFlag> loan(ScreeningText text) {
    return flagIfAny(Rule.LOAN, text.phrases(LOAN));
  }

  // ---- work abroad --------------------------------------------------------------------------

  private static final Pattern ABROAD =
      Pattern.compile("缅甸|柬埔寨|老挝|菲律宾|迪拜|东南亚|境外|海外|国外|泰国|越南|马来西亚|印尼|出国");
  // "产品出口东南亚", "负责东南亚客户" are trade, not a job abroad.
  private static final Pattern TRADE_BEFORE = Pattern.compile("(?:出口|销往|远销|外贸|面向|服务|对接)(?:到|至)?$");
  private static final Pattern TRADE_AFTER =
      Pattern.compile("^(?:地区|国家)?(?:客户|市场|订单|业务|贸易|进口|出口|买家|商户)");
  private static final Pattern WORK_OR_TRAVEL =
      Pattern.compile("工作|上班|务工|高薪|机票|月薪|月入|签证|出境|护照|包吃住");

  /**
   * Why: well-paid jobs abroad with tickets paid are how people are trafficked into the scam
   * compounds of South-East Asia; legitimate work abroad goes through licensed agencies, not a
   * local job wall, so staff should see every such posting.
   */
  Optional<FraudFlag> workAbroadLure(ScreeningText text) {
    List<String> places =
        text.find(ABROAD).stream()
            .filter(place -> !TRADE_BEFORE.matcher(place.before()).find())
            .filter(place -> !TRADE_AFTER.matcher(place.after()).find())
            .map(ScreeningText.Found::phrase)
            .toList();
    List<String> lures = text.phrases(WORK_OR_TRAVEL);
    if (places.isEmpty() || lures.isEmpty()) {
      return Optional.empty();
    }
    List<String> evidence = new ArrayList<>(places);
    evidence.addAll(lures);
    return flagIfAny(Rule.WORK_ABROAD_LURE, evidence);
  }

  // ---- the employer -------------------------------------------------------------------------

  /**
   * Why: only a verified employer publishes; a posting entered for an employer whose credit code
   * and licence staff have not yet checked waits until someone has. A suspended employer is
   * reported by its own rule instead.
   */
  Optional<FraudFlag> employerUnverified(PostingText posting) {
    return posting.employerVerified() || posting.employerSuspended()
        ? Optional.empty()
        : Optional.of(Rule.EMPLOYER_UNVERIFIED.flag(List.of()));
  }

  /** Why: staff suspended this employer, so nothing it posts goes up without a second look. */
  Optional<FraudFlag> employerSuspended(PostingText posting) {
    return posting.employerSuspended()
        ? Optional.of(Rule.EMPLOYER_SUSPENDED.flag(List.of()))
        : Optional.empty();
  }

  /**
   * Why: a credit code already flagged (a rejected fake posting, residents' reports) marks a
   * business that has tried this before, even under a new name or account.
   */
  Optional<FraudFlag> creditCodeFlagged(PostingText posting) {
    return posting.creditCodeFlagged()
        ? Optional.of(Rule.CREDIT_CODE_FLAGGED.flag(List.of()))
        : Optional.empty();
  }

  private static Optional<FraudFlag> flagIfAny(Rule rule, List<String> evidence) {
    return evidence.isEmpty()
        ? Optional.empty()
        : Optional.of(rule.flag(ScreeningText.distinct(evidence)));
  }
}
