package org.qingsong.matching.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends the job search's answer in one piece with a {@code Content-Length}. Without it the JSON
 * converter's flush commits the response early: the body goes out chunked, and the closing chunk in
 * a second write after the client has already been woken for the first, which on a busy machine
 * costs the client a second wait for the server's thread to be scheduled again.
 */
@Component
class WholeAnswerFilter extends OncePerRequestFilter {
  static final String PATH = "/api/v1/jobs/search";

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PATH.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper whole = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, whole);
    } finally {
      whole.copyBodyToResponse();
    }
  }
}
