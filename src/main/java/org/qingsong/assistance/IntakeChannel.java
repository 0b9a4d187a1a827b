package org.qingsong.assistance;

/**
 * How a case came in: at a street's window, from a hotline request, or proposed by monitoring
 * without an application (救助找人).
 */
public enum IntakeChannel {
  WINDOW,
  HOTLINE,
  PROACTIVE
}
