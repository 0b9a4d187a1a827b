package org.qingsong.geography.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.store.DivisionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads Zhuzhou's divisions (shipped under {@code reference/geo}, see its SOURCE.md) into an empty
 * database on start-up. Runs before anything that needs streets, such as the demo generator.
 */
@Component
@Order(0)
class ReferenceDataLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
  static final String PROVINCE = "430000";
  static final String CITY = "430200";

  private final DivisionStore store;

  ReferenceDataLoader(DivisionStore store) {
    this.store = store;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (store.count() > 0) {
      return;
    }
    store.insert(new Division(PROVINCE, "湖南省", DivisionLevel.PROVINCE, null, null, null, false));
    double[] city = SyntheticLocations.city();
    store.insert(new Division(CITY, "株洲市", DivisionLevel.CITY, PROVINCE, city[0], city[1], true));
    Map<String, double[]> points = new HashMap<>();
    int n = 2;
    for (String[] row : read("reference/geo/zhuzhou-districts.csv")) {
      double[] p = SyntheticLocations.district(row[0]);
      points.put(row[0], p);
      store.insert(new Division(row[0], row[1], DivisionLevel.DISTRICT, CITY, p[0], p[1], true));
      n++;
    }
    for (String[] row : read("reference/geo/zhuzhou-streets.csv")) {
      double[] p = SyntheticLocations.street(row[0], row[1], points.get(row[2]));
      points.put(row[0], p);
      store.insert(new Division(row[0], row[1], DivisionLevel.STREET, row[2], p[0], p[1], true));
      n++;
    }
    for (String[] row : read("reference/geo/zhuzhou-communities.csv")) {
      double[] p = SyntheticLocations.community(row[0], row[1], points.get(row[2]));
      store.insert(new Division(row[0], row[1], DivisionLevel.COMMUNITY, row[2], p[0], p[1], true));
      n++;
    }
    log.info("Loaded {} divisions of Zhuzhou from reference data", n);
  }

  static boolean isStatisticalPlaceholder(String communityName) {
    return communityName.contains("虚拟");
  }

  private static List<String[]> read(String path) {
    List<String[]> rows = new ArrayList<>();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(
                new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null) {
        return rows;
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
