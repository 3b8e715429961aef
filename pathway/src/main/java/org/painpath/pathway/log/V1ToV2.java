package org.painpath.pathway.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.pathway.intervention.InterventionCatalogue;

/**
 * Version 1 to 2. Version 1 dated events with {@code "on"} (now {@code "date"}, the same word every
 * painpath type uses); it had no {@code neuropathicComponent} on case-opened (added for the
 * gabapentinoid rule, PIT-06: a v1 case never documented one, so it is false); its work-up
 * interpretations had no {@code complete} flag and no {@code additionalOrders} (v1 recorded only
 * complete interpretations, with no follow-on orders); and it did not record
 * an intervention's modality (now fixed at the time of the event, so a later catalogue change does
 * not rewrite history: v1 events take the catalogue's current modality).
 */
final class V1ToV2 implements SchemaUpgrades.SchemaStep {

  @Override
  public void upgrade(ObjectNode log) {
    JsonNode events = log.get("events");
    if (events == null || !events.isArray()) {
      return; // binding reports the missing or malformed events field with its path
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof ObjectNode) {
        upgradeEvent((ObjectNode) events.get(i), i);
      }
    }
  }

  private static void upgradeEvent(ObjectNode event, int index) {
    if (event.has("on") && !event.has("date")) {
      event.set("date", event.get("on"));
      event.remove("on");
    }
    String type = event.path("type").asText("");
    if (type.equals("case-opened") && !event.has("neuropathicComponent")) {
      event.put("neuropathicComponent", false);
    }
    if (type.equals("workup-interpreted")) {
      if (!event.has("complete")) {
        event.put("complete", true);
      }
      if (!event.has("additionalOrders")) {
        event.putArray("additionalOrders");
      }
    }
    if (type.equals("intervention-started") && !event.has("modality")) {
      String id = event.path("intervention").asText("");
      try {
        event.put("modality", InterventionCatalogue.bundled().require(id).modality().name());
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().under("events[" + index + "]"));
      }
    }
  }
}
