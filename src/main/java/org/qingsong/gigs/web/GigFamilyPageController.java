package org.qingsong.gigs.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.qingsong.common.BusinessTime;
import org.qingsong.common.DomainException;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.PageRequest;
import org.qingsong.geography.Divisions;
import org.qingsong.gigs.CancelReason;
import org.qingsong.gigs.GigOrder;
import org.qingsong.gigs.GigOrders;
import org.qingsong.gigs.GigRecipients;
import org.qingsong.gigs.GigVisits;
import org.qingsong.gigs.Mobility;
import org.qingsong.gigs.Recipient;
import org.qingsong.gigs.Recurrence;
import org.qingsong.gigs.Relation;
import org.qingsong.gigs.ServiceCatalogue;
import org.qingsong.gigs.Visit;
import org.qingsong.gigs.VisitStatus;
import org.qingsong.identity.Actor;
import org.qingsong.identity.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The family's side of the gig market: the people they order care for, their orders and coming
 * visits (cancellable before the worker arrives), the care log of visits done and the rating; the
 * order form (once or repeating) and the care recipient form.
 */
@Controller
@PreAuthorize("hasRole('RESIDENT')")
class GigFamilyPageController {
  static final int DONE_DAYS = 60;
  static final int NEXT_VISITS = 5;

  private final GigRecipients recipients;
  private final GigOrders orders;
  private final GigVisits visits;
  private final ServiceCatalogue catalogue;
  private final Divisions divisions;
  private final CurrentActor currentActor;
  private final Clock clock;

  GigFamilyPageController(
      GigRecipients recipients,
      GigOrders orders,
      GigVisits visits,
      ServiceCatalogue catalogue,
      Divisions divisions,
      CurrentActor currentActor,
      Clock clock) {
    this.recipients = recipients;
    this.orders = orders;
    this.visits = visits;
    this.catalogue = catalogue;
    this.divisions = divisions;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @ModelAttribute("cancelReasons")
  List<CancelReason> cancelReasons() {
    return List.of(
        CancelReason.NOT_NEEDED,
        CancelReason.SCHEDULE_CHANGE,
        CancelReason.RECIPIENT_IN_HOSPITAL,
        CancelReason.OTHER);
  }

  @GetMapping("/gigs/family")
  String family(Model model) {
    Actor actor = currentActor.get();
    long me = requirePerson(actor);
    LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
    model.addAttribute("recipients", recipients.find(PageRequest.of(0, 100)).items());
    List<GigPageForms.OrderView> open = new ArrayList<>();
    for (GigOrder o : orders.find(PageRequest.of(0, 50)).items()) {
      List<Visit> coming =
          o.visits().stream()
              .filter(
                  v ->
                      v.status() == VisitStatus.REQUESTED
                          || v.status() == VisitStatus.ASSIGNED
                          || v.status() == VisitStatus.CHECKED_IN)
              .toList();
      if (!coming.isEmpty()) {
        open.add(
            new GigPageForms.OrderView(
                o, coming.subList(0, Math.min(NEXT_VISITS, coming.size())), coming.size()));
      }
    }
    model.addAttribute("orders", open);
    List<Visit> done = new ArrayList<>();
    for (VisitStatus s : List.of(VisitStatus.CHECKED_OUT, VisitStatus.RATED)) {
      visits
          .find(today.minusDays(DONE_DAYS), today, s, null, null, PageRequest.of(0, 100))
          .items()
          .stream()
          .filter(v -> v.recipient().customerId() == me)
          .forEach(done::add);
    }
    done.sort(Comparator.comparing(Visit::startsAt).reversed());
    model.addAttribute("done", done);
    return "gigs/family";
  }

  @GetMapping("/gigs/order")
  String orderForm(@RequestParam(required = false) String recipientId, Model model) {
    requirePerson(currentActor.get());
    LocalDate tomorrow = LocalDate.now(clock.withZone(BusinessTime.ZONE)).plusDays(1);
    return renderOrder(
        model,
        GigPageForms.OrderPage.empty(GigPageForms.orEmpty(recipientId), tomorrow.toString()),
        Map.of(),
        null);
  }

  @PostMapping("/gigs/order")
  String order(
      @ModelAttribute("form") GigPageForms.OrderPage form,
      @ModelAttribute("gw") GigPageWording gw,
      Model model,
      RedirectAttributes redirect) {
    try {
      GigOrder o = orders.create(form.toForm());
      String created =
          gw.message("gigpages.order.created", gw.service(o.serviceCode()), o.visits().size());
      String note = gw.calendarNote(o);
      redirect.addFlashAttribute("notice", note == null ? created : created + " " + note);
      return "redirect:/gigs/family#order-" + o.id();
    } catch (InvalidInputException e) {
      return renderOrder(model, form, gw.fieldErrors(e.violations()), null);
    } catch (DomainException e) {
      return renderOrder(model, form, Map.of(), gw.message(e));
    }
  }

  private String renderOrder(
      Model model, GigPageForms.OrderPage form, Map<String, String> errors, String formError) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("recipients", recipients.find(PageRequest.of(0, 100)).items());
    model.addAttribute("services", catalogue.services());
    model.addAttribute("recurrences", List.of(Recurrence.values()));
    model.addAttribute("weekdayNames", WEEKDAYS);
    model.addAttribute("maxWeeks", GigOrders.MAX_WEEKS);
    return "gigs/order";
  }

  static final List<String> WEEKDAYS =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  @GetMapping("/gigs/recipients/new")
  String recipientForm(Model model) {
    Actor actor = currentActor.get();
    requirePerson(actor);
    return renderRecipient(
        model,
        GigPageForms.RecipientPage.empty(GigPageForms.orEmpty(actor.streetCode())),
        Map.of(),
        null);
  }

  @PostMapping("/gigs/recipients")
  String createRecipient(
      @ModelAttribute("form") GigPageForms.RecipientPage form,
      @ModelAttribute("gw") GigPageWording gw,
      Model model,
      RedirectAttributes redirect) {
    try {
      Recipient r = recipients.create(form.toForm());
      redirect.addFlashAttribute("notice", gw.message("gigpages.recipient.created", r.name()));
      return "redirect:/gigs/order?recipientId=" + r.id();
    } catch (InvalidInputException e) {
      return renderRecipient(model, form, gw.fieldErrors(e.violations()), null);
    } catch (DomainException e) {
      return renderRecipient(model, form, Map.of(), gw.message(e));
    }
  }

  private String renderRecipient(
      Model model, GigPageForms.RecipientPage form, Map<String, String> errors, String formError) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("formError", formError);
    model.addAttribute("relations", List.of(Relation.values()));
    model.addAttribute("mobilities", List.of(Mobility.values()));
    model.addAttribute("streetsByDistrict", divisions.streetsByDistrict());
    return "gigs/recipient";
  }

  @PostMapping("/gigs/visits/{id:\\d+}/rate")
  String rate(
      @PathVariable long id,
      @RequestParam(required = false) String score,
      @RequestParam(required = false) String comment,
      @ModelAttribute("gw") GigPageWording gw,
      RedirectAttributes redirect) {
    try {
      visits.rate(id, GigPageForms.small(score), comment);
      redirect.addFlashAttribute("notice", gw.message("gigpages.family.rated"));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("rateErrors", gw.fieldErrors(e.violations()));
      redirect.addFlashAttribute("rateVisit", id);
      redirect.addFlashAttribute("rateComment", comment);
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", gw.message(e));
    }
    return "redirect:/gigs/family#visit-" + id;
  }

  private static long requirePerson(Actor actor) {
    if (actor.personId() == null) {
      throw DomainException.forbidden("gig.order.forbidden");
    }
    return actor.personId();
  }
}
