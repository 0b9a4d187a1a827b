package org.qingsong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.qingsong.support.SchemaSnapshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The city generator on an empty database, as the {@code demo} command runs it: it loads in
 * bulk-load mode, and afterwards the indexes and constraints are exactly those of a freshly
 * migrated database.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:qingsong-city-bulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
      "qingsong.demo=false",
      "qingsong.search.index-dir=memory",
      "qingsong.matching.batch.cron=-"
    })
class CityDemoBulkLoadH2Test {
  @Autowired DemoCityScale city;
  @Autowired JdbcClient jdbc;

  @Test
  void aBulkLoadedCityHasExactlyTheMigratedIndexesAndConstraints() throws Exception {
    assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isZero();

    DemoSummary made = city.generate(42, 0.0005);

    assertThat(made.people()).isEqualTo(500);
    assertThat(made.postings()).isEqualTo(50);
    // Spring Modulith makes its event_publication table itself, outside the migrations.
    assertThat(SchemaSnapshot.h2(jdbc).stream().filter(line -> !line.contains("event_publication")))
        .containsExactlyElementsOf(migrated());
    // The unique ID numbers were checked again when their constraint came back.
    assertThat(jdbc.sql("SELECT COUNT(DISTINCT id_number) FROM person").query(Long.class).single())
        .isEqualTo(500);
  }

  /** The schema of a database that only the migrations have touched. */
  private static List<String> migrated() throws Exception {
    try (Connection c =
        DriverManager.getConnection(
            "jdbc:h2:mem:qingsong-city-migrated;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH",
            "sa",
            "")) {
      SingleConnectionDataSource single = new SingleConnectionDataSource(c, true);
      Flyway.configure()
          .dataSource(single)
          .locations("classpath:db/migration/common", "classpath:db/migration/h2")
          .load()
          .migrate();
      return SchemaSnapshot.h2(JdbcClient.create(single));
    }
  }
}
