package org.qingsong.assistance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the module's records as JSON with money in yuan: every amount (a {@code Money}, which
 * Jackson would write as {@code {"fen":n}}) becomes a decimal number of yuan, as the API
 * conventions say; every assessment reason ({@code {code, args}}) gets its {@code text} in the
 * caller's language.
 */
@Component
class AssistanceJson {
  private final JsonMapper mapper;
  private final MessageSource messages;

  AssistanceJson(JsonMapper mapper, MessageSource messages) {
    this.mapper = mapper;
    this.messages = messages;
  }

  JsonNode of(Object value) {
    return yuan(mapper.valueToTree(value));
  }

  private JsonNode yuan(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.size() == 1 && object.has("fen") && object.get("fen").isIntegralNumber()) {
        BigDecimal y = BigDecimal.valueOf(object.get("fen").asLong(), 2).stripTrailingZeros();
        return object.numberNode(y.scale() < 0 ? y.setScale(0) : y);
      }
      if (object.size() == 2 && object.path("code").isString() && object.path("args").isArray()) {
        List<String> args = new ArrayList<>();
        object.get("args").forEach(a -> args.add(a.asString()));
        String code = object.get("code").asString();
        object.put(
            "text",
            messages.getMessage(code, args.toArray(), code, LocaleContextHolder.getLocale()));
        return object;
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
