package org.qingsong.matching.search;

/** The fields of a posting document. */
public final class PostingFields {
  private PostingFields() {}

  // analysed text, Chinese (smartcn)
  public static final String TITLE = "title";
  public static final String OCCUPATION = "occupation";
  public static final String SKILLS = "skills";
  public static final String EMPLOYER = "employer";
  public static final String ALL = "all";
  // analysed text, English
  public static final String TITLE_EN = "title_en";
  public static final String OCCUPATION_EN = "occupation_en";
  public static final String ALL_EN = "all_en";
  // exact values for filters and facets
  public static final String KIND = "kind";
  public static final String OCCUPATION_CODE = "occupation_code";
  public static final String DISTRICT = "district";
  public static final String STREET = "street";
  public static final String PAY_BAND = "pay_band";
  public static final String PAY_MAX_MONTH = "pay_max_month";
  public static final String LOCATION = "loc";
  public static final String PUBLISHED = "published";
  // stored only
  public static final String EMPLOYER_ID = "employer_id";
  public static final String EMPLOYER_NAME = "employer_name";
  public static final String TITLE_STORED = "title_stored";
  public static final String OCCUPATION_NAME_ZH = "occupation_zh";
  public static final String OCCUPATION_NAME_EN = "occupation_en_name";
  public static final String PAY_MIN = "pay_min";
  public static final String PAY_MAX = "pay_max";
  public static final String PAY_UNIT = "pay_unit";
  public static final String STREET_NAME = "street_name";
  public static final String LAT = "lat";
  public static final String LNG = "lng";
  public static final String APPROXIMATE = "approx";

  /** The facets, as the API names them, and the doc-values field each counts. */
  public static final String[][] FACETS = {
    {"kind", KIND}, {"occupation", OCCUPATION_CODE}, {"district", DISTRICT}, {"payBand", PAY_BAND}
  };
}
