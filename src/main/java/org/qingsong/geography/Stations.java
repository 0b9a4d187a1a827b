package org.qingsong.geography;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.qingsong.common.DomainException;
import org.qingsong.common.FieldErrors;
import org.qingsong.common.GeoPoint;
import org.qingsong.common.InvalidInputException;
import org.qingsong.common.InvalidValueException;
import org.qingsong.common.PageRequest;
import org.qingsong.common.PageResult;
import org.qingsong.geography.store.DivisionStore;
import org.qingsong.geography.store.StationStore;
import org.qingsong.identity.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stations: listing, administration, the nearest ones to a point, and the city's coverage. */
@Service
public class Stations {
  /** The most stations {@link #nearest} returns. */
  public static final int MAX_NEAREST = 50;

  private final StationStore store;
  private final DivisionStore divisions;
  private final AuditTrail audit;
  private final Clock clock;

  Stations(StationStore store, DivisionStore divisions, AuditTrail audit, Clock clock) {
    this.store = store;
    this.divisions = divisions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PageResult<Station> list(
      String streetCode, String districtCode, StationKind kind, String text, PageRequest page) {
    return store.find(streetCode, districtCode, kind, text, page);
  }

  @Transactional(readOnly = true)
  public Station get(long id) {
    return store.find(id).orElseThrow(() -> DomainException.notFound("station.notFound", id));
  }

  @Transactional
  public Station create(StationDraft draft) {
    StationStore.Row row = validate(draft);
    long id = store.insert(row, OffsetDateTime.now(clock));
    audit.record("CREATE", "STATION", id, row.name());
    return get(id);
  }

  @Transactional
  public Station update(long id, StationDraft draft) {
    get(id);
    StationStore.Row row = validate(draft);
    store.update(id, row, OffsetDateTime.now(clock));
    audit.record("UPDATE", "STATION", id, row.name());
    return get(id);
  }

  /** The stations nearest to a point by walking distance, nearest first. */
  @Transactional(readOnly = true)
  public List<NearbyStation> nearest(GeoPoint from, int limit) {
    if (limit < 1 || limit > MAX_NEAREST) {
      throw InvalidInputException.of("limit", "station.nearest.limit", MAX_NEAREST);
    }
    return store.all().stream()
        .map(s -> nearby(from, s))
        .sorted(Comparator.comparingLong(NearbyStation::walkingMeters))
        .limit(limit)
        .toList();
  }

  /** Which communities have a station within the 10-minute circle, optionally in one district. */
  @Transactional(readOnly = true)
  public Coverage coverage(String districtCode, PageRequest page) {
    List<Station> stations = store.all();
    var streets = new java.util.HashMap<String, Division>();
    for (Division street : divisions.byLevel(DivisionLevel.STREET)) {
      streets.put(street.code(), street);
    }
    int communities = 0;
    int covered = 0;
    List<Coverage.UncoveredCommunity> uncovered = new ArrayList<>();
    for (Division community : divisions.byLevel(DivisionLevel.COMMUNITY)) {
      Division street = streets.get(community.parentCode());
      if (community.lat() == null
          || (districtCode != null
              && (street == null || !districtCode.equals(street.parentCode())))) {
        continue;
      }
      communities++;
      GeoPoint point = new GeoPoint(community.lat(), community.lng());
      Station best = null;
      long bestMeters = Long.MAX_VALUE;
      for (Station s : stations) {
        long meters = WalkingModel.walkingMeters(point, new GeoPoint(s.lat(), s.lng()));
        if (meters < bestMeters) {
          bestMeters = meters;
          best = s;
        }
      }
      if (best != null && WalkingModel.withinCircle(bestMeters)) {
        covered++;
      } else {
        uncovered.add(
            new Coverage.UncoveredCommunity(
                community.code(),
                community.name(),
                community.parentCode(),
                street == null ? null : street.name(),
                community.lat(),
                community.lng(),
                best == null ? null : best.id(),
                best == null ? -1 : bestMeters));
      }
    }
    uncovered.sort(
        Comparator.comparingLong(
                (Coverage.UncoveredCommunity u) ->
                    u.nearestStationWalkingMeters() < 0
                        ? Long.MAX_VALUE
                        : u.nearestStationWalkingMeters())
            .reversed());
    int from = (int) Math.min(page.offset(), uncovered.size());
    int to = Math.min(from + page.size(), uncovered.size());
    double share = communities == 0 ? 0 : Math.round(covered * 10000.0 / communities) / 10000.0;
    return new Coverage(
        communities,
        covered,
        share,
        PageResult.of(uncovered.subList(from, to), page, uncovered.size()));
  }

  private static NearbyStation nearby(GeoPoint from, Station s) {
    long meters = WalkingModel.walkingMeters(from, new GeoPoint(s.lat(), s.lng()));
    return new NearbyStation(
        s, meters, WalkingModel.walkingMinutes(meters), WalkingModel.withinCircle(meters));
  }

  private StationStore.Row validate(StationDraft d) {
    FieldErrors errors = new FieldErrors();
    String name = errors.text("name", d.name(), 100);
    StationKind kind = errors.parse("kind", d.kind(), Stations::kind);
    String street = errors.text("streetCode", d.streetCode(), 12);
    if (street != null
        && divisions.find(street).filter(x -> x.level() == DivisionLevel.STREET).isEmpty()) {
      errors.add("streetCode", "division.notStreet", street);
    }
    String community = errors.optionalText("communityCode", d.communityCode(), 12);
    if (community != null
        && divisions
            .find(community)
            .filter(x -> x.level() == DivisionLevel.COMMUNITY && x.parentCode().equals(street))
            .isEmpty()) {
      errors.add("communityCode", "division.notCommunityOfStreet", community);
    }
    String address = errors.text("address", d.address(), 200);
    if (d.lat() == null) {
      errors.add("lat", "field.required");
    } else if (d.lat() < -90 || d.lat() > 90) {
      errors.add("lat", "geo.lat");
    }
    if (d.lng() == null) {
      errors.add("lng", "field.required");
    } else if (d.lng() < -180 || d.lng() > 180) {
      errors.add("lng", "geo.lng");
    }
    String hours = errors.optionalText("openingHours", d.openingHours(), 100);
    String phone = errors.optionalText("phone", d.phone(), 30);
    if (phone != null && !phone.matches("[0-9+\\- ]{5,30}")) {
      errors.add("phone", "station.phone");
    }
    errors.throwIfAny();
    return new StationStore.Row(
        name, kind, street, community, address, d.lat(), d.lng(), hours, phone);
  }

  /** Parses a station kind as the API spells it. */
  public static StationKind kind(String raw) {
    try {
      return StationKind.valueOf(raw.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException("station.kind");
    }
  }
}
