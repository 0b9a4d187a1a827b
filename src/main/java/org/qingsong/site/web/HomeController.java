package org.qingsong.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Qingsong offers and where each part is. */
@Controller
class HomeController {
  @GetMapping("/")
  String home() {
    return "site/home";
  }
}
