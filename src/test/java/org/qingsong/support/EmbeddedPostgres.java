package org.qingsong.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one real PostgreSQL server for the test JVM and points the application at it. The server
 * stops when the last application context using it has closed its connection pool: stopping it
 * earlier (from its own JVM shutdown hook, racing Spring's) leaves the pool retrying dead
 * connections until its timeout.
 */
public class EmbeddedPostgres
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
  private static int users;

  static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server =
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false)
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    users++;
    return server.getJdbcUrl("postgres", "postgres");
  }

  static synchronized void release() throws IOException {
    users--;
    if (users == 0 && server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    TestPropertyValues.of(
            "spring.datasource.url=" + jdbcUrl(),
            "spring.datasource.username=postgres",
            "spring.datasource.password=")
        .applyTo(context.getEnvironment());
    context.addBeanFactoryPostProcessor(
        (BeanFactoryPostProcessor)
            factory -> {
              ((BeanDefinitionRegistry) factory)
                  .registerBeanDefinition(
                      "embeddedPostgresLease", new RootBeanDefinition(Lease.class));
              // The pool is destroyed before the lease, so the server outlives its connections.
              BeanDefinition dataSource = factory.getBeanDefinition("dataSource");
              dataSource.setDependsOn("embeddedPostgresLease");
            });
  }

  /** Held by one application context; releasing the last lease stops the server. */
  static final class Lease implements DisposableBean {
    @Override
    public void destroy() throws IOException {
      release();
    }
  }
}
