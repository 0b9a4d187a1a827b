package org.qingsong.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.qingsong.common.DomainException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer an unknown or out-of-scope record with the site's error page and the right status.
 * JSON controllers are handled first by {@link ProblemHandler}, which has the higher precedence.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

  @ExceptionHandler(DomainException.class)
  ModelAndView domain(DomainException e, HttpServletResponse response) {
    int status =
        switch (e.kind()) {
          case NOT_FOUND -> 404;
          case FORBIDDEN -> 403;
          case CONFLICT -> 409;
        };
    response.setStatus(status);
    ModelAndView view = new ModelAndView("error");
    view.addObject("status", status);
    return view;
  }
}
