package org.qingsong.assistance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.assistance.ImportedAnswer;
import org.qingsong.assistance.TaskAnswer;
import org.qingsong.assistance.VerificationTask;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;

/**
 * The departments' answer spreadsheet: a template listing the open tasks (row 1 the headings, row 2
 * the field names the reader goes by, then one row per task), and the reader that turns a filled-in
 * sheet into answers, one per row with an answer, each with its row number.
 */
final class AnswerSheet {
  static final int MAX_ROWS = 2000;
  static final String[] FIELDS = {
    "taskId",
    "receiptNo",
    "department",
    "sentOn",
    "dueOn",
    "answer",
    "findingKind",
    "text",
    "personId",
    "amount",
    "answeredOn"
  };
  static final String[] HEADINGS = {
    "任务编号 Task",
    "受理编号 Receipt",
    "核查部门 Department",
    "发出日期 Sent",
    "答复期限 Due",
    "核查结果 CLEAR/FINDING",
    "发现类型 INCOME/VEHICLE/REAL_ESTATE/DEPOSITS/OTHER",
    "说明 Finding",
    "成员编号 Person id (income)",
    "金额（元）Amount (yuan)",
    "答复日期 Answered on"
  };

  private AnswerSheet() {}

  static byte[] template(List<VerificationTask> open) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("核查答复");
      Row head = sheet.createRow(0);
      Row fields = sheet.createRow(1);
      for (int i = 0; i < FIELDS.length; i++) {
        head.createCell(i).setCellValue(HEADINGS[i]);
        fields.createCell(i).setCellValue(FIELDS[i]);
        sheet.setColumnWidth(i, 18 * 256);
      }
      int r = 2;
      for (VerificationTask t : open) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(t.id());
        row.createCell(1).setCellValue(t.receiptNo());
        row.createCell(2).setCellValue(t.departmentName());
        row.createCell(3).setCellValue(t.sentOn().toString());
        row.createCell(4).setCellValue(t.dueOn().toString());
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ImportedAnswer> read(InputStream raw) {
    try (XSSFWorkbook book = open(raw)) {
      Sheet sheet = book.getSheetAt(0);
      Row fieldRow = sheet.getRow(1);
      Map<String, Integer> columns = new HashMap<>();
      if (fieldRow != null) {
        for (Cell c : fieldRow) {
          columns.put(text(c), c.getColumnIndex());
        }
      }
      if (!columns.containsKey("taskId") || !columns.containsKey("answer")) {
        throw InvalidInputException.of("file", "assistance.import.notTemplate");
      }
      List<ImportedAnswer> answers = new ArrayList<>();
      for (int i = 2; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        if (row == null || cell(row, columns, "answer").isEmpty()) {
          continue;
        }
        List<FieldViolation> problems = new ArrayList<>();
        Long taskId = null;
        String id = cell(row, columns, "taskId");
        if (!id.isEmpty()) {
          try {
            taskId = Long.parseLong(id);
          } catch (NumberFormatException e) {
            problems.add(FieldViolation.of("taskId", "field.wrongType"));
          }
        }
        Long personId = null;
        String person = cell(row, columns, "personId");
        if (!person.isEmpty()) {
          try {
            personId = Long.parseLong(person);
          } catch (NumberFormatException e) {
            problems.add(FieldViolation.of("personId", "field.wrongType"));
          }
        }
        answers.add(
            new ImportedAnswer(
                i + 1,
                taskId,
                new TaskAnswer(
                    cell(row, columns, "answer"),
                    blankToNull(cell(row, columns, "findingKind")),
                    blankToNull(cell(row, columns, "text")),
                    personId,
                    blankToNull(cell(row, columns, "amount")),
                    blankToNull(cell(row, columns, "answeredOn"))),
                problems));
      }
      if (answers.isEmpty()) {
        throw InvalidInputException.of("file", "assistance.import.empty");
      }
      if (answers.size() > MAX_ROWS) {
        throw InvalidInputException.of("file", "spreadsheet.tooManyRows", MAX_ROWS, answers.size());
      }
      return answers;
    } catch (IOException e) {
      throw InvalidInputException.of("file", "spreadsheet.unreadable");
    }
  }

  private static XSSFWorkbook open(InputStream raw) throws IOException {
    InputStream in = FileMagic.prepareToCheckMagic(raw);
    if (FileMagic.valueOf(in) != FileMagic.OOXML) {
      throw InvalidInputException.of("file", "spreadsheet.notXlsx");
    }
    return new XSSFWorkbook(in);
  }

  private static String cell(Row row, Map<String, Integer> columns, String field) {
    Integer i = columns.get(field);
    return i == null ? "" : text(row.getCell(i));
  }

  private static String text(Cell c) {
    if (c == null) {
      return "";
    }
    CellType type =
        c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (type) {
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(c)) {
          yield c.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        yield BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
      }
      case STRING -> c.getStringCellValue().strip();
      case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
      default -> "";
    };
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
