package org.qingsong.matching.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The search indexes (postings, job seekers) and where it lives: {@code qingsong.search.index-dir}
 * (default {@code ${qingsong.data-dir}/index}), one sub-directory per index; {@code memory} keeps
 * them in memory (tests). The indexes are derived data: deleting the directory only costs a
 * rebuild.
 */
@Component
public class SearchIndexes {
  private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

  public static final String POSTINGS = "postings";
  public static final String PEOPLE = "people";

  private final LuceneIndex postings;
  private final LuceneIndex people;
  private final String location;

  SearchIndexes(@Value("${qingsong.search.index-dir:${qingsong.data-dir}/index}") String dir) {
    this.location = dir;
    this.postings = new LuceneIndex(POSTINGS, directory(dir, POSTINGS), SearchAnalyzers.perField());
    this.people = new LuceneIndex(PEOPLE, directory(dir, PEOPLE), SearchAnalyzers.people());
    log.info(
        "Search indexes at {}", "memory".equals(dir) ? "memory" : Path.of(dir).toAbsolutePath());
  }

  /** The directory of one index under {@code dir} ({@code memory}: in memory). */
  public static Directory directory(String dir, String index) {
    if ("memory".equals(dir)) {
      return new ByteBuffersDirectory();
    }
    try {
      Path path = Path.of(dir, index);
      Files.createDirectories(path);
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index directory " + dir, e);
    }
  }

  public LuceneIndex postings() {
    return postings;
  }

  /** One document per active job-seeking profile, for staff. */
  public LuceneIndex people() {
    return people;
  }

  public String location() {
    return location;
  }

  @PreDestroy
  void close() throws IOException {
    try {
      postings.close();
    } finally {
      people.close();
    }
  }
}
