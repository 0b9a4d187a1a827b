package org.qingsong.matching.search;

/**
 * The fields of a job-seeker document. Names, ID numbers, phones and birth dates are never indexed:
 * what a search shows of a person is read from the people module by id, masked.
 */
public final class PeopleFields {
  private PeopleFields() {}

  // analysed text, Chinese (smartcn)
  public static final String OCCUPATION = "occupation";
  public static final String SKILLS = "skills";
  public static final String ALL = "all";
  // analysed text, English
  public static final String OCCUPATION_EN = "occupation_en";
  public static final String ALL_EN = "all_en";
  // exact values for filters and facets (occupation, group and kind have several values)
  public static final String OCCUPATION_CODE = "occupation_code";
  public static final String GROUP = "grp";
  public static final String KIND = "kind";
  public static final String DISTRICT = "district";
  public static final String STREET = "street";
  public static final String LOCATION = "loc";
  public static final String MIN_PAY_MONTH = "min_pay_month";
  public static final String UPDATED = "updated";
  // stored only
  public static final String STREET_NAME = "street_name";
  public static final String MIN_PAY = "min_pay";
  public static final String PAY_UNIT = "pay_unit";
  public static final String LAT = "lat";
  public static final String LNG = "lng";

  /** The facets, as the API names them, and the doc-values field each counts. */
  public static final String[][] FACETS = {
    {"occupation", OCCUPATION_CODE}, {"group", GROUP}, {"district", DISTRICT}
  };
}
