package org.qingsong.jobs.spreadsheet;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingsong.common.Workbooks;
import org.qingsong.jobs.Placement;

/**
 * Placements as a workbook for outcome statistics: when, where, which occupation and which priority
 * groups — never the person's ID number or phone.
 */
final class PlacementExport {
  private PlacementExport() {}

  /** A placement with the names a reader needs in place of internal codes. */
  record Line(Placement placement, String employer, String posting, String occupation) {}

  static byte[] build(List<Line> lines, Labels labels) {
    XSSFWorkbook book = new XSSFWorkbook();
    Styles styles = new Styles(book);
    SheetWriter out =
        new SheetWriter(
            book.createSheet(labels.text("spreadsheet.sheet.placements")),
            styles,
            labels,
            "spreadsheet.export.id",
            "spreadsheet.export.placedOn",
            "spreadsheet.export.employer",
            "spreadsheet.export.posting",
            "spreadsheet.export.occupationCode",
            "spreadsheet.export.occupation",
            "spreadsheet.export.priorityGroups");
    for (Line line : lines) {
      Placement p = line.placement();
      out.next()
          .number(p.id())
          .date(p.placedOn())
          .text(line.employer())
          .text(line.posting())
          .text(p.occupationCode())
          .text(line.occupation())
          .text(
              String.join(
                  "、",
                  p.priorityGroups().stream().map(g -> labels.text("people.group." + g)).toList()));
    }
    out.widths(8, 12, 28, 24, 10, 18, 36);
    return Workbooks.bytes(book);
  }
}
