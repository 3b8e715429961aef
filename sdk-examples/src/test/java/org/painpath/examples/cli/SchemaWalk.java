package org.painpath.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.painpath.core.json.PainpathJson;

/**
 * Which part of the bundled schemas describes a place in a document: {@code $ref}s followed (within a
 * file and across the bundled files), {@code allOf} merged, and an {@code if}/{@code then} taken when
 * its {@code if} holds for the instance (a {@code const}, {@code minimum} or {@code maximum} on a
 * member: the only conditions painpath's schemas use). Test code: what the agreement test walks with.
 */
final class SchemaWalk {

  /** A schema node in its file. */
  record At(String file, JsonNode node) {}

  private static final Map<String, JsonNode> FILES = new HashMap<>();

  private SchemaWalk() {}

  static List<At> root(InputSchema schema) {
    return expand(new At(schema.fileName(), file(schema.fileName())), null);
  }

  /** The schemas of member {@code name} of an object described by {@code at}; a {@code true} schema describes nothing. */
  static List<At> member(List<At> at, String name, JsonNode value) {
    List<At> found = new ArrayList<>();
    for (At a : at) {
      JsonNode p = a.node().path("properties").path(name);
      if (p.isObject()) {
        found.addAll(expand(new At(a.file(), p), value));
      }
    }
    return found;
  }

  /** The schemas of the elements of an array described by {@code at}. */
  static List<At> items(List<At> at, JsonNode element) {
    List<At> found = new ArrayList<>();
    for (At a : at) {
      JsonNode items = a.node().path("items");
      if (items.isObject()) {
        found.addAll(expand(new At(a.file(), items), element));
      }
    }
    return found;
  }

  /** Every member name the schemas declare for an object. */
  static Set<String> declared(List<At> at) {
    Set<String> names = new TreeSet<>();
    at.forEach(a -> a.node().path("properties").fieldNames().forEachRemaining(names::add));
    return names;
  }

  /** Whether the schemas describe the object's members at all (list or require them). */
  static boolean describesMembers(List<At> at) {
    return at.stream().anyMatch(a -> a.node().has("properties") || a.node().has("required"));
  }

  private static List<At> expand(At at, JsonNode instance) {
    List<At> all = new ArrayList<>();
    all.add(at);
    JsonNode node = at.node();
    if (node.has("$ref")) {
      all.addAll(expand(resolve(at.file(), node.get("$ref").asText()), instance));
    }
    for (JsonNode part : node.path("allOf")) {
      all.addAll(expand(new At(at.file(), part), instance));
    }
    if (node.has("if") && instance != null && holds(node.get("if"), instance) && node.has("then")) {
      all.addAll(expand(new At(at.file(), node.get("then")), instance));
    }
    return all;
  }

  private static boolean holds(JsonNode condition, JsonNode instance) {
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = condition.path("properties").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> c = it.next();
      JsonNode v = instance.get(c.getKey());
      if (v == null) {
        return false;
      }
      JsonNode rule = c.getValue();
      if (rule.has("const") && !rule.get("const").equals(v)) {
        return false;
      }
      if (rule.has("minimum") && (!v.isNumber() || v.decimalValue().compareTo(rule.get("minimum").decimalValue()) < 0)) {
        return false;
      }
      if (rule.has("maximum") && (!v.isNumber() || v.decimalValue().compareTo(rule.get("maximum").decimalValue()) > 0)) {
        return false;
      }
    }
    return true;
  }

  private static At resolve(String from, String ref) {
    int hash = ref.indexOf('#');
    String file = hash == 0 ? from : hash < 0 ? ref : ref.substring(0, hash);
    String pointer = hash < 0 ? "" : ref.substring(hash + 1);
    return new At(file, file(file).at(pointer));
  }

  private static synchronized JsonNode file(String name) {
    return FILES.computeIfAbsent(name, n -> {
      try (InputStream in = SchemaWalk.class.getClassLoader().getResourceAsStream(InputSchema.RESOURCE_DIR + n)) {
        if (in == null) {
          throw new IllegalStateException("no bundled schema " + n);
        }
        return PainpathJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), JsonNode.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
