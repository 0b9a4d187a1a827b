package org.qingsong.gigs.web;

import java.util.Locale;
import org.qingsong.gigs.ServiceCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every gig page the wording of the gig market in the visitor's language. */
@ControllerAdvice(
    assignableTypes = {
      GigHomePageController.class,
      GigFamilyPageController.class,
      GigVisitPageController.class,
      GigWorkerPageController.class,
      GigTodayPageController.class,
      GigMoneyPageController.class,
      GigDispatchPageController.class
    })
class GigPageModel {
  private final MessageSource messages;
  private final ServiceCatalogue catalogue;

  GigPageModel(MessageSource messages, ServiceCatalogue catalogue) {
    this.messages = messages;
    this.catalogue = catalogue;
  }

  @ModelAttribute("gw")
  GigPageWording wording(Locale locale) {
    return new GigPageWording(messages, catalogue, locale);
  }
}
