package org.qingsong.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk-load mode on a freshly migrated database: the plain secondary indexes of the loaded tables
 * are gone during the load and afterwards the schema is exactly the one the migrations made, also
 * when the load fails; tables that already hold rows are left alone.
 */
abstract class BulkLoadModeContract {
  static final String[] TABLES = {"person", "person_skill", "job_seeker", "job_posting"};

  DataSource dataSource;
  JdbcClient jdbc;

  /** A new, empty database for each test. */
  abstract DataSource freshDatabase();

  /** The vendor folder of the migrations. */
  abstract String vendor();

  /** Everything about indexes and constraints that the schema holds, in a stable order. */
  abstract List<String> schema();

  /** Names of the indexes of a table. */
  abstract List<String> indexesOf(String table);

  @BeforeEach
  void migrate() {
    dataSource = freshDatabase();
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor())
        .load()
        .migrate();
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql(
            "INSERT INTO division (code, name, level, location_synthetic)"
                + " VALUES ('430203004', '建设街道', 'STREET', FALSE)")
        .update();
  }

  void insertPeople(long from, int count) {
    for (long id = from; id < from + count; id++) {
      jdbc.sql(
              "INSERT INTO person (id, name, id_number, phone, gender, birth_date, street_code,"
                  + " registered_at, registered_by, updated_at) VALUES (:id, :name, :number,"
                  + " '13800000000', 'MALE', DATE '1960-01-01', '430203004', :at, 'test', :at)")
          .param("id", id)
          .param("name", "居民" + id)
          .param("number", String.format("4302031960010%05d", id))
          .param("at", OffsetDateTime.now())
          .update();
      jdbc.sql("INSERT INTO person_skill (person_id, skill) VALUES (:id, '保洁')")
          .param("id", id)
          .update();
    }
  }

  @Test
  void theIndexesWaitDuringTheLoadAndAreExactlyTheMigratedOnesAfterwards() {
    List<String> migrated = schema();
    assertThat(indexesOf("person")).contains("person_name", "person_street");

    try (BulkLoadMode mode = BulkLoadMode.enter(dataSource, TABLES)) {
      assertThat(mode.deferred())
          .contains(
              "index person_name",
              "index person_street",
              "index job_posting_status",
              "unique person_id_number_unique")
          .noneMatch(name -> name.contains("gender") || name.contains("_fk"));
      assertThat(indexesOf("person")).doesNotContain("person_name", "person_street");
      insertPeople(1, 50);
    }

    assertThat(schema()).isEqualTo(migrated);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM person WHERE name = '居民7' AND street_code = '430203004'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aFailedLoadStillGetsItsIndexesBack() {
    List<String> migrated = schema();

    assertThatThrownBy(
            () -> {
              try (BulkLoadMode mode = BulkLoadMode.enter(dataSource, TABLES)) {
                assertThat(mode.deferred()).isNotEmpty();
                insertPeople(1, 3);
                insertPeople(3, 1); // the same id again
              }
            })
        .isInstanceOf(org.springframework.dao.DataAccessException.class);

    assertThat(schema()).isEqualTo(migrated);
  }

  @Test
  void aRowThatBreaksADeferredConstraintIsFoundWhenTheConstraintIsMadeAgain() {
    List<String> migrated = schema();
    BulkLoadMode mode = BulkLoadMode.enter(dataSource, TABLES);
    insertPeople(1, 2);
    jdbc.sql(
            "UPDATE person SET id_number = (SELECT id_number FROM person WHERE id = 1) WHERE id = 2")
        .update();

    assertThatThrownBy(mode::close)
        .isInstanceOf(org.springframework.dao.DataAccessException.class)
        .hasMessageContaining("person_id_number_unique");

    // Everything else is back; once the duplicate is gone, so is the constraint.
    jdbc.sql("DELETE FROM person_skill WHERE person_id = 2").update();
    jdbc.sql("DELETE FROM person WHERE id = 2").update();
    mode.close();
    assertThat(schema()).isEqualTo(migrated);
  }

  @Test
  void tablesThatHoldRowsKeepTheirIndexes() {
    insertPeople(1, 1);
    List<String> before = schema();

    try (BulkLoadMode mode = BulkLoadMode.enter(dataSource, TABLES)) {
      assertThat(mode.deferred()).isEmpty();
      assertThat(schema()).isEqualTo(before);
      insertPeople(2, 5);
    }

    assertThat(schema()).isEqualTo(before);
  }
}
