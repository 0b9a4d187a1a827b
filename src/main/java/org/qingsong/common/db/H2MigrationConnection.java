package org.qingsong.common.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Runs the schema migrations on H2 over one connection that stays open while the application runs.
 *
 * <p>H2 (2.4) evaluates a {@code CHECK} constraint with the session that created it. Once that
 * session is closed, every insert into the table fails with "Check constraint invalid … The
 * database has been closed". Migrations over the pool would leave the constraints tied to a pooled
 * connection, which the pool retires after its maximum lifetime (30 minutes by default), so
 * registrations would start failing half an hour after the first start. A database opened again
 * later is not affected: H2 then reads the constraints in its own system session. PostgreSQL has no
 * such problem and keeps using the pool.
 */
@Configuration(proxyBeanMethods = false)
class H2MigrationConnection {

  @Bean
  MigrationConnection migrationConnection(DataSource dataSource) {
    return new MigrationConnection(dataSource);
  }

  @Bean
  FlywayConfigurationCustomizer h2MigrationConnectionCustomizer(MigrationConnection connection) {
    return configuration -> connection.dataSource().ifPresent(configuration::dataSource);
  }

  /** The open connection used for migrations on H2; none on other databases. */
  static final class MigrationConnection implements DisposableBean {
    private final DataSource pool;
    private SingleConnectionDataSource single;

    MigrationConnection(DataSource pool) {
      this.pool = pool;
    }

    synchronized java.util.Optional<DataSource> dataSource() {
      if (single == null && pool instanceof HikariDataSource hikari) {
        String url = hikari.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:h2:")) {
          try {
            Connection connection =
                DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
            single = new SingleConnectionDataSource(connection, true);
          } catch (SQLException e) {
            throw new IllegalStateException("cannot open the H2 migration connection", e);
          }
        }
      }
      return java.util.Optional.ofNullable(single);
    }

    @Override
    public synchronized void destroy() {
      if (single != null) {
        single.destroy();
        single = null;
      }
    }
  }
}
