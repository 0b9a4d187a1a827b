package org.qingsong.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.qingsong.common.CreditCode;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PhoneNumber;
import org.qingsong.employers.EmployerKind;
import org.qingsong.employers.EmployerQuery;
import org.qingsong.employers.EmployerView;
import org.qingsong.employers.Employers;
import org.qingsong.employers.NewEmployer;
import org.qingsong.employers.Verification;
import org.qingsong.geography.Division;
import org.springframework.stereotype.Service;

/** Demo employers with valid unified social credit codes, mostly verified. */
@Service
public class DemoEmployers {
  private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final String[] TRADES = {
    "家政服务", "养老服务", "物业管理", "服装", "商贸", "餐饮管理", "物流", "电子商务", "机械制造", "轨道交通配件",
    "汽车零部件", "陶瓷", "食品", "建材", "人力资源服务", "保洁服务", "医疗护理", "烟花", "农业开发", "超市"
  };
  private static final String[] WORDS = {
    "湘江", "神农", "炎帝", "荷塘", "芦淞", "天元", "石峰", "渌江", "云龙", "金山", "宏达", "兴旺", "和顺", "诚信", "安康", "福星",
    "鑫源", "恒通", "华盛", "众联", "长青", "瑞丰", "明珠", "东方"
  };

  private static final int BATCH = 5_000;

  private final Employers employers;

  DemoEmployers(Employers employers) {
    this.employers = employers;
  }

  /** An employer made by the generator: its id and street. */
  record Made(long id, Division street) {}

  int generate(SplittableRandom random, List<Division> streets, int count) {
    return generate(random, streets, count, false).size();
  }

  /**
   * Makes {@code count} employers, registered in batches of {@value #BATCH}; with {@code
   * allVerified} every one is verified (the city scale), otherwise about 80 %.
   */
  List<Made> generate(
      SplittableRandom random, List<Division> streets, int count, boolean allVerified) {
    List<Made> made = new ArrayList<>(count);
    List<NewEmployer> rows = new ArrayList<>(Math.min(count, BATCH));
    List<Division> rowStreets = new ArrayList<>(Math.min(count, BATCH));
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    Division home =
        streets.stream()
            .filter(s -> s.code().equals(DemoCity.HOME_STREET))
            .findFirst()
            .orElse(streets.get(0));
    for (int i = 0; i < count; i++) {
      Division street = i % 10 == 0 ? home : streets.get(random.nextInt(streets.size()));
      EmployerKind kind = kind(random);
      String trade = TRADES[random.nextInt(TRADES.length)];
      String name = name(random, street, kind, trade);
      for (int tries = 0; !names.add(name); tries++) {
        name =
            tries < 3
                ? name(random, street, kind, trade)
                : branch(name(random, street, kind, trade), street, tries);
      }
      CreditCode code;
      do {
        code = creditCode(random, kind, street.parentCode());
      } while (!codes.add(code.value()));
      PhoneNumber phone =
          new PhoneNumber("139" + String.format("%08d", random.nextInt(100_000_000)));
      boolean verified = random.nextInt(10) < 8 || allVerified;
      rows.add(
          new NewEmployer(
              name,
              code,
              kind,
              street.code(),
              street.name() + (1 + random.nextInt(300)) + "号",
              kind == EmployerKind.INDIVIDUAL_BUSINESS ? null : "人事部",
              phone,
              verified ? Verification.VERIFIED : Verification.PENDING));
      rowStreets.add(street);
      if (rows.size() == BATCH || i == count - 1) {
        List<Long> ids = employers.registerAll(rows);
        for (int k = 0; k < ids.size(); k++) {
          made.add(new Made(ids.get(k), rowStreets.get(k)));
        }
        rows.clear();
        rowStreets.clear();
      }
    }
    return made;
  }

  /** A branch of a name already taken: "…有限公司董家塅分公司", then numbered. */
  private static String branch(String name, Division street, int tries) {
    String place = street.name().replace("街道", "").replace("镇", "").replace("乡", "");
    String suffix = tries < 6 ? place + "分店" : place + "第" + (tries - 4) + "分店";
    return name.length() + suffix.length() <= 100 ? name + suffix : name.substring(0, 90) + tries;
  }

  /** The first demo employer registered in a street, for the demo employer account. */
  public Optional<Long> firstIn(String streetCode) {
    List<EmployerView> found =
        employers
            .find(
                new EmployerQuery(streetCode, null, null, Verification.VERIFIED, null),
                PageRequest.of(0, 100))
            .items();
    return found.stream().map(EmployerView::id).min(Long::compare);
  }

  private static EmployerKind kind(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 60) {
      return EmployerKind.ENTERPRISE;
    } else if (r < 85) {
      return EmployerKind.INDIVIDUAL_BUSINESS;
    } else if (r < 93) {
      return EmployerKind.HR_AGENCY;
    } else if (r < 97) {
      return EmployerKind.PUBLIC_INSTITUTION;
    }
    return EmployerKind.OTHER;
  }

  private static String name(
      SplittableRandom random, Division street, EmployerKind kind, String trade) {
    String word = WORDS[random.nextInt(WORDS.length)] + WORDS[random.nextInt(WORDS.length)];
    return switch (kind) {
      case INDIVIDUAL_BUSINESS -> street.name().replace("街道", "") + word + trade + "店";
      case HR_AGENCY -> "株洲" + word + "人力资源服务有限公司";
      case PUBLIC_INSTITUTION -> "株洲市" + word + trade + "服务中心";
      default -> "株洲" + word + trade + "有限公司";
    };
  }

  /** Registration class 9 (market regulation) with type 1 (company) or 2 (individual). */
  private static CreditCode creditCode(
      SplittableRandom random, EmployerKind kind, String district) {
    String type = kind == EmployerKind.INDIVIDUAL_BUSINESS ? "92" : "91";
    StringBuilder body = new StringBuilder(type).append(district);
    for (int i = 0; i < 9; i++) {
      body.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
    }
    return CreditCode.withCheckCharacter(body.toString());
  }
}
