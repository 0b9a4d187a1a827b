package org.qingsong.assistance.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.qingsong.assistance.AreaType;
import org.qingsong.assistance.ThresholdName;
import org.qingsong.assistance.store.StandardStore;
import org.qingsong.assistance.store.ThresholdStore;
import org.qingsong.common.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped assistance rules ({@code reference/assistance}, see its SOURCE.md) into empty
 * tables on start-up: after the divisions they refer to (order 0), before the demo data (order 10).
 * Tables that have rows keep them, so administrators' versions are never overwritten.
 */
@Component
@Order(1)
class RulesDataLoader implements ApplicationRunner {
  static final String STANDARDS = "reference/assistance/standards.csv";
  static final String THRESHOLDS = "reference/assistance/thresholds.csv";
  private static final Logger log = LoggerFactory.getLogger(RulesDataLoader.class);

  private final StandardStore standards;
  private final ThresholdStore thresholds;
  private final Clock clock;

  RulesDataLoader(StandardStore standards, ThresholdStore thresholds, Clock clock) {
    this.standards = standards;
    this.thresholds = thresholds;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (standards.count() == 0) {
      List<String[]> rows =
          read(STANDARDS, "area_code,area_type,monthly_yuan,effective_from,basis");
      for (String[] r : rows) {
        standards.insert(
            r[0],
            AreaType.valueOf(r[1]),
            Money.ofYuan(new BigDecimal(r[2])).fen(),
            LocalDate.parse(r[3]),
            r[4],
            now,
            "system");
      }
      log.info("Loaded {} allowance standard versions from reference data", rows.size());
    }
    if (thresholds.count() == 0) {
      List<String[]> rows = read(THRESHOLDS, "name,area_code,figure,effective_from,basis");
      for (String[] r : rows) {
        thresholds.insert(
            ThresholdName.valueOf(r[0]),
            r[1],
            new BigDecimal(r[2]),
            LocalDate.parse(r[3]),
            r[4],
            now,
            "system");
      }
      log.info("Loaded {} assistance threshold versions from reference data", rows.size());
    }
  }

  /** Rows of a shipped file; the last column (basis) may contain commas. */
  static List<String[]> read(String path, String header) {
    int columns = header.split(",").length;
    List<String[]> rows = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
      String first = reader.readLine();
      if (first == null || !first.strip().equals(header)) {
        throw new IllegalStateException(path + " must start with the header " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          String[] cells = line.split(",", columns);
          if (cells.length != columns) {
            throw new IllegalStateException(path + ": bad row " + line);
          }
          rows.add(cells);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
