package org.qingsong.assistance;

import java.util.List;
import org.qingsong.common.FieldViolation;

/** One row of an answer spreadsheet: its row number, the task, the answer, and cell problems. */
public record ImportedAnswer(
    int row, Long taskId, TaskAnswer answer, List<FieldViolation> problems) {
  public ImportedAnswer {
    problems = List.copyOf(problems);
  }
}
