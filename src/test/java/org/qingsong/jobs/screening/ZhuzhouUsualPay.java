package org.qingsong.jobs.screening;

import java.util.Map;
import java.util.Optional;

/**
 * A hand-written stand-in for the occupation list: what each occupation of the evaluation set
 * usually pays in Zhuzhou, in the one unit it is usually paid in, as the occupation data states it.
 */
final class ZhuzhouUsualPay implements UsualPay {

  private record Range(String unit, long minYuan, long maxYuan) {}

  private static final Map<String, Range> RANGES =
      Map.ofEntries(
          Map.entry("EC001", new Range("MONTH", 3500, 6000)),
          Map.entry("EC002", new Range("HOUR", 30, 50)),
          Map.entry("HC001", new Range("DAY", 150, 260)),
          Map.entry("HS001", new Range("MONTH", 3500, 6000)),
          Map.entry("HS002", new Range("MONTH", 4000, 7000)),
          Map.entry("HS003", new Range("MONTH", 7000, 16000)),
          Map.entry("HS004", new Range("MONTH", 4500, 8000)),
          Map.entry("HS005", new Range("HOUR", 25, 45)),
          Map.entry("HS006", new Range("HOUR", 100, 300)),
          Map.entry("HS007", new Range("MONTH", 2800, 4500)),
          Map.entry("MF001", new Range("MONTH", 3500, 5500)),
          Map.entry("MF002", new Range("MONTH", 5000, 8500)),
          Map.entry("MF003", new Range("MONTH", 5500, 9000)),
          Map.entry("MF004", new Range("MONTH", 4000, 8000)),
          Map.entry("MF005", new Range("MONTH", 5000, 8000)),
          Map.entry("MF006", new Range("MONTH", 4000, 7000)),
          Map.entry("MF007", new Range("MONTH", 3800, 5500)),
          Map.entry("LG001", new Range("MONTH", 5000, 9000)),
          Map.entry("LG002", new Range("MONTH", 4000, 6000)),
          Map.entry("LG003", new Range("DAY", 150, 300)),
          Map.entry("RT001", new Range("MONTH", 3000, 5000)),
          Map.entry("RT002", new Range("MONTH", 3000, 4500)),
          Map.entry("RT003", new Range("MONTH", 4000, 12000)),
          Map.entry("RT004", new Range("MONTH", 3500, 5500)),
          Map.entry("CT001", new Range("MONTH", 5000, 9000)),
          Map.entry("CT002", new Range("MONTH", 3000, 4500)),
          Map.entry("CT003", new Range("MONTH", 4000, 7000)),
          Map.entry("TR001", new Range("MONTH", 6000, 10000)),
          Map.entry("TR002", new Range("MONTH", 5000, 9000)),
          Map.entry("OF001", new Range("MONTH", 3000, 4500)),
          Map.entry("OF002", new Range("MONTH", 3500, 5500)),
          Map.entry("OF003", new Range("MONTH", 4000, 7000)),
          Map.entry("CN001", new Range("DAY", 250, 400)),
          Map.entry("CN002", new Range("DAY", 250, 400)),
          Map.entry("AG001", new Range("DAY", 120, 200)),
          Map.entry("SC001", new Range("MONTH", 3000, 4500)));

  @Override
  public Optional<long[]> usualRangeFen(String occupationCode, String payUnit) {
    return Optional.ofNullable(RANGES.get(occupationCode))
        .filter(r -> r.unit().equals(payUnit))
        .map(r -> new long[] {r.minYuan() * 100, r.maxYuan() * 100});
  }
}
