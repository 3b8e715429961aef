package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.painpath.core.json.PainpathJson;
import org.painpath.core.patient.Patient;
import org.painpath.core.problem.InvalidInputException;

class InputSchemaTest {

  private static final Path DOCS = Path.of("..", "docs", "schemas");

  private static String bundled(String file) throws IOException {
    try (InputStream in = InputSchema.class.getClassLoader().getResourceAsStream(InputSchema.RESOURCE_DIR + file)) {
      assertThat(in).as("bundled " + file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void docs_schemas_are_exact_copies_of_the_bundled_ones() throws IOException {
    List<Path> docs;
    try (Stream<Path> files = Files.list(DOCS)) {
      docs = files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
    }
    assertThat(docs).extracting(f -> f.getFileName().toString())
        .containsExactlyInAnyOrder("check-input.schema.json", "common.schema.json", "plan-input.schema.json",
            "validate-input.schema.json", "evaluate-input.schema.json", "decide-input.schema.json");
    for (Path doc : docs) {
      assertThat(Files.readString(doc, StandardCharsets.UTF_8)).as(doc.toString()).isEqualTo(bundled(doc.getFileName().toString()));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"check-input.schema.json", "common.schema.json", "plan-input.schema.json", "validate-input.schema.json",
      "evaluate-input.schema.json", "decide-input.schema.json"})
  void every_schema_is_draft_2020_12_with_an_id_under_the_mapped_prefix(String file) throws IOException {
    JsonNode schema = PainpathJson.read(bundled(file), JsonNode.class);

    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").asText()).isEqualTo(InputSchema.ID_PREFIX + file);
  }

  /** A patient object: the age set to {@code value}, or a typical patient with {@code field} added. */
  private static String patient(String field, String value) {
    return field.equals("age")
        ? "{\"age\": " + value + ", \"sex\": \"F\"}"
        : "{\"age\": 50, \"sex\": \"F\", \"" + field + "\": " + value + "}";
  }

  private static boolean schemaAccepts(String patient) {
    String input =
        "{\"patient\": " + patient + ", \"regimen\": {\"items\": [{\"drug\": \"pregabalin\", "
            + "\"dose\": {\"value\": 75, \"unit\": \"mg\"}, \"frequency\": \"BID\"}]}}";
    return InputSchema.CHECK.violations(PainpathJson.read(input, JsonNode.class)).isEmpty();
  }

  private static boolean domainAccepts(String patient) {
    try {
      PainpathJson.read(patient, Patient.class);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** The schema's plausible ranges are the domain's: both accept each edge and both refuse just beyond it. */
  @ParameterizedTest
  @CsvSource({
    "age, 18, 17", "age, 120, 121",
    "weightKg, 25, 24.9", "weightKg, 350, 350.1",
    "heightCm, 100, 99.9", "heightCm, 250, 250.1",
    "creatinineClearance, 0, -0.1", "creatinineClearance, 250, 250.1"
  })
  void schema_ranges_agree_with_the_domain_at_each_edge(String field, String edge, String beyond) {
    assertThat(schemaAccepts(patient(field, edge))).as("schema accepts %s = %s", field, edge).isTrue();
    assertThat(domainAccepts(patient(field, edge))).as("domain accepts %s = %s", field, edge).isTrue();
    assertThat(schemaAccepts(patient(field, beyond))).as("schema refuses %s = %s", field, beyond).isFalse();
    assertThat(domainAccepts(patient(field, beyond))).as("domain refuses %s = %s", field, beyond).isFalse();
  }

  @Test
  void violations_name_the_json_path_of_each_bad_value() {
    JsonNode doc =
        PainpathJson.read(
            "{\"patient\": {\"age\": 50, \"sex\": \"F\", \"frail\": \"X\"}, \"regimen\": {\"items\": [{\"drug\": \"\"}]}}",
            JsonNode.class);

    assertThat(InputSchema.CHECK.violations(doc).list())
        .extracting(p -> p.field())
        .containsExactlyInAnyOrder("patient.frail", "regimen.items[0].drug", "regimen.items[0].dose", "regimen.items[0].frequency");
  }
}
