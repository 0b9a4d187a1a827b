package org.qingsong.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The city-wide batch page in the browser: an administrator finds it in the menu, is told plainly
 * what a bad chunk size is, starts a run and sees it complete and go into use, resumes a stopped
 * run; a running run's progress moves on the open page; staff see the runs without the buttons;
 * residents are refused; both languages, usable at 360 px.
 */
@H2App
class BatchRunsBrowserTest extends BrowserTest {
  @Autowired JdbcClient jdbc;

  long insertRun(String status, long processed) {
    long total =
        jdbc.sql("SELECT COUNT(*) FROM job_seeker WHERE active").query(Long.class).single();
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO matching_batch_run (status, started_via, started_by, created_at,"
                + " started_at, chunk_size, top_k, total_seekers, processed, chunks_done,"
                + " postings, weights) VALUES (:s, 'API', 'admin', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 7, 10, :t, :p, 0, 0, '1,1,1,1,1')")
        .param("s", status)
        .param("t", total)
        .param("p", processed)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  WebElement row(long id) {
    return browser.find("#run-" + id);
  }

  /**
   * A run's row as text. While a run goes on the page replaces its list every few seconds, so a row
   * found a moment ago may be gone: it is then found again.
   */
  String rowText(long id) {
    for (int attempt = 1; ; attempt++) {
      try {
        return row(id).getText();
      } catch (StaleElementReferenceException e) {
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  /** Waits until no run goes on or deletes what it replaced (the start button is enabled). */
  void waitUntilIdle() {
    browser.waitFor(
        d -> {
          browser.open("/matching/batch-runs");
          return browser.find("#start-form button[type=submit]").isEnabled();
        });
  }

  @Test
  void anAdministratorStartsAndResumesRunsAndFollowsTheirProgress() {
    browser.as("admin").open("/");
    browser.clickAndWait(browser.find("nav a[href$='/matching/batch-runs']"));
    assertThat(browser.path()).isEqualTo("/matching/batch-runs");
    assertThat(browser.find("h1").getText()).isEqualTo("全市批量推荐");

    // A chunk size that is not a number, then one out of range: the same clear message, kept input.
    browser.find("#chunkSize").sendKeys("两千");
    browser.clickAndWait(browser.find("#start-form button[type=submit]"));
    assertThat(browser.find("#chunkSize-error").getText()).isEqualTo("每批人数须在 1 到 50,000 之间");
    assertThat(browser.find("#chunkSize").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.find("#chunkSize").getAttribute("value")).isEqualTo("两千");
    browser.find("#chunkSize").clear();
    browser.find("#chunkSize").sendKeys("0");
    long runsBefore =
        jdbc.sql("SELECT COUNT(*) FROM matching_batch_run").query(Long.class).single();
    browser.clickAndWait(browser.find("#start-form button[type=submit]"));
    assertThat(browser.find("#chunkSize-error").getText()).isEqualTo("每批人数须在 1 到 50,000 之间");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM matching_batch_run").query(Long.class).single())
        .isEqualTo(runsBefore);

    // Started with the default chunk size: it completes and goes into use.
    browser.find("#chunkSize").clear();
    browser.clickAndWait(browser.find("#start-form button[type=submit]"));
    String notice = browser.find("#notice").getText();
    assertThat(notice).matches("已开始运行 \\d+，进度见下表。");
    long started = Long.parseLong(notice.replaceAll("\\D", ""));
    browser.waitFor(
        d -> {
          browser.open("/matching/batch-runs");
          return rowText(started).contains("已完成");
        });
    assertThat(rowText(started)).contains("正在使用");
    // The run it replaced is deleted next; until then a new start or resume waits.
    waitUntilIdle();
    assertThat(rowText(started)).contains("由 admin 在网页或接口发起").contains("（100.0%）");

    // A stopped run newer than the one in use is resumed from its button and completes.
    long stopped = insertRun("INTERRUPTED", 0);
    browser.open("/matching/batch-runs");
    WebElement resume = browser.find("#run-" + stopped + " button");
    assertThat(resume.getText()).isEqualTo("继续运行 " + stopped);
    browser.clickAndWait(resume);
    assertThat(browser.find("#notice").getText()).isEqualTo("运行 " + stopped + " 已继续，进度见下表。");
    browser.waitFor(
        d -> {
          browser.open("/matching/batch-runs");
          return rowText(stopped).contains("正在使用");
        });
    assertThat(rowText(stopped)).contains("已完成");
    browser.assertUsableOnDesktopAndPhone("batch-runs-admin", "zh");
    waitUntilIdle();
    browser.open("/matching/batch-runs?lang=en");
    assertThat(browser.find("h1").getText()).isEqualTo("City-wide recommendations");
    assertThat(rowText(stopped)).contains("Completed").contains("In use");
    long runs = jdbc.sql("SELECT COUNT(*) FROM matching_batch_run").query(Long.class).single();
    assertThat(browser.find("#runs-caption").getText())
        .isEqualTo(runs == 1 ? "One run, newest first" : runs + " runs, newest first");
    browser.assertUsableOnDesktopAndPhone("batch-runs-admin-en", "en");
    browser.open("/matching/batch-runs?lang=zh-CN");

    // Recommendations served from the run lead staff to the page of runs.
    long posting =
        jdbc.sql(
                "SELECT MIN(posting_id) FROM matching_batch_by_posting WHERE run_id = (SELECT"
                    + " run_id FROM matching_batch_current)")
            .query(Long.class)
            .single();
    browser.open("/jobs/" + posting + "/recommended-people");
    assertThat(browser.find("p.source").getAttribute("data-source")).isEqualTo("batch");
    browser.clickAndWait(browser.find("p.source-link a"));
    assertThat(browser.path()).isEqualTo("/matching/batch-runs");
  }

  @Test
  void aRunningRunsProgressMovesOnTheOpenPage() {
    long running = insertRun("RUNNING", 0);
    try {
      browser.as("staff").open("/matching/batch-runs");
      assertThat(rowText(running)).contains("正在运行").contains("（0.0%）");
      // Staff follow the runs; the buttons are the administrators'.
      assertThat(browser.findAll("#start-form")).isEmpty();
      assertThat(browser.findAll("#runs button")).isEmpty();

      long total =
          jdbc.sql("SELECT total_seekers FROM matching_batch_run WHERE id = :id")
              .param("id", running)
              .query(Long.class)
              .single();
      jdbc.sql("UPDATE matching_batch_run SET processed = :p WHERE id = :id")
          .param("p", total / 2)
          .param("id", running)
          .update();
      WebElement page = browser.find("html");
      browser.waitFor(d -> rowText(running).contains("（" + percent(total / 2, total) + "%）"));
      assertThat(browser.find("#live").getText())
          .isEqualTo("运行 " + running + "：正在运行，" + percent(total / 2, total) + "%");

      // All scored: the run is writing its results in posting order before it goes into use.
      jdbc.sql(
              "UPDATE matching_batch_run SET processed = total_seekers,"
                  + " ordering_started_at = CURRENT_TIMESTAMP WHERE id = :id")
          .param("id", running)
          .update();
      browser.waitFor(d -> rowText(running).contains("（100.0%）"));
      assertThat(rowText(running)).contains("全部算完，正在按岗位整理结果").doesNotContain("后算完");
      // A screen reader hears it too, though the percentage stays in the same tenth.
      browser.waitFor(d -> browser.find("#live").getText().contains("整理"));
      assertThat(browser.find("#live").getText()).isEqualTo("运行 " + running + "：全部算完，正在按岗位整理结果");

      jdbc.sql(
              "UPDATE matching_batch_run SET status = 'FAILED', failure = 'disk full',"
                  + " finished_at = CURRENT_TIMESTAMP WHERE id = :id")
          .param("id", running)
          .update();
      browser.waitFor(d -> rowText(running).contains("出错停止"));
      assertThat(rowText(running)).contains("disk full");
      assertThat(browser.find("#live").getText()).startsWith("运行 " + running + "：出错停止");
      // The same page all along: the list was brought up to date without a reload.
      assertThat(browser.find("html")).isEqualTo(page);
    } finally {
      jdbc.sql("DELETE FROM matching_batch_run WHERE id = :id").param("id", running).update();
    }
  }

  @Test
  void residentsAreRefused() {
    browser.as("resident").open("/matching/batch-runs");
    assertThat(browser.findAll("#runs")).isEmpty();
    assertThat(browser.findAll("nav a[href$='/matching/batch-runs']")).isEmpty();
  }

  private static String percent(long part, long whole) {
    return String.format("%.1f", Math.min(100, Math.round(part * 1000.0 / whole) / 10.0));
  }
}
