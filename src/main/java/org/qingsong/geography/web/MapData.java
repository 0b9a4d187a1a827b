package org.qingsong.geography.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qingsong.geography.Division;
import org.qingsong.geography.DivisionLevel;
import org.qingsong.geography.Divisions;
import org.qingsong.geography.Station;
import org.qingsong.geography.WalkingModel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the map pages share: the stations as the JSON block that the map script draws (a data block,
 * never executed, so the page's script policy allows it) and the streets grouped by district for
 * selects.
 */
@Component
class MapData {
  private final Divisions divisions;
  private final MessageSource messages;
  private final JsonMapper json;

  MapData(Divisions divisions, MessageSource messages, JsonMapper json) {
    this.divisions = divisions;
    this.messages = messages;
    this.json = json;
  }

  /** The streets of one district, for a select grouped by district. */
  record DistrictStreets(Division district, List<Division> streets) {}

  /**
   * The JSON for {@code <script type="application/json">}: the stations, the circle radius and the
   * popup labels in the page's language. {@code <}, {@code >} and {@code &} are escaped so that no
   * text can close the script element.
   */
  String stationsJson(List<Station> stations, Long highlight, Locale locale) {
    List<Map<String, Object>> items = new ArrayList<>(stations.size());
    for (Station s : stations) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", s.id());
      item.put("name", s.name());
      item.put("kind", s.kind().name());
      item.put("kindLabel", text("station.kind." + s.kind().name(), locale));
      item.put("street", s.streetName());
      item.put("address", s.address());
      item.put("openingHours", s.openingHours());
      item.put("phone", s.phone());
      item.put("lat", s.lat());
      item.put("lng", s.lng());
      items.add(item);
    }
    Map<String, Object> labels = new LinkedHashMap<>();
    for (String key :
        List.of("kind", "address", "openingHours", "phone", "details", "here", "street")) {
      labels.put(key, text("map.popup." + key, locale));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("circleRadiusMeters", Math.round(WalkingModel.circleRadiusMeters()));
    data.put("highlight", highlight);
    data.put("labels", labels);
    data.put("stations", items);
    return json.writeValueAsString(data)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  List<Division> districts() {
    return divisions.ofLevel(DivisionLevel.DISTRICT);
  }

  /** Every district with its streets, in code order. */
  List<DistrictStreets> streetsByDistrict() {
    Map<String, List<Division>> streets = new LinkedHashMap<>();
    for (Division street : divisions.ofLevel(DivisionLevel.STREET)) {
      streets.computeIfAbsent(street.parentCode(), c -> new ArrayList<>()).add(street);
    }
    List<DistrictStreets> result = new ArrayList<>();
    for (Division district : districts()) {
      List<Division> own = streets.get(district.code());
      if (own != null) {
        result.add(new DistrictStreets(district, List.copyOf(own)));
      }
    }
    return result;
  }

  private String text(String code, Locale locale) {
    return messages.getMessage(code, null, code, locale);
  }
}
