package org.qingsong.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTimingTest {
  @Test
  void nanosecondsAreWrittenAsMillisecondsWithThreeDecimals() {
    assertThat(SearchController.millis(0)).isEqualTo("0.000");
    assertThat(SearchController.millis(999)).isEqualTo("0.000");
    assertThat(SearchController.millis(5_000)).isEqualTo("0.005");
    assertThat(SearchController.millis(45_000)).isEqualTo("0.045");
    assertThat(SearchController.millis(1_234_567)).isEqualTo("1.234");
    assertThat(SearchController.millis(2_565_825_901L)).isEqualTo("2565.825");
    assertThat(SearchController.millis(-1)).isEqualTo("0.000");
    assertThat(SearchController.serverTiming(1_100_000, 70_000))
        .isEqualTo("search;dur=1.100, prepare;dur=0.070");
  }
}
