package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.problem.InvalidInputException;
import org.painpath.core.problem.Problem;

/**
 * One source of truth for every input file: the reader (the binding each command uses, {@link
 * InputKind#read}). Its schema must say the same, both ways: in complete example documents (every member
 * a schema declares appears in one), each member is removed in turn, and the schema reports it
 * {@code required} exactly when the reader refuses the document naming it; an optional member is
 * accepted missing by both. Members a schema leaves undescribed (an event's field values, checked when the
 * event is read) are not walked into.
 */
class ReaderSchemaAgreementTest {

  /** A document of a kind, named for messages. */
  record Fixture(InputKind kind, String name, JsonNode document) {}

  private static final List<Fixture> FIXTURES = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    FIXTURES.add(fixture(InputKind.CHECK, "agreement/check.json"));
    FIXTURES.add(fixture(InputKind.VALIDATE, "agreement/validate.json"));
    FIXTURES.add(fixture(InputKind.EVALUATE, "agreement/evaluate.json"));
    FIXTURES.add(fixture(InputKind.PLAN, "agreement/plan-every-event.json"));
    JsonNode commands = PainpathJson.read(resource("agreement/decide-every-command.json"), JsonNode.class);
    for (int i = 0; i < commands.size(); i++) {
      FIXTURES.add(new Fixture(InputKind.DECIDE, "decide-every-command.json[" + i + "]", commands.get(i)));
    }
    FIXTURES.add(example(InputKind.CHECK, "check-regimen.json"));
    FIXTURES.add(example(InputKind.PLAN, "plan-case.json"));
    FIXTURES.add(example(InputKind.VALIDATE, "validate-orders.json"));
    FIXTURES.add(example(InputKind.EVALUATE, "evaluate-findings.json"));
    FIXTURES.add(example(InputKind.DECIDE, "decide-command.json"));
  }

  private static Fixture fixture(InputKind kind, String resource) throws IOException {
    return new Fixture(kind, resource, PainpathJson.read(resource(resource), JsonNode.class));
  }

  private static Fixture example(InputKind kind, String file) throws IOException {
    return new Fixture(kind, "docs/examples/" + file, PainpathJson.read(Files.readString(Path.of("../docs/examples", file)), JsonNode.class));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReaderSchemaAgreementTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The reader's problems, empty when it accepts; anything but a list of problems is a defect named as one. */
  private static List<Problem> readerProblems(InputKind kind, JsonNode document) {
    try {
      kind.read(PainpathJson.write(document));
      return List.of();
    } catch (InvalidInputException e) {
      return e.problems().list();
    } catch (RuntimeException e) {
      return List.of(new Problem("$", "reader-crashed", e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  private static boolean names(List<Problem> problems, String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + ".") || p.field().startsWith(field + "["));
  }

  @Test
  void every_fixture_satisfies_its_schema_and_its_reader() {
    for (Fixture f : FIXTURES) {
      assertThat(f.kind().schema().violations(f.document()).list()).as("schema of %s", f.name()).isEmpty();
      assertThat(readerProblems(f.kind(), f.document())).as("reader of %s", f.name()).isEmpty();
    }
  }

  @Test
  void a_member_is_required_by_the_schema_exactly_when_the_reader_requires_it() {
    List<String> disagreements = new ArrayList<>();
    int members = 0;
    for (Fixture f : FIXTURES) {
      List<String[]> places = new ArrayList<>();
      walk(f.document(), JsonPaths.ROOT, SchemaWalk.root(f.kind().schema()), places, new TreeMap<>());
      for (String[] place : places) {
        members++;
        String at = JsonPaths.member(place[0], place[1]);
        JsonNode without = f.document().deepCopy();
        ((ObjectNode) locate(without, place[0])).remove(place[1]);
        boolean schema = f.kind().schema().violations(without).list().stream()
            .anyMatch(p -> p.field().equals(at) && (p.code().equals("schema-required") || p.code().equals("schema-dependentRequired")));
        List<Problem> read = readerProblems(f.kind(), without);
        // the reader refuses for the member's absence naming it, or naming the object it was removed from (a
        // record whose constructor needs the member); the base document is clean, so either is this removal
        boolean reader = names(read, at) || read.stream().anyMatch(p -> p.field().equals(place[0]));
        read.stream().filter(p -> p.code().equals("reader-crashed")).forEach(p -> disagreements.add(f.name() + " without " + at + ": " + p.message()));
        if (schema != reader) {
          disagreements.add(f.name() + " without " + at + ": the schema " + (schema ? "requires" : "does not require") + " it, the reader "
              + (reader ? "does" : "does not") + (read.isEmpty() ? "" : " " + read));
        }
      }
    }
    assertThat(members).isGreaterThan(300);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void every_member_a_schema_declares_is_in_a_fixture_so_each_is_tested_both_ways() {
    Map<String, Set<String[]>> unused = new TreeMap<>();
    Map<String, Set<String>> declared = new TreeMap<>();
    Map<String, Set<String>> seen = new TreeMap<>();
    for (Fixture f : FIXTURES) {
      Map<String, Set<String>> d = new TreeMap<>();
      walk(f.document(), JsonPaths.ROOT, SchemaWalk.root(f.kind().schema()), new ArrayList<>(), d);
      d.forEach((key, names) -> declared.computeIfAbsent(f.kind() + " " + key, k -> new TreeSet<>()).addAll(names));
      List<String[]> places = new ArrayList<>();
      walk(f.document(), JsonPaths.ROOT, SchemaWalk.root(f.kind().schema()), places, new TreeMap<>());
      places.forEach(p -> seen.computeIfAbsent(f.kind() + " " + key(p[0], locate(f.document(), p[0])), k -> new TreeSet<>()).add(p[1]));
    }
    Map<String, Set<String>> missing = new TreeMap<>();
    declared.forEach((key, names) -> {
      Set<String> absent = new TreeSet<>(names);
      absent.removeAll(seen.getOrDefault(key, Set.of()));
      absent.remove("type"); // the discriminator: present in every event and command by construction
      absent.remove("on"); // a version 1 event's date: upgraded to "date" before it is read
      if (!absent.isEmpty()) {
        missing.put(key, absent);
      }
    });
    assertThat(unused).isEmpty();
    assertThat(missing).as("members declared but in no fixture").isEmpty();
  }

  /** Every member of every object the schemas describe, with its parent's path; {@code declared} by object key. */
  private static void walk(JsonNode node, String path, List<SchemaWalk.At> at, List<String[]> places, Map<String, Set<String>> declared) {
    if (node.isObject()) {
      if (!SchemaWalk.describesMembers(at)) {
        return;
      }
      declared.computeIfAbsent(key(path, node), k -> new TreeSet<>()).addAll(SchemaWalk.declared(at));
      node.fieldNames().forEachRemaining(name -> {
        places.add(new String[] {path, name});
        List<SchemaWalk.At> child = SchemaWalk.member(at, name, node.get(name));
        if (!child.isEmpty()) {
          walk(node.get(name), JsonPaths.member(path, name), child, places, declared);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<SchemaWalk.At> items = SchemaWalk.items(at, node.get(i));
        if (!items.isEmpty()) {
          walk(node.get(i), (path.equals(JsonPaths.ROOT) ? "" : path) + "[" + i + "]", items, places, declared);
        }
      }
    }
  }

  /** Objects of one kind of place share a key: the path without indexes, and an event's or command's type. */
  private static String key(String path, JsonNode node) {
    String type = node.path("type").isTextual() ? " (" + node.get("type").asText() + ")" : "";
    return path.replaceAll("\\[[0-9]+\\]", "[]") + type;
  }

  private static JsonNode locate(JsonNode root, String path) {
    if (path.equals(JsonPaths.ROOT)) {
      return root;
    }
    JsonNode node = root;
    for (String part : path.split("\\.")) {
      String name = part.contains("[") ? part.substring(0, part.indexOf('[')) : part;
      if (!name.isEmpty()) {
        node = node.get(name);
      }
      java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[([0-9]+)\\]").matcher(part);
      while (index.find()) {
        node = node.get(Integer.parseInt(index.group(1)));
      }
    }
    return node;
  }
}
