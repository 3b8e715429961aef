package org.painpath.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.TreeMap;
import java.util.Iterator;
import java.util.Map;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;
import org.painpath.core.problem.Problems;

/**
 * Jackson stops at the first bad field. To name every bad field, a failed document is walked again:
 * each field of each object is converted on its own against the type the value class declares for
 * it, and each failure is collected with its path. Only runs after a failure, so it costs nothing on
 * good input.
 */
final class FieldByFieldDiagnosis {

  private FieldByFieldDiagnosis() {}

  static InvalidInputException diagnose(
      ObjectMapper mapper, String json, JavaType type, InvalidInputException firstFailure) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JacksonException e) {
      return firstFailure;
    }
    Problems.Collector problems = Problems.collector();
    walk(mapper, root, type, "", problems);
    return problems.isEmpty() ? firstFailure : new InvalidInputException(problems.problems());
  }

  private static void walk(
      ObjectMapper mapper, JsonNode node, JavaType type, String path, Problems.Collector problems) {
    if (node.isArray() && type.isCollectionLikeType()) {
      for (int i = 0; i < node.size(); i++) {
        walk(mapper, node.get(i), type.getContentType(), path + "[" + i + "]", problems);
      }
      return;
    }
    Map<String, JavaType> properties = node.isObject() ? propertiesOf(mapper, type) : Map.of();
    if (!properties.isEmpty()) {
      boolean childProblems = false;
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        JavaType childType = properties.get(field.getKey());
        if (childType == null) {
          problems.add(childPath, "unknown-field", "\"" + field.getKey() + "\" is not a known field; known fields: " + properties.keySet());
          childProblems = true;
          continue;
        }
        int before = problems.problems().size();
        walk(mapper, field.getValue(), childType, childPath, problems);
        childProblems |= problems.problems().size() > before;
      }
      if (childProblems) {
        return;
      }
    }
    convertAlone(mapper, node, type, path, problems);
  }

  private static void convertAlone(
      ObjectMapper mapper, JsonNode node, JavaType type, String path, Problems.Collector problems) {
    try {
      mapper.treeToValue(node, type);
    } catch (JacksonException e) {
      problems.addAll(rooted(path, PainpathJson.asInvalidInput(e).problems()));
    } catch (InvalidInputException e) {
      problems.addAll(rooted(path, e.problems()));
    } catch (IllegalArgumentException e) {
      problems.add(path.isEmpty() ? "$" : path, "invalid-value", String.valueOf(e.getMessage()));
    }
  }

  /** Problems found in a value read on its own, re-rooted at the value's place in the document. */
  private static Problems rooted(String path, Problems problems) {
    if (path.isEmpty()) {
      return problems;
    }
    return PainpathJson.placeUnder(
        path,
        new Problems(
            problems.list().stream()
                .map(p -> p.field().equals("$") ? new Problem("value", p.code(), p.message()) : p)
                .toList()));
  }

  /** The JSON properties a type reads, with their declared types; empty for scalars and unknown shapes. */
  private static Map<String, JavaType> propertiesOf(ObjectMapper mapper, JavaType type) {
    if (type.isContainerType() || type.isPrimitive() || type.isEnumType() || type.getRawClass().getName().startsWith("java.")) {
      return Map.of();
    }
    JsonDeserialize as = type.getRawClass().getAnnotation(JsonDeserialize.class);
    JavaType readAs =
        as != null && as.as() != Void.class ? mapper.constructType(as.as()) : type;
    BeanDescription description = mapper.getSerializationConfig().introspect(readAs);
    Map<String, JavaType> properties = new TreeMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      if (property.hasGetter()) {
        properties.put(property.getName(), property.getGetter().getType());
      } else if (property.hasField()) {
        properties.put(property.getName(), property.getField().getType());
      }
    }
    return properties;
  }
}
