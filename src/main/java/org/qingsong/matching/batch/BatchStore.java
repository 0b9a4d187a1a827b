package org.qingsong.matching.batch;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.qingsong.common.PageRequest;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Runs, chunk checkpoints and results in the {@code matching_batch_*} tables. */
@Repository
public class BatchStore {
  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  BatchStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** A run as stored. */
  public record RunRow(
      long id,
      String status,
      String startedVia,
      String startedBy,
      OffsetDateTime startedAt,
      OffsetDateTime finishedAt,
      int chunkSize,
      int topK,
      long totalSeekers,
      long processed,
      int chunksDone,
      int postings,
      String weights,
      String failure,
      boolean current,
      OffsetDateTime orderingStartedAt) {}

  private static final String SELECT =
      """
      SELECT r.*, CASE WHEN c.run_id IS NULL THEN FALSE ELSE TRUE END AS is_current
      FROM matching_batch_run r LEFT JOIN matching_batch_current c ON c.run_id = r.id
      """;

  public long insert(
      String via,
      String by,
      OffsetDateTime now,
      int chunkSize,
      int topK,
      long total,
      String weights) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO matching_batch_run (status, started_via, started_by, created_at, started_at,
              chunk_size, top_k, total_seekers, processed, chunks_done, postings, weights)
            VALUES ('RUNNING', :via, :by, :now, :now, :chunk, :k, :total, 0, 0, 0, :weights)
            """)
        .param("via", via)
        .param("by", by)
        .param("now", now)
        .param("chunk", chunkSize)
        .param("k", topK)
        .param("total", total)
        .param("weights", weights)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<RunRow> find(long id) {
    return jdbc.sql(SELECT + " WHERE r.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional();
  }

  public List<RunRow> page(PageRequest page) {
    return jdbc.sql(SELECT + " ORDER BY r.id DESC LIMIT :limit OFFSET :offset")
        .param("limit", page.size())
        .param("offset", page.offset())
        .query((rs, n) -> map(rs))
        .list();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM matching_batch_run").query(Long.class).single();
  }

  /** The id of the run recommendations are served from, if one has completed. */
  public Optional<Long> currentRunId() {
    return jdbc.sql("SELECT run_id FROM matching_batch_current WHERE singleton = 1")
        .query(Long.class)
        .optional();
  }

  public Optional<RunRow> current() {
    return jdbc.sql(SELECT + " WHERE c.run_id IS NOT NULL").query((rs, n) -> map(rs)).optional();
  }

  /** The newest run that stopped before its end, if it is newer than every completed run. */
  public Optional<RunRow> latestUnfinished() {
    return jdbc.sql(
            SELECT
                + " WHERE r.status IN ('INTERRUPTED', 'FAILED') AND r.id > COALESCE((SELECT"
                + " MAX(id) FROM matching_batch_run WHERE status = 'COMPLETED'), 0)"
                + " ORDER BY r.id DESC LIMIT 1")
        .query((rs, n) -> map(rs))
        .optional();
  }

  /** Marks a stopped run as running again (false when it was not stopped). */
  public boolean restart(long id, OffsetDateTime now) {
    return jdbc.sql(
                "UPDATE matching_batch_run SET status = 'RUNNING', started_at = :now, failure = NULL,"
                    + " ordering_started_at = NULL WHERE id = :id AND status IN ('INTERRUPTED', 'FAILED')")
            .param("id", id)
            .param("now", now)
            .update()
        == 1;
  }

  /** Notes that a running run, every seeker scored, is writing its results in posting order. */
  public void orderingStarted(long id, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE matching_batch_run SET ordering_started_at = :now"
                + " WHERE id = :id AND status = 'RUNNING'")
        .param("now", now)
        .param("id", id)
        .update();
  }

  public void setPostings(long id, int postings) {
    jdbc.sql("UPDATE matching_batch_run SET postings = :p WHERE id = :id")
        .param("p", postings)
        .param("id", id)
        .update();
  }

  public void stop(long id, String status, String failure, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE matching_batch_run SET status = :s, failure = :f, finished_at = :now"
                + " WHERE id = :id AND status = 'RUNNING'")
        .param("s", status)
        .param("f", failure == null ? null : failure.substring(0, Math.min(1000, failure.length())))
        .param("now", now)
        .param("id", id)
        .update();
  }

  /** Runs left RUNNING by a stopped process become INTERRUPTED; returns how many. */
  public int interruptAbandoned(OffsetDateTime now) {
    return jdbc.sql(
            "UPDATE matching_batch_run SET status = 'INTERRUPTED', finished_at = :now,"
                + " failure = 'stopped with the application' WHERE status = 'RUNNING'")
        .param("now", now)
        .update();
  }

  /** Finished chunks of a run: first person id → last person id. */
  public TreeMap<Long, Long> finishedChunks(long runId) {
    TreeMap<Long, Long> out = new TreeMap<>();
    jdbc.sql("SELECT first_person_id, last_person_id FROM matching_batch_chunk WHERE run_id = :r")
        .param("r", runId)
        .query(
            rs -> {
              out.put(rs.getLong(1), rs.getLong(2));
            });
    return out;
  }

  /**
   * Stores one chunk: its results, its checkpoint and the run's counters (the caller's transaction
   * makes them one).
   */
  public void saveChunk(long runId, ChunkResult r, OffsetDateTime now) {
    template.batchUpdate(
        "INSERT INTO matching_batch_result (run_id, person_id, place, posting_id, score,"
            + " part_occupation, part_distance, part_pay, part_hours, part_priority, distance_m)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            ps.setLong(1, runId);
            ps.setLong(2, r.personIds()[i]);
            ps.setShort(3, (short) r.places()[i]);
            ps.setLong(4, r.postingIds()[i]);
            ps.setDouble(5, r.scores()[i]);
            for (int p = 0; p < 5; p++) {
              ps.setShort(6 + p, r.parts()[i * 5 + p]);
            }
            ps.setInt(11, r.distanceMeters()[i]);
          }

          @Override
          public int getBatchSize() {
            return r.rows();
          }
        });
    jdbc.sql(
            "INSERT INTO matching_batch_chunk (run_id, first_person_id, last_person_id, seekers,"
                + " finished_at) VALUES (:r, :first, :last, :n, :now)")
        .param("r", runId)
        .param("first", r.firstPersonId())
        .param("last", r.lastPersonId())
        .param("n", r.seekers())
        .param("now", now)
        .update();
    jdbc.sql(
            "UPDATE matching_batch_run SET processed = processed + :n, chunks_done = chunks_done + 1"
                + " WHERE id = :r")
        .param("n", r.seekers())
        .param("r", runId)
        .update();
  }

  /**
   * Completes a run and makes it the current one (the caller's transaction makes the switch atomic
   * for readers). The runs it replaces stay until {@link #superseded} and {@link #deleteChunk}
   * remove them a chunk at a time: no reader sees them any more.
   */
  public void complete(long runId, OffsetDateTime now) {
    jdbc.sql(
            "UPDATE matching_batch_run SET status = 'COMPLETED', finished_at = :now WHERE id = :id")
        .param("now", now)
        .param("id", runId)
        .update();
    int moved =
        jdbc.sql("UPDATE matching_batch_current SET run_id = :id WHERE singleton = 1")
            .param("id", runId)
            .update();
    if (moved == 0) {
      jdbc.sql("INSERT INTO matching_batch_current (singleton, run_id) VALUES (1, :id)")
          .param("id", runId)
          .update();
    }
  }

  /**
   * The runs older than the current run {@code runId} that are not running, oldest first: the
   * completed ones it replaced and the stopped ones (interrupted or failed) it made stale.
   */
  public List<Long> superseded(long runId) {
    return jdbc.sql(
            "SELECT id FROM matching_batch_run WHERE id < :id"
                + " AND status IN ('COMPLETED', 'INTERRUPTED', 'FAILED') ORDER BY id")
        .param("id", runId)
        .query(Long.class)
        .list();
  }

  /** Deletes one chunk of a run: its results and its checkpoint. */
  public void deleteChunk(long runId, long firstPersonId, long lastPersonId) {
    jdbc.sql(
            "DELETE FROM matching_batch_result WHERE run_id = :r"
                + " AND person_id BETWEEN :first AND :last")
        .param("r", runId)
        .param("first", firstPersonId)
        .param("last", lastPersonId)
        .update();
    jdbc.sql("DELETE FROM matching_batch_chunk WHERE run_id = :r AND first_person_id = :first")
        .param("r", runId)
        .param("first", firstPersonId)
        .update();
  }

  /**
   * Deletes about {@code rows} of a run's results in posting order, the lowest postings first;
   * returns how many went (0 when none are left).
   */
  public int deletePostingOrder(long runId, int rows) {
    Long upTo =
        jdbc.sql(
                "SELECT posting_id FROM matching_batch_by_posting WHERE run_id = :r"
                    // run_id first: H2 then reads the key in order instead of sorting the run
                    + " ORDER BY run_id, posting_id, person_id OFFSET :n ROWS FETCH FIRST 1 ROWS"
                    + " ONLY")
            .param("r", runId)
            .param("n", rows)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (upTo == null) {
      return jdbc.sql("DELETE FROM matching_batch_by_posting WHERE run_id = :r")
          .param("r", runId)
          .update();
    }
    return jdbc.sql(
            "DELETE FROM matching_batch_by_posting WHERE run_id = :r AND posting_id <= :upTo")
        .param("r", runId)
        .param("upTo", upTo)
        .update();
  }

  /**
   * A run's results in posting order (posting, then person): read in person order and sorted stably
   * by posting.
   */
  public record PostingOrder(
      long[] postingIds, long[] personIds, short[] places, double[] scores, int[] order) {
    public int size() {
      return order.length;
    }
  }

  /**
   * Reads a run's results in one pass (arrays grown as they fill: no counting pass first) and
   * orders them by posting, stably: sorting primitive keys of posting id and row, not boxed row
   * numbers with a comparator (2 million at city scale).
   */
  public PostingOrder readPostingOrder(long runId) {
    Rows rows = new Rows();
    template.query(
        "SELECT person_id, place, posting_id, score FROM matching_batch_result WHERE run_id = ?"
            + " ORDER BY person_id, place",
        rs -> {
          rows.add(rs.getLong(1), rs.getShort(2), rs.getLong(3), rs.getDouble(4));
        },
        runId);
    int n = rows.size;
    long[] postingIds = Arrays.copyOf(rows.postingIds, n);
    return new PostingOrder(
        postingIds,
        Arrays.copyOf(rows.personIds, n),
        Arrays.copyOf(rows.places, n),
        Arrays.copyOf(rows.scores, n),
        byPosting(postingIds));
  }

  /** Row numbers ordered by posting id, rows of the same posting in their order. */
  static int[] byPosting(long[] postingIds) {
    int n = postingIds.length;
    int[] order = new int[n];
    boolean small = true;
    for (long id : postingIds) {
      if (id < 0 || id > Integer.MAX_VALUE) {
        small = false;
        break;
      }
    }
    if (small) {
      long[] keys = new long[n];
      for (int i = 0; i < n; i++) {
        keys[i] = (postingIds[i] << 32) | i;
      }
      Arrays.sort(keys);
      for (int i = 0; i < n; i++) {
        order[i] = (int) keys[i];
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    Arrays.setAll(boxed, i -> i);
    Arrays.sort(boxed, Comparator.comparingLong(i -> postingIds[i]));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  /** Columns of results as they are read, grown by half again when full. */
  private static final class Rows {
    long[] postingIds = new long[1024];
    long[] personIds = new long[1024];
    short[] places = new short[1024];
    double[] scores = new double[1024];
    int size;

    void add(long personId, short place, long postingId, double score) {
      if (size == postingIds.length) {
        int grown = size + (size >> 1);
        postingIds = Arrays.copyOf(postingIds, grown);
        personIds = Arrays.copyOf(personIds, grown);
        places = Arrays.copyOf(places, grown);
        scores = Arrays.copyOf(scores, grown);
      }
      personIds[size] = personId;
      places[size] = place;
      postingIds[size] = postingId;
      scores[size] = score;
      size++;
    }
  }

  /** Appends rows {@code from} (inclusive) to {@code to} (exclusive) of a run's posting order. */
  public void insertPostingOrder(long runId, PostingOrder o, int from, int to) {
    template.batchUpdate(
        "INSERT INTO matching_batch_by_posting (run_id, posting_id, person_id, place, score)"
            + " VALUES (?, ?, ?, ?, ?)",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            int row = o.order()[from + i];
            ps.setLong(1, runId);
            ps.setLong(2, o.postingIds()[row]);
            ps.setLong(3, o.personIds()[row]);
            ps.setShort(4, o.places()[row]);
            ps.setDouble(5, o.scores()[row]);
          }

          @Override
          public int getBatchSize() {
            return to - from;
          }
        });
  }

  /** Deletes a run with whatever is left of its results and checkpoints. */
  public void deleteRun(long runId) {
    jdbc.sql("DELETE FROM matching_batch_by_posting WHERE run_id = :id")
        .param("id", runId)
        .update();
    jdbc.sql("DELETE FROM matching_batch_result WHERE run_id = :id").param("id", runId).update();
    jdbc.sql("DELETE FROM matching_batch_chunk WHERE run_id = :id").param("id", runId).update();
    jdbc.sql("DELETE FROM matching_batch_run WHERE id = :id").param("id", runId).update();
  }

  /** A stored result row: person, posting, score, parts (ten-thousandths), metres. */
  public record ResultRow(
      long personId, long postingId, double score, short[] parts, int distanceMeters) {}

  public List<ResultRow> forSeeker(long runId, long personId, int limit) {
    return jdbc.sql(
            "SELECT * FROM matching_batch_result WHERE run_id = :r AND person_id = :p"
                + " ORDER BY place LIMIT :limit")
        .param("r", runId)
        .param("p", personId)
        .param("limit", limit)
        .query((rs, n) -> result(rs))
        .list();
  }

  public List<ResultRow> forPosting(long runId, long postingId, int limit) {
    return jdbc.sql(
            "SELECT r.* FROM matching_batch_by_posting b JOIN matching_batch_result r"
                + " ON r.run_id = b.run_id AND r.person_id = b.person_id AND r.place = b.place"
                + " WHERE b.run_id = :r AND b.posting_id = :p"
                + " ORDER BY b.score DESC, b.person_id LIMIT :limit")
        .param("r", runId)
        .param("p", postingId)
        .param("limit", limit)
        .query((rs, n) -> result(rs))
        .list();
  }

  /** Rows of a run and how many distinct (seeker, place) pairs they hold, for checks. */
  public long[] resultCounts(long runId) {
    long rows =
        jdbc.sql("SELECT COUNT(*) FROM matching_batch_result WHERE run_id = :r")
            .param("r", runId)
            .query(Long.class)
            .single();
    long seekers =
        jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM matching_batch_result WHERE run_id = :r")
            .param("r", runId)
            .query(Long.class)
            .single();
    return new long[] {rows, seekers};
  }

  private static ResultRow result(ResultSet rs) throws SQLException {
    return new ResultRow(
        rs.getLong("person_id"),
        rs.getLong("posting_id"),
        rs.getDouble("score"),
        new short[] {
          rs.getShort("part_occupation"),
          rs.getShort("part_distance"),
          rs.getShort("part_pay"),
          rs.getShort("part_hours"),
          rs.getShort("part_priority")
        },
        rs.getInt("distance_m"));
  }

  private static RunRow map(ResultSet rs) throws SQLException {
    return new RunRow(
        rs.getLong("id"),
        rs.getString("status"),
        rs.getString("started_via"),
        rs.getString("started_by"),
        rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("finished_at", OffsetDateTime.class),
        rs.getInt("chunk_size"),
        rs.getInt("top_k"),
        rs.getLong("total_seekers"),
        rs.getLong("processed"),
        rs.getInt("chunks_done"),
        rs.getInt("postings"),
        rs.getString("weights"),
        rs.getString("failure"),
        rs.getBoolean("is_current"),
        rs.getObject("ordering_started_at", OffsetDateTime.class));
  }
}
