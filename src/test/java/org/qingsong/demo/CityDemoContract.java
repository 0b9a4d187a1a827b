package org.qingsong.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qingsong.QingsongApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The city-scale generator ({@code demo --scale city}) at a tiny fraction, on H2 and PostgreSQL: it
 * makes the counts it says, profiles for one resident in five, verified employers, published
 * postings, gig workers and tomorrow's requested visits, and leaves the id sequences usable.
 */
abstract class CityDemoContract {
  @Autowired DemoCityScale city;
  @Autowired JdbcClient jdbc;

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  @Test
  void aTinyCityHasTheScaledCountsAndTheDatabaseKeepsWorking() {
    long persons = count("SELECT COUNT(*) FROM person");
    long seekers = count("SELECT COUNT(*) FROM job_seeker WHERE active");
    long employers = count("SELECT COUNT(*) FROM employer WHERE verification = 'VERIFIED'");
    long postings = count("SELECT COUNT(*) FROM job_posting WHERE status = 'PUBLISHED'");
    long workers = count("SELECT COUNT(*) FROM gig_worker");
    LocalDate tomorrow = LocalDate.now(QingsongApplication.ZONE).plusDays(1);
    String visitsSql =
        "SELECT COUNT(*) FROM gig_visit WHERE status = 'REQUESTED' AND worker_id IS NULL"
            + " AND visit_date = DATE '"
            + tomorrow
            + "'";
    long visits = count(visitsSql);

    // Another seed than the shared demo city of these tests, whose residents are already there.
    DemoSummary made = city.generate(7777, 0.0005);

    assertThat(made.people()).isEqualTo(500);
    assertThat(made.seekers()).isEqualTo(100);
    assertThat(made.employers()).isEqualTo(25);
    assertThat(made.postings()).isEqualTo(50);
    assertThat(made.gigWorkers()).isEqualTo(5);
    assertThat(made.gigVisits()).isEqualTo(10);
    assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(persons + 500);
    assertThat(count("SELECT COUNT(*) FROM job_seeker WHERE active")).isEqualTo(seekers + 100);
    assertThat(count("SELECT COUNT(*) FROM employer WHERE verification = 'VERIFIED'"))
        .isEqualTo(employers + 25);
    assertThat(count("SELECT COUNT(*) FROM job_posting WHERE status = 'PUBLISHED'"))
        .isEqualTo(postings + 50);
    assertThat(count("SELECT COUNT(*) FROM gig_worker")).isEqualTo(workers + 5);
    assertThat(count(visitsSql)).isEqualTo(visits + 10);
    // Every new posting's pay lies within twice its occupation's usual range (no fraud-like pay).
    assertThat(
            count(
                "SELECT COUNT(*) FROM job_posting p JOIN occupation o ON o.code = p.occupation_code"
                    + " WHERE p.created_by = 'demo' AND p.pay_unit = o.pay_unit"
                    + " AND p.pay_max_fen > 2 * o.usual_pay_max_fen"))
        .isZero();
    // Every new seeker profile wants at least one occupation.
    assertThat(
            count(
                "SELECT COUNT(*) FROM job_seeker s WHERE NOT EXISTS (SELECT 1 FROM"
                    + " job_seeker_occupation o WHERE o.person_id = s.person_id)"))
        .isZero();

    // The identity columns continue after the ids the generator gave.
    long maxPerson = count("SELECT MAX(id) FROM person");
    jdbc.sql(
            "INSERT INTO person (name, id_number, phone, gender, birth_date, street_code,"
                + " registered_at, registered_by, updated_at) VALUES ('测试', '43020319310101999X',"
                + " '13800000000', 'MALE', DATE '1931-01-01', '430203004', CURRENT_TIMESTAMP,"
                + " 'test', CURRENT_TIMESTAMP)")
        .update();
    assertThat(count("SELECT MAX(id) FROM person")).isGreaterThan(maxPerson);
    jdbc.sql("DELETE FROM person WHERE id_number = '43020319310101999X'").update();
  }
}
