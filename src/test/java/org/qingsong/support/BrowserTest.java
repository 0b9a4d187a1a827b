package org.qingsong.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test class that drives the application in one headless Chromium, started once for the class
 * (skipped with a message where Chromium is not installed) and pointed at the random port, at
 * desktop width, before each test.
 */
public abstract class BrowserTest {
  protected static Browser browser;

  @LocalServerPort protected int port;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @BeforeEach
  void pointBrowser() {
    browser.at(port).desktop();
  }
}
