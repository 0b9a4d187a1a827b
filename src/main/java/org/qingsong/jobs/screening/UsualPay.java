package org.qingsong.jobs.screening;

import java.util.Optional;

/**
 * Where the screen learns what an occupation usually pays, so that it need not know the occupation
 * list. The caller adapts its own occupation data to this.
 */
@FunctionalInterface
public interface UsualPay {

  /**
   * The occupation's usual pay as {@code [min, max]} in fen per {@code payUnit} ({@code MONTH},
   * {@code DAY} or {@code HOUR}), or empty when the occupation has no usual range stated in that
   * unit. The screen asks for the posting's own unit first and then for the others, converting.
   */
  Optional<long[]> usualRangeFen(String occupationCode, String payUnit);
}
