package org.qingsong.people;

/** Groups that employment policy gives priority help to. */
public enum PriorityGroup {
  /** "4050" workers: women over 40 and men over 50 who lost their jobs. */
  AGED_4050,
  DISABLED,
  GRADUATE,
  VETERAN,
  RETURNING_MIGRANT,
  STAY_AT_HOME_MOTHER,
  LOW_INCOME,
  LONG_TERM_UNEMPLOYED
}
