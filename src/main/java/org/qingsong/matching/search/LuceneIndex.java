package org.qingsong.matching.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index: a writer, near-real-time searchers and a lock that keeps a rebuild's page and
 * an event's update from interleaving. Every document carries the generation of the build that
 * wrote it; a rebuild writes the next generation and finally deletes the older ones, so searches
 * during a rebuild still see every document.
 */
public final class LuceneIndex implements Closeable {
  /** The field with the document's key (a posting's or a person's id). */
  public static final String ID = "id";

  static final String GENERATION = "gen";
  private static final String GENERATION_KEY = "generation";

  private final String name;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile long generation;

  public LuceneIndex(String name, Directory directory, Analyzer analyzer) {
    this.name = name;
    this.directory = directory;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      this.searchers = new SearcherManager(writer, null);
      String stored = null;
      Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
      if (data != null) {
        for (Map.Entry<String, String> e : data) {
          if (e.getKey().equals(GENERATION_KEY)) {
            stored = e.getValue();
          }
        }
      }
      this.generation = stored == null ? 1 : Long.parseLong(stored);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the " + name + " search index", e);
    }
  }

  public String name() {
    return name;
  }

  public Directory directory() {
    return directory;
  }

  /** Runs a search on the latest refreshed view of the index. */
  public <T> T search(Function<IndexSearcher, T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents a search sees now. */
  public long documents() {
    return search(s -> (long) s.getIndexReader().numDocs());
  }

  /** Adds or replaces the document with this key, stamped with the current generation. */
  void put(String id, Document doc) {
    doc.add(new LongPoint(GENERATION, generation));
    try {
      writer.updateDocument(new Term(ID, id), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void delete(String id) {
    try {
      writer.deleteDocuments(new Term(ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ReentrantLock lock() {
    return lock;
  }

  /**
   * One page of a rebuild, read from the database: the documents by key, where the next page
   * starts, and whether it was the last.
   */
  record Page(List<Map.Entry<String, Document>> documents, long lastId, boolean last) {}

  /**
   * Refills the index from its source as a new generation, page by page under the lock (so that an
   * event's update cannot interleave with a page), then drops the older generations and commits.
   * {@code read} gives the page after a key; {@code onPage} hears the running count. Returns how
   * many documents were written.
   */
  long refill(Function<Long, Page> read, LongConsumer onPage) {
    lock.lock();
    try {
      nextGeneration();
    } finally {
      lock.unlock();
    }
    long after = 0;
    long done = 0;
    while (true) {
      Page page;
      lock.lock();
      try {
        page = read.apply(after);
        for (Map.Entry<String, Document> d : page.documents()) {
          put(d.getKey(), d.getValue());
        }
      } finally {
        lock.unlock();
      }
      after = page.lastId();
      done += page.documents().size();
      onPage.accept(done);
      if (page.last()) {
        break;
      }
    }
    lock.lock();
    try {
      dropOlder();
      commit();
    } finally {
      lock.unlock();
    }
    return done;
  }

  /**
   * Brings one document up to date under the lock: {@code current} reads what the database says now
   * (inside the lock, so a rebuild's page cannot overtake it); present means put, empty means
   * delete; then commits.
   */
  void refresh(String id, Supplier<Optional<Document>> current) {
    lock.lock();
    try {
      Optional<Document> doc = current.get();
      if (doc.isPresent()) {
        put(id, doc.get());
      } else {
        delete(id);
      }
      commit();
    } finally {
      lock.unlock();
    }
  }

  /** Starts a new generation: documents written from now on survive {@link #dropOlder}. */
  long nextGeneration() {
    generation++;
    return generation;
  }

  /** Deletes every document written before the current generation began. */
  void dropOlder() {
    Query older = LongPoint.newRangeQuery(GENERATION, Long.MIN_VALUE, generation - 1);
    try {
      writer.deleteDocuments(older);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes durable and visible to searches. */
  void commit() {
    try {
      writer.setLiveCommitData(Map.of(GENERATION_KEY, Long.toString(generation)).entrySet());
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes visible to searches without the cost of a durable commit. */
  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}
