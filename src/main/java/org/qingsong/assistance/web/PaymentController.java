package org.qingsong.assistance.web;

import java.nio.charset.StandardCharsets;
import org.qingsong.assistance.Dashboards;
import org.qingsong.assistance.GradualExits;
import org.qingsong.assistance.PaymentRolls;
import org.qingsong.assistance.Referrals;
import org.qingsong.common.Blank;
import org.qingsong.common.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Payment rolls, the dashboard and the employment referrals as JSON (and the roll as Excel). */
@RestController
@RequestMapping("/api/v1/assistance")
class PaymentController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PaymentRolls rolls;
  private final GradualExits exits;
  private final Dashboards dashboards;
  private final Referrals referrals;
  private final AssistanceJson json;

  PaymentController(
      PaymentRolls rolls,
      GradualExits exits,
      Dashboards dashboards,
      Referrals referrals,
      AssistanceJson json) {
    this.rolls = rolls;
    this.exits = exits;
    this.dashboards = dashboards;
    this.referrals = referrals;
    this.json = json;
  }

  /** Makes (or completes) a month's roll: {@code {"month":"2026-11","districtCode":"430203"}}. */
  @PostMapping("/payment-rolls")
  JsonNode generate(@RequestBody RollRequest body) {
    return json.of(rolls.generate(body.month(), Blank.toNull(body.districtCode())));
  }

  @GetMapping("/payment-rolls/{month:\\d{4}-\\d{2}}")
  JsonNode roll(@PathVariable String month, @RequestParam(required = false) String districtCode) {
    return json.of(rolls.get(month, Blank.toNull(districtCode)));
  }

  /** The roll for the paying bank; every download is audited. */
  @GetMapping("/payment-rolls/{month:\\d{4}-\\d{2}}.xlsx")
  ResponseEntity<byte[]> export(
      @PathVariable String month, @RequestParam(required = false) String districtCode) {
    byte[] sheet = rolls.export(month, Blank.toNull(districtCode));
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("发放名册-" + month + ".xlsx", StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(sheet);
  }

  /**
   * Closes at once the cases whose gradual exit has ended (administrators; the daily job does the
   * same every night): the day it ran for and the closed cases.
   */
  @PostMapping("/gradual-exits/closing")
  GradualExits.Closing closeEndedExits() {
    return exits.closeEnded();
  }

  @GetMapping("/dashboard")
  JsonNode dashboard(@RequestParam(required = false) String districtCode) {
    return json.of(dashboards.get(Blank.toNull(districtCode)));
  }

  /** Station staff's work list: referrals of their street (case workers: their district). */
  @GetMapping("/referrals")
  JsonNode referrals(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return json.of(referrals.list(Blank.toNull(status), PageRequest.of(page, size)));
  }

  record RollRequest(String month, String districtCode) {}
}
