package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/** An employer finds all of their postings, held ones included, and reaches the applicants. */
@H2App
class PostedJobsBrowserTest extends BrowserTest {

  @Test
  void anEmployerSeesPublishedAndHeldPostingsAndReachesTheApplicants() {
    Map<String, Object> held = JobApiContract.honestPosting("理货员（押金）");
    held.put("description", "入职需交押金 300 元。");
    assertThat(
            Api.on(port).as("employer").post("/api/v1/jobs", held).json().path("status").asString())
        .isEqualTo("SCREENING");
    Api.on(port).as("employer").post("/api/v1/jobs", JobApiContract.honestPosting("店员"));

    browser.as("employer").open("/jobs/posted");
    String table = browser.find("main table").getText();
    assertThat(table).contains("已发布").contains("待审核");

    browser.clickAndWait(browser.find("main table tbody tr a[href$='/applicants']"));
    assertThat(browser.path()).matches("/jobs/\\d+/applicants");
  }

  @Test
  void residentsHaveNoPostingsPage() {
    browser.as("resident").open("/jobs/posted");
    assertThat(browser.find("main").getText()).contains("没有权限");
  }
}
