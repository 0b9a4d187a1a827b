package org.qingsong.jobs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qingsong.common.FieldViolation;
import org.qingsong.common.InvalidInputException;
import org.qingsong.jobs.IsoWeek;
import org.qingsong.jobs.JobWall;
import org.qingsong.jobs.JobWalls;
import org.qingsong.jobs.WallCandidates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The weekly walls as pages: public and printable on A4, as a PDF, the staff's picking form, and a
 * resident's shortcut to this week's wall of their nearest station.
 */
@Controller
class WallPageController {
  private final JobWalls walls;
  private final WallPages pages;
  private final WallPdf pdf;
  private final WallText text;

  WallPageController(JobWalls walls, WallPages pages, WallPdf pdf, WallText text) {
    this.walls = walls;
    this.pages = pages;
    this.pdf = pdf;
    this.text = text;
  }

  @GetMapping("/stations/{id:\\d+}/walls/{isoWeek:[^.]+}")
  String wall(@PathVariable long id, @PathVariable String isoWeek, Model model, Locale locale) {
    JobWall wall = walls.wall(id, isoWeek);
    model.addAttribute("page", pages.of(wall, baseUrl(), locale));
    model.addAttribute("previousWeek", IsoWeek.of(wall.week().monday().minusWeeks(1)).toString());
    model.addAttribute("nextWeek", IsoWeek.of(wall.week().monday().plusWeeks(1)).toString());
    return "jobs/wall";
  }

  @GetMapping("/stations/{id:\\d+}/walls/{isoWeek:[^.]+}.pdf")
  ResponseEntity<byte[]> wallPdf(
      @PathVariable long id, @PathVariable String isoWeek, Locale locale) {
    JobWall wall = walls.wall(id, isoWeek);
    byte[] body = pdf.render(pages.of(wall, baseUrl(), locale), locale);
    String file = "job-wall-" + id + "-" + wall.week() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file).build().toString())
        .body(body);
  }

  @GetMapping("/stations/{id:\\d+}/walls/{isoWeek:[^.]+}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String editForm(@PathVariable long id, @PathVariable String isoWeek, Model model, Locale locale) {
    return showForm(walls.candidates(id, isoWeek), List.of(), model, locale);
  }

  @PostMapping("/stations/{id:\\d+}/walls/{isoWeek:[^.]+}/edit")
  @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
  String publish(
      @PathVariable long id,
      @PathVariable String isoWeek,
      @RequestParam(required = false) List<Long> hiring,
      @RequestParam(required = false) List<Long> seeking,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      JobWall wall = walls.publish(id, isoWeek, orEmpty(hiring), orEmpty(seeking));
      redirect.addFlashAttribute("saved", true);
      return "redirect:/stations/" + id + "/walls/" + wall.week();
    } catch (InvalidInputException e) {
      List<String> errors = new ArrayList<>();
      for (FieldViolation v : e.violations()) {
        errors.add(text.text(v.code(), locale, v.args().toArray()));
      }
      return showForm(walls.candidates(id, isoWeek), errors, model, locale);
    }
  }

  /** This week's wall of the station nearest to the resident (staff: their own station's). */
  @GetMapping("/walls/mine")
  String mine() {
    return walls.myWallPath().map(path -> "redirect:" + path).orElse("redirect:/map");
  }

  /** A week that is not a week: the error page with 400. */
  @ExceptionHandler(InvalidInputException.class)
  ModelAndView badWeek(HttpServletResponse response) {
    response.setStatus(400);
    ModelAndView view = new ModelAndView("error");
    view.addObject("status", 400);
    return view;
  }

  /** One checkbox of the picking form. */
  record Choice(long id, String label, String detail, boolean picked) {}

  private String showForm(
      WallCandidates candidates, List<String> errors, Model model, Locale locale) {
    JobWall wall = candidates.wall();
    model.addAttribute("wall", wall);
    model.addAttribute(
        "postings",
        candidates.postings().stream()
            .map(
                p ->
                    new Choice(
                        p.id(),
                        p.title(),
                        p.employerName() + " · " + text.pay(p, locale),
                        candidates.pickedPostings().contains(p.id())))
            .toList());
    model.addAttribute(
        "seekers",
        candidates.seekers().stream()
            .map(
                s ->
                    new Choice(
                        s.personId(),
                        s.maskedName(),
                        text.ageBand(s.ageBand(), locale) + " · " + s.wantedJob(),
                        candidates.pickedSeekers().contains(s.personId())))
            .toList());
    model.addAttribute("errors", errors);
    return "jobs/wall-edit";
  }

  private static List<Long> orEmpty(List<Long> ids) {
    return ids == null ? List.of() : ids;
  }

  private static String baseUrl() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
