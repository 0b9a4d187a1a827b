package org.qingsong.occupations.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.qingsong.occupations.Occupation;
import org.qingsong.occupations.Occupations;
import org.qingsong.occupations.store.OccupationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the occupation list (shipped under {@code reference/occupations}, see its SOURCE.md) into
 * an empty database on start-up, before anything that refers to occupations, such as the demo data.
 */
@Component
@Order(0)
class OccupationDataLoader implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(OccupationDataLoader.class);

  private final OccupationStore store;
  private final Occupations occupations;

  OccupationDataLoader(OccupationStore store, Occupations occupations) {
    this.store = store;
    this.occupations = occupations;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (store.count() > 0) {
      return;
    }
    List<Occupation> rows;
    try (InputStream in = new ClassPathResource(OccupationFile.RESOURCE).getInputStream()) {
      rows = OccupationFile.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    store.insertAll(rows);
    occupations.reload();
    log.info("Loaded {} occupations from reference data", rows.size());
  }
}
