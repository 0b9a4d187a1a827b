package org.qingsong.jobs.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Money;
import org.qingsong.common.Workbooks;

/** Writes one export sheet row by row: a header row, then typed cells left to right. */
final class SheetWriter {
  private final Sheet sheet;
  private final Styles styles;
  private Row row;
  private int column;

  SheetWriter(Sheet sheet, Styles styles, Labels labels, String... headerCodes) {
    this.sheet = sheet;
    this.styles = styles;
    Row header = sheet.createRow(0);
    for (int i = 0; i < headerCodes.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(labels.text(headerCodes[i]));
      cell.setCellStyle(styles.header);
    }
    sheet.createFreezePane(0, 1);
  }

  SheetWriter next() {
    row = sheet.createRow(sheet.getLastRowNum() + 1);
    column = 0;
    return this;
  }

  SheetWriter text(String value) {
    Cell cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(value);
    }
    return this;
  }

  SheetWriter number(Number value) {
    Cell cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
      cell.setCellStyle(styles.integer);
    }
    return this;
  }

  /**
   * Yuan as a number that spreadsheets can add up. A spreadsheet cell holds a binary double; two
   * decimals up to ten million yuan survive that exactly enough to show and sum.
   */
  SheetWriter money(Money value) {
    Cell cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(new BigDecimal(value.fen()).movePointLeft(2).doubleValue());
      cell.setCellStyle(styles.money);
    }
    return this;
  }

  SheetWriter date(LocalDate value) {
    Cell cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(value);
      cell.setCellStyle(styles.date);
    }
    return this;
  }

  /** A moment as Shanghai wall-clock time, which is what the spreadsheet's reader expects. */
  SheetWriter dateTime(OffsetDateTime value) {
    Cell cell = row.createCell(column++);
    if (value != null) {
      cell.setCellValue(BusinessTime.local(value).toLocalDateTime());
      cell.setCellStyle(styles.dateTime);
    }
    return this;
  }

  void widths(int... characters) {
    Workbooks.widths(sheet, characters);
  }
}
