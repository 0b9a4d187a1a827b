package org.qingsong.assistance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the module's records as JSON with money in yuan: every amount (a {@code Money}, which
 * Jackson would write as {@code {"fen":n}}) becomes a decimal number of yuan, as the API
 * conventions say.
 */
@Component
class AssistanceJson {
  private final JsonMapper mapper;

  AssistanceJson(JsonMapper mapper) {
    this.mapper = mapper;
  }

  JsonNode of(Object value) {
    return yuan(mapper.valueToTree(value));
  }

  private static JsonNode yuan(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.size() == 1 && object.has("fen") && object.get("fen").isIntegralNumber()) {
        BigDecimal y = BigDecimal.valueOf(object.get("fen").asLong(), 2).stripTrailingZeros();
        return object.numberNode(y.scale() < 0 ? y.setScale(0) : y);
      }
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.properties());
      for (Map.Entry<String, JsonNode> e : fields) {
        object.set(e.getKey(), yuan(e.getValue()));
      }
      return object;
    }
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, yuan(array.get(i)));
      }
    }
    return node;
  }
}
