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

  @GetMapping("/nearest")
  List<NearbyStation> nearest(
      @RequestParam double lat,
      @RequestParam double lng,
      @RequestParam(required = false, defaultValue = "5") int limit) {
    return stations.nearest(new GeoPoint(lat, lng), limit);
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
