package org.qingsong.assistance.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every assistance page the module's wording in the visitor's language. */
@ControllerAdvice(
    assignableTypes = {
      CasePageController.class,
      PublicPageController.class,
      QueuePageController.class
    })
class AssistancePageModel {
  private final MessageSource messages;

  AssistancePageModel(MessageSource messages) {
    this.messages = messages;
  }

  @ModelAttribute("aw")
  AssistanceWording wording(Locale locale) {
    return new AssistanceWording(messages, locale);
  }
}
