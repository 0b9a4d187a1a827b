package org.qingsong.matching.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.qingsong.matching.JobSearch;
import org.qingsong.matching.JobSearchQuery;
import org.qingsong.matching.JobSearchResult;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public job search's answer, written straight from the index: {@code GET /api/v1/jobs/search}
 * is the busiest request residents make, and the general request machinery (handler lookup,
 * argument binding, model set-up, content negotiation, return-value handling) cost more than half
 * as much again as the search itself. This servlet answers a successful search itself, with the
 * document the controller would write (streamed by {@link SearchJson#write} through the
 * application's {@link JsonMapper}) and the same language rules (the application's {@link
 * LocaleResolver}). Everything else — an invalid parameter, an index still being built, a change of
 * language with {@code lang}, another method — goes on to {@link SearchController} through the
 * dispatcher servlet, which answers with the usual problem document, so the API's contract is one
 * and the same on both paths. Its security chain is the lean one for public searches.
 */
final class JobSearchServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String PATH = "/api/v1/jobs/search";

  private final transient JobSearch search;
  private final transient FacetLabels labels;
  private final transient LocaleResolver locales;
  private final transient JsonMapper json;
  private final String dispatcherServletName;

  JobSearchServlet(
      JobSearch search,
      FacetLabels labels,
      LocaleResolver locales,
      JsonMapper json,
      String dispatcherServletName) {
    this.search = search;
    this.labels = labels;
    this.locales = locales;
    this.json = json;
    this.dispatcherServletName = dispatcherServletName;
  }

  /** GET is answered here; any other method by the controller (405 as a problem document). */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if ("GET".equals(request.getMethod())) {
      doGet(request, response);
    } else {
      throughController(request, response);
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    if (request.getParameter("lang") != null) {
      throughController(request, response);
      return;
    }
    long started = System.nanoTime();
    JobSearchResult result;
    try {
      result = search.search(parse(request));
    } catch (RuntimeException e) {
      // Invalid input or an index not ready: the controller answers with the problem document.
      throughController(request, response);
      return;
    }
    long searched = System.nanoTime();
    Locale locale = locales.resolveLocale(request);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try (JsonGenerator g = json.createGenerator(bytes)) {
      SearchJson.write(result, locale, labels, g);
    }
    byte[] body = bytes.toByteArray();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setHeader(
        "Server-Timing",
        SearchController.serverTiming(searched - started, System.nanoTime() - searched));
    response.setContentLength(body.length);
    // One write to the socket: the default 8 KB buffer would send a longer answer in two.
    response.setBufferSize(Math.max(response.getBufferSize(), body.length));
    response.getOutputStream().write(body);
  }

  /** The query from the request's parameters, exactly as the controller reads them. */
  private static JobSearchQuery parse(HttpServletRequest r) {
    return JobSearchQuery.parse(
        r.getParameter("q"),
        r.getParameter("lat"),
        r.getParameter("lng"),
        r.getParameter("radiusKm"),
        r.getParameter("kind"),
        r.getParameter("occupation"),
        r.getParameter("district"),
        r.getParameter("street"),
        r.getParameter("payMin"),
        r.getParameter("payUnit"),
        r.getParameter("sort"),
        r.getParameter("page"),
        r.getParameter("size"));
  }

  private void throughController(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    RequestDispatcher dispatcher = getServletContext().getNamedDispatcher(dispatcherServletName);
    if (dispatcher == null) {
      throw new ServletException("no servlet named " + dispatcherServletName);
    }
    dispatcher.forward(request, response);
  }
}
