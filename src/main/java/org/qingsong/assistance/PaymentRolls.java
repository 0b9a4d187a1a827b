package org.qingsong.assistance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.assistance.store.PaymentStore;
import org.qingsong.common.DomainException;
import org.qingsong.common.IdNumber;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.Money;
import org.qingsong.geography.Divisions;
import org.qingsong.identity.Actor;
import org.qingsong.identity.AuditTrail;
import org.qingsong.identity.CurrentActor;
import org.qingsong.identity.Role;
import org.qingsong.people.People;
import org.qingsong.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly payment roll (发放名册): every supported case of a district that has started by the
 * month's end is paid its amount, once per month; a gradual exit is paid up to and including its
 * last month, even when that month's roll is made after the case was closed. Gradual exits past
 * their last month are closed first. The spreadsheet for the paying bank carries the full ID number
 * and bank account only for the district's case workers and administrators, and every export is
 * audited.
 */
@Service
public class PaymentRolls {
  private final CaseStore cases;
  private final PaymentStore payments;
  private final GradualExits exits;
  private final People people;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final AuditTrail audit;
  private final Clock clock;

  PaymentRolls(
      CaseStore cases,
      PaymentStore payments,
      GradualExits exits,
      People people,
      Divisions divisions,
      CurrentActor currentActor,
      AuditTrail audit,
      Clock clock) {
    this.cases = cases;
    this.payments = payments;
    this.exits = exits;
    this.people = people;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.audit = audit;
    this.clock = clock;
  }

  /** Makes (or completes) a month's roll of a district; adding a case twice is impossible. */
  @Transactional
  public PaymentRoll generate(String rawMonth, String districtCode) {
    Actor actor = currentActor.get();
    CaseAccess.requireWriter(actor);
    String district = CaseAccess.district(actor, districtCode);
    YearMonth month = month(rawMonth);
    LocalDate first = month.atDay(1);
    exits.closeEndedBefore(first, district);
    OffsetDateTime now = OffsetDateTime.now(clock);
    int added = 0;
    for (AssistanceCase c : cases.payable(district, month.atEndOfMonth())) {
      if (payments.insert(
          c.id(),
          month.toString(),
          c.districtCode(),
          c.streetCode(),
          c.category(),
          c.paidAmount(),
          c.exitUntil() != null,
          now,
          actor.username())) {
        added++;
      }
    }
    audit.record(
        "ASSISTANCE_ROLL",
        "ASSISTANCE_PAYMENT",
        null,
        month + " " + (district == null ? "all" : district) + ": " + added + " lines added");
    return roll(month, district, false);
  }

  @Transactional(readOnly = true)
  public PaymentRoll get(String rawMonth, String districtCode) {
    String district = CaseAccess.district(currentActor.get(), districtCode);
    return roll(month(rawMonth), district, false);
  }

  /**
   * The roll as a spreadsheet for the paying bank; audited, full numbers only for those allowed.
   */
  @Transactional
  public byte[] export(String rawMonth, String districtCode) {
    Actor actor = currentActor.get();
    String district = CaseAccess.district(actor, districtCode);
    YearMonth month = month(rawMonth);
    boolean full = actor.is(Role.ADMIN, Role.CASEWORKER);
    PaymentRoll roll = roll(month, district, full);
    if (roll.lines().isEmpty()) {
      throw DomainException.notFound("assistance.roll.notFound", month.toString());
    }
    audit.record(
        "ASSISTANCE_ROLL_EXPORT",
        "ASSISTANCE_PAYMENT",
        null,
        month
            + " "
            + (district == null ? "all" : district)
            + ", "
            + roll.households()
            + " lines, "
            + (full ? "full ID numbers and accounts" : "masked"));
    return sheet(roll);
  }

  private PaymentRoll roll(YearMonth month, String district, boolean full) {
    List<PaymentLine> lines = new ArrayList<>();
    long total = 0;
    for (PaymentStore.Line l : payments.lines(month.toString(), district)) {
      AssistanceCase c = cases.find(l.caseId()).orElseThrow();
      Person head = people.lookup(c.applicantId()).orElseThrow();
      IdNumber id = head.idNumber();
      lines.add(
          new PaymentLine(
              c.id(),
              c.receiptNo(),
              head.name(),
              full ? id.value() : id.masked(),
              full ? cases.bankAccount(c.id()).orElse(null) : c.bankAccount(),
              l.streetCode(),
              divisions.find(l.streetCode()).map(d -> d.name()).orElse(l.streetCode()),
              l.category(),
              new Money(l.amountFen()),
              l.exit()));
      total += l.amountFen();
    }
    return new PaymentRoll(month.toString(), district, lines, lines.size(), new Money(total));
  }

  private YearMonth month(String raw) {
    if (raw == null || raw.isBlank()) {
      throw InvalidInputException.of("month", "field.required");
    }
    YearMonth m;
    try {
      m = Parse.month(raw);
    } catch (org.qingsong.common.InvalidValueException e) {
      throw InvalidInputException.of("month", e.code());
    }
    YearMonth now = YearMonth.now(clock);
    if (m.isAfter(now)) {
      throw InvalidInputException.of("month", "assistance.roll.future", now.toString());
    }
    return m;
  }

  private static byte[] sheet(PaymentRoll roll) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(roll.month());
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("0.00"));
      String[] heads = {
        "序号 No.",
        "受理编号 Receipt",
        "户主姓名 Name",
        "身份证号 ID number",
        "银行账号 Account",
        "街道 Street",
        "类别 Category",
        "金额（元）Amount (yuan)",
        "渐退 Gradual exit"
      };
      Row head = sheet.createRow(0);
      for (int i = 0; i < heads.length; i++) {
        Cell cell = head.createCell(i);
        cell.setCellValue(heads[i]);
        cell.setCellStyle(bold);
      }
      int r = 1;
      for (PaymentLine l : roll.lines()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue(l.receiptNo());
        row.createCell(2).setCellValue(l.name());
        row.createCell(3).setCellValue(l.idNumber());
        row.createCell(4).setCellValue(l.bankAccount() == null ? "" : l.bankAccount());
        row.createCell(5).setCellValue(l.streetName());
        row.createCell(6).setCellValue(l.category().name());
        Cell amount = row.createCell(7);
        amount.setCellValue(l.amount().yuan().doubleValue());
        amount.setCellStyle(money);
        row.createCell(8).setCellValue(l.gradualExit() ? "是" : "");
        r++;
      }
      Row total = sheet.createRow(r);
      Cell label = total.createCell(2);
      label.setCellValue("合计 Total: " + roll.households());
      label.setCellStyle(bold);
      Cell sum = total.createCell(7);
      sum.setCellValue(roll.total().yuan().doubleValue());
      sum.setCellStyle(money);
      for (int i = 0; i < heads.length; i++) {
        sheet.setColumnWidth(i, i == 1 || i == 3 || i == 4 ? 24 * 256 : 14 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
