package org.qingsong.common.web;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.coyote.AbstractProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's request threads, handed out last-in first-out: a request goes to the thread that
 * finished one most recently, whose stack, allocation buffer and processor caches are still warm.
 * Tomcat's own pool wakes its idle threads in turn (first in, first out), so with ten idle threads
 * every request ran on the one that had waited longest, and a job search took about 5 % longer in
 * the server than the same search in-process (README, "Job search"). The pool is the JDK's {@link
 * ForkJoinPool}, which keeps its idle threads on a stack: {@code server.tomcat.threads.max} threads
 * at most, {@code server.tomcat.threads.min-spare} kept when idle, the others ended after a minute
 * idle, as in Tomcat's pool; requests beyond the maximum wait in its queue. With virtual threads
 * ({@code spring.threads.virtual.enabled}, Java 21 and later) Spring Boot's executor is left as it
 * is.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnThreading(Threading.PLATFORM)
class RequestThreads {
  private static final Logger log = LoggerFactory.getLogger(RequestThreads.class);

  @Bean
  Pool requestThreadPool(ObjectProvider<TomcatServerProperties> properties) {
    TomcatServerProperties.Threads threads =
        properties.getIfAvailable(TomcatServerProperties::new).getThreads();
    return new Pool(threads.getMax(), threads.getMinSpare());
  }

  @Bean
  TomcatProtocolHandlerCustomizer<AbstractProtocol<?>> requestThreadsForTomcat(Pool pool) {
    return protocol -> protocol.setExecutor(pool.threads);
  }

  /**
   * The pool, stopped with the application context (after the web server, which Tomcat does not do
   * for a pool it was given). Not an {@code Executor} bean on purpose: one would replace the
   * application's task executor.
   */
  static final class Pool implements DisposableBean {
    final ForkJoinPool threads;

    Pool(int max, int minSpare) {
      if (max < 1) {
        throw new IllegalArgumentException("server.tomcat.threads.max must be at least 1: " + max);
      }
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      AtomicInteger count = new AtomicInteger();
      threads =
          new ForkJoinPool(
              max,
              pool -> {
                ForkJoinWorkerThread t = new ForkJoinWorkerThread(pool) {};
                t.setName("http-request-" + count.incrementAndGet());
                t.setContextClassLoader(loader);
                return t;
              },
              (t, e) -> log.error("Uncaught exception in request thread {}", t.getName(), e),
              true,
              Math.max(0, Math.min(minSpare, max)),
              max,
              1,
              // A request thread waiting for a future (the dispatch board waits for the solver) is
              // replaced while threads are below the maximum; at the maximum it just waits, as on
              // Tomcat's pool, instead of failing the request.
              pool -> true,
              60,
              TimeUnit.SECONDS);
    }

    @Override
    public void destroy() throws InterruptedException {
      threads.shutdown();
      if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("Request threads still busy 30 s after shutdown; stopping them");
        threads.shutdownNow();
      }
    }
  }
}
