package org.qingsong.common;

import java.util.Set;

/**
 * A person named by surname and courtesy title (王女士, 欧阳先生): how a job-seeking wall, the people
 * search and recommendations to employers name someone without giving away who it is.
 */
public final class MaskedName {
  /** Two-character surnames common enough that cutting them to one character would mislead. */
  private static final Set<String> COMPOUND_SURNAMES =
      Set.of(
          "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "端木",
          "轩辕", "西门", "南宫", "独孤", "澹台");

  private MaskedName() {}

  public static String of(String fullName, Gender gender) {
    String name = fullName == null ? "" : fullName.strip();
    String surname;
    if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      surname = name.substring(0, 2);
    } else if (!name.isEmpty()) {
      surname = name.substring(0, name.offsetByCodePoints(0, 1));
    } else {
      surname = "";
    }
    return surname + (gender == Gender.FEMALE ? "女士" : "先生");
  }
}
