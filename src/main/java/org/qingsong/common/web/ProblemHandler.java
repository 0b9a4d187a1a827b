package org.qingsong.common.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of a JSON API call into an RFC 9457 problem document whose text is in the
 * caller's language. Field-level problems carry {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final MessageSource messages;

  ProblemHandler(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e) {
    return validationProblem(e.violations());
  }

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<Object> invalidValue(InvalidValueException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", text(e.code(), e.args()));
    return ResponseEntity.badRequest().body(problem);
  }

  @ExceptionHandler(DomainException.class)
  ResponseEntity<Object> domain(DomainException e) {
    HttpStatus status =
        switch (e.kind()) {
          case NOT_FOUND -> HttpStatus.NOT_FOUND;
          case CONFLICT -> HttpStatus.CONFLICT;
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    String type =
        switch (e.kind()) {
          case NOT_FOUND -> "not-found";
          case CONFLICT -> "conflict";
          case FORBIDDEN -> "forbidden";
        };
    return ResponseEntity.status(status).body(problem(status, type, text(e.code(), e.args())));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<Object> duplicate(DuplicateKeyException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(problem(HttpStatus.CONFLICT, "conflict", text("problem.duplicate")));
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<Object> denied(RuntimeException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(problem(HttpStatus.FORBIDDEN, "forbidden", text("problem.forbidden")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
    return validationProblem(List.of(FieldViolation.of(e.getName(), "field.wrongType")));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    log.error("Unhandled error", e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.internal")));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String field = fieldOf(ex);
    if (field != null) {
      return validationProblem(List.of(FieldViolation.of(field, "field.wrongType")));
    }
    return ResponseEntity.badRequest()
        .body(problem(HttpStatus.BAD_REQUEST, "malformed", text("problem.malformed")));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return validationProblem(List.of(FieldViolation.of(ex.getParameterName(), "field.required")));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
    if (body instanceof ProblemDetail detail) {
      String key = "problem.http." + statusCode.value();
      String localised = messages.getMessage(key, null, null, locale());
      if (localised != null) {
        detail.setDetail(localised);
      }
      detail.setTitle(text("problem.title." + statusCode.value(), detail.getTitle()));
    }
    return super.createResponseEntity(body, headers, statusCode, request);
  }

  private static String fieldOf(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof JacksonException je && !je.getPath().isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (JacksonException.Reference ref : je.getPath()) {
          parts.add(
              ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]");
        }
        return String.join(".", parts).replace(".[", "[");
      }
    }
    return null;
  }

  private ResponseEntity<Object> validationProblem(List<FieldViolation> violations) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "validation", text("problem.validation.detail"));
    problem.setProperty(
        "errors",
        violations.stream()
            .map(v -> Map.of("field", v.field(), "message", text(v.code(), v.args().toArray())))
            .toList());
    return ResponseEntity.badRequest().body(problem);
  }

  private ProblemDetail problem(HttpStatus status, String type, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("/problems/" + type));
    problem.setTitle(text("problem.title." + status.value(), status.getReasonPhrase()));
    return problem;
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, code, locale());
  }

  private String text(String code, String fallback) {
    return messages.getMessage(code, null, fallback, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
