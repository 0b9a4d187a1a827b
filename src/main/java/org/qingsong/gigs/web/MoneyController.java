package org.qingsong.gigs.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.FieldErrors;
import org.qingsong.gigs.CustomerBill;
import org.qingsong.gigs.GigAccounts;
import org.qingsong.gigs.WorkerEarnings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Workers' weekly earnings and customers' bills, as JSON and as Excel. */
@RestController
class MoneyController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final GigAccounts accounts;
  private final MoneySheets sheets;
  private final Clock clock;

  MoneyController(GigAccounts accounts, MoneySheets sheets, Clock clock) {
    this.accounts = accounts;
    this.sheets = sheets;
    this.clock = clock;
  }

  /** Earnings per worker in an ISO week ({@code week=2026-W48}, this week by default). */
  @GetMapping("/api/v1/gig-earnings")
  EarningsJson earnings(@RequestParam(required = false) String week) {
    String w = week(week);
    List<WorkerEarnings> rows = accounts.earnings(GigAccounts.monday(w));
    return new EarningsJson(
        w,
        rows.stream().map(EarningJson::of).toList(),
        rows.stream().map(e -> e.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @GetMapping("/api/v1/gig-earnings.xlsx")
  ResponseEntity<byte[]> earningsSheet(@RequestParam(required = false) String week, Locale locale) {
    String w = week(week);
    return xlsx(
        "gig-earnings-" + w + ".xlsx",
        sheets.earnings(w, accounts.earnings(GigAccounts.monday(w)), locale));
  }

  /** What customers owe for completed visits from {@code from} to {@code to} (this month). */
  @GetMapping("/api/v1/gig-bills")
  BillsJson bills(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    LocalDate[] range = range(from, to);
    List<CustomerBill> rows = accounts.bills(range[0], range[1]);
    return new BillsJson(
        range[0],
        range[1],
        rows.stream().map(BillJson::of).toList(),
        rows.stream().map(b -> b.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @GetMapping("/api/v1/gig-bills.xlsx")
  ResponseEntity<byte[]> billsSheet(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    LocalDate[] range = range(from, to);
    return xlsx(
        "gig-bills-" + range[0] + "-" + range[1] + ".xlsx",
        sheets.bills(
            range[0].toString(), range[1].toString(), accounts.bills(range[0], range[1]), locale));
  }

  private String week(String raw) {
    FieldErrors errors = new FieldErrors();
    LocalDate monday = errors.parseOptional("week", raw, GigAccounts::monday).orElse(null);
    errors.throwIfAny();
    return GigAccounts.isoWeek(monday != null ? monday : today());
  }

  private LocalDate[] range(String from, String to) {
    FieldErrors errors = new FieldErrors();
    LocalDate f = errors.parseOptional("from", from, VisitController::date).orElse(null);
    LocalDate t = errors.parseOptional("to", to, VisitController::date).orElse(null);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "gig.money.range");
    }
    if (f != null && t != null && f.plusYears(1).isBefore(t)) {
      errors.add("to", "gig.money.rangeTooLong");
    }
    errors.throwIfAny();
    LocalDate today = today();
    LocalDate start = f != null ? f : (t != null ? t.withDayOfMonth(1) : today.withDayOfMonth(1));
    LocalDate end = t != null ? t : start.withDayOfMonth(start.lengthOfMonth());
    if (end.isBefore(start)) {
      end = start;
    }
    return new LocalDate[] {start, end};
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(BusinessTime.ZONE));
  }

  private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  record EarningsJson(String week, List<EarningJson> workers, BigDecimal total) {}

  record EarningJson(
      long workerId,
      String name,
      String stationName,
      long visits,
      BigDecimal hours,
      BigDecimal amount) {
    static EarningJson of(WorkerEarnings e) {
      return new EarningJson(
          e.workerId(),
          e.name(),
          e.stationName(),
          e.visits(),
          BigDecimal.valueOf(e.minutes())
              .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
              .stripTrailingZeros(),
          e.amount().yuan());
    }
  }

  record BillsJson(LocalDate from, LocalDate to, List<BillJson> customers, BigDecimal total) {}

  record BillJson(long customerId, String name, long visits, BigDecimal amount) {
    static BillJson of(CustomerBill b) {
      return new BillJson(b.customerId(), b.name(), b.visits(), b.amount().yuan());
    }
  }
}
