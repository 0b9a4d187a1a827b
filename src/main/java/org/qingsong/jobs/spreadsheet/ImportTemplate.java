package org.qingsong.jobs.spreadsheet;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.common.Money;
import org.qingsong.common.Workbooks;
import org.qingsong.jobs.JobKind;
import org.qingsong.jobs.Relaxation;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.PayUnit;

/**
 * The workbook station staff fill in from paper forms: column names, the field names the import
 * reads (row 2), an example row, drop-downs for coded values and a sheet of occupation codes.
 */
final class ImportTemplate {
  /** Spreadsheet rows (1-based) of the template: names, field names, then the example. */
  static final int FIELD_ROW = 2;

  static final int FIRST_DATA_ROW = 3;

  private final Labels labels;
  private final List<Occupation> occupations;
  private final String exampleCreditCode;
  private final LocalDate today;

  ImportTemplate(
      Labels labels, List<Occupation> occupations, String exampleCreditCode, LocalDate today) {
    this.labels = labels;
    this.occupations = occupations;
    this.exampleCreditCode = exampleCreditCode;
    this.today = today;
  }

  byte[] build() {
    XSSFWorkbook book = new XSSFWorkbook();
    Styles styles = new Styles(book);
    Sheet sheet = book.createSheet(labels.text("spreadsheet.sheet.postings"));
    Sheet codes = book.createSheet(labels.text("spreadsheet.sheet.occupations"));
    headers(sheet, styles, book.getCreationHelper());
    example(sheet.createRow(FIRST_DATA_ROW - 1), styles);
    for (PostingColumn c : PostingColumn.values()) {
      sheet.setColumnWidth(c.ordinal(), c.width * 256);
      if (c.text) {
        sheet.setDefaultColumnStyle(c.ordinal(), styles.text);
      }
    }
    sheet.createFreezePane(1, FIELD_ROW);
    dropDowns(sheet, codes);
    occupationSheet(codes, styles);
    return Workbooks.bytes(book);
  }

  private void headers(Sheet sheet, Styles styles, CreationHelper helper) {
    Row names = sheet.createRow(0);
    names.setHeightInPoints(32);
    Row fields = sheet.createRow(FIELD_ROW - 1);
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    for (PostingColumn c : PostingColumn.values()) {
      Cell name = names.createCell(c.ordinal());
      name.setCellValue(labels.text(c.header()) + (c.required ? " *" : ""));
      name.setCellStyle(styles.header);
      String hint = labels.text(c.hint());
      if (PostingColumn.LISTS.contains(c)) {
        hint += "；" + labels.text("spreadsheet.template.multiple");
      }
      if (c == PostingColumn.TITLE) {
        hint += "\n" + labels.text("spreadsheet.template.note");
      }
      ClientAnchor anchor = helper.createClientAnchor();
      anchor.setCol1(c.ordinal());
      anchor.setCol2(c.ordinal() + 3);
      anchor.setRow1(0);
      anchor.setRow2(c == PostingColumn.TITLE ? 8 : 4);
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(helper.createRichTextString(c.field + "\n" + hint));
      name.setCellComment(comment);
      Cell field = fields.createCell(c.ordinal());
      field.setCellValue(c.field);
      field.setCellStyle(styles.fieldName);
    }
  }

  private void example(Row row, Styles styles) {
    String[] values = {
      exampleCreditCode,
      labels.text("spreadsheet.example") + "居家养老护理员",
      "为社区居家老人提供助浴、助餐、陪伴等服务，每次上门 2 小时，时间可商量。岗前免费培训。",
      "EC001",
      labels.kind(JobKind.PART_TIME),
      null,
      null,
      null,
      labels.payUnit(PayUnit.MONTH),
      "",
      null,
      "0731-22881234 刘女士",
      null,
      "养老护理员（五级）",
      "养老护理",
      labels.relaxation(Relaxation.SUITS_4050) + "、" + labels.relaxation(Relaxation.SUITS_PARENTS)
    };
    for (PostingColumn c : PostingColumn.values()) {
      Cell cell = row.createCell(c.ordinal());
      cell.setCellStyle(styles.example);
      switch (c) {
        case POSITIONS -> number(cell, 2, styles);
        case PAY_MIN -> number(cell, 3800, styles);
        case PAY_MAX -> number(cell, 5200, styles);
        case WEEKLY_HOURS -> number(cell, 30, styles);
        case VALID_UNTIL -> {
          cell.setCellValue(today.plusDays(30));
          cell.setCellStyle(styles.date);
        }
        default -> cell.setCellValue(values[c.ordinal()]);
      }
    }
  }

  private static void number(Cell cell, int value, Styles styles) {
    cell.setCellValue(value);
    cell.setCellStyle(styles.integer);
  }

  /** Drop-downs over the data rows; several relaxations may be typed, so that one only informs. */
  private void dropDowns(Sheet sheet, Sheet codes) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    int last = FIRST_DATA_ROW - 1 + PostingSheetReader.MAX_ROWS;
    list(
        sheet,
        helper,
        PostingColumn.KIND,
        Arrays.stream(JobKind.values()).map(labels::kind).toArray(String[]::new),
        last,
        DataValidation.ErrorStyle.STOP);
    list(
        sheet,
        helper,
        PostingColumn.PAY_UNIT,
        Arrays.stream(PayUnit.values()).map(labels::payUnit).toArray(String[]::new),
        last,
        DataValidation.ErrorStyle.STOP);
    list(
        sheet,
        helper,
        PostingColumn.RELAXATIONS,
        Arrays.stream(Relaxation.values()).map(labels::relaxation).toArray(String[]::new),
        last,
        DataValidation.ErrorStyle.INFO);
    if (!occupations.isEmpty()) {
      String range = "'" + codes.getSheetName() + "'!$A$2:$A$" + (occupations.size() + 1);
      DataValidation v =
          helper.createValidation(
              helper.createFormulaListConstraint(range),
              new CellRangeAddressList(
                  FIRST_DATA_ROW - 1,
                  last,
                  PostingColumn.OCCUPATION_CODE.ordinal(),
                  PostingColumn.OCCUPATION_CODE.ordinal()));
      v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
      v.setShowErrorBox(true);
      sheet.addValidationData(v);
    }
  }

  private static void list(
      Sheet sheet,
      DataValidationHelper helper,
      PostingColumn column,
      String[] values,
      int lastRow,
      int errorStyle) {
    DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
    DataValidation v =
        helper.createValidation(
            constraint,
            new CellRangeAddressList(
                FIRST_DATA_ROW - 1, lastRow, column.ordinal(), column.ordinal()));
    v.setErrorStyle(errorStyle);
    v.setShowErrorBox(true);
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  private void occupationSheet(Sheet sheet, Styles styles) {
    Row header = sheet.createRow(0);
    String[] names = {
      labels.text("spreadsheet.occupation.code"),
      labels.text("spreadsheet.occupation.nameZh"),
      labels.text("spreadsheet.occupation.nameEn"),
      labels.text("spreadsheet.occupation.payUnit"),
      labels.text("spreadsheet.occupation.usualPay")
    };
    for (int i = 0; i < names.length; i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(names[i]);
      cell.setCellStyle(styles.header);
    }
    int r = 1;
    for (Occupation o : occupations) {
      Row row = sheet.createRow(r++);
      row.createCell(0).setCellValue(o.code());
      row.createCell(1).setCellValue(o.nameZh());
      row.createCell(2).setCellValue(o.nameEn());
      row.createCell(3).setCellValue(labels.payUnit(o.payUnit()));
      row.createCell(4)
          .setCellValue(new Money(o.usualPayMinFen()) + " – " + new Money(o.usualPayMaxFen()));
    }
    sheet.createFreezePane(0, 1);
    Workbooks.widths(sheet, 10, 24, 36, 14, 20);
  }
}
