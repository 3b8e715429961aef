package org.painpath.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
      Set<String> failed = new LinkedHashSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String childPath = childPath(path, field.getKey());
        JavaType childType = properties.get(field.getKey());
        if (childType == null) {
          problems.add(childPath, "unknown-field", "\"" + field.getKey() + "\" is not a known field; known fields: " + properties.keySet());
          failed.add(field.getKey());
          continue;
        }
        int before = problems.problems().size();
        walk(mapper, field.getValue(), childType, childPath, problems);
        if (problems.problems().size() > before) {
          failed.add(field.getKey());
        }
      }
      if (!failed.isEmpty()) {
        withoutFailedFields(mapper, (ObjectNode) node, type, path, failed, problems);
        return;
      }
    }
    problems.addAll(rooted(path, problemsConverting(mapper, node, type)));
  }

  /**
   * Checks that span several fields (a weight range, a height needed by a weight basis) only run on a
   * whole object. The object is read again without the fields already found bad, and what else it
   * reports is kept, except what concerns the removed fields (they are now missing, not wrong). When a
   * removed field is required, the type stops at that and reports nothing more.
   */
  private static void withoutFailedFields(
      ObjectMapper mapper, ObjectNode node, JavaType type, String path, Set<String> failed, Problems.Collector problems) {
    ObjectNode rest = node.deepCopy();
    rest.remove(failed);
    for (Problem p : problemsConverting(mapper, rest, type)) {
      if (failed.stream().noneMatch(key -> concerns(p.field(), key))) {
        problems.addAll(rooted(path, Problems.of(p)));
      }
    }
  }

  private static boolean concerns(String field, String key) {
    return field.equals(key)
        || field.startsWith(key + ".")
        || field.startsWith(key + "[")
        || field.startsWith(key + " ");
  }

  /** {@code patient.weightKg}; a blank key, which cannot name a field on its own, is shown quoted. */
  private static String childPath(String path, String key) {
    String name = key.isBlank() ? "\"" + key + "\"" : key;
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The problems of reading {@code node} on its own as {@code type}, named relative to it; empty if it reads. */
  private static Problems problemsConverting(ObjectMapper mapper, JsonNode node, JavaType type) {
    try {
      mapper.treeToValue(node, type);
      return Problems.of();
    } catch (JacksonException e) {
      return PainpathJson.asInvalidInput(e).problems();
    } catch (InvalidInputException e) {
      return e.problems();
    } catch (IllegalArgumentException e) {
      return Problems.of(new Problem("$", "invalid-value", PainpathJson.plain(e.getMessage(), "is not a valid value here")));
    } catch (java.time.DateTimeException e) {
      // a date read on its own (not inside a bean) reaches here unwrapped: [0,0,0] has no month 0
      return Problems.of(new Problem("$", "invalid-date", PainpathJson.plain(e.getMessage(), "is not a valid date")));
    }
  }

  /** Problems found in a value read on its own, re-rooted at the value's place in the document. */
  private static Problems rooted(String path, Problems problems) {
    if (path.isEmpty()) {
      return problems;
    }
    Problems named = PainpathJson.placeUnder(path, problems);
    // "$" (the value itself) becomes the value's own path.
    return new Problems(
        named.list().stream()
            .map(p -> p.field().equals(path + ".$") ? new Problem(path, p.code(), p.message()) : p)
            .toList());
  }

  /**
   * Introspecting a bean is far costlier than reading it, so each type's properties are worked out
   * once. Only {@link PainpathJson}'s own mapper reaches here, so the type alone is the key.
   */
  private static final Map<JavaType, Map<String, JavaType>> PROPERTIES = new ConcurrentHashMap<>();

  /** The JSON properties a type reads, with their declared types; empty for scalars and unknown shapes. */
  private static Map<String, JavaType> propertiesOf(ObjectMapper mapper, JavaType type) {
    return PROPERTIES.computeIfAbsent(type, t -> introspect(mapper, t));
  }

  private static Map<String, JavaType> introspect(ObjectMapper mapper, JavaType type) {
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
    return Collections.unmodifiableMap(properties);
  }
}
