package org.qingsong.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.qingsong.common.GeoPoint;

/** The walking model behind the 10-minute circle: 75 m a minute, streets 1.3 times the line. */
class WalkingModelTest {
  private static final GeoPoint STATION = new GeoPoint(27.8280, 113.1530);

  /** A point {@code meters} due north of the station, as the crow flies. */
  private static GeoPoint north(double meters) {
    double degrees = Math.toDegrees(meters / 6_371_008.8);
    return new GeoPoint(STATION.lat() + degrees, STATION.lng());
  }

  @Test
  void tenMinutesAre750MetresOfWalkingAndAbout577MetresAsTheCrowFlies() {
    assertThat(WalkingModel.CIRCLE_MINUTES * WalkingModel.METERS_PER_MINUTE).isEqualTo(750.0);
    assertThat(WalkingModel.circleRadiusMeters()).isCloseTo(576.9, within(0.1));
    assertThat(WalkingModel.walkingMinutes(750)).isEqualTo(10.0);
  }

  @Test
  void aPoint577MetresAwayIsA750MetreTenMinuteWalk() {
    GeoPoint resident = north(577);
    assertThat(STATION.metersTo(resident)).isCloseTo(577, within(0.01));

    long meters = WalkingModel.walkingMeters(resident, STATION);

    assertThat(meters).isEqualTo(750);
    assertThat(WalkingModel.walkingMinutes(meters)).isEqualTo(10.0);
    assertThat(WalkingModel.withinCircle(meters)).isTrue();
  }

  @Test
  void theCircleEndsBetween577And578MetresAsTheCrowFlies() {
    assertThat(WalkingModel.withinCircle(WalkingModel.walkingMeters(north(576.9), STATION)))
        .isTrue();
    assertThat(WalkingModel.walkingMeters(north(578), STATION)).isEqualTo(751);
    assertThat(WalkingModel.withinCircle(WalkingModel.walkingMeters(north(578), STATION)))
        .isFalse();
  }

  @Test
  void theCircleIncludesExactly750MetresOfWalkingAndNothingBeyond() {
    assertThat(WalkingModel.withinCircle(0)).isTrue();
    assertThat(WalkingModel.withinCircle(749)).isTrue();
    assertThat(WalkingModel.withinCircle(750)).isTrue();
    assertThat(WalkingModel.withinCircle(751)).isFalse();
  }

  @Test
  void theSamePlaceIsNoWalkAtAll() {
    assertThat(WalkingModel.walkingMeters(STATION, STATION)).isZero();
    assertThat(WalkingModel.walkingMinutes(0)).isZero();
  }

  @Test
  void walkingIsTheStraightLineTimesTheDetourFactor() {
    GeoPoint resident = north(1000);
    assertThat(WalkingModel.walkingMeters(STATION, resident)).isEqualTo(1300);
    assertThat(WalkingModel.walkingMeters(resident, STATION))
        .as("the same both ways")
        .isEqualTo(1300);
  }

  @Test
  void minutesAreRoundedToATenth() {
    assertThat(WalkingModel.walkingMinutes(75)).isEqualTo(1.0);
    assertThat(WalkingModel.walkingMinutes(100)).isEqualTo(1.4);
    assertThat(WalkingModel.walkingMinutes(1300)).isEqualTo(17.4);
    assertThat(WalkingModel.walkingMinutes(825)).isEqualTo(11.0);
    assertThat(WalkingModel.walkingMinutes(751)).isEqualTo(10.1);
  }
}
