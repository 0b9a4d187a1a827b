package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/** An employer finds all of their postings, held ones included, and reaches the applicants. */
@H2App
class PostedJobsBrowserTest extends BrowserTest {

  @Test
  void anEmployerSeesPublishedAndHeldPostingsAndReachesTheApplicants() {
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
