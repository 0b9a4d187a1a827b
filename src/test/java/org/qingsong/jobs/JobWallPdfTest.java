package org.qingsong.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.qingsong.support.Api;
import org.qingsong.support.H2App;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The wall PDF, fetched over HTTP like a station's printer would: a PDF whose Chinese text reads
 * back (so the shipped font is embedded and maps to Unicode), on A4 paper.
 */
@H2App
class JobWallPdfTest {
  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void theWallPdfCarriesReadableChineseWithTheFontEmbedded() throws Exception {
    Api api = Api.on(port);
    Api.Response posting =
        api.as("employer").post("/api/v1/jobs", JobApiContract.honestPosting("社区食堂面点师傅"));
    assertThat(posting.status()).as(posting.toString()).isEqualTo(201);
    long postingId = posting.json().path("id").asLong();
    long person =
        jdbc.sql("SELECT person_id FROM app_user WHERE username = 'resident'")
            .query(Long.class)
            .single();
    api.as("resident")
        .put("/api/v1/people/" + person + "/wall-consent", Map.of("wantedJob", "超市理货员"));
    long station =
        jdbc.sql("SELECT station_id FROM app_user WHERE username = 'staff'")
            .query(Long.class)
            .single();
    Api.Response published =
        api.as("staff")
            .put(
                "/api/v1/stations/" + station + "/walls/2031-W20",
                Map.of("hiring", List.of(postingId), "seeking", List.of(person)));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    String stationName = published.json().path("station").path("name").asString();

    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/stations/"
                                + station
                                + "/walls/2031-W20.pdf"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    byte[] pdf = response.body();
    assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("社区食堂面点师傅")
          .contains(stationName)
          .contains("用工墙")
          .contains("超市理货员")
          .contains("3800–5200 元/月");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 597f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.getName()).contains("WenQuanYi");
      assertThat(font.isEmbedded()).isTrue();
    }
  }
}
