package org.qingsong.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything about the indexes and constraints of a database's {@code public} schema, as sorted
 * lines, to compare a schema with the one the migrations make.
 */
public final class SchemaSnapshot {
  private SchemaSnapshot() {}

  /** On H2: indexes with their columns, constraints with their indexes, and their statements. */
  public static List<String> h2(JdbcClient jdbc) {
    List<String> schema = new ArrayList<>();
    schema.addAll(
        jdbc.sql(
                """
                SELECT i.table_name || ' ' || i.index_name || ' ' || i.index_type_name || ' '
                       || i.is_generated || ' ' || c.ordinal_position || ' ' || c.column_name
                       || ' ' || c.ordering_specification || ' ' || COALESCE(c.null_ordering, '-')
                FROM information_schema.indexes i
                JOIN information_schema.index_columns c ON c.index_schema = i.index_schema
                     AND c.table_name = i.table_name AND c.index_name = i.index_name
                WHERE i.table_schema = 'public'
                """)
            .query(String.class)
            .list());
    schema.addAll(
        jdbc.sql(
                """
                SELECT table_name || ' ' || constraint_name || ' ' || constraint_type || ' '
                       || COALESCE(index_name, '-')
                FROM information_schema.table_constraints WHERE table_schema = 'public'
                """)
            .query(String.class)
            .list());
    schema.addAll(
        jdbc.sql("SCRIPT NODATA NOPASSWORDS NOSETTINGS").query(String.class).list().stream()
            .filter(line -> line.startsWith("CREATE INDEX") || line.startsWith("ALTER TABLE"))
            .toList());
    return schema.stream().sorted().toList();
  }

  /** On PostgreSQL: index definitions and constraint definitions with their indexes. */
  public static List<String> postgres(JdbcClient jdbc) {
    List<String> schema = new ArrayList<>();
    schema.addAll(
        jdbc.sql(
                "SELECT tablename || ' ' || indexname || ' ' || indexdef FROM pg_indexes"
                    + " WHERE schemaname = 'public'")
            .query(String.class)
            .list());
    schema.addAll(
        jdbc.sql(
                """
                SELECT t.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
                       || ' ' || COALESCE(i.relname, '-')
                FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
                LEFT JOIN pg_class i ON i.oid = k.conindid
                JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'
                """)
            .query(String.class)
            .list());
    return schema.stream().sorted().toList();
  }
}
