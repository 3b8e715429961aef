package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.event.PathwayEvent;

/**
 * One event of a case log as a timeline line: its date, its type and the few fields a reader scans for
 * (drug and dose, intervention, instrument and score, outcome...), read from its JSON so every event
 * type is covered without a case per type.
 */
final class EventLine {

  /** The fields shown, in this order, when an event has them. */
  private static final List<String> SALIENT =
      List.of("drug", "dose", "frequency", "statin", "severity", "intervention", "modality", "instrument", "total", "band",
          "outcome", "cause", "action", "to", "present", "flags", "region", "reason", "redFlagPresent", "conservativeCare",
          // patient facts (issue 13)
          "loinc", "value", "unit", "weightKg", "medication", "condition");

  private EventLine() {}

  static String of(PathwayEvent event) {
    JsonNode json = PainpathJson.toTree(event);
    List<String> parts = new ArrayList<>();
    for (String field : SALIENT) {
      String shown = shown(json.path(field));
      if (!shown.isEmpty()) {
        parts.add(field + " " + shown);
      }
    }
    return event.date() + "  " + json.path("type").asText("event") + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** A scalar as is, a quantity as {@code 75 mg}, a code by its display, a list of scalars joined; else nothing. */
  private static String shown(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    if (value.isValueNode() && !value.isNull()) {
      return value.asText();
    }
    if (value.has("value") && value.has("unit")) {
      return shown(value.get("value")) + " " + value.get("unit").asText();
    }
    if (value.has("display")) {
      return value.get("display").asText();
    }
    if (value.isArray() && value.size() > 0) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(v.isValueNode() ? shown(v) : ""));
      return items.contains("") ? "" : String.join("/", items);
    }
    return "";
  }
}
