package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.core.json.PainpathJson;
import org.painpath.pathway.samples.SampleCases;

/**
 * Issue 16's judgements as a caller with only the command line meets them: JSON in, exit status and finding
 * codes out (conditions by code, statin autoimmune myopathy, PHQ-9 item 9, passive modalities).
 */
class ClinicalJudgementsCliTest {

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static String patientWith(String system, String code, String display) {
    return "\"patient\": {\"age\": 50, \"sex\": \"M\", \"weightKg\": 80, \"serumCreatinine\": {\"value\": 1.0, \"unit\": \"mg/dL\"},"
        + " \"conditions\": [{\"system\": \"" + system + "\", \"code\": \"" + code + "\", \"display\": \"" + display + "\"}]}";
  }

  private static String regimen(String drug, String mg) {
    return "\"regimen\": {\"items\": [{\"drug\": \"" + drug + "\", \"dose\": {\"value\": " + mg + ", \"unit\": \"mg\"}, \"frequency\": \"QD\"}]}";
  }

  private JsonNode check(String patient, String regimen) throws IOException {
    return Cli.run("check", file("{" + patient + ", " + regimen + "}"), "--as-of", "2026-12-01", "--format", "json").json();
  }

  private static JsonNode finding(JsonNode json, String code) {
    return findingIn(json.get("findings"), code);
  }

  private static JsonNode findingIn(JsonNode findings, String code) {
    for (JsonNode f : findings) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " in " + findings);
  }

  @Test
  void alcohol_abuse_coded_f10_10_rules_out_duloxetine_as_alcohol_use_disorder_does() throws IOException {
    JsonNode coded = check(patientWith("ICD-10-CM", "F10.10", "Alcohol abuse, uncomplicated"), regimen("duloxetine", "30"));
    JsonNode worded = check(patientWith("SNOMED CT", "123", "Alcohol use disorder"), regimen("duloxetine", "30"));

    assertThat(coded.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(coded, "contraindicated").at("/values/matchedBy").toString()).contains("code");
    assertThat(finding(coded, "contraindicated").at("/values/conditionSet").toString()).contains("alcohol-use-disorder");
    assertThat(worded.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(worded, "contraindicated").at("/values/matchedBy").toString()).contains("display-text");
  }

  @Test
  void any_statin_is_blocking_once_statin_autoimmune_myopathy_is_recorded() throws IOException {
    JsonNode json =
        check(
            patientWith("ICD-10-CM", "G72.49", "Other inflammatory and immune myopathies, not elsewhere classified"),
            regimen("atorvastatin", "10"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "contraindicated").get("severity").asText()).isEqualTo("BLOCKING");
  }

  @Test
  void a_plan_never_proposes_a_statin_rechallenge_once_the_myopathy_is_recorded() throws IOException {
    ObjectNode log = (ObjectNode) PainpathJson.read(SampleCases.json("statin-myalgia"), JsonNode.class);
    ArrayNode events = (ArrayNode) log.get("events");
    String lastDate = events.get(events.size() - 1).get("date").asText();
    ObjectNode condition = events.addObject();
    condition.put("type", "condition-recorded").put("date", lastDate);
    condition.putObject("condition").put("system", "ICD-10-CM").put("code", "G72.49")
        .put("display", "Other inflammatory and immune myopathies, not elsewhere classified");

    JsonNode before = Cli.run("plan", "../docs/examples/plan-case.json", "--as-of", "2025-03-26", "--format", "json").json();
    JsonNode after = Cli.run("plan", file(log.toString()), "--as-of", "2025-03-26", "--format", "json").json();

    assertThat(before.get("recommendations").findValuesAsText("kind")).contains("rechallenge-statin");
    assertThat(after.get("recommendations").findValuesAsText("kind")).doesNotContain("rechallenge-statin").contains("hold-statin");
  }

  @Test
  void a_phq9_with_item_9_above_0_is_a_self_harm_risk_in_json_and_a_first_line_banner_in_text() {
    JsonNode json = Cli.run("score", "phq9", "--items", "0,0,0,0,0,0,0,0,1", "--format", "json").json();
    String text = Cli.run("score", "phq9", "--items", "0,0,0,0,0,0,0,0,1").answered();
    JsonNode clear = Cli.run("score", "phq9", "--items", "3,3,3,3,3,3,3,3,0", "--format", "json").json();
    JsonNode other = Cli.run("score", "gad7", "--items", "3,3,3,3,3,3,3", "--format", "json").json();

    assertThat(json.get("selfHarmRisk").asBoolean()).isTrue();
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("SAFETY:").contains("item 9").contains("same-day");
    assertThat(clear.get("selfHarmRisk").asBoolean()).isFalse();
    assertThat(other.has("selfHarmRisk")).as("only PHQ-9 asks about self-harm").isFalse();
  }

  @Test
  void a_plan_after_a_phq9_endorsing_item_9_starts_with_the_safety_assessment() throws IOException {
    ObjectNode log = (ObjectNode) PainpathJson.read(SampleCases.json("depression-catastrophizing"), JsonNode.class);
    for (JsonNode e : log.get("events")) {
      if (e.get("type").asText().equals("outcome-measured") && e.get("instrument").asText().equals("PHQ9")) {
        ArrayNode items = ((ObjectNode) e).putArray("items");
        for (int a : new int[] {2, 2, 2, 1, 1, 1, 1, 1, 1}) {
          items.add(a);
        }
        ((ObjectNode) e).put("total", 12);
      }
    }
    String input = file(log.toString());

    JsonNode json = Cli.run("plan", input, "--as-of", "2025-03-20", "--format", "json").json();
    String text = Cli.run("plan", input, "--as-of", "2025-03-20").answered();

    assertThat(json.at("/recommendations/0/kind").asText()).isEqualTo("assess-safety");
    assertThat(json.at("/recommendations/0/item9").asInt()).isEqualTo(1);
    assertThat(text).contains("  1. SAFETY: assess self-harm risk today");
  }

  @Test
  void a_log_recording_tens_gets_the_cited_warning() throws IOException {
    ObjectNode log = (ObjectNode) PainpathJson.read(SampleCases.json("depression-catastrophizing"), JsonNode.class);
    ObjectNode tens = ((ArrayNode) log.get("events")).addObject();
    tens.put("type", "intervention-started").put("date", "2025-03-12").put("intervention", "tens").put("modality", "PASSIVE");

    JsonNode json = Cli.run("plan", file(log.toString()), "--as-of", "2025-03-20", "--format", "json").json();

    JsonNode warning = findingIn(json.get("warnings"), "intervention-advised-against");
    assertThat(warning.get("citations").findValuesAsText("fact")).contains("PIT-04");
  }

  @Test
  void a_log_naming_an_intervention_outside_the_catalogue_or_with_the_wrong_modality_is_refused_as_the_api_refuses_it()
      throws IOException {
    ObjectNode log = (ObjectNode) PainpathJson.read(SampleCases.json("depression-catastrophizing"), JsonNode.class);
    ArrayNode events = (ArrayNode) log.get("events");
    events.addObject().put("type", "intervention-started").put("date", "2025-03-12").put("intervention", "cupping")
        .put("modality", "PASSIVE");
    events.addObject().put("type", "intervention-started").put("date", "2025-03-12").put("intervention", "tens")
        .put("modality", "ACTIVE");
    int cupping = events.size() - 2;

    Cli.run("plan", file(log.toString()), "--as-of", "2025-03-20")
        .badInput("events[" + cupping + "].intervention", "events[" + (cupping + 1) + "].modality");
  }
}
