package org.qingsong.employers;

import java.util.Locale;
import org.qingsong.common.InvalidValueException;

/** Whether station staff have checked an employer against its licence. */
public enum Verification {
  /** Registered, not yet checked. */
  PENDING,
  /** Checked against the business licence; may post jobs. */
  VERIFIED,
  /** Checked and found wanting (closed, fraudulent postings…); hidden from job seekers. */
  SUSPENDED;

  /** The state as the API spells it (case-insensitive). */
  public static Verification parse(String raw) {
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("employer.verification.unknown");
    }
  }
}
