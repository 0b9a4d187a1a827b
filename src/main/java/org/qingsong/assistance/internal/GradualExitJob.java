package org.qingsong.assistance.internal;

import org.qingsong.assistance.GradualExits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes the cases whose gradual exit has ended: at start-up (a server that was down over midnight
 * catches up) and then every day at {@code qingsong.assistance.gradual-exit-cron} (00:20 business
 * time by default; {@code -} turns the daily run off).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(6)
class GradualExitJob implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(GradualExitJob.class);

  private final GradualExits exits;

  GradualExitJob(GradualExits exits) {
    this.exits = exits;
  }

  @Override
  public void run(ApplicationArguments args) {
    close();
  }

  @Scheduled(cron = "${qingsong.assistance.gradual-exit-cron:0 20 0 * * *}", zone = "Asia/Shanghai")
  void close() {
    GradualExits.Closing c = exits.closeEnded();
    if (!c.closed().isEmpty()) {
      log.info(
          "Closed {} assistance cases whose gradual exit ended before {}",
          c.closed().size(),
          c.on());
    }
  }
}
