package org.qingsong.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** What every Excel workbook the platform writes shares: the header look, column widths, bytes. */
public final class Workbooks {
  private Workbooks() {}

  /** A column heading: {@code bold} on light grey with a thin line below. */
  public static CellStyle header(Workbook book, Font bold) {
    CellStyle header = book.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    return header;
  }

  /** Widths in characters, from the first column on; a Chinese character is about two. */
  public static void widths(Sheet sheet, int... characters) {
    for (int i = 0; i < characters.length; i++) {
      sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
    }
  }

  /** The workbook as the bytes of its file; closes it. */
  public static byte[] bytes(Workbook book) {
    try (book;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
