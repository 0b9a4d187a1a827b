package org.qingsong.common;

/** Gender as the resident ID number encodes it (odd sequence digit: male). */
public enum Gender {
  MALE,
  FEMALE
}
