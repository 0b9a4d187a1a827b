package org.qingsong.jobs.web;

import java.util.Locale;
import org.qingsong.occupations.Occupations;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every job page the wording of postings in the visitor's language. */
@ControllerAdvice(
    assignableTypes = {
      JobPageController.class,
      ApplicationPageController.class,
      ReviewPageController.class
    })
class JobPageModel {
  private final MessageSource messages;
  private final Occupations occupations;

  JobPageModel(MessageSource messages, Occupations occupations) {
    this.messages = messages;
    this.occupations = occupations;
  }

  @ModelAttribute("wording")
  JobWording wording(Locale locale) {
    return new JobWording(messages, occupations, locale);
  }
}
