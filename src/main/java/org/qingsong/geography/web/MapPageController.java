package org.qingsong.geography.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qingsong.common.Blank;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.Coverage;
import org.qingsong.geography.Division;
import org.qingsong.geography.NearbyStation;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
import org.qingsong.geography.WalkingModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public map of stations and their 10-minute circles, and a station's own page. Everything on
 * the map is also on the page as text — the station list, the nearest stations to a point and the
 * coverage figures — so the page is complete when map tiles (or scripts) cannot load.
 */
@Controller
class MapPageController {
  static final int PAGE_SIZE = 20;
  static final int NEAREST = 5;
  static final int COVERAGE_PAGE_SIZE = 10;

  private final Stations stations;
  private final MapData mapData;
  private final MessageSource messages;
  private final String tileUrl;
  private final String tileAttribution;

  MapPageController(
      Stations stations,
      MapData mapData,
      MessageSource messages,
      @Value("${qingsong.map.tile-url:}") String tileUrl,
      @Value("${qingsong.map.tile-attribution:}") String tileAttribution) {
    this.stations = stations;
    this.mapData = mapData;
    this.messages = messages;
    this.tileUrl = tileUrl;
    this.tileAttribution = tileAttribution;
  }

  @GetMapping("/map")
  String map(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String lat,
      @RequestParam(required = false) String lng,
      @RequestParam(required = false) String coveragePage,
      @RequestParam(required = false) String highlight,
      Model model,
      Locale locale) {
    List<Division> districts = mapData.districts();
    String district = Blank.toNull(districtCode);
    Division chosenDistrict = null;
    for (Division d : districts) {
      if (d.code().equals(district)) {
        chosenDistrict = d;
      }
    }
    if (chosenDistrict == null) {
      district = null;
    }
    StationKind stationKind = kindOrNull(kind);
    String text = Blank.toNull(q);
    if (text != null && text.length() > 50) {
      text = text.substring(0, 50);
    }
    boolean filtered = district != null || stationKind != null || text != null;

    PageResult<Station> list =
        stations.list(
            null, district, stationKind, text, new PageRequest(pageNumber(page), PAGE_SIZE));
    List<Station> onMap = all(district, stationKind, text);
    Long highlighted = idOrNull(highlight);

    Map<String, String> pointErrors = new LinkedHashMap<>();
    Double pointLat = coordinate("lat", lat, -90, 90, pointErrors, locale);
    Double pointLng = coordinate("lng", lng, -180, 180, pointErrors, locale);
    boolean pointAsked = Blank.toNull(lat) != null || Blank.toNull(lng) != null;
    List<NearbyStation> nearest = List.of();
    if (pointAsked && pointErrors.isEmpty()) {
      if (pointLat == null) {
        pointErrors.put("lat", text("field.required", locale));
      } else if (pointLng == null) {
        pointErrors.put("lng", text("field.required", locale));
      } else {
        nearest = stations.nearest(new GeoPoint(pointLat, pointLng), NEAREST);
      }
    }

    Coverage coverage =
        stations.coverage(district, new PageRequest(pageNumber(coveragePage), COVERAGE_PAGE_SIZE));
    Map<Long, String> nearestNames = new LinkedHashMap<>();
    Map<String, Double> uncoveredMinutes = new LinkedHashMap<>();
    for (Coverage.UncoveredCommunity u : coverage.uncovered().items()) {
      uncoveredMinutes.put(u.code(), WalkingModel.walkingMinutes(u.nearestStationWalkingMeters()));
      if (u.nearestStationId() != null) {
        nearestNames.computeIfAbsent(u.nearestStationId(), id -> stations.get(id).name());
      }
    }

    model.addAttribute("stations", list);
    model.addAttribute("stationCount", onMap.size());
    model.addAttribute("stationsJson", mapData.stationsJson(onMap, highlighted, locale));
    model.addAttribute("q", text == null ? "" : text);
    model.addAttribute("districtCode", district == null ? "" : district);
    model.addAttribute("chosenDistrict", chosenDistrict);
    model.addAttribute("kind", stationKind == null ? "" : stationKind.name());
    model.addAttribute("filtered", filtered);
    model.addAttribute("districts", districts);
    model.addAttribute("kinds", StationKind.values());
    model.addAttribute("lat", lat == null ? "" : lat.strip());
    model.addAttribute("lng", lng == null ? "" : lng.strip());
    model.addAttribute("pointErrors", pointErrors);
    model.addAttribute("pointAsked", pointAsked && pointErrors.isEmpty());
    model.addAttribute("nearest", nearest);
    model.addAttribute("coverage", coverage);
    model.addAttribute("nearestNames", nearestNames);
    model.addAttribute("uncoveredMinutes", uncoveredMinutes);
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("tileAttribution", tileAttribution);
    model.addAttribute("circleMinutes", (int) WalkingModel.CIRCLE_MINUTES);
    model.addAttribute("circleWalkMeters", walkMeters());
    model.addAttribute("circleRadius", Math.round(WalkingModel.circleRadiusMeters()));
    model.addAttribute("metersPerMinute", (int) WalkingModel.METERS_PER_MINUTE);
    model.addAttribute("detourFactor", WalkingModel.DETOUR_FACTOR);
    model.addAttribute(
        "pageBase", link(text, district, stationKind, pointLat, pointLng, null, null));
    model.addAttribute(
        "coverageBase",
        link(text, district, stationKind, pointLat, pointLng, list.page(), "coveragePage"));
    return "geography/map";
  }

  @GetMapping("/stations/{id:\\d+}")
  String detail(@PathVariable long id, Model model, Locale locale) {
    Station station = stations.get(id);
    model.addAttribute("station", station);
    model.addAttribute("stationsJson", mapData.stationsJson(List.of(station), id, locale));
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("tileAttribution", tileAttribution);
    model.addAttribute("circleMinutes", (int) WalkingModel.CIRCLE_MINUTES);
    model.addAttribute("circleRadius", Math.round(WalkingModel.circleRadiusMeters()));
    return "geography/detail";
  }

  /** Every station that matches the filter, a hundred at a time. */
  private List<Station> all(String district, StationKind kind, String text) {
    List<Station> all = new ArrayList<>();
    int page = 0;
    PageResult<Station> result;
    do {
      result = stations.list(null, district, kind, text, new PageRequest(page++, 100));
      all.addAll(result.items());
    } while (result.hasNext());
    return all;
  }

  private static long walkMeters() {
    return Math.round(WalkingModel.CIRCLE_MINUTES * WalkingModel.METERS_PER_MINUTE);
  }

  /** A coordinate typed by a person: blank is none, anything else must be a number in range. */
  private Double coordinate(
      String field, String raw, double min, double max, Map<String, String> errors, Locale locale) {
    String value = Blank.toNull(raw);
    if (value == null) {
      return null;
    }
    double number;
    try {
      number = Double.parseDouble(value.replace('，', '.'));
    } catch (NumberFormatException e) {
      errors.put(field, text("field.wrongType", locale));
      return null;
    }
    if (Double.isNaN(number) || number < min || number > max) {
      errors.put(field, text("geo." + field, locale));
      return null;
    }
    return number;
  }

  /** A filter value of a page link: anything unknown means "no filter", not an error page. */
  private static StationKind kindOrNull(String raw) {
    if (Blank.toNull(raw) == null) {
      return null;
    }
    try {
      return Stations.kind(raw);
    } catch (InvalidValueException e) {
      return null;
    }
  }

  private static int pageNumber(String raw) {
    try {
      return raw == null ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(raw.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Long idOrNull(String raw) {
    try {
      return raw == null || raw.isBlank() ? null : Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The map page's address with the current filter and point, plus an optional page. */
  private static String link(
      String text,
      String district,
      StationKind kind,
      Double lat,
      Double lng,
      Integer listPage,
      String pageParam) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/map");
    Optional.ofNullable(text).ifPresent(t -> uri.queryParam("q", t));
    Optional.ofNullable(district).ifPresent(d -> uri.queryParam("districtCode", d));
    Optional.ofNullable(kind).ifPresent(k -> uri.queryParam("kind", k.name()));
    if (lat != null && lng != null) {
      uri.queryParam("lat", lat).queryParam("lng", lng);
    }
    if (listPage != null && listPage > 0) {
      uri.queryParam("page", listPage);
    }
    String base = uri.encode().build().toUriString();
    return pageParam == null ? base : base + (base.contains("?") ? "&" : "?") + pageParam + "=";
  }

  private String text(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }
}
