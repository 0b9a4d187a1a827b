package org.qingsong.occupations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.OccupationCategory;
import org.qingsong.occupations.PayUnit;

/**
 * Reads the occupation list file: UTF-8, a fixed header, one occupation a line, seven
 * comma-separated fields with no quoting, pay in yuan. Any malformed line stops the whole read with
 * its line number, so that a bad edit of the list is found at start-up, not by users. Public only
 * so that the data test can read the file as the application does.
 */
public final class OccupationFile {
  public static final String RESOURCE = "reference/occupations/occupations.csv";
  public static final String HEADER =
      "code,name_zh,name_en,category,pay_unit,usual_pay_min,usual_pay_max";
  private static final int FIELDS = 7;

  private OccupationFile() {}

  /**
   * The occupations of the file, in file order; throws {@link IllegalStateException} if any is bad.
   */
  public static List<Occupation> read(InputStream in) {
    List<Occupation> rows = new ArrayList<>();
    Map<String, Integer> codes = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header != null && header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      if (!HEADER.equals(header == null ? null : header.strip())) {
        throw new IllegalStateException(RESOURCE + ": the first line must be " + HEADER);
      }
      int lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Occupation o = parse(line, lineNumber);
        Integer previous = codes.putIfAbsent(o.code(), lineNumber);
        if (previous != null) {
          throw malformed(lineNumber, "code " + o.code() + " is already used on line " + previous);
        }
        previous = names.putIfAbsent(o.nameZh(), lineNumber);
        if (previous != null) {
          throw malformed(
              lineNumber, "name " + o.nameZh() + " is already used on line " + previous);
        }
        rows.add(o);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(RESOURCE + " holds no occupations");
    }
    return List.copyOf(rows);
  }

  private static Occupation parse(String line, int lineNumber) {
    if (line.indexOf('"') >= 0) {
      throw malformed(lineNumber, "quotes are not allowed; fields may not contain commas");
    }
    String[] f = line.split(",", -1);
    if (f.length != FIELDS) {
      throw malformed(lineNumber, "expected " + FIELDS + " fields, found " + f.length);
    }
    try {
      return new Occupation(
          f[0].strip(),
          f[1],
          f[2],
          OccupationCategory.valueOf(f[3].strip()),
          PayUnit.valueOf(f[4].strip()),
          fen(f[5]),
          fen(f[6]));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw malformed(lineNumber, e.getMessage());
    }
  }

  /** Yuan with at most two decimal places, as fen. */
  private static long fen(String yuan) {
    return new BigDecimal(yuan.strip()).movePointRight(2).longValueExact();
  }

  private static IllegalStateException malformed(int lineNumber, String reason) {
    return new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + reason);
  }
}
