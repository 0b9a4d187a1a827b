package org.qingsong.matching.batch;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.qingsong.common.DomainException;
import org.qingsong.matching.BatchRequest;
import org.qingsong.matching.BatchRun;
import org.qingsong.matching.BatchRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * When batch runs start besides the API: nightly ({@code qingsong.matching.batch.cron}, {@code -}
 * turns it off) and by the {@code recommend} command. On start, runs left RUNNING by a stopped
 * process are marked INTERRUPTED so that they can be resumed (one instance runs batches).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BatchTriggers {
  private static final Logger log = LoggerFactory.getLogger(BatchTriggers.class);

  private final BatchRuns runs;
  private final String command;

  BatchTriggers(BatchRuns runs, @Value("${qingsong.command:}") String command) {
    this.runs = runs;
    this.command = command;
  }

  @Bean
  @Order(5)
  ApplicationRunner abandonedBatchRuns(BatchStore store, Clock clock) {
    return args -> {
      if (!command.isEmpty() && !"recommend".equals(command)) {
        return; // other commands (demo, reindex) leave batch runs alone
      }
      int n = store.interruptAbandoned(OffsetDateTime.now(clock));
      if (n > 0) {
        log.warn("{} batch run(s) were stopped with the application; they can be resumed", n);
      }
    };
  }

  /** Nightly: resumes the latest stopped run if there is one, else starts a new run. */
  @Scheduled(cron = "${qingsong.matching.batch.cron:0 30 2 * * *}", zone = "Asia/Shanghai")
  void nightly() {
    if (!command.isEmpty()) {
      return;
    }
    try {
      BatchRun run = runs.runHere("NIGHTLY", true, BatchRequest.DEFAULT);
      log.info("nightly batch run {} ended {}", run.id(), run.status());
    } catch (DomainException e) {
      log.info("nightly batch run skipped: another run is executing");
    }
  }

  @Bean
  RecommendCommand recommendCommand(
      @Value("${qingsong.matching.batch.resume:false}") boolean resume,
      @Value("${qingsong.matching.batch.max-chunks:0}") int maxChunks) {
    return new RecommendCommand(runs, "recommend".equals(command), resume, maxChunks);
  }

  /**
   * The {@code recommend} command: one batch run in the foreground with progress lines; exit code 0
   * when it completed, 1 when it stopped (it can then be resumed with {@code --resume}).
   */
  @Order(20)
  static final class RecommendCommand implements ApplicationRunner, ExitCodeGenerator {
    private final BatchRuns runs;
    private final boolean active;
    private final boolean resume;
    private final int maxChunks;
    private int exitCode;

    RecommendCommand(BatchRuns runs, boolean active, boolean resume, int maxChunks) {
      this.runs = runs;
      this.active = active;
      this.resume = resume;
      this.maxChunks = maxChunks;
    }

    @Override
    public void run(ApplicationArguments args) {
      if (!active) {
        return;
      }
      BatchRun run =
          runs.runHere("COMMAND", resume, new BatchRequest(null, maxChunks > 0 ? maxChunks : null));
      log.info(
          "recommend: run {} {}: {}/{} seekers, {} postings, {} chunks, {} seekers/s",
          run.id(),
          run.status(),
          run.processed(),
          run.totalSeekers(),
          run.postings(),
          run.chunksDone(),
          run.ratePerSecond());
      exitCode = "COMPLETED".equals(run.status()) ? 0 : 1;
    }

    @Override
    public int getExitCode() {
      return exitCode;
    }
  }
}
