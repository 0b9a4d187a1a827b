package org.qingsong.common;

/** Turns blank request parameters into "no filter". */
public final class Blank {
  private Blank() {}

  public static String toNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
