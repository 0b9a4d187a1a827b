package org.qingsong.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in the shared test contexts: the system clock in the business time zone,
 * which a test may move to another moment (time keeps running from there) to exercise what depends
 * on the date, such as orders over a holiday week that has passed or the end of a gradual exit.
 * Tests in a context run one after another; a test that moves the clock puts it back in a {@code
 * finally} block with {@link #reset()}.
 */
public final class TestClock extends Clock {
  private final ZoneId zone;
  private volatile Duration offset = Duration.ZERO;

  TestClock(ZoneId zone) {
    this.zone = zone;
  }

  /** From now on the clock reads {@code moment} and runs on from there. */
  public void travelTo(ZonedDateTime moment) {
    offset = Duration.between(Instant.now(), moment.toInstant());
  }

  /** Back to the real time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    TestClock moved = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return other;
      }

      @Override
      public Clock withZone(ZoneId again) {
        return moved.withZone(again);
      }

      @Override
      public Instant instant() {
        return moved.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Registers the clock in place of the application's. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock(ZoneId.of("Asia/Shanghai"));
    }
  }
}
