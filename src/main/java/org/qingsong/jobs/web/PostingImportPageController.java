package org.qingsong.jobs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.jobs.ImportSummary;
import org.qingsong.jobs.spreadsheet.StationPaperwork;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The station staff's page for importing postings collected on paper: the template to download, the
 * upload, and either what was imported or every cell to fix.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class PostingImportPageController {
  private static final Pattern ROW_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

  private final StationPaperwork paperwork;
  private final MessageSource messages;

  PostingImportPageController(StationPaperwork paperwork, MessageSource messages) {
    this.paperwork = paperwork;
    this.messages = messages;
  }

  /** A cell to fix: the spreadsheet row, the column's name, and what is wrong. */
  record CellError(String row, String column, String message) {}

  @GetMapping("/jobs/import")
  String form(Model model) {
    model.addAttribute("errors", List.of());
    return "jobs/import";
  }

  @GetMapping("/jobs/import/template.xlsx")
  ResponseEntity<byte[]> template(Locale locale) {
    return SpreadsheetController.xlsx("posting-import-template.xlsx", paperwork.template(locale));
  }

  @PostMapping("/jobs/import")
  String upload(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Model model,
      Locale locale) {
    List<CellError> errors = new ArrayList<>();
    try {
      ImportSummary summary = SpreadsheetController.importFile(paperwork, file);
      model.addAttribute("summary", summary);
    } catch (InvalidInputException e) {
      List<String> fileErrors = new ArrayList<>();
      for (FieldViolation v : e.violations()) {
        String message = messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
        Matcher m = ROW_FIELD.matcher(v.field());
        if (m.matches()) {
          String column =
              messages.getMessage("spreadsheet.column." + m.group(2), null, m.group(2), locale);
          errors.add(new CellError(m.group(1), column, message));
        } else {
          fileErrors.add(message);
        }
      }
      model.addAttribute("fileErrors", fileErrors);
    }
    model.addAttribute("errors", errors);
    return "jobs/import";
  }
}
