package org.qingsong.matching.search;

/**
 * The fields of a person document. Only what staff may search by is indexed: skills, certificates,
 * priority groups, street and district. Names, ID numbers and phones are not in the index.
 */
public final class PersonFields {
  private PersonFields() {}

  public static final String ALL = "all";
  public static final String ALL_EN = "all_en";
  public static final String STREET = "street";
  public static final String DISTRICT = "district";
  public static final String GROUP = "group";
  public static final String REGISTERED = "registered";
}
