package org.qingsong.site.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's frame needs: whether to show the demo banner. */
@ControllerAdvice(annotations = Controller.class)
class PageModel {
  private final boolean demo;

  PageModel(@Value("${qingsong.demo:false}") boolean demo) {
    this.demo = demo;
  }

  @ModelAttribute("demoMode")
  boolean demoMode() {
    return demo;
  }
}
