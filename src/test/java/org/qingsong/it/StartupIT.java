package org.qingsong.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.support.Api;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar target/qingsong.jar} on an empty data directory comes up healthy (having filled
 * itself with demo data) and serves the home page in Chinese, and in English on request. The
 * start-up time is logged; the benchmark under {@code bench/} is where it is measured properly.
 */
class StartupIT {
  private static final Logger log = LoggerFactory.getLogger(StartupIT.class);

  @TempDir Path dataDir;

  private RunningJar server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void startsOnAnEmptyDataDirectoryAndServesTheHomePageInBothLanguages() throws Exception {
    server = RunningJar.start("startup", dataDir);
    log.info(
        "qingsong.jar was UP {} ms after launch (first start, demo data on)",
        server.startupTime().toMillis());

    Api.Response chinese = server.api().get("/");
    assertThat(chinese.status()).isEqualTo(200);
    assertThat(chinese.body()).contains("轻松就业").contains("lang=\"zh-CN\"");

    Api.Response english = server.api().get("/?lang=en");
    assertThat(english.status()).isEqualTo(200);
    assertThat(english.body()).contains("lang=\"en\"").contains("Employment");
  }
}
