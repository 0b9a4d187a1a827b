package org.qingsong.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Fast insertion of many rows into one table: rows are sent as multi-row {@code INSERT … VALUES
 * (…),(…),…} statements of up to a few hundred rows, themselves sent in JDBC batches. That is what
 * PostgreSQL's {@code reWriteBatchedInserts} does, done here so that it works the same on H2 and on
 * any PostgreSQL URL. Constraints, keys and triggers apply as for single inserts. Use it on the
 * connection of the current transaction and {@link #close()} it before the transaction commits.
 */
public final class BulkInsert implements AutoCloseable {
  private static final int MAX_PARAMETERS = 30_000;
  private static final int MAX_ROWS_PER_STATEMENT = 500;
  private static final int STATEMENTS_PER_BATCH = 8;

  private final Connection connection;
  private final String table;
  private final String[] columns;
  private final int rowsPerStatement;
  private final Object[] buffer;
  private int buffered;
  private PreparedStatement full;
  private int pendingStatements;
  private long rows;

  private BulkInsert(Connection connection, String table, String[] columns) {
    this.connection = connection;
    this.table = table;
    this.columns = columns.clone();
    this.rowsPerStatement =
        Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, MAX_PARAMETERS / columns.length));
    this.buffer = new Object[rowsPerStatement * columns.length];
  }

  public static BulkInsert into(Connection connection, String table, String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("no columns");
    }
    return new BulkInsert(connection, table, columns);
  }

  /** Adds one row; the values are in the order of the columns. */
  public BulkInsert row(Object... values) {
    if (values.length != columns.length) {
      throw new IllegalArgumentException(
          table + ": " + values.length + " values for " + columns.length + " columns");
    }
    System.arraycopy(values, 0, buffer, buffered * columns.length, values.length);
    buffered++;
    rows++;
    if (buffered == rowsPerStatement) {
      try {
        if (full == null) {
          full = connection.prepareStatement(sql(rowsPerStatement));
        }
        bind(full, rowsPerStatement);
        full.addBatch();
        buffered = 0;
        if (++pendingStatements == STATEMENTS_PER_BATCH) {
          full.executeBatch();
          pendingStatements = 0;
        }
      } catch (SQLException e) {
        throw translate(e);
      }
    }
    return this;
  }

  /** Rows added so far. */
  public long rows() {
    return rows;
  }

  /** Sends what is buffered; the object stays usable. */
  public void flush() {
    try {
      if (pendingStatements > 0) {
        full.executeBatch();
        pendingStatements = 0;
      }
      if (buffered > 0) {
        try (PreparedStatement rest = connection.prepareStatement(sql(buffered))) {
          bind(rest, buffered);
          rest.executeUpdate();
        }
        buffered = 0;
      }
    } catch (SQLException e) {
      throw translate(e);
    }
  }

  /** Flushes and releases the statement (not the connection). */
  @Override
  public void close() {
    flush();
    if (full != null) {
      try {
        full.close();
      } catch (SQLException e) {
        throw translate(e);
      }
      full = null;
    }
  }

  private void bind(PreparedStatement statement, int count) throws SQLException {
    int n = count * columns.length;
    for (int i = 0; i < n; i++) {
      Object value = buffer[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else {
        statement.setObject(i + 1, value);
      }
      buffer[i] = null;
    }
  }

  private String sql(int count) {
    StringBuilder row = new StringBuilder("(");
    for (int i = 0; i < columns.length; i++) {
      row.append(i == 0 ? "?" : ",?");
    }
    row.append(')');
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
    sql.append(String.join(", ", columns)).append(") VALUES ");
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sql.append(',');
      }
      sql.append(row);
    }
    return sql.toString();
  }

  private DataAccessException translate(SQLException e) {
    SQLException next = e.getNextException();
    return new UncategorizedSQLException(
        "bulk insert into " + table, null, next != null ? next : e);
  }
}
