package org.qingsong.geography.web;

import java.net.URI;
import java.util.List;
import org.qingsong.common.Blank;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.Coverage;
import org.qingsong.geography.NearbyStation;
import org.qingsong.geography.Station;
import org.qingsong.geography.StationDraft;
import org.qingsong.geography.StationKind;
import org.qingsong.geography.Stations;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stations: public look-ups, and administration by administrators. */
@RestController
@RequestMapping("/api/v1/stations")
class StationController {
  private final Stations stations;

  StationController(Stations stations) {
    this.stations = stations;
  }

  @GetMapping
  PageResult<Station> list(
      @RequestParam(required = false) String streetCode,
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    FieldErrors errors = new FieldErrors();
    StationKind k = errors.parseOptional("kind", kind, Stations::kind).orElse(null);
    errors.throwIfAny();
    return stations.list(
        Blank.toNull(streetCode),
        Blank.toNull(districtCode),
        k,
        Blank.toNull(q),
        PageRequest.of(page, size));
  }

  @GetMapping("/{id}")
  Station get(@PathVariable long id) {
    return stations.get(id);
  }

  /**
   * The nearest stations by walking distance, nearest first, in the list shape; each item is a
   * station with its {@code walkingMeters}, {@code walkingMinutes} and {@code withinTenMinutes}.
   */
  @GetMapping("/nearest")
  PageResult<NearbyStationItem> nearest(
      @RequestParam double lat,
      @RequestParam double lng,
      @RequestParam(required = false, defaultValue = "5") int limit) {
    List<NearbyStation> found = stations.nearest(new GeoPoint(lat, lng), limit);
    return new PageResult<>(
        found.stream().map(NearbyStationItem::of).toList(), 0, limit, found.size());
  }

  /** A station as the nearest-station list shows it: its fields and the walk to it. */
  record NearbyStationItem(
      long id,
      String name,
      StationKind kind,
      String streetCode,
      String streetName,
      String communityCode,
      String address,
      double lat,
      double lng,
      String openingHours,
      String phone,
      long walkingMeters,
      double walkingMinutes,
      boolean withinTenMinutes) {

    static NearbyStationItem of(NearbyStation n) {
      Station s = n.station();
      return new NearbyStationItem(
          s.id(),
          s.name(),
          s.kind(),
          s.streetCode(),
          s.streetName(),
          s.communityCode(),
          s.address(),
          s.lat(),
          s.lng(),
          s.openingHours(),
          s.phone(),
          n.walkingMeters(),
          n.walkingMinutes(),
          n.withinTenMinutes());
    }
  }

  @GetMapping("/coverage")
  Coverage coverage(
      @RequestParam(required = false) String districtCode,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return stations.coverage(Blank.toNull(districtCode), PageRequest.of(page, size));
  }

  @PostMapping
  @PreAuthorize("hasRole('ADMIN')")
  ResponseEntity<Station> create(@RequestBody StationDraft draft) {
    Station created = stations.create(draft);
    return ResponseEntity.created(URI.create("/api/v1/stations/" + created.id())).body(created);
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasRole('ADMIN')")
  Station update(@PathVariable long id, @RequestBody StationDraft draft) {
    return stations.update(id, draft);
  }
}
