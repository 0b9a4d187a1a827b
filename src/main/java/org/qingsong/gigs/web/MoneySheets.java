package org.qingsong.gigs.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.common.Workbooks;
import org.qingsong.gigs.CustomerBill;
import org.qingsong.gigs.WorkerEarnings;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The money figures as Excel workbooks for the station's accounts: one row per worker (or
 * customer), amounts as numbers in yuan, and a total row. The total is a value, not a formula, so
 * that it reads the same in any spreadsheet program.
 */
@Component
class MoneySheets {
  private final MessageSource messages;

  MoneySheets(MessageSource messages) {
    this.messages = messages;
  }

  byte[] earnings(String week, List<WorkerEarnings> rows, Locale locale) {
    Workbook book = new XSSFWorkbook();
    Styles s = new Styles(book);
    Sheet sheet = book.createSheet(text("gig.sheet.earnings", locale));
    title(sheet, s, text("gig.sheet.earningsTitle", locale, week));
    header(
        sheet,
        s,
        text("gig.sheet.worker", locale),
        text("gig.sheet.station", locale),
        text("gig.sheet.visits", locale),
        text("gig.sheet.hours", locale),
        text("gig.sheet.earned", locale));
    int r = 2;
    long visits = 0;
    long minutes = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (WorkerEarnings e : rows) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(e.name());
      row.createCell(1).setCellValue(e.stationName());
      number(row, 2, e.visits(), s.integer);
      number(row, 3, hours(e.minutes()), s.decimal);
      money(row, 4, e.amount().yuan(), s.money);
      visits += e.visits();
      minutes += e.minutes();
      total = total.add(e.amount().yuan());
    }
    Row sum = sheet.createRow(r);
    sum.createCell(0).setCellValue(text("gig.sheet.total", locale));
    sum.getCell(0).setCellStyle(s.bold);
    number(sum, 2, visits, s.integer);
    number(sum, 3, hours(minutes), s.decimal);
    money(sum, 4, total, s.money);
    Workbooks.widths(sheet, 16, 28, 10, 12, 14);
    return Workbooks.bytes(book);
  }

  byte[] bills(String from, String to, List<CustomerBill> rows, Locale locale) {
    Workbook book = new XSSFWorkbook();
    Styles s = new Styles(book);
    Sheet sheet = book.createSheet(text("gig.sheet.bills", locale));
    title(sheet, s, text("gig.sheet.billsTitle", locale, from, to));
    header(
        sheet,
        s,
        text("gig.sheet.customer", locale),
        text("gig.sheet.visits", locale),
        text("gig.sheet.owed", locale));
    int r = 2;
    long visits = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (CustomerBill b : rows) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(b.name());
      number(row, 1, b.visits(), s.integer);
      money(row, 2, b.amount().yuan(), s.money);
      visits += b.visits();
      total = total.add(b.amount().yuan());
    }
    Row sum = sheet.createRow(r);
    sum.createCell(0).setCellValue(text("gig.sheet.total", locale));
    sum.getCell(0).setCellStyle(s.bold);
    number(sum, 1, visits, s.integer);
    money(sum, 2, total, s.money);
    Workbooks.widths(sheet, 16, 10, 14);
    return Workbooks.bytes(book);
  }

  private static void title(Sheet sheet, Styles s, String title) {
    Cell c = sheet.createRow(0).createCell(0);
    c.setCellValue(title);
    c.setCellStyle(s.bold);
  }

  private static void header(Sheet sheet, Styles s, String... names) {
    Row row = sheet.createRow(1);
    for (int i = 0; i < names.length; i++) {
      Cell c = row.createCell(i);
      c.setCellValue(names[i]);
      c.setCellStyle(s.header);
    }
    sheet.createFreezePane(0, 2);
  }

  private static void number(Row row, int col, double value, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void money(Row row, int col, BigDecimal yuan, CellStyle style) {
    Cell c = row.createCell(col);
    c.setCellValue(yuan.doubleValue());
    c.setCellStyle(style);
  }

  private static double hours(long minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private String text(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, code, locale);
  }

  /** The styles one workbook shares. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle bold;
    final CellStyle money;
    final CellStyle integer;
    final CellStyle decimal;

    Styles(Workbook book) {
      Font boldFont = book.createFont();
      boldFont.setBold(true);
      header = Workbooks.header(book, boldFont);
      bold = book.createCellStyle();
      bold.setFont(boldFont);
      money = book.createCellStyle();
      money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
      integer = book.createCellStyle();
      integer.setDataFormat(book.createDataFormat().getFormat("0"));
      decimal = book.createCellStyle();
      decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
    }
  }
}
