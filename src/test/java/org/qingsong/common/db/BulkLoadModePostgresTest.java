package org.qingsong.common.db;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.qingsong.support.SchemaSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;

/** On a real PostgreSQL server, a new database for each test. */
class BulkLoadModePostgresTest extends BulkLoadModeContract {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  @BeforeAll
  static void start() throws IOException {
    server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Override
  DataSource freshDatabase() {
    String name = "bulk" + DATABASES.incrementAndGet();
    JdbcClient.create(server.getPostgresDatabase()).sql("CREATE DATABASE " + name).update();
    return server.getDatabase("postgres", name);
  }

  @Override
  String vendor() {
    return "postgresql";
  }

  @Override
  List<String> schema() {
    return SchemaSnapshot.postgres(jdbc);
  }

  @Override
  List<String> indexesOf(String table) {
    return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = :t")
        .param("t", table)
        .query(String.class)
        .list();
  }
}
