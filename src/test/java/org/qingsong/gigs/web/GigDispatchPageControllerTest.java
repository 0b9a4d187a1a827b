package org.qingsong.gigs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingsong.gigs.Check;
import org.qingsong.gigs.DispatchReport;

/** The dispatch report lists at most {@value GigDispatchPageController#LEFT_SHOWN} visits left. */
class GigDispatchPageControllerTest {
  static List<DispatchReport.Left> left(int n) {
    List<DispatchReport.Left> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new DispatchReport.Left(
              i,
              OffsetDateTime.parse("2026-12-02T09:00+08:00"),
              "ELDER_CARE",
              "陈奶奶",
              null,
              null,
              Check.Rule.NO_CLASH,
              "gig.dispatch.noWorkers",
              List.of()));
    }
    return out;
  }

  @Test
  void aLongListOfVisitsLeftIsCutToTheFirstHundred() {
    assertThat(GigDispatchPageController.shown(left(5))).hasSize(5);
    assertThat(GigDispatchPageController.shown(left(100))).hasSize(100);
    List<DispatchReport.Left> shown = GigDispatchPageController.shown(left(1000));
    assertThat(shown).hasSize(GigDispatchPageController.LEFT_SHOWN);
    assertThat(shown.get(0).visitId()).isZero();
  }
}
