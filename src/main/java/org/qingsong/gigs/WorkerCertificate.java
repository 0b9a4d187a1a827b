package org.qingsong.gigs;

import java.time.LocalDate;

/** A certificate a worker holds: its kind, number, and the last day it is valid. */
public record WorkerCertificate(
    String kind, String nameZh, String nameEn, String number, LocalDate validUntil) {

  /** Valid on a day up to and including its last valid day. */
  public boolean validOn(LocalDate day) {
    return !day.isAfter(validUntil);
  }
}
