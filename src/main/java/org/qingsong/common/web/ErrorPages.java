package org.qingsong.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Where the servlet container sends errors that no controller handled (unknown paths, unsupported
 * methods): API paths get an RFC 9457 problem document, pages get the error page.
 */
@Controller
class ErrorPages implements ErrorController {
  private final MessageSource messages;

  ErrorPages(MessageSource messages) {
    this.messages = messages;
  }

  @RequestMapping("/error")
  Object error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer i
            ? HttpStatus.resolve(i) == null
                ? HttpStatus.INTERNAL_SERVER_ERROR
                : HttpStatus.resolve(i)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? "" : uri.toString();
    Locale locale = RequestContextUtils.getLocale(request);
    if (path.startsWith("/api/")) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setType(
          URI.create("/problems/" + (status.is4xxClientError() ? "client" : "internal")));
      problem.setTitle(
          messages.getMessage(
              "problem.title." + status.value(), null, status.getReasonPhrase(), locale));
      problem.setDetail(
          messages.getMessage(
              "problem.http." + status.value(), null, status.getReasonPhrase(), locale));
      problem.setInstance(URI.create(path));
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error", Map.of("status", status.value()), status);
    return page;
  }
}
