package org.qingsong.gigs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.qingsong.common.Money;

/**
 * A service of the catalogue (养老护理, 月嫂, 钟点工 …): its default length, guide price, the certificates a
 * worker must hold for it and its care-log checklist.
 */
public record HouseholdService(
    String code,
    String nameZh,
    String nameEn,
    int defaultMinutes,
    PriceUnit priceUnit,
    Money guidePrice,
    List<CertificateKind> requiredCertificates,
    List<ServiceTask> tasks) {

  public HouseholdService {
    requiredCertificates = List.copyOf(requiredCertificates);
    tasks = List.copyOf(tasks);
  }

  /**
   * The price of one visit of the given length: per-hour prices are pro rata to the minute, rounded
   * half up to the fen; per-visit prices do not depend on the length.
   */
  public Money priceFor(int minutes) {
    if (priceUnit == PriceUnit.VISIT) {
      return guidePrice;
    }
    BigDecimal fen =
        BigDecimal.valueOf(guidePrice.fen())
            .multiply(BigDecimal.valueOf(minutes))
            .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP);
    return new Money(fen.longValueExact());
  }

  public boolean hasTask(String taskCode) {
    return tasks.stream().anyMatch(t -> t.code().equals(taskCode));
  }
}
