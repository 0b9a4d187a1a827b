package org.qingsong.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.qingsong.common.Gender;
import org.qingsong.common.IdNumber;
import org.qingsong.common.PhoneNumber;
import org.qingsong.people.Certificate;
import org.qingsong.people.PriorityGroup;

/** Draws one plausible resident at a time; every number it makes passes the real validation. */
public final class PersonFactory {
  private static final String[] MOBILE_PREFIXES = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "180", "181", "182",
    "183", "185", "186", "187", "188", "189", "191", "198", "199"
  };
  private static final String[] SKILLS = {
    "养老护理", "医院陪护", "居家保姆", "月嫂", "育婴", "家政保洁", "钟点工", "催乳", "烹饪", "专车接送", "洗涤清洗", "代办服务", "服装缝纫",
    "服装销售", "电工", "焊工", "数控车床", "钳工", "仓储物流", "快递配送", "收银", "电子商务", "直播带货", "餐饮服务", "保安", "物业管理",
    "园林绿化", "农业种植", "轨道交通装配", "汽车维修", "陶瓷制作", "烟花爆竹生产", "会计", "文员"
  };
  private static final String[] CERTIFICATES = {
    "养老护理员（五级）",
    "养老护理员（四级）",
    "育婴员（五级）",
    "母婴护理员",
    "保育员（五级）",
    "健康照护师",
    "家政服务员（五级）",
    "中式烹调师（五级）",
    "低压电工作业证",
    "焊工（五级）",
    "机动车驾驶证（C1）",
    "叉车司机证",
    "保安员证"
  };

  private final LocalDate today;

  /** The skills residents are drawn with. */
  public static List<String> skillNames() {
    return List.of(SKILLS);
  }

  public PersonFactory(LocalDate today) {
    this.today = today;
  }

  /** An ID number first issued in the given district, for someone aged 18 to 64. */
  public IdNumber idNumber(SplittableRandom random, String districtCode) {
    LocalDate birth = today.minusYears(18).minusDays(random.nextInt(365 * 46));
    String body =
        districtCode + birth.toString().replace("-", "") + padded(random.nextInt(1000), 3);
    return IdNumber.withCheckCharacter(body);
  }

  public PhoneNumber phone(SplittableRandom random) {
    String prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
    return new PhoneNumber(prefix + padded(random.nextInt(100_000_000), 8));
  }

  /** {@code n} with leading zeros to {@code width} digits ({@code String.format} is slow). */
  static String padded(int n, int width) {
    String digits = Integer.toString(n);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  public String name(SplittableRandom random, Gender gender) {
    return Names.next(random, gender == Gender.FEMALE);
  }

  public List<PriorityGroup> priorityGroups(SplittableRandom random, IdNumber id) {
    int age = Period.between(id.birthDate(), today).getYears();
    boolean female = id.gender() == Gender.FEMALE;
    List<PriorityGroup> groups = new ArrayList<>();
    if ((female ? age >= 40 : age >= 50) && random.nextInt(10) < 6) {
      groups.add(PriorityGroup.AGED_4050);
    }
    if (age <= 24 && random.nextInt(10) < 5) {
      groups.add(PriorityGroup.GRADUATE);
    }
    if (female && age >= 25 && age <= 45 && random.nextInt(10) < 2) {
      groups.add(PriorityGroup.STAY_AT_HOME_MOTHER);
    }
    if (random.nextInt(100) < 5) {
      groups.add(PriorityGroup.DISABLED);
    }
    if (!female && random.nextInt(100) < 4) {
      groups.add(PriorityGroup.VETERAN);
    }
    if (random.nextInt(100) < 10) {
      groups.add(PriorityGroup.RETURNING_MIGRANT);
    }
    if (random.nextInt(100) < 5) {
      groups.add(PriorityGroup.LOW_INCOME);
    }
    if (random.nextInt(100) < 6) {
      groups.add(PriorityGroup.LONG_TERM_UNEMPLOYED);
    }
    return groups;
  }

  public List<String> skills(SplittableRandom random) {
    int n = random.nextInt(4);
    List<String> skills = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String s = SKILLS[random.nextInt(SKILLS.length)];
      if (!skills.contains(s)) {
        skills.add(s);
      }
    }
    return skills;
  }

  public List<Certificate> certificates(SplittableRandom random) {
    if (random.nextInt(10) < 7) {
      return List.of();
    }
    String name = CERTIFICATES[random.nextInt(CERTIFICATES.length)];
    return List.of(new Certificate(name, today.minusDays(30 + random.nextInt(3000))));
  }
}
