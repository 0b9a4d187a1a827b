package org.qingsong.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.support.SchemaSnapshot;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * On H2 (as configured by the application: PostgreSQL mode, lower-case names, high nulls), over one
 * connection, since H2 checks a table's CHECK constraints with the session that created them.
 */
class BulkLoadModeH2Test extends BulkLoadModeContract {
  @TempDir Path directory;
  private Connection connection;

  @Override
  DataSource freshDatabase() {
    try {
      connection =
          DriverManager.getConnection(
              "jdbc:h2:file:"
                  + directory.resolve("bulk-" + UUID.randomUUID())
                  + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
              "sa",
              "");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return new SingleConnectionDataSource(connection, true);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Override
  String vendor() {
    return "h2";
  }

  @Override
  List<String> schema() {
    List<String> schema = new ArrayList<>(SchemaSnapshot.h2(jdbc));
    schema.addAll(
        jdbc.sql(
                "SELECT setting_name || '=' || setting_value FROM information_schema.settings"
                    + " WHERE setting_name IN ('WRITE_DELAY', 'info.CACHE_MAX_SIZE')")
            .query(String.class)
            .list());
    return schema;
  }

  @Override
  List<String> indexesOf(String table) {
    return jdbc.sql("SELECT index_name FROM information_schema.indexes WHERE table_name = :t")
        .param("t", table)
        .query(String.class)
        .list();
  }

  @Test
  void theCacheIsLargerAndTheStoreWritesInTheBackgroundOnlyDuringTheLoad() {
    String cache = "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?";
    String before = jdbc.sql(cache).param("info.CACHE_MAX_SIZE").query(String.class).single();
    try (BulkLoadMode mode = BulkLoadMode.enter(dataSource, TABLES)) {
      assertThat(mode.deferred()).isNotEmpty();
      assertThat(
              Integer.parseInt(
                  jdbc.sql(cache).param("info.CACHE_MAX_SIZE").query(String.class).single()))
          .isGreaterThanOrEqualTo(BulkLoadMode.CACHE_MB);
      assertThat(jdbc.sql(cache).param("WRITE_DELAY").query(String.class).single())
          .isEqualTo(String.valueOf(BulkLoadMode.WRITE_DELAY));
    }
    assertThat(jdbc.sql(cache).param("info.CACHE_MAX_SIZE").query(String.class).single())
        .isEqualTo(before);
    assertThat(jdbc.sql(cache).param("WRITE_DELAY").query(String.class).single()).isEqualTo("0");
  }
}
