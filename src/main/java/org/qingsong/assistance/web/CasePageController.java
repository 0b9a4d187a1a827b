package org.qingsong.assistance.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.qingsong.assistance.AssistanceCase;
import org.qingsong.assistance.AssistanceKind;
import org.qingsong.assistance.CaseStatus;
import org.qingsong.assistance.Cases;
import org.qingsong.assistance.Dashboards;
import org.qingsong.assistance.Disability;
import org.qingsong.assistance.Employment;
import org.qingsong.assistance.Intake;
import org.qingsong.assistance.Monitoring;
import org.qingsong.assistance.Parse;
import org.qingsong.assistance.PaymentRolls;
import org.qingsong.assistance.Referrals;
import org.qingsong.assistance.Relation;
import org.qingsong.assistance.TaskAnswer;
import org.qingsong.assistance.Verification;
import org.qingsong.assistance.store.CaseStore;
import org.qingsong.common.Blank;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
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
 * The case worker's pages: the case list, the one-window intake form, a case with its tasks and
 * every step of the workflow, the payment roll and the dashboard. Each step posts a small form;
 * errors come back as a message at the top of the case page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','CASEWORKER','AUDITOR')")
class CasePageController {
  private static final int PAGE_SIZE = 20;

  private final Intake intake;
  private final Cases cases;
  private final Verification verification;
  private final Referrals referrals;
  private final PaymentRolls rolls;
  private final Dashboards dashboards;
  private final Monitoring monitoring;
  private final CurrentActor currentActor;
  private final Clock clock;

  CasePageController(
      Intake intake,
      Cases cases,
      Verification verification,
      Referrals referrals,
      PaymentRolls rolls,
      Dashboards dashboards,
      Monitoring monitoring,
      CurrentActor currentActor,
      Clock clock) {
    this.intake = intake;
    this.cases = cases;
    this.verification = verification;
    this.referrals = referrals;
    this.rolls = rolls;
    this.dashboards = dashboards;
    this.monitoring = monitoring;
    this.currentActor = currentActor;
    this.clock = clock;
  }

  @ModelAttribute("kinds")
  List<AssistanceKind> kinds() {
    return List.of(AssistanceKind.values());
  }

  @GetMapping("/assistance")
  String list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      Model model) {
    CaseStatus s = parseOr(() -> Parse.value(CaseStatus.class, status), status);
    AssistanceKind k = parseOr(() -> Parse.kind(kind), kind);
    model.addAttribute(
        "result",
        cases.find(
            new CaseStore.Query(null, null, s, k, null, Blank.toNull(q), false),
            PageRequest.of(page == null ? 0 : Math.max(page, 0), PAGE_SIZE)));
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("status", s);
    model.addAttribute("kind", k);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute(
        "base",
        "/assistance?status="
            + (s == null ? "" : s.name())
            + "&kind="
            + (k == null ? "" : k.name())
            + "&q="
            + java.net.URLEncoder.encode(
                q == null ? "" : q, java.nio.charset.StandardCharsets.UTF_8));
    return "assistance/list";
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @GetMapping("/assistance/new")
  String newApplication(@RequestParam(required = false) Long hotline, Model model) {
    IntakePageForm form = new IntakePageForm();
    if (hotline != null) {
      form.setHotlineRequestId(hotline.toString());
      form.setKind(
          java.util.Optional.ofNullable(intake.call(hotline).kind()).map(Enum::name).orElse(null));
    }
    return form(form, Map.of(), model);
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/new")
  String apply(
      @ModelAttribute("form") IntakePageForm form,
      @ModelAttribute("aw") AssistanceWording aw,
      Model model,
      RedirectAttributes redirect) {
    List<String> bad = new ArrayList<>();
    try {
      var application = form.toApplication(bad);
      if (!bad.isEmpty()) {
        List<FieldViolation> v = new ArrayList<>();
        bad.forEach(f -> v.add(FieldViolation.of(f, "field.wrongType")));
        throw new InvalidInputException(v);
      }
      AssistanceCase c = intake.apply(application);
      redirect.addFlashAttribute(
          "notice", aw.message("assistance.page.intake.done", c.receiptNo()));
      return "redirect:/assistance/cases/" + c.id();
    } catch (InvalidInputException e) {
      return form(form, aw.fieldErrors(e.violations()), model);
    } catch (DomainException e) {
      model.addAttribute("formError", aw.message(e));
      return form(form, Map.of(), model);
    }
  }

  private String form(IntakePageForm form, Map<String, String> errors, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("relations", Relation.values());
    model.addAttribute("disabilities", Disability.values());
    model.addAttribute("employments", Employment.values());
    return "assistance/form";
  }

  @GetMapping("/assistance/cases/{id:\\d+}")
  String detail(@PathVariable long id, @ModelAttribute("aw") AssistanceWording aw, Model model) {
    AssistanceCase c = cases.get(id);
    model.addAttribute("c", c);
    model.addAttribute("tasks", verification.ofCase(id));
    model.addAttribute("history", cases.history(id));
    model.addAttribute("objections", cases.objections(id));
    model.addAttribute("referrals", referrals.ofCase(id));
    model.addAttribute("canWrite", !currentActor.get().is(org.qingsong.identity.Role.AUDITOR));
    model.addAttribute("events", monitoring.events(id));
    model.addAttribute(
        "reasons",
        c.assessment() == null
            ? List.of()
            : c.assessment().reasons().stream()
                .map(r -> aw.message(r.code(), r.args().toArray()))
                .toList());
    model.addAttribute(
        "closable",
        !EnumSet.of(
                CaseStatus.APPROVED, CaseStatus.PUBLICISED, CaseStatus.REJECTED, CaseStatus.CLOSED)
            .contains(c.status()));
    return "assistance/detail";
  }

  @PostMapping("/assistance/cases/{id:\\d+}/assessment")
  String assess(
      @PathVariable long id,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, monitoring.assess(id)));
  }

  @PostMapping("/assistance/cases/{id:\\d+}/income")
  String income(
      @PathVariable long id,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) String monthlyIncome,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(
        id,
        "",
        aw,
        redirect,
        () -> monitoring.incomeChange(id, personId, monthlyIncome, null).outcome());
  }

  @PostMapping("/assistance/cases/{id:\\d+}/hospital-bill")
  String hospitalBill(
      @PathVariable long id,
      @RequestParam(required = false) String amount,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> monitoring.hospitalBill(id, amount, null).outcome());
  }

  @PostMapping("/assistance/cases/{id:\\d+}/tasks/{taskId:\\d+}")
  String answer(
      @PathVariable long id,
      @PathVariable long taskId,
      @RequestParam(required = false) String answer,
      @RequestParam(required = false) String findingKind,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String personId,
      @RequestParam(required = false) String amount,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(
        id,
        "#task-" + taskId,
        aw,
        redirect,
        () -> {
          Long person = null;
          if (personId != null && !personId.isBlank()) {
            try {
              person = Long.parseLong(personId.strip());
            } catch (NumberFormatException e) {
              throw InvalidInputException.of("personId", "field.wrongType");
            }
          }
          verification.answer(
              taskId,
              new TaskAnswer(
                  answer, Blank.toNull(findingKind), text, person, Blank.toNull(amount), null));
          return aw.message("assistance.page.answered");
        });
  }

  @PostMapping("/assistance/cases/{id:\\d+}/review")
  String review(
      @PathVariable long id,
      @RequestParam(required = false) String note,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, cases.review(id, note)));
  }

  @PostMapping("/assistance/cases/{id:\\d+}/decision")
  String decide(
      @PathVariable long id,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, cases.decide(id, decision, reason)));
  }

  @PostMapping("/assistance/cases/{id:\\d+}/publicity")
  String publicise(
      @PathVariable long id,
      @RequestParam(required = false) String startOn,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, cases.publicise(id, Blank.toNull(startOn))));
  }

  @PostMapping("/assistance/cases/{id:\\d+}/objections")
  String object(
      @PathVariable long id,
      @RequestParam(required = false) String detail,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(
        id,
        "#objections",
        aw,
        redirect,
        () -> {
          cases.object(id, detail);
          return aw.message("assistance.page.objection.recorded");
        });
  }

  @PostMapping("/assistance/cases/{id:\\d+}/activation")
  String activate(
      @PathVariable long id,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, cases.activate(id)));
  }

  @PostMapping("/assistance/cases/{id:\\d+}/closure")
  String close(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    return act(id, "", aw, redirect, () -> done(aw, cases.close(id, reason)));
  }

  @GetMapping("/assistance/payments")
  String payments(@RequestParam(required = false) String month, Model model) {
    String m = month == null || month.isBlank() ? YearMonth.now(clock).toString() : month.strip();
    model.addAttribute("month", m);
    try {
      model.addAttribute("roll", rolls.get(m, null));
    } catch (InvalidInputException e) {
      model.addAttribute("roll", null);
      model.addAttribute("monthError", true);
    }
    return "assistance/payments";
  }

  @PreAuthorize("hasAnyRole('ADMIN','CASEWORKER')")
  @PostMapping("/assistance/payments")
  String generate(
      @RequestParam(required = false) String month,
      @ModelAttribute("aw") AssistanceWording aw,
      RedirectAttributes redirect) {
    try {
      var roll = rolls.generate(month, null);
      redirect.addFlashAttribute(
          "notice",
          aw.message(
              "assistance.page.roll.done", roll.month(), roll.households(), aw.yuan(roll.total())));
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem", String.join(" ", aw.fieldErrors(e.violations()).values()));
    } catch (DomainException e) {
      redirect.addFlashAttribute("problem", aw.message(e));
    }
    return "redirect:/assistance/payments?month="
        + (month == null
            ? ""
            : java.net.URLEncoder.encode(month, java.nio.charset.StandardCharsets.UTF_8));
  }

  @GetMapping("/assistance/dashboard")
  String dashboard(Model model) {
    model.addAttribute("d", dashboards.get(null));
    return "assistance/dashboard";
  }

  private static String done(AssistanceWording aw, AssistanceCase c) {
    return aw.message("assistance.page.moved", aw.status(c.status()));
  }

  String act(
      long id,
      String anchor,
      AssistanceWording aw,
      RedirectAttributes redirect,
      Supplier<String> step) {
    try {
      redirect.addFlashAttribute("notice", step.get());
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute(
          "problem", String.join(" ", aw.fieldErrors(e.violations()).values()));
      redirect.addFlashAttribute("problemFields", aw.fieldErrors(e.violations()));
    } catch (DomainException e) {
      if (e.kind() == DomainException.Kind.NOT_FOUND) {
        throw e;
      }
      redirect.addFlashAttribute("problem", aw.message(e));
    }
    return "redirect:/assistance/cases/" + id + anchor;
  }

  private static <T> T parseOr(Supplier<T> parse, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return parse.get();
    } catch (InvalidValueException e) {
      return null;
    }
  }
}
