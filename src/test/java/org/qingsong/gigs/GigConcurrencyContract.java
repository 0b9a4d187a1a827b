package org.qingsong.gigs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingsong.gigs.GigFixtures.SHANGHAI;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hard rule under load, on H2 and on PostgreSQL: 32 staff requests racing to book one worker
 * into 32 overlapping visits, and 32 racing to give one visit to 32 workers. Exactly one wins; the
 * others get 409, and the database holds exactly one booking.
 */
abstract class GigConcurrencyContract {
  static final int THREADS = 32;
  static final String NAMES = "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  GigFixtures fx() {
    return new GigFixtures(Api.on(port));
  }

  /** Sends the requests at once (released together by a latch); answers their responses. */
  static List<Api.Response> race(List<Callable<Api.Response>> requests) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(requests.size());
    try {
      CountDownLatch ready = new CountDownLatch(requests.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Response>> futures = new ArrayList<>();
      for (Callable<Api.Response> r : requests) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return r.call();
                }));
      }
      ready.await();
      go.countDown();
      List<Api.Response> out = new ArrayList<>();
      for (Future<Api.Response> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneWorkerRacedInto32OverlappingVisitsIsBookedOnce() throws Exception {
    GigFixtures fx = fx();
    long worker = fx.newWorker("抢单阿姨");
    long recipient = fx.recipient(fx.person("并发客户"));
    LocalDate day = LocalDate.now(SHANGHAI).plusDays(20);
    List<Long> visits = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      // Pairwise overlapping: starts 08:00, 08:05, … and each lasts three hours.
      int minute = 8 * 60 + 5 * i;
      visits.add(
          fx.visit(recipient, day, String.format("%02d:%02d", minute / 60, minute % 60), 180));
    }
    List<Callable<Api.Response>> requests = new ArrayList<>();
    for (long v : visits) {
      requests.add(() -> fx.assign(v, worker));
    }
    List<Api.Response> answers = race(requests);

    List<Long> winners = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      Api.Response r = answers.get(i);
      assertThat(r.status()).as(r.toString()).isIn(200, 409);
      if (r.status() == 200) {
        winners.add(visits.get(i));
      }
    }
    assertThat(winners).hasSize(1);
    for (Api.Response r : answers) {
      if (r.status() == 409) {
        assertThat(r.json().path("conflictingVisit").path("id").asLong()).isEqualTo(winners.get(0));
      }
    }
    long booked =
        jdbc.sql("SELECT COUNT(*) FROM gig_visit WHERE worker_id = :w AND status <> 'CANCELLED'")
            .param("w", worker)
            .query(Long.class)
            .single();
    assertThat(booked).isEqualTo(1);
    String status =
        jdbc.sql("SELECT status FROM gig_visit WHERE id = :id")
            .param("id", winners.get(0))
            .query(String.class)
            .single();
    assertThat(status).isEqualTo("ASSIGNED");
  }

  @Test
  void oneVisitRacedTo32WorkersGetsOne() throws Exception {
    GigFixtures fx = fx();
    long recipient = fx.recipient(fx.person("并发客户二"));
    long visit = fx.visit(recipient, LocalDate.now(SHANGHAI).plusDays(21), "09:00", 120);
    List<Long> workers = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      workers.add(fx.newWorker("候选" + NAMES.charAt(i)));
    }
    List<Callable<Api.Response>> requests = new ArrayList<>();
    for (long w : workers) {
      requests.add(() -> fx.assign(visit, w));
    }
    List<Api.Response> answers = race(requests);
    long ok = answers.stream().filter(r -> r.status() == 200).count();
    assertThat(answers).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 409));
    assertThat(ok).isEqualTo(1);
    Long assigned =
        jdbc.sql("SELECT worker_id FROM gig_visit WHERE id = :id")
            .param("id", visit)
            .query(Long.class)
            .single();
    int winner = -1;
    for (int i = 0; i < THREADS; i++) {
      if (answers.get(i).status() == 200) {
        winner = i;
      }
    }
    assertThat(assigned).isEqualTo(workers.get(winner));
  }
}
