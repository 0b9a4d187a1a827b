package org.qingsong.assistance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rules in force for one area, area type and date: the allowance standard and every threshold.
 * The area's name is carried for the reasons.
 */
public record AssistanceRules(
    String areaName, AllowanceStandard standard, Map<ThresholdName, Threshold> thresholds) {
  public AssistanceRules {
    for (ThresholdName name : ThresholdName.values()) {
      if (!thresholds.containsKey(name)) {
        throw new IllegalArgumentException("no " + name + " in force");
      }
    }
    thresholds = Map.copyOf(new EnumMap<>(thresholds));
  }

  public BigDecimal figure(ThresholdName name) {
    return thresholds.get(name).figure();
  }

  int whole(ThresholdName name) {
    return figure(name).intValueExact();
  }

  /** The versions of every rule, the standard first, then the thresholds in declaration order. */
  public List<RuleVersion> versions() {
    List<RuleVersion> out = new ArrayList<>();
    out.add(standard.version());
    for (ThresholdName name : ThresholdName.values()) {
      out.add(thresholds.get(name).version());
    }
    return out;
  }
}
