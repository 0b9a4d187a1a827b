package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qingsong.support.Api;
import org.qingsong.support.BrowserTest;
import org.qingsong.support.H2App;

/**
 * The import page in a real browser: station staff upload a spreadsheet through the page's form
 * (CSRF token and all) and see either what was imported or a table of the cells to fix.
 */
@H2App
class PostingImportPageTest extends BrowserTest {
  private static final String[] FIELDS = {
    "creditCode", "title", "description", "occupationCode", "kind", "positions", "payMin",
    "payMax", "payUnit", "streetCode", "weeklyHours", "contact", "validUntil", "certificates",
    "skills", "relaxations"
  };

  @TempDir Path dir;

  @Test
  void staffSeeEveryCellToFixAndThenTheImportedCount() throws IOException {
    browser.as("staff").open("/jobs/import");
    assertThat(browser.find("h1").getText()).isEqualTo("批量导入招聘信息");
    assertThat(browser.find("a[href$='/jobs/import/template.xlsx']").isDisplayed()).isTrue();
    assertThat(browser.axe()).isEmpty();

    upload(workbook("6000", "5000"));
    assertThat(browser.find("#row-errors").getText()).contains("本次没有导入任何招聘信息");
    assertThat(browser.find("#row-errors table").getText())
        .contains("最高薪资（元）")
        .contains("最高薪资不能低于最低薪资");
    assertThat(browser.axe()).isEmpty();

    upload(workbook("3800", "5200"));
    assertThat(browser.find("#import-result").getText()).contains("已导入 1 条招聘信息");
    assertThat(browser.findAll("#row-errors")).isEmpty();
  }

  @Test
  void aFileThatIsNotASpreadsheetIsExplained() throws IOException {
    Path text = dir.resolve("notes.xlsx");
    Files.writeString(text, "not a spreadsheet");
    browser.as("staff").open("/jobs/import");
    upload(text);
    assertThat(browser.find("#file-errors").getText()).contains(".xlsx");
  }

  private void upload(Path file) {
    browser.find("#file").sendKeys(file.toAbsolutePath().toString());
    browser.clickAndWait(browser.find("main form button[type=submit]"));
  }

  private Path workbook(String payMin, String payMax) throws IOException {
    String creditCode =
        Api.on(port)
            .as("staff")
            .get("/api/v1/employers?verification=VERIFIED&size=1&streetCode=430203004")
            .json()
            .path("items")
            .get(0)
            .path("creditCode")
            .asString();
    String[] values = {
      creditCode,
      "社区保洁员",
      "负责小区公共区域日常保洁，早 7 点到 11 点，工具由物业提供，就近上班。",
      "HS001",
      "兼职",
      "1",
      payMin,
      payMax,
      "月",
      "",
      "20",
      "0731-22881234 王先生",
      LocalDate.now().plusDays(20).toString(),
      "",
      "",
      "适合4050人员"
    };
    Path file = Files.createTempFile(dir, "postings", ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("招聘信息");
      Row fields = sheet.createRow(1);
      Row data = sheet.createRow(2);
      for (int i = 0; i < FIELDS.length; i++) {
        fields.createCell(i).setCellValue(FIELDS[i]);
        data.createCell(i).setCellValue(values[i]);
      }
      book.write(out);
    }
    return file;
  }
}
