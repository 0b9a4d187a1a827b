package org.qingsong.jobs;

import java.util.List;
import org.qingsong.common.FieldViolation;

/**
 * One posting of a batch collected on paper: the spreadsheet row it came from (1-based, as the
 * spreadsheet shows it), the posting as read, and what was already wrong with the row before
 * validation — cells that could not be read, an employer that could not be found. Fields of the
 * problems are the posting's field names, without the row.
 */
public record PostingRow(int row, PostingForm form, List<FieldViolation> problems) {
  public PostingRow {
    problems = List.copyOf(problems);
  }

  /**
   * Whether a problem already explains a validation complaint about {@code field}: one about the
   * same field, or — for the employer — one about the credit code it was looked up by.
   */
  boolean explains(String field) {
    return problems.stream()
        .anyMatch(
            p ->
                p.field().equals(field)
                    || (field.equals("employerId") && p.field().equals("creditCode")));
  }
}
