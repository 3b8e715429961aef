package org.painpath.pathway.log;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problems;

/**
 * Brings a stored log up to the current schema, one version at a time, on the JSON tree before it is
 * bound to types, so old logs never need old classes. Each step is small and named after what
 * changed.
 */
final class SchemaUpgrades {

  static final int CURRENT = 3;

  /** Step {@code i} upgrades version {@code i + 1} to {@code i + 2}. */
  private static final List<SchemaStep> STEPS = List.of(new V1ToV2(), new V2ToV3());

  // Decimals keep their scale: 0.90 stays 0.90, so a log read back equals the log written.
  private static final ObjectReader READER =
      PainpathJson.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private SchemaUpgrades() {}

  static String upgrade(String json) {
    if (CurrentVersionScan.isAt(CURRENT, json, READER)) {
      return json; // nothing to upgrade: bind the text as written, without building its tree
    }
    JsonNode tree;
    try {
      tree = READER.readTree(json);
    } catch (JacksonException e) {
      throw PainpathJson.asInvalidInput(e);
    }
    if (!(tree instanceof ObjectNode)) {
      throw InvalidInputException.of("$", "wrong-type", "a case log is a JSON object");
    }
    ObjectNode log = (ObjectNode) tree;
    Problems outOfBounds = TreeNumbers.outOfBounds(log);
    if (!outOfBounds.isEmpty()) {
      throw new InvalidInputException(outOfBounds);
    }
    int version = versionOf(log);
    if (version == CURRENT) {
      return json; // nothing to upgrade: bind the text as written
    }
    for (int v = version; v < CURRENT; v++) {
      STEPS.get(v - 1).upgrade(log);
      log.put("schemaVersion", v + 1);
    }
    return PainpathJson.write(log);
  }

  private static int versionOf(ObjectNode log) {
    JsonNode version = log.get("schemaVersion");
    if (version == null || !version.isInt()) {
      throw InvalidInputException.of(
          "schemaVersion", "required", "a case log states its schema version as a whole number (current: " + CURRENT + ")");
    }
    int v = version.intValue();
    if (v < 1 || v > CURRENT) {
      throw InvalidInputException.of(
          "schemaVersion",
          "unsupported-schema-version",
          "schema version " + v + " is not supported; this painpath reads versions 1 to " + CURRENT);
    }
    return v;
  }

  /** One version step applied in place to the log's JSON tree. */
  interface SchemaStep {
    void upgrade(ObjectNode log);
  }
}
