package org.qingsong.matching.search;

import java.time.Clock;
import java.util.Map;
import java.util.function.LongConsumer;
import org.qingsong.matching.SearchIndexStatus;
import org.qingsong.occupations.Occupations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps the job-seeker index equal to the active job-seeking profiles: a whole rebuild from the
 * database in pages of 1,000, and single updates when a profile or its person changes. Both read
 * the database, never the event, so a late or repeated event cannot put stale data in.
 */
@Component
public class SeekerIndexer {
  private static final Logger log = LoggerFactory.getLogger(SeekerIndexer.class);
  static final int PAGE = 1_000;

  private final LuceneIndex index;
  private final SeekerSource source;
  private final SeekerDocuments documents;
  private final BuildProgress progress;

  SeekerIndexer(
      SearchIndexes indexes,
      SeekerSource source,
      Occupations occupations,
      MessageSource messages,
      Clock clock) {
    this.index = indexes.people();
    this.source = source;
    this.documents =
        new SeekerDocuments(
            code -> occupations.find(code).orElse(null),
            (group, locale) ->
                messages.getMessage("people.group." + group.name(), null, group.name(), locale));
    this.progress = new BuildProgress(SearchIndexes.PEOPLE, clock);
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

  /** Whether the index holds as many seekers as there are active profiles (checked at start). */
  public boolean looksCurrent() {
    return index.documents() == source.countSearchable();
  }

  /** Marks the index ready as it is. */
  public void accept() {
    progress.ready();
  }

  /**
   * Rebuilds the index from the database; {@code onPage} hears the running count after every page.
   * Returns how many seekers were indexed, or -1 when a rebuild was already running.
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
                SeekerSource.Page page = source.page(after, PAGE);
                return new LuceneIndex.Page(
                    page.records().stream()
                        .map(r -> Map.entry(Long.toString(r.personId()), documents.of(r)))
                        .toList(),
                    page.lastId(),
                    page.last());
              },
              written -> {
                progress.reached(written);
                onPage.accept(written);
              });
      progress.finish((System.nanoTime() - started) / 1_000_000);
      return done;
    } catch (RuntimeException e) {
      log.error("Rebuilding the job-seeker index failed", e);
      progress.fail(String.valueOf(e.getMessage()));
      throw e;
    }
  }

  /** Brings one person's document up to date: indexed if their profile is active, else removed. */
  public void update(long personId) {
    index.refresh(Long.toString(personId), () -> source.searchable(personId).map(documents::of));
  }
}
