package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/** A resident puts themselves on the job-seeking wall from "my applications", then leaves it. */
@H2App
class WallConsentBrowserTest extends BrowserTest {

  /** Other tests share the demo resident and may have put them on the wall already. */
  private void startOffTheWall() {
    browser.as("resident").open("/jobs/mine");
    if (browser.findAll("#wantedJob").isEmpty()) {
      browser.clickAndWait(browser.find("form[action$='/wall-consent/withdraw'] button"));
    }
  }

  @Test
  void aResidentJoinsAndLeavesTheJobSeekingWall() {
    startOffTheWall();
    assertThat(browser.axe()).isEmpty();

    browser.find("#wantedJob").sendKeys("钟点工");
    browser.clickAndWait(browser.find("form[action$='/jobs/mine/wall-consent'] button"));
    assertThat(browser.find("main").getText()).contains("已同意上求职墙").contains("钟点工");

    browser.clickAndWait(browser.find("form[action$='/wall-consent/withdraw'] button"));
    assertThat(browser.find("main").getText()).contains("已退出求职墙");
    assertThat(browser.findAll("#wantedJob")).hasSize(1);
  }

  @Test
  void anEmptyWantedJobIsExplained() {
    startOffTheWall();
    browser.script("document.getElementById('wantedJob').removeAttribute('required')");
    browser.clickAndWait(browser.find("form[action$='/jobs/mine/wall-consent'] button"));
    assertThat(browser.find("[role=alert]").getText()).contains("请填写想找的工作");
  }
}
