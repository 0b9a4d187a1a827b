package org.qingsong.people.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.qingsong.common.BulkInsert;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.Gender;
import org.qingsong.common.IdNumber;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.common.PhoneNumber;
import org.qingsong.common.db.Conditions;
import org.qingsong.people.Certificate;
import org.qingsong.people.Person;
import org.qingsong.people.PersonAge;
import org.qingsong.people.PersonQuery;
import org.qingsong.people.PriorityGroup;
import org.qingsong.people.Registration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Persons in {@code person} and their child tables (groups, skills, certificates). */
@Repository
public class PersonStore {
  private static final String SELECT =
      """
      SELECT p.*, d.name AS street_name, d.parent_code AS district_code
      FROM person p JOIN division d ON d.code = p.street_code
      """;
  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;
  private final DataSource dataSource;

  PersonStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, DataSource dataSource) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.dataSource = dataSource;
  }

  public long insert(Registration row) {
    var keys = new GeneratedKeyHolder();
    batch.update(
        """
        INSERT INTO person (name, id_number, phone, gender, birth_date, street_code,
                            community_code, registered_at, registered_by, updated_at)
        VALUES (:name, :idNumber, :phone, :gender, :birthDate, :street, :community, :at, :by, :at)
        """,
        params(row),
        keys,
        new String[] {"id"});
    long id = keys.getKeyAs(Number.class).longValue();
    insertChildren(List.of(id), List.of(row));
    return id;
  }

  /** Inserts many persons in JDBC batches; returns their ids in order. */
  public List<Long> insertAll(List<Registration> rows) {
    var keys = new GeneratedKeyHolder();
    batch.batchUpdate(
        """
        INSERT INTO person (name, id_number, phone, gender, birth_date, street_code,
                            community_code, registered_at, registered_by, updated_at)
        VALUES (:name, :idNumber, :phone, :gender, :birthDate, :street, :community, :at, :by, :at)
        """,
        rows.stream().map(PersonStore::params).toArray(SqlParameterSource[]::new),
        keys,
        new String[] {"id"});
    List<Long> ids = new ArrayList<>(rows.size());
    for (Map<String, Object> key : keys.getKeyList()) {
      ids.add(((Number) key.values().iterator().next()).longValue());
    }
    insertChildren(ids, rows);
    return ids;
  }

  /** The highest person id so far (0 when there is none). */
  public long maxId() {
    return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM person").query(Long.class).single();
  }

  /**
   * Inserts persons with the given ids ({@code firstId}, {@code firstId + 1}, …) in multi-row
   * batches, children included. The identity column does not advance: call {@link
   * #restartIdentity()} when done.
   */
  public void insertWithIds(long firstId, List<Registration> rows) {
    Connection c = DataSourceUtils.getConnection(dataSource);
    try {
      try (BulkInsert persons =
          BulkInsert.into(
              c,
              "person",
              "id",
              "name",
              "id_number",
              "phone",
              "gender",
              "birth_date",
              "street_code",
              "community_code",
              "registered_at",
              "registered_by",
              "updated_at")) {
        long id = firstId;
        for (Registration r : rows) {
          persons.row(
              id++,
              r.name(),
              r.idNumber().value(),
              r.phone().value(),
              r.idNumber().gender().name(),
              r.idNumber().birthDate(),
              r.streetCode(),
              r.communityCode(),
              r.at(),
              r.by(),
              r.at());
        }
      }
      try (BulkInsert groups =
              BulkInsert.into(c, "person_priority_group", "person_id", "priority_group");
          BulkInsert skills = BulkInsert.into(c, "person_skill", "person_id", "skill");
          BulkInsert certificates =
              BulkInsert.into(c, "person_certificate", "person_id", "certificate", "issued_on")) {
        long id = firstId;
        for (Registration r : rows) {
          for (PriorityGroup g : r.priorityGroups()) {
            groups.row(id, g.name());
          }
          for (String skill : r.skills()) {
            skills.row(id, skill);
          }
          for (Certificate cert : r.certificates()) {
            certificates.row(id, cert.name(), cert.issuedOn());
          }
          id++;
        }
      }
    } finally {
      DataSourceUtils.releaseConnection(c, dataSource);
    }
  }

  /** Makes the identity column continue after the highest id, after {@link #insertWithIds}. */
  public void restartIdentity() {
    long next = maxId() + 1;
    jdbc.sql("ALTER TABLE person ALTER COLUMN id RESTART WITH " + next).update();
  }

  public void update(long id, Registration row) {
    jdbc.sql(
            """
            UPDATE person SET name = :name, phone = :phone, street_code = :street,
                   community_code = :community, updated_at = :at
            WHERE id = :id
            """)
        .param("id", id)
        .param("name", row.name())
        .param("phone", row.phone().value())
        .param("street", row.streetCode())
        .param("community", row.communityCode())
        .param("at", row.at())
        .update();
    for (String table : List.of("person_priority_group", "person_skill", "person_certificate")) {
      jdbc.sql("DELETE FROM " + table + " WHERE person_id = :id").param("id", id).update();
    }
    insertChildren(List.of(id), List.of(row));
  }

  private void insertChildren(List<Long> ids, List<Registration> rows) {
    List<SqlParameterSource> groups = new ArrayList<>();
    List<SqlParameterSource> skills = new ArrayList<>();
    List<SqlParameterSource> certificates = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      long id = ids.get(i);
      Registration row = rows.get(i);
      for (PriorityGroup g : row.priorityGroups()) {
        groups.add(new MapSqlParameterSource("id", id).addValue("v", g.name()));
      }
      for (String s : row.skills()) {
        skills.add(new MapSqlParameterSource("id", id).addValue("v", s));
      }
      for (Certificate c : row.certificates()) {
        certificates.add(
            new MapSqlParameterSource("id", id)
                .addValue("v", c.name())
                .addValue("on", c.issuedOn() == null ? null : Date.valueOf(c.issuedOn())));
      }
    }
    batch.batchUpdate(
        "INSERT INTO person_priority_group (person_id, priority_group) VALUES (:id, :v)",
        groups.toArray(SqlParameterSource[]::new));
    batch.batchUpdate(
        "INSERT INTO person_skill (person_id, skill) VALUES (:id, :v)",
        skills.toArray(SqlParameterSource[]::new));
    batch.batchUpdate(
        "INSERT INTO person_certificate (person_id, certificate, issued_on) VALUES (:id, :v, :on)",
        certificates.toArray(SqlParameterSource[]::new));
  }

  private static MapSqlParameterSource params(Registration row) {
    return new MapSqlParameterSource()
        .addValue("name", row.name())
        .addValue("idNumber", row.idNumber().value())
        .addValue("phone", row.phone().value())
        .addValue("gender", row.idNumber().gender().name())
        .addValue("birthDate", Date.valueOf(row.idNumber().birthDate()))
        .addValue("street", row.streetCode())
        .addValue("community", row.communityCode())
        .addValue("at", row.at())
        .addValue("by", row.by());
  }

  public boolean existsByIdNumber(IdNumber idNumber) {
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE id_number = :n")
            .param("n", idNumber.value())
            .query(Long.class)
            .single()
        > 0;
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
  }

  /** Birth date and gender of each of the given persons that exists. */
  public List<PersonAge> ages(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT id, birth_date, gender FROM person WHERE id IN (:ids)")
        .param("ids", ids)
        .query(
            (rs, n) ->
                new PersonAge(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    Gender.valueOf(rs.getString(3))))
        .list();
  }

  public Optional<Person> find(long id) {
    return jdbc.sql(SELECT + " WHERE p.id = :id")
        .param("id", id)
        .query((rs, n) -> map(rs))
        .optional()
        .map(p -> withChildren(List.of(p)).get(0));
  }

  /** The persons with these ids that exist, in no particular order. */
  public List<Person> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return withChildren(
        jdbc.sql(SELECT + " WHERE p.id IN (:ids)")
            .param("ids", ids)
            .query((rs, n) -> map(rs))
            .list());
  }

  public PageResult<Person> find(PersonQuery q, PageRequest page) {
    var where = filter(q);
    List<Long> ids =
        where
            .bind(jdbc.sql(pageSql(where)))
            .param("limit", page.size())
            .param("offset", page.offset())
            .query(Long.class)
            .list();
    long total = count(q);
    return PageResult.of(inOrder(ids, findAll(ids)), page, total);
  }

  /**
   * The filters of a list query on {@code person p} alone, so that its indexes serve them: street
   * and district through {@code person_street}, priority group through its primary key, an identity
   * number through its unique index.
   */
  static Conditions filter(PersonQuery q) {
    String name = null;
    String idNumber = null;
    if (q.text() != null) {
      if (q.text().matches("\\d{17}[\\dXx]")) {
        idNumber = q.text().toUpperCase(java.util.Locale.ROOT);
      } else {
        name = "%" + q.text() + "%";
      }
    }
    return new Conditions()
        .add("p.street_code = :street", "street", q.streetCode())
        .add(
            "p.street_code IN (SELECT code FROM division WHERE parent_code = :district)",
            "district",
            q.districtCode())
        .add(
            "EXISTS (SELECT 1 FROM person_priority_group g"
                + " WHERE g.person_id = p.id AND g.priority_group = :grp)",
            "grp",
            q.priorityGroup() == null ? null : q.priorityGroup().name())
        .add("p.name LIKE :name", "name", name)
        .add("p.id_number = :idNumber", "idNumber", idNumber);
  }

  /** The ids of one page, newest first; parameters {@code :limit} and {@code :offset}. */
  static String pageSql(Conditions where) {
    return "SELECT p.id FROM person p"
        + where.where()
        + "ORDER BY p.id DESC LIMIT :limit OFFSET :offset";
  }

  /**
   * How many persons a list query finds. A priority group is counted from its index, joined to the
   * persons only for the other filters; the page query instead walks the persons newest first and
   * checks the group of each, which stops after one page.
   */
  private long count(PersonQuery q) {
    if (q.priorityGroup() == null) {
      var where = filter(q);
      return where
          .bind(jdbc.sql("SELECT COUNT(*) FROM person p" + where.where()))
          .query(Long.class)
          .single();
    }
    var where = filter(new PersonQuery(q.streetCode(), q.districtCode(), null, q.text()));
    if (where.isEmpty()) {
      // every group row belongs to a person (foreign key): the index alone answers
      return jdbc.sql("SELECT COUNT(*) FROM person_priority_group WHERE priority_group = :grp")
          .param("grp", q.priorityGroup().name())
          .query(Long.class)
          .single();
    }
    return where
        .bind(
            jdbc.sql(
                "SELECT COUNT(*) FROM person_priority_group g JOIN person p ON p.id = g.person_id"
                    + " WHERE g.priority_group = :grp"
                    + where.and()))
        .param("grp", q.priorityGroup().name())
        .query(Long.class)
        .single();
  }

  private static List<Person> inOrder(List<Long> ids, List<Person> persons) {
    Map<Long, Person> byId = new HashMap<>();
    persons.forEach(p -> byId.put(p.id(), p));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  private List<Person> withChildren(List<Person> persons) {
    if (persons.isEmpty()) {
      return persons;
    }
    List<Long> ids = persons.stream().map(Person::id).toList();
    Map<Long, List<PriorityGroup>> groups = new HashMap<>();
    jdbc.sql(
            "SELECT person_id, priority_group FROM person_priority_group WHERE person_id IN (:ids)"
                + " ORDER BY priority_group")
        .param("ids", ids)
        .query(
            rs -> {
              groups
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(PriorityGroup.valueOf(rs.getString(2)));
            });
    Map<Long, List<String>> skills = new HashMap<>();
    jdbc.sql("SELECT person_id, skill FROM person_skill WHERE person_id IN (:ids) ORDER BY skill")
        .param("ids", ids)
        .query(
            rs -> {
              skills.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    Map<Long, List<Certificate>> certificates = new HashMap<>();
    jdbc.sql(
            "SELECT person_id, certificate, issued_on FROM person_certificate"
                + " WHERE person_id IN (:ids) ORDER BY certificate")
        .param("ids", ids)
        .query(
            rs -> {
              certificates
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Certificate(rs.getString(2), rs.getObject(3, LocalDate.class)));
            });
    return persons.stream()
        .map(
            p ->
                new Person(
                    p.id(),
                    p.name(),
                    p.idNumber(),
                    p.phone(),
                    p.gender(),
                    p.birthDate(),
                    p.streetCode(),
                    p.streetName(),
                    p.districtCode(),
                    p.communityCode(),
                    groups.getOrDefault(p.id(), List.of()),
                    skills.getOrDefault(p.id(), List.of()),
                    certificates.getOrDefault(p.id(), List.of()),
                    p.registeredAt(),
                    p.registeredBy()))
        .toList();
  }

  private static Person map(ResultSet rs) throws SQLException {
    return new Person(
        rs.getLong("id"),
        rs.getString("name"),
        new IdNumber(rs.getString("id_number")),
        new PhoneNumber(rs.getString("phone")),
        Gender.valueOf(rs.getString("gender")),
        rs.getObject("birth_date", LocalDate.class),
        rs.getString("street_code"),
        rs.getString("street_name"),
        rs.getString("district_code"),
        rs.getString("community_code"),
        List.of(),
        List.of(),
        List.of(),
        BusinessTime.local(rs.getObject("registered_at", OffsetDateTime.class)),
        rs.getString("registered_by"));
  }
}
