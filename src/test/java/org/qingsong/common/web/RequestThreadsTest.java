package org.qingsong.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** Tomcat's request threads: handed out last-in first-out, and the pool Tomcat really uses. */
@H2App
class RequestThreadsTest {
  @LocalServerPort int port;
  @Autowired WebServerApplicationContext context;

  @Test
  void afterABurstOneWarmThreadTakesEveryRequestInTurn() throws Exception {
    RequestThreads.Pool pool = new RequestThreads.Pool(200, 10);
    try {
      // Eight requests at once make eight threads.
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch started = new CountDownLatch(8);
      List<Future<?>> burst = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        burst.add(
            pool.threads.submit(
                () -> {
                  started.countDown();
                  release.await();
                  return null;
                }));
      }
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
      release.countDown();
      for (Future<?> f : burst) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertThat(pool.threads.getPoolSize()).isGreaterThanOrEqualTo(8);
      Thread.sleep(50);
      // Then one request at a time: a pool that woke its idle threads in turn would spread them
      // over all eight.
      Set<String> names = new HashSet<>();
      for (int i = 0; i < 40; i++) {
        names.add(pool.threads.submit(() -> Thread.currentThread().getName()).get());
        Thread.sleep(2);
      }
      assertThat(names).hasSizeLessThanOrEqualTo(2).allMatch(n -> n.startsWith("http-request-"));
    } finally {
      pool.destroy();
    }
    assertThat(pool.threads.isTerminated()).isTrue();
    assertThatThrownBy(() -> new RequestThreads.Pool(0, 10))
        .hasMessageContaining("server.tomcat.threads.max");
  }

  /**
   * A request that waits for a future (a solver's result, for instance) while every thread is busy
   * waits, as on Tomcat's own pool; it does not fail because no thread can be added in its place.
   */
  @Test
  void aRequestWaitingForAFutureWaitsWhenNoThreadIsLeft() throws Exception {
    RequestThreads.Pool pool = new RequestThreads.Pool(1, 1);
    try {
      CompletableFuture<String> result = new CompletableFuture<>();
      Future<String> request = pool.threads.submit(() -> "got " + result.get());
      Thread.sleep(100);
      result.complete("answer");
      assertThat(request.get(10, TimeUnit.SECONDS)).isEqualTo("got answer");
    } finally {
      pool.destroy();
    }
  }

  @Test
  void tomcatServesRequestsFromThePool() throws Exception {
    TomcatWebServer server = (TomcatWebServer) context.getWebServer();
    Object executor = server.getTomcat().getConnector().getProtocolHandler().getExecutor();
    assertThat(executor).isInstanceOf(ForkJoinPool.class);
    ForkJoinPool pool = (ForkJoinPool) executor;
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://localhost:" + port + "/api/v1/jobs/search?size=1"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
    }
    assertThat(pool.getPoolSize()).isPositive();
    assertThat(pool.getQueuedSubmissionCount()).isZero();
  }
}
