package org.qingsong.matching.search;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
      long done =
          index.refill(
              after -> {
                List<PostingRecord> page = source.page(after, PAGE);
                return new LuceneIndex.Page(
                    page.stream()
                        .map(p -> Map.entry(Long.toString(p.id()), documents.of(p)))
                        .toList(),
                    page.isEmpty() ? after : page.get(page.size() - 1).id(),
                    page.isEmpty());
              },
              written -> {
                progress.reached(written);
                onPage.accept(written);
              });
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
    index.refresh(Long.toString(postingId), () -> source.searchable(postingId).map(documents::of));
  }
}
