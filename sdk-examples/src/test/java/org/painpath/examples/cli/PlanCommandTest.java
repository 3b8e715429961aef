package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

class PlanCommandTest {

  /** The example file the README shows: the statin myalgia sample case. */
  private static final String README_EXAMPLE = "../docs/examples/plan-case.json";

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("case.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  /** A sample case as a mutable JSON tree, to break on purpose. */
  private static ObjectNode sample(String name) {
    return (ObjectNode) PainpathJson.read(SampleCases.json(name), JsonNode.class);
  }

  @Test
  void json_gives_the_state_the_recommendations_by_kind_and_the_warnings() {
    JsonNode json = Cli.run("plan", README_EXAMPLE, "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(json.at("/state/phase").asText()).isEqualTo("STATIN_SUBPATHWAY");
    assertThat(json.at("/state/asOf").asText()).isEqualTo("2025-03-26");
    assertThat(json.at("/recommendations/0/kind").asText()).isEqualTo("rechallenge-statin");
    for (JsonNode r : json.get("recommendations")) {
      assertThat(r.get("rationale").asText()).isNotBlank();
      assertThat(r.get("citations").size()).isPositive();
    }
    assertThat(json.get("warnings").isArray()).isTrue();
    assertThat(json.findValuesAsText("id")).contains("R33");
  }

  @Test
  void warnings_carry_their_code() throws IOException {
    String input = file(SampleCases.json("depression-catastrophizing"));

    JsonNode json = Cli.run("plan", input, "--as-of", "2025-04-18", "--format", "json").json();

    assertThat(json.get("warnings").findValuesAsText("code")).contains("psychosocial-flags-unaddressed", "passive-treatment-only");
  }

  @Test
  void text_shows_each_step_with_why_and_its_citations_then_the_sources() {
    String out = Cli.run("plan", README_EXAMPLE, "--as-of", "2025-03-26").answered();

    assertThat(out)
        .startsWith("Where the case stands on 2025-03-26: phase statin subpathway")
        .contains("  1. Rechallenge after atorvastatin")
        .contains("     Why: ")
        .contains("     Cited: [SAMS-04: R33")
        .contains("Sources:\n  R33  ");
  }

  @Test
  void a_version_1_log_is_upgraded_and_planned() throws IOException {
    String v1 =
        "{\"schemaVersion\": 1, \"patient\": {\"age\": 52, \"sex\": \"F\"}, \"events\": ["
            + "{\"type\": \"case-opened\", \"on\": \"2025-03-03\", \"conservativeCare\": \"8 weeks of paracetamol\"}]}";

    JsonNode json = Cli.run("plan", file(v1), "--as-of", "2025-03-03", "--format", "json").json();

    assertThat(json.at("/state/phase").asText()).isEqualTo("INTAKE");
    assertThat(json.at("/recommendations/0/kind").asText()).isEqualTo("screen-red-flags");
  }

  private static final String FACTS_V3 =
      "{\"schemaVersion\": %d, \"patient\": {\"age\": 52, \"sex\": \"F\"}, \"events\": ["
          + "{\"type\": \"case-opened\", \"date\": \"2025-03-03\", \"conservativeCare\": \"8 weeks of paracetamol\", \"neuropathicComponent\": false},"
          + "{\"type\": \"weight-recorded\", \"date\": \"2025-03-10\", \"weightKg\": 71.5},"
          + "{\"type\": \"lab-result-recorded\", \"date\": \"2025-03-11\", \"loinc\": {\"system\": \"LOINC\", \"code\": \"2160-0\","
          + " \"display\": \"Creatinine\"}, \"value\": 1.2, \"unit\": \"mg/dL\", \"lowerLimit\": null, \"upperLimit\": null}]}";

  @Test
  void a_version_3_log_with_patient_facts_is_planned() throws IOException {
    JsonNode json = Cli.run("plan", file(String.format(FACTS_V3, 3)), "--as-of", "2025-03-12", "--format", "json").json();

    assertThat(json.at("/state/phase").asText()).isEqualTo("INTAKE");
  }

  @Test
  void a_version_2_log_holding_a_patient_fact_is_refused_naming_the_event() throws IOException {
    Cli.run("plan", file(String.format(FACTS_V3, 2)), "--as-of", "2025-03-12").badInput("events[1].type");
  }

  @Test
  void schema_violations_name_each_json_path() throws IOException {
    ObjectNode log = sample("statin-myalgia");
    log.put("schemaVersion", 7);
    ((ObjectNode) log.get("patient")).put("age", 10);
    ((ObjectNode) log.get("events").get(0)).put("type", "case-closed");

    Cli.run("plan", file(log.toString())).badInput("schemaVersion", "patient.age", "events[0].type", "case-opened");
  }

  @Test
  void a_current_log_names_each_missing_or_unknown_event_field() throws IOException {
    ObjectNode log = sample("statin-myalgia");
    ((ObjectNode) log.get("events").get(0)).remove("conservativeCare");
    ((ObjectNode) log.get("events").get(3)).put("statin", 5);
    ((ObjectNode) log.get("events").get(1)).put("date", "2025-02-30");

    Cli.run("plan", file(log.toString())).badInput("events[0].conservativeCare", "events[3].statin", "events[1].date");
  }

  @Test
  void an_inconsistent_log_is_refused_naming_the_first_bad_event() throws IOException {
    ObjectNode log = sample("statin-myalgia");
    ((com.fasterxml.jackson.databind.node.ArrayNode) log.get("events")).remove(0);

    Cli.run("plan", file(log.toString()), "--as-of", "2025-03-26").badInput("events[0]", "case-opened");
  }

  @Test
  void a_date_before_the_last_recorded_event_is_refused() {
    Cli.run("plan", README_EXAMPLE, "--as-of", "2020-01-01").badInput("--as-of", "2025-03-26");
  }

  @Test
  void a_missing_file_is_named() {
    Cli.run("plan", dir.resolve("none.json").toString()).badInput("none.json", "no such file");
  }
}
