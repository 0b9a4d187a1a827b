package org.qingsong.matching.search;

import java.io.PrintStream;
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
 * Two ways the indexes get built: when the server starts and an index is empty or does not hold as
 * many documents as the database has searchable rows, it is rebuilt in the background (searches
 * answer 503 until a first build is done; a ready index keeps answering during a rebuild); the
 * {@code reindex} command rebuilds them in the foreground with progress on standard output and
 * exits.
 */
@Configuration(proxyBeanMethods = false)
class SearchRunners {
  private static final Logger log = LoggerFactory.getLogger(SearchRunners.class);
  static final long PROGRESS_EVERY = 10_000;

  /** After the demo city (order 10) so that a first start indexes the demo data. */
  @Bean
  @Order(30)
  ApplicationRunner searchIndexOnStart(
      SearchRebuilds rebuilds, @Value("${qingsong.command:}") String command) {
    return args -> {
      if (command.isEmpty()) {
        rebuilds.checkAtStart();
      }
    };
  }

  @Bean
  ReindexCommand reindexCommand(
      SearchRebuilds rebuilds, @Value("${qingsong.command:}") String command) {
    return new ReindexCommand(rebuilds, "reindex".equals(command), System.out);
  }

  /** The {@code reindex} command; its exit code is the process's (0, or 1 when a build failed). */
  @Order(30)
  static final class ReindexCommand implements ApplicationRunner, ExitCodeGenerator {
    private final SearchRebuilds rebuilds;
    private final boolean active;
    private final PrintStream out;
    private int exitCode;

    ReindexCommand(SearchRebuilds rebuilds, boolean active, PrintStream out) {
      this.rebuilds = rebuilds;
      this.active = active;
      this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
      if (!active) {
        return;
      }
      try {
        rebuilds.rebuildAll(out);
      } catch (RuntimeException e) {
        log.error("reindex failed", e);
        out.println("reindex: failed: " + e.getMessage());
        exitCode = 1;
      }
    }

    @Override
    public int getExitCode() {
      return exitCode;
    }
  }
}
