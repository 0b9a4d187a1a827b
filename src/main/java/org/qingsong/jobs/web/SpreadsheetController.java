package org.qingsong.jobs.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.jobs.ImportSummary;
import org.qingsong.jobs.PostingQuery;
import org.qingsong.jobs.PostingStatus;
import org.qingsong.jobs.spreadsheet.StationPaperwork;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Station paperwork over the API: the posting import template, the import of a filled-in template,
 * and Excel exports of postings and placements.
 */
@RestController
class SpreadsheetController {
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final StationPaperwork paperwork;

  SpreadsheetController(StationPaperwork paperwork) {
    this.paperwork = paperwork;
  }

  @GetMapping("/api/v1/jobs/import-template.xlsx")
  ResponseEntity<byte[]> template(Locale locale) {
    return xlsx("posting-import-template.xlsx", paperwork.template(locale));
  }

  /** Imports a filled-in template sent as the multipart part {@code file}: all rows or none. */
  @PostMapping(path = "/api/v1/jobs/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportSummary importPostings(@RequestParam(name = "file", required = false) MultipartFile file) {
    return importFile(paperwork, file);
  }

  /** Postings as Excel; {@code status} and {@code streetCode} filter, blank means any. */
  @GetMapping("/api/v1/jobs/export.xlsx")
  ResponseEntity<byte[]> exportPostings(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String occupationCode,
      Locale locale) {
    FieldErrors errors = new FieldErrors();
    PostingStatus s = errors.parseOptional("status", status, JobController::status).orElse(null);
    errors.throwIfAny();
    PostingQuery query =
        new PostingQuery(
            null,
            Blank.toNull(occupationCode),
            null,
            Blank.toNull(streetCode),
            Blank.toNull(districtCode),
            null,
            null,
            null,
            s,
            null);
    return xlsx("postings.xlsx", paperwork.exportPostings(query, locale));
  }

  /** Placements between {@code from} and {@code to} (inclusive); this calendar year by default. */
  @GetMapping("/api/v1/placements/export.xlsx")
  ResponseEntity<byte[]> exportPlacements(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Locale locale) {
    FieldErrors errors = new FieldErrors();
    LocalDate start = errors.parseOptional("from", from, SpreadsheetController::date).orElse(null);
    LocalDate end = errors.parseOptional("to", to, SpreadsheetController::date).orElse(null);
    errors.throwIfAny();
    int year = LocalDate.now(org.qingsong.common.BusinessTime.ZONE).getYear();
    start = start == null ? LocalDate.of(year, 1, 1) : start;
    end = end == null ? LocalDate.of(year, 12, 31) : end;
    if (end.isBefore(start)) {
      throw InvalidInputException.of("to", "spreadsheet.period");
    }
    return xlsx(
        "placements-" + start + "-" + end + ".xlsx",
        paperwork.exportPlacements(start, end, locale));
  }

  static ImportSummary importFile(StationPaperwork paperwork, MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw InvalidInputException.of("file", "spreadsheet.noFile");
    }
    try (InputStream in = file.getInputStream()) {
      return paperwork.importPostings(in, file.getOriginalFilename());
    } catch (IOException e) {
      throw InvalidInputException.of("file", "spreadsheet.unreadable");
    }
  }

  static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }

  private static LocalDate date(String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("field.date");
    }
  }
}
