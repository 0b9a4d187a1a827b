package org.qingsong.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.H2App;
import org.qingsong.support.Residents;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pool may close any of its connections at any time (it retires each after 30 minutes). On H2
 * the table checks must keep working afterwards: the migrations ran on a connection of their own,
 * not on one of the pool's.
 */
@H2App
class H2ConstraintSessionTest {
  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  @Test
  void checksStillWorkAfterThePoolHasReplacedEveryConnection() throws Exception {
    HikariDataSource pool = (HikariDataSource) dataSource;
    pool.getHikariPoolMXBean().softEvictConnections();
    long deadline = System.currentTimeMillis() + 10_000;
    while (pool.getHikariPoolMXBean().getTotalConnections() > 0
        && pool.getHikariPoolMXBean().getActiveConnections() == 0
        && System.currentTimeMillis() < deadline) {
      pool.getHikariPoolMXBean().softEvictConnections();
      Thread.sleep(50);
    }

    Api.Response created =
        Api.on(port).as("staff").post("/api/v1/people", Residents.person("王淑芬", "430203004"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
  }
}
