package org.qingsong.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies over {@value #MAX_BYTES} bytes with 413 before anything reads them. No API
 * call of this application needs more; file uploads have their own multipart limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodySizeLimitFilter extends OncePerRequestFilter {
  static final long MAX_BYTES = 256 * 1024;

  private final MessageSource messages;

  BodySizeLimitFilter(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String type = request.getContentType();
    boolean json = type != null && type.toLowerCase().contains("json");
    if (json && request.getContentLengthLong() > MAX_BYTES) {
      String detail =
          messages.getMessage(
              "problem.tooLarge",
              new Object[] {MAX_BYTES / 1024},
              "Request body too large",
              LocaleConfiguration.localeOf(request));
      response.setStatus(413);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"/problems/too-large\",\"title\":\"Content Too Large\",\"status\":413,"
                  + "\"detail\":\""
                  + detail.replace("\"", "'")
                  + "\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
