package org.qingsong.matching.search;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.qingsong.matching.SearchIndexStatus;
import org.qingsong.occupations.Occupations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the posting index equal to the searchable postings: a whole rebuild from the database in
 * pages of 1,000, and single updates when a posting changes. Both read the database, never the
 * event, so a late or repeated event cannot put stale data in.
 */
@Component
public class PostingIndexer {
  private static final Logger log = LoggerFactory.getLogger(PostingIndexer.class);
  static final int PAGE = 1_000;

  private final LuceneIndex index;
  private final PostingSource source;
  private final PostingDocuments documents;
  private final BuildProgress progress;

  PostingIndexer(
      SearchIndexes indexes, PostingSource source, Occupations occupations, Clock clock) {
    this.index = indexes.postings();
    this.source = source;
    this.documents = new PostingDocuments(code -> occupations.find(code).orElse(null));
    this.progress = new BuildProgress(SearchIndexes.POSTINGS, clock);
  }

  public LuceneIndex index() {
    return index;
  }

  public boolean isReady() {
    return progress.isReady();
  }

  public boolean isRunning() {
    return progress.isRunning();
  }

  public SearchIndexStatus status() {
    return progress.status(index.documents());
  }

  /** Whether the index holds as many postings as are searchable (checked at start). */
  public boolean looksCurrent() {
    long documents = index.documents();
    return documents > 0 && documents == source.countSearchable();
  }

  /** Marks the index ready as it is. */
  public void accept() {
    progress.ready();
  }

  /**
   * Rebuilds the index from the database; {@code onPage} hears the running count after every page.
   * Returns how many postings were indexed, or -1 when a rebuild was already running.
   */
  public long rebuild(LongConsumer onPage) {
    if (!progress.start(source.countSearchable())) {
      return -1;
    }
    long started = System.nanoTime();
    try {
      index.lock().lock();
      try {
        index.nextGeneration();
      } finally {
        index.lock().unlock();
      }
      long after = 0;
      long done = 0;
      while (true) {
        List<PostingRecord> page;
        index.lock().lock();
        try {
          page = source.page(after, PAGE);
          for (PostingRecord p : page) {
            index.put(Long.toString(p.id()), documents.of(p));
          }
        } finally {
          index.lock().unlock();
        }
        if (page.isEmpty()) {
          break;
        }
        after = page.get(page.size() - 1).id();
        done += page.size();
        progress.advance(page.size());
        onPage.accept(done);
      }
      index.lock().lock();
      try {
        index.dropOlder();
        index.commit();
      } finally {
        index.lock().unlock();
      }
      progress.finish((System.nanoTime() - started) / 1_000_000);
      return done;
    } catch (RuntimeException e) {
      log.error("Rebuilding the posting index failed", e);
      progress.fail(String.valueOf(e.getMessage()));
      throw e;
    }
  }

  /** Brings one posting's document up to date: indexed if searchable now, removed otherwise. */
  public void update(long postingId) {
    index.lock().lock();
    try {
      Optional<PostingRecord> p = source.searchable(postingId);
      if (p.isPresent()) {
        index.put(Long.toString(postingId), documents.of(p.get()));
      } else {
        index.delete(Long.toString(postingId));
      }
      index.commit();
    } finally {
      index.lock().unlock();
    }
  }
}
