package org.painpath.pathway.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.painpath.core.problem.Problems;

/**
 * Version 2 to 3. Version 3 is version 2 plus the patient-fact events (a laboratory result, a measured
 * creatinine clearance, a weight, a medication started or stopped outside the pathway, a condition
 * recorded or resolved); no version 2 event changed, so a version 2 log is a version 3 log as it is. A
 * version 2 log holding one of the new types was not written by a version 2 writer and is refused,
 * naming the event ({@code events[4].type}), rather than silently read.
 */
final class V2ToV3 implements SchemaUpgrades.SchemaStep {

  /** The type names version 3 added. */
  static final Set<String> ADDED_TYPES =
      Set.of(
          "condition-recorded",
          "condition-resolved",
          "creatinine-clearance-recorded",
          "lab-result-recorded",
          "medication-started",
          "medication-stopped",
          "weight-recorded");

  @Override
  public void upgrade(ObjectNode log) {
    JsonNode events = log.get("events");
    if (events == null || !events.isArray()) {
      return; // binding reports the missing or malformed events field with its path
    }
    Problems.Collector problems = Problems.collector();
    for (int i = 0; i < events.size(); i++) {
      String type = events.get(i).path("type").asText("");
      problems.check(
          !ADDED_TYPES.contains(type),
          "events[" + i + "].type",
          "not-in-schema-version",
          "\"" + type + "\" is an event of schema version 3; a version 2 log cannot hold it (write the log as version 3)");
    }
    problems.throwIfAny();
  }
}
