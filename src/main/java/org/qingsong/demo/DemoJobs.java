package org.qingsong.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.qingsong.common.PageRequest;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.employers.Verification;
import org.qingsong.jobs.Jobs;
import org.qingsong.jobs.PostingForm;
import org.springframework.stereotype.Service;

/**
 * Demo job postings in the trades the source articles describe, posted through the real service so
 * that each is screened: most are published, and a few written like the scams residents meet wait
 * in the staff's review queue.
 */
@Service
class DemoJobs {
  /** One kind of demo posting. */
  private record Template(
      String occupation,
      String title,
      String description,
      String kind,
      int payMin,
      int payMax,
      String unit,
      Integer weeklyHours,
      List<String> relaxations,
      List<String> certificates) {}

  private static final List<Template> HONEST =
      List.of(
          new Template(
              "EC001",
              "居家养老护理员",
              "为社区高龄、失能老人上门提供助浴、助餐、陪护服务，每次约 2 小时，时间可根据本人安排。岗前免费培训，公司购买意外险。",
              "PART_TIME",
              3500,
              5500,
              "MONTH",
              30,
              List.of("SUITS_4050", "SUITS_PARENTS"),
              List.of("养老护理员（五级）")),
          new Template(
              "HC001",
              "医院陪护员",
              "在 331 医院骨科等科室陪护住院病人，协助翻身、进食、如厕。按天结算，可长期。",
              "GIG",
              160,
              240,
              "DAY",
              null,
              List.of("SUITS_4050"),
              List.of()),
          new Template(
              "HS003",
              "月嫂（母婴护理员）",
              "负责产妇月子护理和新生儿护理，26 天一单。需持母婴护理员证，有经验者优先。",
              "FULL_TIME",
              8000,
              13000,
              "MONTH",
              48,
              List.of(),
              List.of("母婴护理员")),
          new Template(
              "HS005",
              "钟点工（家庭保洁）",
              "社区家庭日常保洁，按小时计酬，工作时间自己选，适合照顾家庭的宝妈。",
              "GIG",
              28,
              40,
              "HOUR",
              null,
              List.of("SUITS_PARENTS", "SUITS_4050"),
              List.of()),
          new Template(
              "MF004",
              "服装车间缝纫工",
              "芦淞服装产业园车间缝纫，计件工资，多劳多得。提供工作餐，可安排住宿。",
              "FULL_TIME",
              4500,
              8000,
              "MONTH",
              44,
              List.of("SUITS_4050"),
              List.of()),
          new Template(
              "RT002",
              "超市收银员",
              "社区超市收银及理货，两班倒，缴纳五险。欢迎残疾人朋友应聘，收银台为无障碍设计。",
              "FULL_TIME",
              3000,
              4000,
              "MONTH",
              44,
              List.of("SUITS_DISABLED", "ACCESSIBLE_WORKPLACE"),
              List.of()),
          new Template(
              "RT003",
              "电商直播助理",
              "协助主播做服装直播带货：选品、上架、回复评论。零基础可带教。",
              "FULL_TIME",
              4000,
              6500,
              "MONTH",
              40,
              List.of("SUITS_GRADUATES", "NO_EXPERIENCE_NEEDED"),
              List.of()),
          new Template(
              "LG001",
              "快递派送员",
              "负责片区快递派送，电动车由公司提供，按件计酬。",
              "FULL_TIME",
              5000,
              8000,
              "MONTH",
              48,
              List.of(),
              List.of("机动车驾驶证（C1）")),
          new Template(
              "CT001",
              "中餐厨师",
              "社区食堂中餐厨师，负责老年助餐的午餐和晚餐。需健康证。",
              "FULL_TIME",
              5000,
              7000,
              "MONTH",
              44,
              List.of("SUITS_4050"),
              List.of("健康证")),
          new Template(
              "MF006",
              "陶瓷成型工",
              "醴陵日用陶瓷厂成型车间，师傅带教，包工作餐。",
              "FULL_TIME",
              4200,
              6500,
              "MONTH",
              44,
              List.of("NO_EXPERIENCE_NEEDED"),
              List.of()));

  private static final List<Template> SUSPICIOUS =
      List.of(
          new Template(
              "OF001",
              "在家兼职打字员",
              "无需经验，手机操作，日结 500 元，入职先交押金 200 元和培训费 300 元。",
              "PART_TIME",
              300,
              500,
              "DAY",
              null,
              List.of(),
              List.of()),
          new Template(
              "RT004",
              "网店刷单客服",
              "帮网店刷单、点赞返利，垫付后返佣金，加微信 kf8888 详聊。",
              "PART_TIME",
              8000,
              15000,
              "MONTH",
              10,
              List.of(),
              List.of()));

  private final Employers employers;
  private final Jobs jobs;
  private final Clock clock;

  DemoJobs(Employers employers, Jobs jobs, Clock clock) {
    this.employers = employers;
    this.jobs = jobs;
    this.clock = clock;
  }

  int generate(SplittableRandom random, int count) {
    List<EmployerView> verified =
        employers
            .find(
                new EmployerQuery(null, null, null, Verification.VERIFIED, null),
                PageRequest.of(0, PageRequest.MAX_SIZE))
            .items();
    if (verified.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.now(clock);
    int made = 0;
    for (int i = 0; i < count; i++) {
      boolean suspicious = i % 15 == 2;
      List<Template> pool = suspicious ? SUSPICIOUS : HONEST;
      Template t = pool.get(random.nextInt(pool.size()));
      EmployerView employer =
          i < 3 ? homeEmployer(verified) : verified.get(random.nextInt(verified.size()));
      String contact =
          "0731-2"
              + String.format("%07d", random.nextInt(10_000_000))
              + " "
              + "王李张刘陈".charAt(random.nextInt(5))
              + "经理";
      jobs.create(
          new PostingForm(
              employer.id(),
              t.title(),
              t.description(),
              t.occupation(),
              t.kind(),
              1 + random.nextInt(5),
              Integer.toString(t.payMin()),
              Integer.toString(t.payMax()),
              t.unit(),
              employer.streetCode(),
              null,
              null,
              t.weeklyHours(),
              suspicious && t.description().contains("微信") ? "微信 kf8888" : contact,
              today.plusDays(14 + random.nextInt(60)).toString(),
              t.certificates(),
              List.of(),
              t.relaxations()),
          true);
      made++;
    }
    return made;
  }

  private static EmployerView homeEmployer(List<EmployerView> verified) {
    return verified.stream()
        .filter(e -> DemoCity.HOME_STREET.equals(e.streetCode()))
        .findFirst()
        .orElse(verified.get(0));
  }
}
