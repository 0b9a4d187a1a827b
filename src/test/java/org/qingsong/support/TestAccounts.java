package org.qingsong.support;

/** The demo accounts' password in tests (demo accounts are named after their roles). */
public final class TestAccounts {
  public static final String PASSWORD = "test-pass-123";

  private TestAccounts() {}
}
