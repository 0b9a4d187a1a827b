package org.qingsong.demo.internal;

import org.qingsong.demo.DemoAccounts;
import org.qingsong.demo.DemoCity;
import org.qingsong.demo.DemoCityScale;
import org.qingsong.demo.DemoSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Two ways in: on start-up in demo mode, an empty database gets the demo city; the {@code demo}
 * command makes one (into an empty database only) and exits with 0, or 2 if it refused.
 */
@Configuration(proxyBeanMethods = false)
class DemoRunners {
  private static final Logger log = LoggerFactory.getLogger(DemoRunners.class);

  @Bean
  @Order(10)
  ApplicationRunner demoOnStart(
      DemoCity city,
      DemoAccounts accounts,
      @Value("${qingsong.demo:false}") boolean demo,
      @Value("${qingsong.command:}") String command,
      @Value("${qingsong.demo.seed:42}") long seed,
      @Value("${qingsong.demo.people:2000}") int people,
      @Value("${qingsong.demo.password:}") String password) {
    return args -> {
      if (!demo || !command.isEmpty()) {
        return;
      }
      if (city.isEmpty()) {
        city.generate(seed, people);
      }
      accounts.ensure(password);
    };
  }

  @Bean
  DemoCommand demoCommand(
      DemoCity city,
      DemoCityScale cityScale,
      DemoAccounts accounts,
      @Value("${qingsong.command:}") String command,
      @Value("${qingsong.demo.seed:42}") long seed,
      @Value("${qingsong.demo.people:2000}") int people,
      @Value("${qingsong.demo.scale:small}") String scale,
      @Value("${qingsong.demo.fraction:1}") double fraction,
      @Value("${qingsong.demo.password:}") String password) {
    return new DemoCommand(
        city, cityScale, accounts, "demo".equals(command), seed, people, scale, fraction, password);
  }

  /** The {@code demo} command; its exit code is the process's. */
  @Order(20)
  static final class DemoCommand implements ApplicationRunner, ExitCodeGenerator {
    private final DemoCity city;
    private final DemoCityScale cityScale;
    private final DemoAccounts accounts;
    private final boolean active;
    private final long seed;
    private final int people;
    private final String scale;
    private final double fraction;
    private final String password;
    private int exitCode;

    DemoCommand(
        DemoCity city,
        DemoCityScale cityScale,
        DemoAccounts accounts,
        boolean active,
        long seed,
        int people,
        String scale,
        double fraction,
        String password) {
      this.city = city;
      this.cityScale = cityScale;
      this.accounts = accounts;
      this.active = active;
      this.seed = seed;
      this.people = people;
      this.scale = scale;
      this.fraction = fraction;
      this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
      if (!active) {
        return;
      }
      boolean cityScaled = "city".equals(scale);
      if (!cityScaled && !"small".equals(scale)) {
        log.error("--scale must be small or city, was {}", scale);
        exitCode = 2;
        return;
      }
      if (!(fraction > 0 && fraction <= 1)) {
        log.error("--fraction must be more than 0 and at most 1, was {}", fraction);
        exitCode = 2;
        return;
      }
      if (people < 1 || people > 2_000_000) {
        log.error("--people must be between 1 and 2000000, was {}", people);
        exitCode = 2;
        return;
      }
      if (!city.isEmpty()) {
        log.error(
            "The database already holds residents; the demo command fills an empty database only."
                + " Point --qingsong.data-dir at a new directory.");
        exitCode = 2;
        return;
      }
      DemoSummary summary =
          cityScaled ? cityScale.generate(seed, fraction) : city.generate(seed, people);
      if (!password.isBlank()) {
        accounts.ensure(password);
      }
      log.info(
          "demo: {} people, {} job seekers, {} employers, {} stations, {} job postings,"
              + " {} gig workers, {} gig visits, seed {}, scale {}, {} ms",
          summary.people(),
          summary.seekers(),
          summary.employers(),
          summary.stations(),
          summary.postings(),
          summary.gigWorkers(),
          summary.gigVisits(),
          summary.seed(),
          scale,
          summary.millis());
    }

    @Override
    public int getExitCode() {
      return exitCode;
    }
  }
}
