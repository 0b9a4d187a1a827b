package org.qingsong.assistance;

import java.util.List;
import org.qingsong.common.Money;

/** A month's payment roll of a district (or of the city): its lines and total. */
public record PaymentRoll(
    String month, String districtCode, List<PaymentLine> lines, int households, Money total) {
  public PaymentRoll {
    lines = List.copyOf(lines);
  }
}
