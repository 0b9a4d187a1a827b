package org.qingsong.gigs.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.gigs.CustomerBill;
import org.qingsong.gigs.GigAccounts;
import org.qingsong.gigs.WorkerEarnings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The station's money page: what each worker earned in an ISO week and what each customer owes for
 * a date range (completed visits only), each with its Excel download for the accounts.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF','AUDITOR')")
class GigMoneyPageController {
  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final GigAccounts accounts;
  private final MoneySheets sheets;
  private final Clock clock;

  GigMoneyPageController(GigAccounts accounts, MoneySheets sheets, Clock clock) {
    this.accounts = accounts;
    this.sheets = sheets;
    this.clock = clock;
  }

  @GetMapping("/gigs/money")
  String money(
      @RequestParam(required = false) String week,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @ModelAttribute("gw") GigPageWording gw,
      Model model) {
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    FieldErrors errors = new FieldErrors();
    LocalDate monday =
        errors
            .parseOptional("week", week, GigAccounts::monday)
            .orElse(GigAccounts.monday(GigAccounts.isoWeek(today)));
    LocalDate f = errors.parseOptional("from", from, GigMoneyPageController::date).orElse(null);
    LocalDate t = errors.parseOptional("to", to, GigMoneyPageController::date).orElse(null);
    if (f != null && t != null && t.isBefore(f)) {
      errors.add("to", "gig.money.range");
      t = null;
    }
    if (f != null && t != null && f.plusYears(1).isBefore(t)) {
      errors.add("to", "gig.money.rangeTooLong");
      t = null;
    }
    Map<String, String> fieldErrors = Map.of();
    try {
      errors.throwIfAny();
    } catch (InvalidInputException e) {
      fieldErrors = gw.fieldErrors(e.violations());
    }
    LocalDate start = f != null ? f : today.withDayOfMonth(1);
    LocalDate end =
        t != null && !t.isBefore(start) ? t : start.withDayOfMonth(start.lengthOfMonth());
    List<WorkerEarnings> earnings = accounts.earnings(monday);
    List<CustomerBill> bills = accounts.bills(start, end);
    model.addAttribute("errors", fieldErrors);
    model.addAttribute("week", GigAccounts.isoWeek(monday));
    model.addAttribute("monday", monday);
    model.addAttribute("previousWeek", GigAccounts.isoWeek(monday.minusWeeks(1)));
    model.addAttribute("nextWeek", GigAccounts.isoWeek(monday.plusWeeks(1)));
    model.addAttribute("from", start);
    model.addAttribute("to", end);
    model.addAttribute("earnings", earnings);
    model.addAttribute(
        "earned",
        earnings.stream().map(e -> e.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add));
    model.addAttribute("bills", bills);
    model.addAttribute(
        "owed",
        bills.stream().map(b -> b.amount().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add));
    return "gigs/money";
  }

  @GetMapping("/gigs/money/earnings.xlsx")
  ResponseEntity<byte[]> earningsSheet(@RequestParam(required = false) String week, Locale locale) {
    if (week != null && !week.isBlank() && !valid(week, GigAccounts::monday)) {
      return back("week=" + encode(week));
    }
    LocalDate monday =
        week == null || week.isBlank()
            ? GigAccounts.monday(
                GigAccounts.isoWeek(LocalDate.now(clock.withZone(BusinessTime.ZONE))))
            : parse("week", week, GigAccounts::monday);
    String iso = GigAccounts.isoWeek(monday);
    return xlsx(
        "gig-earnings-" + iso + ".xlsx", sheets.earnings(iso, accounts.earnings(monday), locale));
  }

  @GetMapping("/gigs/money/bills.xlsx")
  ResponseEntity<byte[]> billsSheet(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    if ((from != null && !from.isBlank() && !valid(from, GigMoneyPageController::date))
        || (to != null && !to.isBlank() && !valid(to, GigMoneyPageController::date))) {
      return back("from=" + encode(from) + "&to=" + encode(to));
    }
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    LocalDate start =
        from == null || from.isBlank()
            ? today.withDayOfMonth(1)
            : parse("from", from, GigMoneyPageController::date);
    LocalDate end =
        to == null || to.isBlank()
            ? start.withDayOfMonth(start.lengthOfMonth())
            : parse("to", to, GigMoneyPageController::date);
    if (end.isBefore(start)) {
      return back("from=" + encode(from) + "&to=" + encode(to));
    }
    return xlsx(
        "gig-bills-" + start + "-" + end + ".xlsx",
        sheets.bills(start.toString(), end.toString(), accounts.bills(start, end), locale));
  }

  /** A download with a mistyped parameter goes back to the page, which says what is wrong. */
  private static ResponseEntity<byte[]> back(String query) {
    return ResponseEntity.status(303).location(java.net.URI.create("/gigs/money?" + query)).build();
  }

  private static boolean valid(String raw, java.util.function.Function<String, ?> parser) {
    try {
      parser.apply(raw);
      return true;
    } catch (org.qingsong.common.InvalidValueException e) {
      return false;
    }
  }

  private static String encode(String s) {
    return s == null ? "" : java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static <T> T parse(String field, String raw, java.util.function.Function<String, T> p) {
    FieldErrors errors = new FieldErrors();
    T value = errors.parse(field, raw, p);
    errors.throwIfAny();
    return value;
  }

  static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new org.qingsong.common.InvalidValueException("gig.date");
    }
  }

  private static ResponseEntity<byte[]> xlsx(String name, byte[] body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
