package org.qingsong.jobs.spreadsheet;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.qingsong.common.Workbooks;

/** The cell styles one workbook shares: headers, field names, text, money and dates. */
final class Styles {
  final CellStyle header;
  final CellStyle fieldName;
  final CellStyle example;
  final CellStyle text;
  final CellStyle money;
  final CellStyle integer;
  final CellStyle date;
  final CellStyle dateTime;

  Styles(Workbook book) {
    Font bold = book.createFont();
    bold.setBold(true);
    header = Workbooks.header(book, bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);

    Font grey = book.createFont();
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    grey.setFontHeightInPoints((short) 9);
    fieldName = book.createCellStyle();
    fieldName.setFont(grey);

    short textFormat = book.createDataFormat().getFormat("@");
    Font italic = book.createFont();
    italic.setItalic(true);
    italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
    example = book.createCellStyle();
    example.setFont(italic);
    example.setDataFormat(textFormat);

    text = book.createCellStyle();
    text.setDataFormat(textFormat);

    money = book.createCellStyle();
    money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
    integer = book.createCellStyle();
    integer.setDataFormat(book.createDataFormat().getFormat("0"));
    date = book.createCellStyle();
    date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
    dateTime = book.createCellStyle();
    dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
  }
}
