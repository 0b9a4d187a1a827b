package org.qingsong.common.db;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
    List<String> schema = new ArrayList<>();
    schema.addAll(
        jdbc.sql(
                "SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes"
                    + " WHERE schemaname = 'public'")
            .query(String.class)
            .list());
    schema.addAll(
        jdbc.sql(
                """
                SELECT t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                       || ' ' || COALESCE(i.relname, '-')
                FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                LEFT JOIN pg_class i ON i.oid = k.conindid
                JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
                """)
            .query(String.class)
            .list());
    return schema.stream().sorted().toList();
  }

  @Override
  List<String> indexesOf(String table) {
    return jdbc.sql("SELECT indexname FROM pg_indexes WHERE tablename = :t")
        .param("t", table)
        .query(String.class)
        .list();
  }
}
