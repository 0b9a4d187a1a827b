package org.qingsong.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Bulk-load mode for tables that are still empty: their plain secondary indexes, their foreign keys
 * and their unique constraints (those no foreign key refers to) are dropped before a bulk load and
 * made again from their own definitions afterwards. Building an index once over all rows is much
 * cheaper than keeping it current through a million inserts in random key order, and on H2 every
 * foreign key and unique constraint is such an index. Made again, the constraints check every row
 * that was loaded, so nothing unchecked stays in the database; if a row breaks one, {@link
 * #close()} fails and says which. Primary keys and {@code CHECK} constraints stay on throughout. On
 * H2 the page cache is also enlarged and the store writes in the background while in this mode;
 * both settings are put back afterwards.
 *
 * <p>The definitions are read from the database itself (on H2 the statements its own {@code SCRIPT}
 * writes, on PostgreSQL {@code pg_get_indexdef} and {@code pg_get_constraintdef}), so the schema
 * afterwards is the one the migrations made. When any of the tables holds rows, nothing changes.
 * {@link #close()} must run whatever happens: use it in a try-with-resources block.
 */
public final class BulkLoadMode implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(BulkLoadMode.class);

  /** H2 page cache while loading, in MB. */
  static final int CACHE_MB = 256;

  /** H2 store write delay while loading, in ms: the store writes in a background thread. */
  static final int WRITE_DELAY = 1000;

  /** An index or constraint set aside: how to drop it and how to make it again. */
  private record Deferred(String name, String drop, String create) {}

  private final DataSource dataSource;
  private final List<Deferred> dropped;
  private final Map<String, String> restore;

  private BulkLoadMode(DataSource dataSource, List<Deferred> dropped, Map<String, String> restore) {
    this.dataSource = dataSource;
    this.dropped = dropped;
    this.restore = restore;
  }

  /**
   * Enters bulk-load mode for the given tables if they are all empty; otherwise returns a mode that
   * changes nothing.
   */
  public static BulkLoadMode enter(DataSource dataSource, String... tables) {
    try (Connection c = dataSource.getConnection()) {
      for (String table : tables) {
        try (Statement s = c.createStatement();
            ResultSet rs = s.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
          if (rs.next()) {
            return new BulkLoadMode(dataSource, List.of(), Map.of());
          }
        }
      }
      boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
      List<Deferred> deferred = new ArrayList<>();
      deferred.addAll(h2 ? h2Indexes(c, tables) : postgresIndexes(c, tables));
      deferred.addAll(h2 ? h2Constraints(c, tables) : postgresConstraints(c, tables));
      BulkLoadMode mode = new BulkLoadMode(dataSource, new ArrayList<>(), new LinkedHashMap<>());
      try {
        if (h2) {
          int cacheMb = h2Setting(c, "info.CACHE_MAX_SIZE", 16);
          int writeDelay = h2Setting(c, "WRITE_DELAY", 0);
          mode.restore.put("CACHE_SIZE", String.valueOf(cacheMb * 1024));
          execute(c, "SET CACHE_SIZE " + Math.max(cacheMb, CACHE_MB) * 1024);
          mode.restore.put("WRITE_DELAY", String.valueOf(writeDelay));
          execute(c, "SET WRITE_DELAY " + WRITE_DELAY);
        }
        // Dropped in the opposite order to the one they are made again in.
        for (int i = deferred.size() - 1; i >= 0; i--) {
          Deferred d = deferred.get(i);
          execute(c, d.drop());
          mode.dropped.add(0, d);
        }
      } catch (SQLException | RuntimeException e) {
        try {
          mode.close();
        } catch (RuntimeException again) {
          e.addSuppressed(again);
        }
        throw e;
      }
      return mode;
    } catch (SQLException e) {
      throw new UncategorizedSQLException("enter bulk-load mode", null, e);
    }
  }

  /** Names of the indexes and constraints set aside (empty when the tables were not empty). */
  public List<String> deferred() {
    return dropped.stream().map(Deferred::name).toList();
  }

  /**
   * Makes the dropped indexes and constraints again (constraints checking every row) and restores
   * the settings; does nothing the second time.
   */
  @Override
  public void close() {
    if (dropped.isEmpty() && restore.isEmpty()) {
      return;
    }
    List<String> failures = new ArrayList<>();
    SQLException first = null;
    try (Connection c = dataSource.getConnection()) {
      for (Deferred d : List.copyOf(dropped)) {
        long start = System.nanoTime();
        try {
          execute(c, d.create());
          dropped.remove(d);
          log.info("  {} made again in {} ms", d.name(), (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
          failures.add(d.name() + ": " + e.getMessage());
          first = first == null ? e : first;
        }
      }
      for (var it = restore.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, String> setting = it.next();
        execute(c, "SET " + setting.getKey() + " " + setting.getValue());
        it.remove();
      }
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      failures.add(e.getMessage());
      first = first == null ? e : first;
    }
    if (first != null) {
      throw new UncategorizedSQLException(
          "leave bulk-load mode: " + String.join("; ", failures), null, first);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static int h2Setting(Connection c, String name, int otherwise) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT setting_value FROM information_schema.settings WHERE setting_name = ?")) {
      p.setString(1, name);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : otherwise;
      }
    }
  }

  private static List<String[]> rows(Connection c, String sql, String[] tables, int columns)
      throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (String table : tables) {
        p.setString(1, table);
        try (ResultSet rs = p.executeQuery()) {
          while (rs.next()) {
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
              row[i] = rs.getString(i + 1);
            }
            rows.add(row);
          }
        }
      }
    }
    return rows;
  }

  private static List<String> h2Script(Connection c) throws SQLException {
    List<String> script = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SCRIPT NODATA NOPASSWORDS NOSETTINGS")) {
      while (rs.next()) {
        script.add(rs.getString(1));
      }
    }
    return script;
  }

  private static String h2Statement(List<String> script, String prefix) {
    return script.stream().filter(line -> line.startsWith(prefix)).findFirst().orElse(null);
  }

  /** Plain indexes of the tables with the statements H2's {@code SCRIPT} makes them with. */
  private static List<Deferred> h2Indexes(Connection c, String[] tables) throws SQLException {
    List<String[]> names =
        rows(
            c,
            """
            SELECT i.index_schema, i.index_name FROM information_schema.indexes i
            WHERE i.table_schema = CURRENT_SCHEMA AND LOWER(i.table_name) = LOWER(?)
              AND i.index_type_name = 'INDEX' AND NOT i.is_generated
              AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints t
                              WHERE t.index_schema = i.index_schema AND t.index_name = i.index_name)
            ORDER BY i.index_name
            """,
            tables,
            2);
    if (names.isEmpty()) {
      return List.of();
    }
    List<String> script = h2Script(c);
    List<Deferred> deferred = new ArrayList<>();
    for (String[] name : names) {
      String qualified = quote(name[0]) + "." + quote(name[1]);
      String create = h2Statement(script, "CREATE INDEX " + qualified + " ON ");
      if (create != null) {
        deferred.add(new Deferred("index " + name[1], "DROP INDEX " + qualified, create));
      }
    }
    return deferred;
  }

  /**
   * Unique constraints (that no foreign key refers to) of the tables, with the statements H2's
   * {@code SCRIPT} makes them with, checking the rows.
   */
  private static List<Deferred> h2Constraints(Connection c, String[] tables) throws SQLException {
    List<String[]> names =
        rows(
            c,
            """
            SELECT t.constraint_schema, t.table_name, t.constraint_name, t.constraint_type
            FROM information_schema.table_constraints t
            WHERE t.table_schema = CURRENT_SCHEMA AND LOWER(t.table_name) = LOWER(?)
              AND t.constraint_type = 'UNIQUE' AND NOT EXISTS (
                    SELECT 1 FROM information_schema.referential_constraints r
                    WHERE r.unique_constraint_schema = t.constraint_schema
                      AND r.unique_constraint_name = t.constraint_name)
            ORDER BY t.constraint_name
            """,
            tables,
            4);
    if (names.isEmpty()) {
      return List.of();
    }
    List<String> script = h2Script(c);
    List<Deferred> deferred = new ArrayList<>();
    for (String[] name : names) {
      String table = quote(name[0]) + "." + quote(name[1]);
      String constraint = quote(name[0]) + "." + quote(name[2]);
      String create = h2Statement(script, "ALTER TABLE " + table + " ADD CONSTRAINT " + constraint);
      if (create == null) {
        continue;
      }
      deferred.add(
          new Deferred(
              name[3].toLowerCase(Locale.ROOT) + " " + name[2],
              "ALTER TABLE " + table + " DROP CONSTRAINT " + quote(name[2]),
              create));
    }
    return deferred;
  }

  /** Plain indexes of the tables with their {@code pg_get_indexdef}. */
  private static List<Deferred> postgresIndexes(Connection c, String[] tables) throws SQLException {
    List<Deferred> deferred = new ArrayList<>();
    for (String[] row :
        rows(
            c,
            """
            SELECT n.nspname, i.relname, pg_get_indexdef(x.indexrelid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = LOWER(?)
              AND NOT x.indisunique AND NOT x.indisprimary AND NOT x.indisexclusion
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
            ORDER BY i.relname
            """,
            tables,
            3)) {
      deferred.add(
          new Deferred(
              "index " + row[1], "DROP INDEX " + quote(row[0]) + "." + quote(row[1]), row[2]));
    }
    return deferred;
  }

  /**
   * Unique constraints (that no foreign key refers to) of the tables with their {@code
   * pg_get_constraintdef}.
   */
  private static List<Deferred> postgresConstraints(Connection c, String[] tables)
      throws SQLException {
    List<Deferred> deferred = new ArrayList<>();
    for (String[] row :
        rows(
            c,
            """
            SELECT n.nspname, t.relname, k.conname, pg_get_constraintdef(k.oid),
                   CASE k.contype WHEN 'u' THEN 'unique' ELSE 'foreign key' END
            FROM pg_constraint k
            JOIN pg_class t ON t.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = LOWER(?)
              AND k.contype = 'u' AND NOT EXISTS (
                    SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid)
            ORDER BY k.conname
            """,
            tables,
            5)) {
      String table = quote(row[0]) + "." + quote(row[1]);
      deferred.add(
          new Deferred(
              row[4] + " " + row[2],
              "ALTER TABLE " + table + " DROP CONSTRAINT " + quote(row[2]),
              "ALTER TABLE " + table + " ADD CONSTRAINT " + quote(row[2]) + " " + row[3]));
    }
    return deferred;
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
