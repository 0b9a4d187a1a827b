package org.qingsong.jobs.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the screen over the labelled sample of postings (half honest, half fraudulent, written for
 * Zhuzhou's job market) and reports how well it separates them. The sample is evidence, not a
 * target: a rule earns its place by being a reason staff would accept, not by fixing a row.
 */
class FraudScreenEvaluationTest {

  private static final Logger log = LoggerFactory.getLogger(FraudScreenEvaluationTest.class);

  private final FraudScreen screen = new FraudScreen();
  private final UsualPay usualPay = new ZhuzhouUsualPay();

  record LabelledPosting(String id, boolean fraud, PostingText posting) {}

  @Test
  void separatesFraudulentFromHonestPostingsWithHighPrecisionAndRecall() throws IOException {
    List<LabelledPosting> sample = sample();
    assertThat(sample).hasSizeGreaterThanOrEqualTo(240);
    assertThat(sample.stream().filter(LabelledPosting::fraud).count()).isEqualTo(sample.size() / 2);
    assertThat(new HashSet<>(sample.stream().map(LabelledPosting::id).toList()))
        .hasSameSizeAs(sample);

    int truePositives = 0;
    int falsePositives = 0;
    int trueNegatives = 0;
    int falseNegatives = 0;
    List<String> misclassified = new ArrayList<>();
    for (LabelledPosting row : sample) {
      ScreeningResult result = screen.screen(row.posting(), usualPay);
      boolean flagged = !result.passed();
      if (flagged && row.fraud()) {
        truePositives++;
      } else if (flagged) {
        falsePositives++;
        misclassified.add("false positive " + row.id() + " " + describe(result));
      } else if (row.fraud()) {
        falseNegatives++;
        misclassified.add("false negative " + row.id() + " " + row.posting().description());
      } else {
        trueNegatives++;
      }
    }
    double precision = ratio(truePositives, truePositives + falsePositives);
    double recall = ratio(truePositives, truePositives + falseNegatives);
    double f1 = 2 * precision * recall / (precision + recall);

    log.info(
        "Fraud screen on {} postings: precision {}, recall {}, F1 {}",
        sample.size(),
        String.format("%.3f", precision),
        String.format("%.3f", recall),
        String.format("%.3f", f1));
    log.info(
        "Confusion matrix (rows: actual, columns: screened)\n"
            + "                flagged  passed\n"
            + "  fraud         {}      {}\n"
            + "  honest        {}      {}",
        pad(truePositives),
        pad(falseNegatives),
        pad(falsePositives),
        pad(trueNegatives));
    misclassified.forEach(line -> log.info("Misclassified: {}", line));

    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.95);
  }

  private static String describe(ScreeningResult result) {
    return result.flags().stream()
        .map(f -> f.rule() + f.evidence())
        .collect(Collectors.joining(" "));
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  private static String pad(int n) {
    return String.format("%3d", n);
  }

  static List<LabelledPosting> sample() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                FraudScreenEvaluationTest.class.getResourceAsStream("/screening/postings.csv"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = csvFields(reader.readLine());
      List<LabelledPosting> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        List<String> f = csvFields(line);
        assertThat(f).as("fields of %s", line).hasSameSizeAs(header);
        rows.add(
            new LabelledPosting(
                f.get(0),
                switch (f.get(1)) {
                  case "fraud" -> true;
                  case "honest" -> false;
                  default -> throw new IllegalArgumentException("label " + f.get(1));
                },
                new PostingText(
                    f.get(2),
                    f.get(3),
                    f.get(4),
                    f.get(5),
                    fen(f.get(6)),
                    fen(f.get(7)),
                    f.get(8),
                    Integer.parseInt(f.get(9)),
                    Boolean.parseBoolean(f.get(10)),
                    Boolean.parseBoolean(f.get(11)),
                    Boolean.parseBoolean(f.get(12)))));
      }
      return rows;
    }
  }

  private static long fen(String yuan) {
    return new BigDecimal(yuan).movePointRight(2).longValueExact();
  }

  /** One CSV record on one line (RFC 4180 quoting, no line breaks inside fields). */
  static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
