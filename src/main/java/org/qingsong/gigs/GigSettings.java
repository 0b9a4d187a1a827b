package org.qingsong.gigs;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The gig market's parameters: {@code qingsong.gigs.travel-buffer} (default 30 minutes) is the
 * least time between two visits of one worker; {@code qingsong.gigs.check-in-far-meters} (default
 * 500) is how far from the recipient's address a check-in is flagged; {@code
 * qingsong.gigs.check-in-early} (default 2 hours) is how long before the start a worker may check
 * in.
 */
@Component
public class GigSettings {
  private final Duration travelBuffer;
  private final int checkInFarMeters;
  private final Duration checkInEarly;

  GigSettings(
      @Value("${qingsong.gigs.travel-buffer:PT30M}") Duration travelBuffer,
      @Value("${qingsong.gigs.check-in-far-meters:500}") int checkInFarMeters,
      @Value("${qingsong.gigs.check-in-early:PT2H}") Duration checkInEarly) {
    if (travelBuffer.isNegative() || travelBuffer.toHours() > 4) {
      throw new IllegalArgumentException("qingsong.gigs.travel-buffer must be 0 to 4 hours");
    }
    this.travelBuffer = travelBuffer;
    this.checkInFarMeters = checkInFarMeters;
    this.checkInEarly = checkInEarly;
  }

  public Duration travelBuffer() {
    return travelBuffer;
  }

  public int checkInFarMeters() {
    return checkInFarMeters;
  }

  public Duration checkInEarly() {
    return checkInEarly;
  }
}
