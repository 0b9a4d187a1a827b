package org.qingsong.jobs.spreadsheet;

import java.util.List;

/**
 * The columns of the posting import template, in order. Each is named by the posting field it fills
 * (the template's second header row); the credit code stands for the employer.
 */
enum PostingColumn {
  CREDIT_CODE("creditCode", 24, true, true),
  TITLE("title", 24, true, false),
  DESCRIPTION("description", 48, true, false),
  OCCUPATION_CODE("occupationCode", 12, true, true),
  KIND("kind", 10, true, false),
  POSITIONS("positions", 10, true, false),
  PAY_MIN("payMin", 14, true, false),
  PAY_MAX("payMax", 14, true, false),
  PAY_UNIT("payUnit", 10, true, false),
  STREET_CODE("streetCode", 14, false, true),
  WEEKLY_HOURS("weeklyHours", 10, false, false),
  CONTACT("contact", 24, true, true),
  VALID_UNTIL("validUntil", 14, true, false),
  CERTIFICATES("certificates", 24, false, false),
  SKILLS("skills", 24, false, false),
  RELAXATIONS("relaxations", 28, false, false);

  /** The posting field the column fills, as the API and error reports name it. */
  final String field;

  /** Width in characters. */
  final int width;

  final boolean required;

  /**
   * Codes and phone numbers: kept as text so that a spreadsheet does not turn them into numbers.
   */
  final boolean text;

  PostingColumn(String field, int width, boolean required, boolean text) {
    this.field = field;
    this.width = width;
    this.required = required;
    this.text = text;
  }

  /** The columns whose cells may hold several values. */
  static final List<PostingColumn> LISTS = List.of(CERTIFICATES, SKILLS, RELAXATIONS);

  String header() {
    return "spreadsheet.column." + field;
  }

  String hint() {
    return "spreadsheet.column." + field + ".hint";
  }
}
