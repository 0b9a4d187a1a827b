package org.qingsong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one real PostgreSQL server for the test JVM and points the application at it. */
public class EmbeddedPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + jdbcUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context.getEnvironment());
  }
}
