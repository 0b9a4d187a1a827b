package org.qingsong.jobs.spreadsheet;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.common.Workbooks;
import org.qingsong.jobs.Posting;
import org.qingsong.occupations.Occupation;

/** Postings as a workbook: one row each, pay in yuan as numbers, dates as dates. */
final class PostingExport {
  private PostingExport() {}

  static byte[] build(List<Posting> postings, Map<String, Occupation> occupations, Labels labels) {
    XSSFWorkbook book = new XSSFWorkbook();
    Styles styles = new Styles(book);
    SheetWriter out =
        new SheetWriter(
            book.createSheet(labels.text("spreadsheet.sheet.postings")),
            styles,
            labels,
            "spreadsheet.export.id",
            "spreadsheet.export.title",
            "spreadsheet.export.employer",
            "spreadsheet.export.occupationCode",
            "spreadsheet.export.occupation",
            "spreadsheet.export.kind",
            "spreadsheet.export.positions",
            "spreadsheet.export.payMin",
            "spreadsheet.export.payMax",
            "spreadsheet.export.payUnit",
            "spreadsheet.export.street",
            "spreadsheet.export.weeklyHours",
            "spreadsheet.export.contact",
            "spreadsheet.export.validUntil",
            "spreadsheet.export.status",
            "spreadsheet.export.relaxations",
            "spreadsheet.export.certificates",
            "spreadsheet.export.skills",
            "spreadsheet.export.publishedAt");
    for (Posting p : postings) {
      Occupation occupation = occupations.get(p.occupationCode());
      out.next()
          .number(p.id())
          .text(p.title())
          .text(p.employerName())
          .text(p.occupationCode())
          .text(occupation == null ? null : occupation.name(labels.locale()))
          .text(labels.kind(p.kind()))
          .number(p.positions())
          .money(p.payMin())
          .money(p.payMax())
          .text(labels.payUnit(p.payUnit()))
          .text(p.streetName())
          .number(p.weeklyHours())
          .text(p.contact())
          .date(p.validUntil())
          .text(labels.status(p.status()))
          .text(String.join("、", p.relaxations().stream().map(labels::relaxation).toList()))
          .text(String.join("、", p.certificates()))
          .text(String.join("、", p.skills()))
          .dateTime(p.publishedAt());
    }
    out.widths(8, 24, 28, 10, 18, 8, 8, 14, 14, 8, 14, 8, 24, 12, 10, 28, 24, 24, 18);
    return Workbooks.bytes(book);
  }
}
