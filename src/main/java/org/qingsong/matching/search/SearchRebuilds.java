package org.qingsong.matching.search;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Starts rebuilds: in the foreground with printed progress, or on a background thread. */
@Component
public class SearchRebuilds {
  private static final Logger log = LoggerFactory.getLogger(SearchRebuilds.class);

  private final PostingIndexer postings;

  SearchRebuilds(PostingIndexer postings) {
    this.postings = postings;
  }

  /** At start: accepts a current index, else rebuilds it in the background. */
  void checkAtStart() {
    if (postings.looksCurrent()) {
      postings.accept();
      log.info("Search index of postings is current ({} documents)", postings.index().documents());
      return;
    }
    log.info(
        "Search index of postings is empty or out of date ({} documents): rebuilding it in the"
            + " background; job searches answer 503 until it is ready",
        postings.index().documents());
    background();
  }

  /** Starts a rebuild on a background thread; false when one is already running. */
  public synchronized boolean background() {
    if (postings.isRunning()) {
      return false;
    }
    Thread t =
        new Thread(
            () -> {
              try {
                long started = System.nanoTime();
                long n = postings.rebuild(done -> {});
                if (n >= 0) {
                  log.info(
                      "Search index of postings rebuilt: {} documents in {} ms",
                      n,
                      (System.nanoTime() - started) / 1_000_000);
                }
              } catch (RuntimeException e) {
                log.error("Background rebuild of the posting index failed", e);
              }
            },
            "search-rebuild");
    t.setDaemon(true);
    t.start();
    return true;
  }

  /** Rebuilds every index now, printing a line every 10,000 documents and a summary. */
  void rebuildAll(PrintStream out) {
    long started = System.nanoTime();
    AtomicLong last = new AtomicLong();
    long n =
        postings.rebuild(
            done -> {
              if (done / SearchRunners.PROGRESS_EVERY > last.get() / SearchRunners.PROGRESS_EVERY) {
                out.println("reindex: postings " + done + " indexed");
              }
              last.set(done);
            });
    long millis = (System.nanoTime() - started) / 1_000_000;
    out.println("reindex: postings done, " + n + " documents in " + millis + " ms");
    out.flush();
  }
}
