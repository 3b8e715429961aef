package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static final String README_EXAMPLE = "../docs/examples/evaluate-findings.json";

  private static final String PATIENT = "\"patient\": {\"age\": 60, \"sex\": \"F\", \"creatinineClearance\": 80}";

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("evaluate.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static String lab(String loinc, String value, String unit, String upper) {
    return "{\"loinc\": {\"system\": \"LOINC\", \"code\": \"" + loinc + "\", \"display\": \"x\"}, \"value\": " + value
        + ", \"unit\": \"" + unit + "\"" + (upper == null ? "" : ", \"upperLimit\": " + upper) + "}";
  }

  private static List<String> codes(JsonNode part) {
    List<String> codes = new ArrayList<>();
    part.findValues("code").forEach(c -> codes.add(c.asText()));
    return codes;
  }

  private JsonNode evaluate(String json) throws IOException {
    return Cli.run("evaluate", file(json), "--as-of", "2026-01-05", "--format", "json").json();
  }

  @Test
  void the_readme_example_finds_its_causes_flags_and_profile_each_cited() {
    JsonNode json = Cli.run("evaluate", README_EXAMPLE, "--as-of", "2026-01-05", "--format", "json").json();

    assertThat(json.at("/workup/causes")).extracting(JsonNode::asText).contains("vitamin-d-deficiency", "statin-associated-muscle-symptoms");
    assertThat(json.at("/workup/complete").asBoolean()).isTrue();
    assertThat(codes(json.at("/workup/findings"))).contains("ck-elevated");
    assertThat(json.toString()).contains("SAMS-11").contains("\"samsCi\"");
    assertThat(json.get("imagingIndicated").asBoolean()).isFalse();
    assertThat(json.get("urgentReferral").asBoolean()).isFalse();
    assertThat(json.at("/psychosocial/profile/flags")).extracting(JsonNode::asText).containsExactlyInAnyOrder("DEPRESSION", "FEAR_AVOIDANCE");
    assertThat(json.at("/psychosocial/scores/0/total").asInt()).isEqualTo(10);
    assertThat(json.get("notAssessed").size()).isZero();
    for (JsonNode f : json.findValues("findings")) {
      f.forEach(finding -> assertThat(finding.get("citations").size()).as(finding.toString()).isPositive());
    }
    assertThat(json.get("sources").size()).isPositive();
  }

  @Test
  void text_says_what_is_indicated_then_each_part_with_its_findings_and_the_sources() {
    String text = Cli.run("evaluate", README_EXAMPLE, "--as-of", "2026-01-05").answered();

    assertThat(text).startsWith("Evaluation as of 2026-01-05\n  Urgent referral: not indicated by what was assessed\n  Imaging: not indicated\n");
    assertThat(text).contains("Work-up (complete): causes vitamin-d-deficiency, statin-associated-muscle-symptoms")
        .contains("- [MAJOR] ck-elevated (CK): CK 4-10 x ULN (4.50 x ULN). [SAMS-06: R34; LAB-03: R39]")
        .contains("Psychosocial profile: flags depression, fear avoidance").contains("  PHQ-9 10 (moderate)").contains("Sources:\n");
  }

  @Test
  void phq9_item_9_is_a_same_day_safety_assessment_and_an_urgent_referral() throws IOException {
    JsonNode json = evaluate("{" + PATIENT + ", \"scores\": [{\"instrument\": \"PHQ-9\", \"items\": [0,0,0,0,0,0,0,0,1]}]}");

    assertThat(json.get("urgentReferral").asBoolean()).isTrue();
    assertThat(json.get("urgentBecause")).extracting(JsonNode::asText).contains("self-harm-risk");
    assertThat(json.at("/psychosocial/profile/urgent").asBoolean()).isTrue();
  }

  @Test
  void a_ck_above_ten_times_the_upper_limit_raises_its_red_flag_and_an_urgent_referral() throws IOException {
    JsonNode json = evaluate("{" + PATIENT + ", \"labs\": [" + lab("2157-6", "2500", "U/L", "200") + "], \"redFlags\": []}");

    assertThat(json.at("/redFlags/fromWorkup")).extracting(JsonNode::asText).contains("CK_ABOVE_10_TIMES_ULN");
    assertThat(json.at("/redFlags/present")).extracting(JsonNode::asText).contains("CK_ABOVE_10_TIMES_ULN");
    assertThat(json.get("urgentReferral").asBoolean()).isTrue();
    assertThat(json.get("urgentBecause")).extracting(JsonNode::asText).contains("rhabdomyolysis-suspected");
  }

  @Test
  void a_red_flag_that_justifies_imaging_indicates_it() throws IOException {
    JsonNode json = evaluate("{" + PATIENT + ", \"redFlags\": [\"HISTORY_OF_CANCER\"]}");

    assertThat(json.get("imagingIndicated").asBoolean()).isTrue();
    assertThat(json.at("/redFlags/highestUrgency").asText()).isEqualTo("URGENT");
    assertThat(json.get("urgentReferral").asBoolean()).isTrue();
    assertThat(codes(json.at("/redFlags/findings"))).contains("malignancy-suspected");
  }

  @Test
  void a_part_not_given_is_not_assessed_never_normal() throws IOException {
    JsonNode json = evaluate("{" + PATIENT + ", \"scores\": [{\"instrument\": \"GAD-7\", \"items\": [0,0,0,0,0,0,0]}]}");

    assertThat(json.get("imagingIndicated").isNull()).as("red flags not screened: unknown").isTrue();
    assertThat(json.get("workup").isNull()).isTrue();
    assertThat(json.get("notAssessed").toString()).contains("work-up").contains("red-flag screen");
    assertThat(Cli.run("evaluate", file("{" + PATIENT + ", \"scores\": []}"), "--as-of", "2026-01-05").answered())
        .contains("Imaging: unknown: red flags were not screened").contains("Not assessed: ");
  }

  @Test
  void thyroid_renal_and_pmr_rules_are_reachable() throws IOException {
    JsonNode json = evaluate("{\"patient\": {\"age\": 70, \"sex\": \"F\", \"weightKg\": 60, \"serumCreatinine\": {\"value\": 2.0, \"unit\": \"mg/dL\"}},"
        + " \"labs\": [" + lab("3016-3", "9.5", "mIU/L", "4.0") + ", " + lab("4537-7", "60", "mm/h", "30") + "],"
        + " \"signs\": {\"bilateralShoulderAching\": true, \"morningStiffnessMinutes\": 60, \"hipPainOrLimitedRangeOfMotion\": true,"
        + " \"rheumatoidFactorOrAcpaPositive\": false, \"otherJointInvolvement\": false}}");

    assertThat(json.at("/workup/causes")).extracting(JsonNode::asText).contains("hypothyroidism", "renal-impairment", "pmr-suspected");
  }

  @Test
  void nothing_to_evaluate_is_refused() throws IOException {
    Cli.run("evaluate", file("{" + PATIENT + "}")).badInput("labs", "signs", "redFlags", "scores");
  }

  @Test
  void bad_fields_are_each_named() throws IOException {
    String f = file("{" + PATIENT + ", \"redFlags\": [\"FEVER\"], \"signs\": {\"morningStiffnessMinutes\": 2000, \"onStatn\": true},"
        + " \"labs\": [{\"loinc\": {\"system\": \"LOINC\", \"code\": \"2157-6\", \"display\": \"CK\"}, \"unit\": \"U/L\"}]}");

    Cli.run("evaluate", f).badInput("redFlags[0]", "signs.morningStiffnessMinutes", "signs.onStatn", "labs[0].value");
  }

  @Test
  void a_second_result_of_one_test_and_a_second_score_of_one_instrument_are_named() throws IOException {
    Cli.run("evaluate", file("{" + PATIENT + ", \"labs\": [" + lab("2157-6", "100", "U/L", "200") + ", " + lab("2157-6", "120", "U/L", "200") + "]}"), "--as-of", "2026-01-05")
        .badInput("labs[1]", "duplicate-test");
    Cli.run("evaluate", file("{" + PATIENT + ", \"scores\": [{\"instrument\": \"GAD-7\", \"items\": [0,0,0,0,0,0,0]}, {\"instrument\": \"GAD-7\", \"items\": [1,0,0,0,0,0,0]}]}"), "--as-of", "2026-01-05")
        .badInput("scores[1]", "duplicate-instrument");
  }

  @Test
  void scores_are_recomputed_and_wrong_answers_are_named() throws IOException {
    Cli.run("evaluate", file("{" + PATIENT + ", \"scores\": [{\"instrument\": \"PHQ-9\", \"items\": [0,0,9]}]}"), "--as-of", "2026-01-05")
        .badInput("scores[0].items");
    Cli.run("evaluate", file("{" + PATIENT + ", \"scores\": [{\"instrument\": \"PHQ-99\", \"items\": [0]}]}"), "--as-of", "2026-01-05")
        .badInput("scores[0].instrument", "unknown-instrument");
  }

  @Test
  void a_statin_stopped_after_the_as_of_date_is_named() throws IOException {
    Cli.run("evaluate", file("{" + PATIENT + ", \"signs\": {\"statinStoppedOn\": \"2026-02-01\"}}"), "--as-of", "2026-01-05")
        .badInput("signs.statinStoppedOn", "after-as-of");
  }

  @Test
  void help_names_the_schema_and_the_decision_support_statement() {
    assertThat(Cli.run("evaluate", "--help").answered().replaceAll("\\s+", "")).contains("evaluate-input.schema.json").contains("doesnotreplaceclinicaljudgement");
  }
}
