package org.qingsong.gigs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.gigs.DispatchReport;
import org.qingsong.gigs.GigDispatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Assign all of tomorrow": staff run the dispatcher for a day of their street and read what it
 * did, with each visit left waiting and the rule that stopped the closest worker.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','STAFF')")
class GigDispatchPageController {
  private final GigDispatch dispatch;
  private final Clock clock;

  GigDispatchPageController(GigDispatch dispatch, Clock clock) {
    this.dispatch = dispatch;
    this.clock = clock;
  }

  @GetMapping("/gigs/dispatch")
  String form(Model model) {
    model.addAttribute("date", tomorrow().toString());
    return "gigs/dispatch";
  }

  @PostMapping("/gigs/dispatch")
  String run(
      @RequestParam(required = false) String date,
      @ModelAttribute("gw") GigPageWording gw,
      Model model) {
    model.addAttribute("date", date == null ? "" : date);
    LocalDate day;
    try {
      day = date == null || date.isBlank() ? tomorrow() : LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      model.addAttribute("dateError", gw.message("gig.date"));
      return "gigs/dispatch";
    }
    try {
      DispatchReport report = dispatch.run(day);
      model.addAttribute("report", report);
      model.addAttribute("left", shown(report.unassigned()));
      model.addAttribute("leftMore", Math.max(0, report.unassigned().size() - LEFT_SHOWN));
      model.addAttribute("date", day.toString());
    } catch (DomainException e) {
      model.addAttribute("problem", gw.message(e));
    }
    return "gigs/dispatch";
  }

  /** How many visits left waiting the report lists; the rest are on the day's list of visits. */
  static final int LEFT_SHOWN = 100;

  static List<DispatchReport.Left> shown(List<DispatchReport.Left> left) {
    return left.size() <= LEFT_SHOWN ? left : left.subList(0, LEFT_SHOWN);
  }

  private LocalDate tomorrow() {
    return LocalDate.now(clock.withZone(BusinessTime.ZONE)).plusDays(1);
  }
}
