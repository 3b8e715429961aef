package org.painpath.pathway.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.Problems;

/**
 * The number bounds ({@link Inputs#unbounded}) applied to a log read as a tree for an upgrade: binding
 * to types checks every decimal as it is read, but an old log is upgraded on its tree first and
 * written back, and writing {@code 0e-999999999} plainly would be the unbounded work the bounds exist
 * to prevent. Every number out of bounds is named by its path.
 */
final class TreeNumbers {

  private TreeNumbers() {}

  static Problems outOfBounds(JsonNode root) {
    Problems.Collector problems = Problems.collector();
    walk(root, "", problems);
    return problems.problems();
  }

  private static void walk(JsonNode node, String path, Problems.Collector problems) {
    if (node.isNumber()) {
      Inputs.unbounded(node.decimalValue()).ifPresent(why -> problems.add(path.isEmpty() ? "$" : path, "number-out-of-bounds", why));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", problems);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), problems);
      }
    }
  }
}
