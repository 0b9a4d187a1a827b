package org.qingsong.jobs.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.common.CreditCode;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.jobs.PostingForm;
import org.qingsong.jobs.PostingRow;

/**
 * Reads a filled-in import template into postings, one per non-blank row, each with the problems of
 * its cells. Columns are found by the field names of the template's second row, so their order does
 * not matter; rows whose title starts with the example marker are skipped. Whether the postings are
 * valid is for {@link org.qingsong.jobs.Jobs} to decide.
 */
final class PostingSheetReader {
  static final int MAX_ROWS = 1000;

  private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\n]+");
  private static final Pattern LOOSE_DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
  private static final List<String> EXAMPLE_MARKERS = List.of("【示例】", "[Example]");

  private final Labels labels;
  private final Function<CreditCode, Optional<Long>> employers;

  PostingSheetReader(Labels labels, Function<CreditCode, Optional<Long>> employers) {
    this.labels = labels;
    this.employers = employers;
  }

  List<PostingRow> read(InputStream raw) {
    try (XSSFWorkbook book = open(raw)) {
      Sheet sheet = book.getSheetAt(0);
      Map<PostingColumn, Integer> columns = columns(sheet);
      List<Row> rows = new ArrayList<>();
      for (int i = ImportTemplate.FIELD_ROW; i <= sheet.getLastRowNum(); i++) {
        Row row = sheet.getRow(i);
        if (row != null && !blank(row, columns) && !example(row, columns)) {
          rows.add(row);
        }
      }
      if (rows.isEmpty()) {
        throw InvalidInputException.of("file", "spreadsheet.empty");
      }
      if (rows.size() > MAX_ROWS) {
        throw InvalidInputException.of("file", "spreadsheet.tooManyRows", MAX_ROWS, rows.size());
      }
      return rows.stream().map(r -> posting(r, columns)).toList();
    } catch (IOException e) {
      throw InvalidInputException.of("file", "spreadsheet.unreadable");
    }
  }

  private static XSSFWorkbook open(InputStream raw) throws IOException {
    InputStream in = FileMagic.prepareToCheckMagic(raw);
    if (FileMagic.valueOf(in) != FileMagic.OOXML) {
      throw InvalidInputException.of("file", "spreadsheet.notXlsx");
    }
    try {
      return new XSSFWorkbook(new BufferedInputStream(in));
    } catch (IOException | RuntimeException e) {
      // A zip that is not a workbook, a damaged one, or one that unpacks suspiciously large.
      throw InvalidInputException.of("file", "spreadsheet.unreadable");
    }
  }

  private static Map<PostingColumn, Integer> columns(Sheet sheet) {
    Row fields = sheet.getRow(ImportTemplate.FIELD_ROW - 1);
    Map<PostingColumn, Integer> found = new EnumMap<>(PostingColumn.class);
    if (fields != null) {
      for (Cell cell : fields) {
        String name =
            cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
        for (PostingColumn c : PostingColumn.values()) {
          if (c.field.equalsIgnoreCase(name)) {
            found.put(c, cell.getColumnIndex());
          }
        }
      }
    }
    if (found.isEmpty()) {
      throw InvalidInputException.of("file", "spreadsheet.noHeader");
    }
    List<String> missing =
        Arrays.stream(PostingColumn.values())
            .filter(c -> !found.containsKey(c))
            .map(c -> c.field)
            .toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.of(
          "file", "spreadsheet.missingColumns", String.join(", ", missing));
    }
    return found;
  }

  private PostingRow posting(Row row, Map<PostingColumn, Integer> columns) {
    Cells cells = new Cells(row, columns);
    Long employerId = employer(cells);
    PostingForm form =
        new PostingForm(
            employerId,
            cells.text(PostingColumn.TITLE),
            cells.text(PostingColumn.DESCRIPTION),
            upper(cells.text(PostingColumn.OCCUPATION_CODE)),
            mapped(cells.text(PostingColumn.KIND), labels::kindCode),
            cells.integer(PostingColumn.POSITIONS),
            cells.text(PostingColumn.PAY_MIN),
            cells.text(PostingColumn.PAY_MAX),
            mapped(cells.text(PostingColumn.PAY_UNIT), labels::payUnitCode),
            cells.text(PostingColumn.STREET_CODE),
            null,
            null,
            cells.integer(PostingColumn.WEEKLY_HOURS),
            cells.text(PostingColumn.CONTACT),
            date(cells.text(PostingColumn.VALID_UNTIL)),
            split(cells.text(PostingColumn.CERTIFICATES)),
            split(cells.text(PostingColumn.SKILLS)),
            split(cells.text(PostingColumn.RELAXATIONS)).stream()
                .map(labels::relaxationCode)
                .toList());
    return new PostingRow(row.getRowNum() + 1, form, cells.problems);
  }

  private Long employer(Cells cells) {
    String raw = cells.text(PostingColumn.CREDIT_CODE);
    String field = PostingColumn.CREDIT_CODE.field;
    if (raw == null || raw.isBlank()) {
      cells.problems.add(FieldViolation.of(field, "field.required"));
      return null;
    }
    try {
      CreditCode code = new CreditCode(raw);
      Optional<Long> id = employers.apply(code);
      if (id.isEmpty()) {
        cells.problems.add(FieldViolation.of(field, "spreadsheet.employer.unknown", code.value()));
      }
      return id.orElse(null);
    } catch (InvalidValueException e) {
      cells.problems.add(new FieldViolation(field, e.code(), List.of(e.args())));
      return null;
    }
  }

  private boolean example(Row row, Map<PostingColumn, Integer> columns) {
    String title = new Cells(row, columns).text(PostingColumn.TITLE);
    return title != null && EXAMPLE_MARKERS.stream().anyMatch(m -> title.strip().startsWith(m));
  }

  private static boolean blank(Row row, Map<PostingColumn, Integer> columns) {
    Cells cells = new Cells(row, columns);
    return columns.keySet().stream().allMatch(c -> cells.text(c) == null);
  }

  private static String mapped(String raw, Function<String, String> toCode) {
    return raw == null ? null : toCode.apply(raw);
  }

  private static String upper(String raw) {
    return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
  }

  /** Dates as typed on paper — 2026/5/1, 2026.5.1, 2026年5月1日 — in the ISO form the API takes. */
  static String date(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = LOOSE_DATE.matcher(raw.strip());
    if (m.matches()) {
      try {
        return LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)))
            .toString();
      } catch (java.time.DateTimeException e) {
        return raw;
      }
    }
    return raw;
  }

  private static List<String> split(String raw) {
    if (raw == null) {
      return List.of();
    }
    return Arrays.stream(LIST_SEPARATORS.split(raw))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** The cells of one row by column, as text; problems found reading them are collected. */
  private static final class Cells {
    final List<FieldViolation> problems = new ArrayList<>();
    private final Row row;
    private final Map<PostingColumn, Integer> columns;

    Cells(Row row, Map<PostingColumn, Integer> columns) {
      this.row = row;
      this.columns = columns;
    }

    /** The cell's value as text, or null when blank: numbers plainly, dates in ISO form. */
    String text(PostingColumn column) {
      Cell cell = row.getCell(columns.get(column));
      if (cell == null) {
        return null;
      }
      CellType type = cell.getCellType();
      if (type == CellType.FORMULA) {
        type = cell.getCachedFormulaResultType();
      }
      String value =
          switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> {
              problems.add(FieldViolation.of(column.field, "spreadsheet.cell"));
              yield null;
            }
            default -> null;
          };
      return value == null || value.isBlank() ? null : value.strip();
    }

    Integer integer(PostingColumn column) {
      String raw = text(column);
      if (raw == null) {
        return null;
      }
      try {
        return new BigDecimal(raw.replace(",", "")).intValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        problems.add(FieldViolation.of(column.field, "spreadsheet.integer"));
        return null;
      }
    }
  }
}
