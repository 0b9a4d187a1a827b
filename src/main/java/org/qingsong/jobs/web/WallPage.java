package org.qingsong.jobs.web;

import java.time.LocalDate;
import java.util.List;
import org.qingsong.geography.Station;
import org.qingsong.jobs.IsoWeek;

/**
 * A station's walls of a week as the page and the PDF show them: words in the reader's language, QR
 * codes drawn, addresses absolute so that a phone can open them from paper.
 */
record WallPage(
    Station station,
    IsoWeek week,
    LocalDate from,
    LocalDate to,
    boolean published,
    List<Hiring> hiring,
    List<Seeking> seeking,
    String stationUrl,
    String stationQr) {

  /** A posting on the hiring wall. */
  record Hiring(
      long id,
      String title,
      String employerName,
      String pay,
      String kind,
      String streetName,
      List<String> relaxations,
      String url,
      String qr) {}

  /** A seeker on the job-seeking wall: masked, with no way to tell who it is. */
  record Seeking(String maskedName, String ageBand, List<String> skills, String wantedJob) {}
}
