package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.command.Command;
import org.painpath.pathway.event.PathwayEvent;

/**
 * The plan input schema describes the events the pathway actually reads, and the decide input schema
 * the commands: the same type names, and per type the same fields, the required ones being those the
 * record cannot do without (not {@code @Nullable}, not optional; a primitive is required too, as the
 * reader refuses a missing one rather than default it). A new or changed event or command fails here
 * until the schema follows (ReaderSchemaAgreementTest checks the same by reading documents).
 */
class PlanSchemaEventsTest {

  private static JsonNode schema() throws IOException {
    return schema("plan-input.schema.json");
  }

  private static JsonNode schema(String file) throws IOException {
    try (InputStream in = InputSchema.class.getClassLoader().getResourceAsStream(InputSchema.RESOURCE_DIR + file)) {
      assertThat(in).isNotNull();
      return PainpathJson.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), JsonNode.class);
    }
  }

  private static Map<String, Class<?>> eventTypes() {
    return subtypes(PathwayEvent.class);
  }

  private static Map<String, Class<?>> subtypes(Class<?> base) {
    Map<String, Class<?>> types = new TreeMap<>();
    for (JsonSubTypes.Type t : base.getAnnotation(JsonSubTypes.class).value()) {
      types.put(t.name(), t.value());
    }
    return types;
  }

  private static boolean required(RecordComponent c) {
    boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
    return !nullable && c.getType() != Optional.class;
  }

  @Test
  void the_event_types_are_the_pathways() throws IOException {
    Set<String> inSchema = new TreeSet<>();
    schema().at("/$defs/event/properties/type/enum").forEach(n -> inSchema.add(n.asText()));

    assertThat(inSchema).isEqualTo(eventTypes().keySet());
  }

  @Test
  void each_current_event_lists_the_records_fields_and_requires_the_ones_it_cannot_do_without() throws IOException {
    assertEachTypeMatchesItsRecord(schema().at("/$defs/currentEvent/allOf"), eventTypes());
  }

  @Test
  void the_command_types_are_the_pathways_and_each_lists_the_records_fields() throws IOException {
    JsonNode command = schema("decide-input.schema.json").at("/$defs/command");
    Set<String> inSchema = new TreeSet<>();
    command.at("/properties/type/enum").forEach(n -> inSchema.add(n.asText()));

    assertThat(inSchema).isEqualTo(subtypes(Command.class).keySet());
    assertEachTypeMatchesItsRecord(command.get("allOf"), subtypes(Command.class));
  }

  private static void assertEachTypeMatchesItsRecord(JsonNode allOf, Map<String, Class<?>> types) {
    Map<String, JsonNode> rules = new TreeMap<>();
    for (JsonNode rule : allOf) {
      if (rule.has("if")) {
        rules.put(rule.at("/if/properties/type/const").asText(), rule.get("then"));
      }
    }
    assertThat(rules.keySet()).isEqualTo(types.keySet());

    types.forEach((name, type) -> {
      RecordComponent[] components = type.getRecordComponents();
      Set<String> fields = new TreeSet<>(Set.of("type"));
      Arrays.stream(components).forEach(c -> fields.add(c.getName()));
      Set<String> requiredFields = new TreeSet<>();
      Arrays.stream(components).filter(PlanSchemaEventsTest::required).forEach(c -> requiredFields.add(c.getName()));

      JsonNode then = rules.get(name);
      Set<String> listed = new TreeSet<>();
      then.get("properties").fieldNames().forEachRemaining(listed::add);
      Set<String> listedRequired = new TreeSet<>();
      then.get("required").forEach(n -> listedRequired.add(n.asText()));
      assertThat(listed).as("fields of %s", name).isEqualTo(fields);
      assertThat(listedRequired).as("required fields of %s", name).isEqualTo(requiredFields);
      assertThat(then.get("additionalProperties").asBoolean(true)).as("%s allows no other field", name).isFalse();
    });
  }
}
