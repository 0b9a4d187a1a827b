package org.qingsong.jobs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.qingsong.common.DomainException;
import org.qingsong.geography.Station;
import org.qingsong.jobs.JobWall;
import org.qingsong.jobs.JobWalls;
import org.qingsong.jobs.Posting;
import org.qingsong.jobs.SeekerConsent;
import org.qingsong.jobs.WallSeeker;
import org.qingsong.occupations.PayUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The weekly job walls as JSON, and residents' consent to appear on them. Walls are public; they
 * show seekers by masked name and age band, never by ID number or phone.
 */
@RestController
@RequestMapping("/api/v1")
class WallController {
  private final JobWalls walls;
  private final WallText text;

  WallController(JobWalls walls, WallText text) {
    this.walls = walls;
    this.text = text;
  }

  @GetMapping("/stations/{id}/walls/{isoWeek}")
  WallJson wall(@PathVariable long id, @PathVariable String isoWeek, Locale locale) {
    return json(walls.wall(id, isoWeek), locale);
  }

  /**
   * Staff publish a week's walls, replacing them: {@code
   * {"hiring":[postingIds],"seeking":[personIds]}}.
   */
  @PutMapping("/stations/{id}/walls/{isoWeek}")
  WallJson publish(
      @PathVariable long id,
      @PathVariable String isoWeek,
      @RequestBody WallPicks picks,
      Locale locale) {
    return json(walls.publish(id, isoWeek, picks.hiring(), picks.seeking()), locale);
  }

  @GetMapping("/people/{id}/wall-consent")
  SeekerConsent consent(@PathVariable long id) {
    return walls
        .consentOf(id)
        .orElseThrow(() -> DomainException.notFound("wall.consent.notFound", id));
  }

  /** A resident opts in to the job-seeking walls: {@code {"wantedJob":"…"}}. */
  @PutMapping("/people/{id}/wall-consent")
  SeekerConsent giveConsent(@PathVariable long id, @RequestBody ConsentRequest request) {
    return walls.consent(id, request.wantedJob());
  }

  @DeleteMapping("/people/{id}/wall-consent")
  ResponseEntity<Void> withdrawConsent(@PathVariable long id) {
    walls.withdrawConsent(id);
    return ResponseEntity.noContent().build();
  }

  record WallPicks(List<Long> hiring, List<Long> seeking) {}

  record ConsentRequest(String wantedJob) {}

  /** A week's walls in the API. */
  record WallJson(
      StationJson station,
      String week,
      LocalDate from,
      LocalDate to,
      OffsetDateTime publishedAt,
      List<HiringJson> hiring,
      List<SeekingJson> seeking) {}

  record StationJson(
      long id, String name, String streetName, String address, String openingHours, String phone) {}

  record HiringJson(
      long id,
      String title,
      String employerName,
      String pay,
      BigDecimal payMin,
      BigDecimal payMax,
      PayUnit payUnit,
      String kind,
      String streetName,
      List<String> relaxations,
      LocalDate validUntil) {}

  record SeekingJson(String maskedName, String ageBand, List<String> skills, String wantedJob) {}

  private WallJson json(JobWall wall, Locale locale) {
    Station s = wall.station();
    return new WallJson(
        new StationJson(s.id(), s.name(), s.streetName(), s.address(), s.openingHours(), s.phone()),
        wall.week().toString(),
        wall.week().monday(),
        wall.week().sunday(),
        wall.publishedAt(),
        wall.hiring().stream().map(p -> hiring(p, locale)).toList(),
        wall.seeking().stream().map(x -> seeking(x, locale)).toList());
  }

  private HiringJson hiring(Posting p, Locale locale) {
    return new HiringJson(
        p.id(),
        p.title(),
        p.employerName(),
        text.pay(p, locale),
        p.payMin().yuan(),
        p.payMax().yuan(),
        p.payUnit(),
        p.kind().name(),
        p.streetName(),
        text.relaxations(p, locale),
        p.validUntil());
  }

  private SeekingJson seeking(WallSeeker s, Locale locale) {
    return new SeekingJson(
        s.maskedName(), text.ageBand(s.ageBand(), locale), s.skills(), s.wantedJob());
  }
}
