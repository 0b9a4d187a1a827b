package org.qingsong.jobs.internal;

import org.qingsong.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Expires postings past their last day: at start-up and then five minutes past every hour. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(5)
class PostingExpiry implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

  private final Jobs jobs;

  PostingExpiry(Jobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void run(ApplicationArguments args) {
    expire();
  }

  @Scheduled(cron = "0 5 * * * *", zone = "Asia/Shanghai")
  void expire() {
    int n = jobs.expireOverdue();
    if (n > 0) {
      log.info("Expired {} job postings past their last day", n);
    }
  }
}
