package org.painpath.pathway.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

/**
 * Stored logs edited by hand, as an outsider would edit a file: a sample log's JSON with one change.
 * Test helper only.
 */
public final class TamperedLogs {

  /** The sample with a gabapentin trial (78-year-old man, CrCl about 33 mL/min): events 8 (start) and 9 (dose change). */
  public static final String GABAPENTIN_SAMPLE = "older-reduced-kidney-function-gabapentinoid";

  private TamperedLogs() {}

  public static ObjectNode tree(String sample) {
    try {
      return (ObjectNode) PainpathJson.reader().readTree(SampleCases.json(sample));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sample's JSON after {@code edit}. */
  public static String edited(String sample, Consumer<ObjectNode> edit) {
    ObjectNode log = tree(sample);
    edit.accept(log);
    return PainpathJson.write(log);
  }

  public static ObjectNode event(ObjectNode log, int index) {
    return (ObjectNode) log.withArray("events").get(index);
  }

  /** Every dose value of the drug events (dose, titration schedule, daily totals, target) multiplied by {@code factor}. */
  public static void multiplyDoses(ObjectNode log, int factor) {
    for (JsonNode e : log.withArray("events")) {
      multiplyValues((ObjectNode) e, factor);
    }
  }

  private static void multiplyValues(ObjectNode node, int factor) {
    for (String field : new String[] {"dose", "daily", "target"}) {
      if (node.get(field) instanceof ObjectNode amount && amount.has("value")) {
        amount.put("value", amount.get("value").decimalValue().multiply(java.math.BigDecimal.valueOf(factor)));
      }
    }
    node.fields().forEachRemaining(
        f -> {
          if (f.getValue() instanceof ObjectNode child) {
            multiplyValues(child, factor);
          } else if (f.getValue() instanceof ArrayNode array) {
            array.forEach(x -> {
              if (x instanceof ObjectNode child) {
                multiplyValues(child, factor);
              }
            });
          }
        });
  }

  public static void serumCreatinine(ObjectNode log, String mgPerDl) {
    ObjectNode creatinine = ((ObjectNode) log.get("patient")).putObject("serumCreatinine");
    creatinine.put("value", new java.math.BigDecimal(mgPerDl));
    creatinine.put("unit", "mg/dL");
  }
}
