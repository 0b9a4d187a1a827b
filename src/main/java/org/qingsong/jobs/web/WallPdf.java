package org.qingsong.jobs.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable wall as an A4 PDF. The same sections as the page are rendered from a stricter
 * (XHTML) template, and the shipped TrueType CJK font is embedded, subset, so that the Chinese
 * reads the same on any machine and printer.
 */
@Component
class WallPdf {
  /** WenQuanYi Micro Hei, a collection of a proportional and a monospaced face. */
  private static final String FONT = "fonts/wqy-microhei.ttc";

  /** The proportional face's PostScript name. */
  private static final String FACE = "WenQuanYiMicroHei";

  /** The family name that the PDF template's stylesheet asks for. */
  private static final String FAMILY = "WenQuanYi Micro Hei";

  private final ITemplateEngine templates;
  private volatile byte[] font;

  WallPdf(ITemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(WallPage page, Locale locale) {
    String html = templates.process("jobs/wall-pdf", new Context(locale, Map.of("page", page)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument();
        TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(font()))) {
      PDFont face = PDType0Font.load(document, collection.getFontByName(FACE), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.withHtmlContent(html, page.stationUrl());
      builder.toStream(out);
      for (int weight : new int[] {400, 700}) {
        builder.useFont(
            new PDFontSupplier(face), FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
      }
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDF();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The font file, read once: 5 MB kept rather than read again for every PDF. */
  private byte[] font() {
    byte[] bytes = font;
    if (bytes == null) {
      try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      font = bytes;
    }
    return bytes;
  }
}
