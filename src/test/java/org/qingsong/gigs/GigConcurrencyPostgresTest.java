package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qingsong.support.PostgresApp;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * On PostgreSQL the exclusion constraint itself refuses an overlap, whatever the application does.
 */
@PostgresApp
class GigConcurrencyPostgresTest extends GigConcurrencyContract {

  @Test
  void theDatabaseRefusesOverlappingBookingsWrittenBehindTheApplicationsBack() {
    GigFixtures fx = fx();
    long worker = fx.newWorker("约束阿姨");
    long recipient = fx.recipient(fx.person("约束客户"));
    LocalDate day = LocalDate.now(GigFixtures.SHANGHAI).plusDays(22);
    long a = fx.visit(recipient, day, "09:00", 120);
    long b = fx.visit(recipient, day, "11:10", 60);
    String book =
        """
        UPDATE gig_visit SET worker_id = :w, status = 'ASSIGNED', blocked_from = starts_at,
            blocked_until = ends_at + INTERVAL '30 minutes'
        WHERE id = :id
        """;
    assertThat(jdbc.sql(book).param("w", worker).param("id", a).update()).isEqualTo(1);
    assertThatThrownBy(() -> jdbc.sql(book).param("w", worker).param("id", b).update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("gig_visit_no_overlap");
    jdbc.sql("UPDATE gig_visit SET status = 'CANCELLED' WHERE id = :id").param("id", a).update();
    assertThat(jdbc.sql(book).param("w", worker).param("id", b).update())
        .as("a cancelled visit takes no time")
        .isEqualTo(1);
  }
}
