package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import org.painpath.core.problem.Inputs;
import org.painpath.core.problem.Problems;

/**
 * The bounds every input document meets before its schema is validated or anything is bound (issue
 * 12): every number within {@link Inputs#bounded} (a schema's minimum compared with {@code 1e999999999}
 * would already be arithmetic on it), and the arrays its kind caps no longer than the cap (a capped
 * array is not walked further). At most {@value #MAX_PROBLEMS} problems are listed.
 */
final class InputBounds {

  static final int MAX_PROBLEMS = 50;

  private InputBounds() {}

  static Problems problems(JsonNode document, InputKind kind) {
    Problems.Collector problems = Problems.collector();
    walk(document, JsonPaths.ROOT, kind.maxItems(), problems);
    if (problems.problems().size() > MAX_PROBLEMS) {
      Problems all = problems.problems();
      Problems.Collector first = Problems.collector();
      first.addAll(new Problems(all.list().subList(0, MAX_PROBLEMS)));
      first.add(JsonPaths.ROOT, "too-many-problems", (all.size() - MAX_PROBLEMS) + " more problems of the same kinds are not listed");
      return first.problems();
    }
    return problems.problems();
  }

  private static void walk(JsonNode node, String path, Map<String, Integer> caps, Problems.Collector problems) {
    if (problems.problems().size() > MAX_PROBLEMS) {
      return;
    }
    if (node.isNumber()) {
      Inputs.unbounded(node.decimalValue()).ifPresent(why -> problems.add(path, "number-out-of-bounds", why));
    } else if (node.isArray()) {
      Integer cap = caps.get(path);
      if (cap != null && node.size() > cap) {
        problems.add(path, "too-many-items", "holds at most " + cap + " items, was " + node.size());
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), (path.equals(JsonPaths.ROOT) ? "" : path) + "[" + i + "]", caps, problems);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        walk(field.getValue(), JsonPaths.member(path, field.getKey()), caps, problems);
      }
    }
  }
}
