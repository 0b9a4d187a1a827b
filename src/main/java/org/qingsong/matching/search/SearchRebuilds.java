package org.qingsong.matching.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts rebuilds of the posting and job-seeker indexes: in the foreground with printed progress,
 * or one after the other on a background thread.
 */
@Component
public class SearchRebuilds {
  private static final Logger log = LoggerFactory.getLogger(SearchRebuilds.class);

  /** One index to build: its name, whether its build is running, and the build itself. */
  private record Target(
      String name,
      java.util.function.BooleanSupplier running,
      ToLongFunction<LongConsumer> rebuild) {}

  private final PostingIndexer postings;
  private final SeekerIndexer seekers;
  private final Target postingTarget;
  private final Target seekerTarget;
  private Thread worker;

  SearchRebuilds(PostingIndexer postings, SeekerIndexer seekers) {
    this.postings = postings;
    this.seekers = seekers;
    this.postingTarget = new Target(SearchIndexes.POSTINGS, postings::isRunning, postings::rebuild);
    this.seekerTarget = new Target(SearchIndexes.PEOPLE, seekers::isRunning, seekers::rebuild);
  }

  /** At start: accepts each current index, and rebuilds the others in the background. */
  void checkAtStart() {
    List<Target> stale = new ArrayList<>();
    if (postings.looksCurrent()) {
      postings.accept();
      log.info("Search index of postings is current ({} documents)", postings.index().documents());
    } else {
      log.info(
          "Search index of postings is empty or out of date ({} documents): rebuilding it in the"
              + " background; job searches answer 503 until it is ready",
          postings.index().documents());
      stale.add(postingTarget);
    }
    if (seekers.looksCurrent()) {
      seekers.accept();
      log.info(
          "Search index of job seekers is current ({} documents)", seekers.index().documents());
    } else {
      log.info(
          "Search index of job seekers is out of date ({} documents): rebuilding it in the"
              + " background; searches of job seekers answer 503 until it is ready",
          seekers.index().documents());
      stale.add(seekerTarget);
    }
    if (!stale.isEmpty()) {
      start(stale);
    }
  }

  /** Starts a rebuild of every index on a background thread; false when one is already running. */
  public boolean background() {
    return start(List.of(postingTarget, seekerTarget));
  }

  private synchronized boolean start(List<Target> targets) {
    if ((worker != null && worker.isAlive()) || postings.isRunning() || seekers.isRunning()) {
      return false;
    }
    Thread t =
        new Thread(
            () -> {
              for (Target target : targets) {
                try {
                  long started = System.nanoTime();
                  long n = target.rebuild().applyAsLong(done -> {});
                  if (n >= 0) {
                    log.info(
                        "Search index of {} rebuilt: {} documents in {} ms",
                        target.name(),
                        n,
                        (System.nanoTime() - started) / 1_000_000);
                  }
                } catch (RuntimeException e) {
                  log.error("Background rebuild of the {} index failed", target.name(), e);
                }
              }
            },
            "search-rebuild");
    t.setDaemon(true);
    worker = t;
    t.start();
    return true;
  }

  /**
   * Whether a rebuild started here is still running (set at once when {@link #background} returns
   * true, before the thread has claimed its first index).
   */
  public synchronized boolean isRunning() {
    return (worker != null && worker.isAlive()) || postings.isRunning() || seekers.isRunning();
  }

  /** Rebuilds every index now, printing a line every 10,000 documents and a summary per index. */
  void rebuildAll(PrintStream out) {
    for (Target target : List.of(postingTarget, seekerTarget)) {
      long started = System.nanoTime();
      AtomicLong last = new AtomicLong();
      long n =
          target
              .rebuild()
              .applyAsLong(
                  done -> {
                    if (done / SearchRunners.PROGRESS_EVERY
                        > last.get() / SearchRunners.PROGRESS_EVERY) {
                      out.println("reindex: " + target.name() + " " + done + " indexed");
                    }
                    last.set(done);
                  });
      long millis = (System.nanoTime() - started) / 1_000_000;
      out.println("reindex: " + target.name() + " done, " + n + " documents in " + millis + " ms");
      out.flush();
    }
  }
}
