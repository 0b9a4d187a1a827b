package org.qingsong.assistance;

/**
 * The categories of the low-income database: A 低保 households, B people in extreme hardship (特困), C
 * edge households (below 1.5 times the standard), D other households in special hardship.
 */
public enum LowIncomeCategory {
  A,
  B,
  C,
  D
}
