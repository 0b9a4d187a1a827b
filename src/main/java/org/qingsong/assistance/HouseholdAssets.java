package org.qingsong.assistance;

import java.math.BigDecimal;

/**
 * What the household owns, as far as the asset rules look at it.
 *
 * @param savings money, deposits, securities and other financial assets of all members, in yuan
 * @param vehicles ordinary motor vehicles (not motorised wheelchairs, not farm machinery)
 * @param houses dwellings owned by members, the one they live in included
 */
public record HouseholdAssets(BigDecimal savings, int vehicles, int houses) {
  /** A household that owns nothing but its home. */
  public static HouseholdAssets homeOnly() {
    return new HouseholdAssets(BigDecimal.ZERO, 0, 1);
  }
}
