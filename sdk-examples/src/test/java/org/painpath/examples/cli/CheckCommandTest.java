package org.painpath.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painpath.core.json.PainpathJson;
import org.painpath.pharmacology.Pharmacology;
import org.painpath.pharmacology.regimen.RegimenVerdict;

class CheckCommandTest {

  /** The example file the README shows (docs/examples, relative to this module). */
  private static final String README_EXAMPLE = "../docs/examples/check-regimen.json";

  private static final String OLDER_WOMAN_WITH_CKD =
      "\"patient\": {\"age\": 72, \"sex\": \"F\", \"weightKg\": 60, \"serumCreatinine\": {\"value\": 1.4, \"unit\": \"mg/dL\"}}";

  @TempDir Path dir;

  private String file(String json) throws IOException {
    Path f = dir.resolve("input.json");
    Files.writeString(f, json, StandardCharsets.UTF_8);
    return f.toString();
  }

  private static String regimen(String... items) {
    return "\"regimen\": {\"items\": [" + String.join(", ", items) + "]}";
  }

  private static String item(String drug, String mg, String frequency) {
    return "{\"drug\": \"" + drug + "\", \"dose\": {\"value\": " + mg + ", \"unit\": \"mg\"}, \"frequency\": \"" + frequency + "\"}";
  }

  @Test
  void the_readme_example_is_accepted_with_warnings_each_finding_cited() {
    JsonNode json = Cli.run("check", README_EXAMPLE, "--as-of", "2026-11-25", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(json.get("findings").size()).isPositive();
    for (JsonNode f : json.get("findings")) {
      assertThat(f.get("code").asText()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(f.get("severity").asText()).isIn("INFO", "MODERATE", "MAJOR", "BLOCKING");
      assertThat(f.get("about").isArray()).isTrue();
      assertThat(f.get("message").asText()).isNotBlank();
      assertThat(f.get("citations").size()).isPositive();
    }
  }

  @Test
  void the_findings_the_command_line_writes_as_json_are_the_sdks_json_of_the_same_findings() throws IOException {
    JsonNode json = Cli.run("check", README_EXAMPLE, "--as-of", "2026-11-25", "--format", "json").json();

    CheckInput input = PainpathJson.read(Files.readString(Path.of(README_EXAMPLE)), CheckInput.class);
    RegimenVerdict sdk = Pharmacology.bundled().check(input.regimen(), input.patient(), LocalDate.of(2026, 11, 25));
    assertThat(sdk.findings()).isNotEmpty();
    assertThat(json.get("findings")).isEqualTo(PainpathJson.toTree(sdk.findings()));
    assertThat(json.get("verdict").asText()).isEqualTo(sdk.verdict().name());
  }

  @Test
  void a_dose_above_the_renal_ceiling_is_rejected() throws IOException {
    String input = file("{" + OLDER_WOMAN_WITH_CKD + ", " + regimen(item("pregabalin", "200", "BID")) + "}");

    JsonNode json = Cli.run("check", input, "--as-of", "2026-11-25", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(json.findValuesAsText("code")).contains("renal-limit-exceeded");
  }

  @Test
  void a_regimen_within_every_limit_is_accepted() throws IOException {
    String input =
        file("{\"patient\": {\"age\": 45, \"sex\": \"M\"}, " + regimen("{\"drug\": \"diclofenac-gel-1\", \"dose\": {\"value\": 2, \"unit\": \"g\"}, \"frequency\": \"QID\"}") + "}");

    JsonNode json = Cli.run("check", input, "--as-of", "2026-11-25", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isIn("ACCEPTED", "ACCEPTED_WITH_WARNINGS");
    assertThat(json.findValuesAsText("severity")).doesNotContain("BLOCKING");
  }

  @Test
  void text_gives_the_verdict_each_finding_with_its_drugs_and_the_sources() {
    String out = Cli.run("check", README_EXAMPLE, "--as-of", "2026-11-25").answered();

    assertThat(out)
        .startsWith("Verdict: ACCEPTED_WITH_WARNINGS")
        .contains("- [MODERATE] interaction (duloxetine, ibuprofen):")
        .contains("Sources:")
        .containsPattern("R[0-9]{2}  \\S");
  }

  @Test
  void schema_violations_are_each_named_by_json_path_before_anything_else() throws IOException {
    String input =
        file("{\"patient\": {\"age\": \"old\", \"sex\": \"X\", \"colour\": \"blue\"}, "
            + "\"regimen\": {\"items\": [{\"drug\": \"pregabalin\", \"dose\": {\"value\": -5, \"unit\": \"mg\"}}]}}");

    String err =
        Cli.run("check", input, "--as-of", "2026-11-25")
            .badInput("patient.age", "patient.sex", "patient.colour", "regimen.items[0].dose.value", "regimen.items[0].frequency");

    assertThat(err).contains("schema-");
  }

  @Test
  void implausible_values_are_schema_violations_named_together() throws IOException {
    String input = file("{\"patient\": {\"age\": 12, \"sex\": \"F\", \"weightKg\": 900}, " + regimen(item("pregabalin", "75", "BID")) + "}");

    Cli.run("check", input).badInput("patient.age", "patient.weightKg");
  }

  @Test
  void values_the_schema_cannot_judge_are_named_when_read() throws IOException {
    String input =
        file("{\"patient\": {\"age\": 50, \"sex\": \"F\"}, \"regimen\": {\"items\": [{\"drug\": \"diclofenac-gel-1\", "
            + "\"dose\": {\"value\": 2, \"unit\": \"furlongs\"}, \"frequency\": \"Q5H\"}]}}");

    Cli.run("check", input).badInput("regimen.items[0].dose.unit", "regimen.items[0].frequency", "furlongs");
  }

  @Test
  void an_unknown_drug_is_named_with_the_known_ones() throws IOException {
    String input = file("{" + OLDER_WOMAN_WITH_CKD + ", " + regimen(item("pregabalin", "75", "BID"), item("aspirine", "75", "QD")) + "}");

    Cli.run("check", input).badInput("regimen.items[1].drug", "aspirine", "pregabalin");
  }

  @Test
  void a_renally_cleared_drug_without_kidney_function_is_refused_not_guessed() throws IOException {
    String input = file("{\"patient\": {\"age\": 72, \"sex\": \"F\"}, " + regimen(item("pregabalin", "75", "BID")) + "}");

    String err = Cli.run("check", input, "--as-of", "2026-11-25", "--format", "json").badInput("patient.serumCreatinine", "patient.weightKg");

    assertThat(err).contains("pregabalin").contains("patient.creatinineClearance");
  }

  @Test
  void malformed_json_is_refused_with_its_line_and_column() throws IOException {
    String input = file("{ \"patient\": ");

    Cli.run("check", input).badInput(input, "not well-formed JSON", "line 1");
  }

  @Test
  void a_json_document_that_is_not_an_object_is_refused() throws IOException {
    Cli.run("check", file("[1, 2]")).badInput("$", "one JSON object");
  }

  @Test
  void an_empty_file_is_refused() throws IOException {
    Cli.run("check", file("  \n")).badInput("is empty");
  }

  @Test
  void a_missing_file_is_named() {
    Cli.run("check", dir.resolve("nope.json").toString()).badInput("nope.json", "no such file");
  }

  @Test
  void a_file_that_is_not_utf_8_is_refused() throws IOException {
    Path f = dir.resolve("latin1.json");
    Files.write(f, new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});

    Cli.run("check", f.toString()).badInput("not UTF-8");
  }

  @Test
  void a_bad_as_of_date_is_named() {
    Cli.run("check", README_EXAMPLE, "--as-of", "25/11/2026").badInput("--as-of", "25/11/2026");
  }

  @Test
  void the_file_argument_is_required() {
    Cli.run("check").badInput("FILE");
  }

  /** A man of 70 weighing 62 kg with creatinine 4.0 mg/dL (Cockcroft-Gault 15 mL/min). */
  private static String patient(String more) {
    return "\"patient\": {\"age\": 70, \"sex\": \"M\", \"weightKg\": 62, \"serumCreatinine\": {\"value\": 4.0, \"unit\": \"mg/dL\"}"
        + more + "}";
  }

  private JsonNode checked(String patient, String... items) throws IOException {
    return Cli.run("check", file("{" + patient + ", " + regimen(items) + "}"), "--as-of", "2026-12-01", "--format", "json").json();
  }

  private static JsonNode finding(JsonNode json, String code) {
    for (JsonNode f : json.get("findings")) {
      if (f.get("code").asText().equals(code)) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " in " + json);
  }

  @Test
  void creatinine_4_with_a_given_clearance_of_120_rejects_full_dose_gabapentin() throws IOException {
    JsonNode json = checked(patient(", \"creatinineClearance\": 120"), item("gabapentin", "1200", "TID"), item("nortriptyline", "25", "QHS"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    JsonNode f = finding(json, "contradictory-renal-data");
    assertThat(f.get("severity").asText()).isEqualTo("BLOCKING");
    assertThat(f.get("message").asText()).contains("creatinine", "120 mL/min");
    // nortriptyline, without renal bands, is still checked: no contradiction finding names it
    for (JsonNode other : json.get("findings")) {
      if (other.get("code").asText().equals("contradictory-renal-data")) {
        assertThat(other.get("about").toString()).doesNotContain("nortriptyline");
      }
    }
  }

  @Test
  void haemodialysis_with_a_given_clearance_of_120_rejects_3600_mg_of_gabapentin() throws IOException {
    String onDialysis = "\"patient\": {\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 120, \"onHaemodialysis\": true}";

    JsonNode json = checked(onDialysis, item("gabapentin", "1200", "TID"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "contradictory-renal-data").get("severity").asText()).isEqualTo("BLOCKING");
  }

  private static final String ADULT = "\"patient\": {\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 90}";

  private static String adultTaking(String code, String display, String dailyMg) {
    return "\"patient\": {\"age\": 50, \"sex\": \"F\", \"creatinineClearance\": 90, \"currentMedications\": [{\"medication\": "
        + "{\"system\": \"RxNorm\", \"code\": \"" + code + "\", \"display\": \"" + display + "\"}"
        + (dailyMg == null ? "" : ", \"dailyDose\": {\"value\": " + dailyMg + ", \"unit\": \"mg\"}") + "}]}";
  }

  @Test
  void a_new_morphine_of_200_mg_a_day_is_rejected() throws IOException {
    JsonNode json = checked(ADULT, item("morphine", "50", "QID"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "opioid-new").get("severity").asText()).isEqualTo("BLOCKING");
  }

  @Test
  void a_new_morphine_of_2000_mg_a_day_is_rejected() throws IOException {
    assertThat(checked(ADULT, item("morphine", "500", "QID")).get("verdict").asText()).isEqualTo("REJECTED");
  }

  @Test
  void a_new_oxycodone_of_4000_mg_a_day_is_rejected() throws IOException {
    assertThat(checked(ADULT, item("oxycodone", "1000", "QID")).get("verdict").asText()).isEqualTo("REJECTED");
  }

  @Test
  void a_new_morphine_in_tablets_whose_mme_is_unknown_is_rejected() throws IOException {
    String tablets = "{\"drug\": \"morphine\", \"dose\": {\"value\": 2, \"unit\": \"{tablet}\"}, \"frequency\": \"BID\"}";

    JsonNode json = checked(ADULT, tablets);

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "opioid-new").get("message").asText()).contains("MME is unknown");
  }

  @Test
  void a_continued_morphine_is_not_rejected() throws IOException {
    JsonNode json = checked(adultTaking("7052", "morphine sulfate 10 MG Oral Tablet", "20"), item("morphine", "10", "BID"));

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(json.findValuesAsText("code")).contains("opioid-in-regimen").doesNotContain("opioid-new", "opioid-increased");
  }

  @Test
  void a_reduced_morphine_is_not_rejected_and_a_fast_step_is_a_major_warning() throws IOException {
    JsonNode json = checked(adultTaking("7052", "morphine sulfate 10 MG Oral Tablet", "100"), item("morphine", "25", "BID"));

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(finding(json, "opioid-reduction-too-fast").get("severity").asText()).isEqualTo("MAJOR");
  }

  @Test
  void a_continued_morphine_whose_mme_cannot_be_computed_is_not_rejected_and_asks_for_a_mass_dose() throws IOException {
    String tablets = "{\"drug\": \"morphine\", \"dose\": {\"value\": 1, \"unit\": \"{tablet}\"}, \"frequency\": \"BID\"}";

    JsonNode json = checked(adultTaking("7052", "morphine sulfate 10 MG Oral Tablet", "20"), tablets);

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(finding(json, "mme-unknown").get("severity").asText()).isEqualTo("MAJOR");
  }

  @Test
  void a_morphine_above_the_current_dose_is_rejected() throws IOException {
    JsonNode json = checked(adultTaking("7052", "morphine sulfate 10 MG Oral Tablet", "20"), item("morphine", "20", "BID"));

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(finding(json, "opioid-increased").get("severity").asText()).isEqualTo("BLOCKING");
  }

  /** An adult on duloxetine who takes one medication known only by its display text (code "0"). */
  private String duloxetineWithCurrent(String display) throws IOException {
    return file(
        "{\"patient\": {\"age\": 45, \"sex\": \"M\", \"creatinineClearance\": 90, \"currentMedications\": "
            + "[{\"medication\": {\"system\": \"RxNorm\", \"code\": \"0\", \"display\": \"" + display + "\"}}]}, "
            + regimen(item("duloxetine", "30", "QD")) + "}");
  }

  @Test
  void nardil_15_mg_next_to_duloxetine_is_rejected_as_phenelzine_is() throws IOException {
    JsonNode byBrand = Cli.run("check", duloxetineWithCurrent("Nardil 15 mg"), "--as-of", "2026-12-01", "--format", "json").json();
    JsonNode byName = Cli.run("check", duloxetineWithCurrent("phenelzine 15 mg"), "--as-of", "2026-12-01", "--format", "json").json();

    assertThat(byBrand.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(byName.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(byBrand.findValuesAsText("code")).contains("interaction").doesNotContain("unknown-drug");
  }

  @Test
  void a_unicode_look_alike_letter_in_an_maoi_name_is_still_rejected() throws IOException {
    // a Cyrillic "а" and a Greek "ο" in "tranylcypromine"
    JsonNode json =
        Cli.run("check", duloxetineWithCurrent("tr\u0430nylcypr\u03BFmine 10 mg"), "--as-of", "2026-12-01", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(json.findValuesAsText("code")).contains("interaction");
  }

  @Test
  void a_one_letter_typo_of_an_maoi_next_to_duloxetine_is_a_major_possible_partner_asking_to_confirm() throws IOException {
    JsonNode json = Cli.run("check", duloxetineWithCurrent("Nardli 15 mg"), "--as-of", "2026-12-01", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    JsonNode possible = null;
    for (JsonNode f : json.get("findings")) {
      if (f.get("code").asText().equals("possible-contraindicated-partner")) {
        possible = f;
      }
    }
    assertThat(possible).isNotNull();
    assertThat(possible.get("severity").asText()).isEqualTo("MAJOR");
    assertThat(possible.get("message").asText()).contains("phenelzine", "Confirm");
    assertThat(json.findValuesAsText("code")).doesNotContain("interaction");
  }

  @Test
  void a_brand_that_only_looks_like_an_maoi_brand_is_a_moderate_unknown_drug() throws IOException {
    JsonNode json = Cli.run("check", duloxetineWithCurrent("Epsom salt"), "--as-of", "2026-12-01", "--format", "json").json();

    assertThat(json.get("verdict").asText()).isEqualTo("ACCEPTED_WITH_WARNINGS");
    assertThat(json.findValuesAsText("code")).contains("unknown-drug").doesNotContain("possible-contraindicated-partner", "interaction");
  }

  private static String dailyTotal(String drug, String mg, String frequency) {
    return "{\"drug\": \"" + drug + "\", \"dailyTotal\": {\"value\": " + mg + ", \"unit\": \"mg\"}, \"frequency\": \"" + frequency + "\"}";
  }

  @Test
  void a_regimen_item_may_give_a_daily_total_split_into_whole_units_and_one_that_cannot_be_split_is_rejected() throws IOException {
    String patient = "\"patient\": {\"age\": 45, \"sex\": \"M\", \"creatinineClearance\": 100}";
    JsonNode split = Cli.run("check", file("{" + patient + ", " + regimen(dailyTotal("gabapentin", "400", "TID")) + "}"), "--as-of", "2026-11-25", "--format", "json").json();
    assertThat(split.get("verdict").asText()).isNotEqualTo("REJECTED");
    assertThat(split.findValuesAsText("code")).doesNotContain("dose-split-not-whole-units");

    JsonNode unsplittable = Cli.run("check", file("{" + patient + ", " + regimen(dailyTotal("gabapentin", "100", "TID")) + "}"), "--as-of", "2026-11-25", "--format", "json").json();
    assertThat(unsplittable.get("verdict").asText()).isEqualTo("REJECTED");
    assertThat(unsplittable.findValuesAsText("code")).contains("dose-split-not-whole-units");
  }

  @Test
  void a_regimen_item_with_both_a_dose_and_a_daily_total_is_refused_naming_the_item() throws IOException {
    String both = "{\"drug\": \"gabapentin\", \"dose\": {\"value\": 100, \"unit\": \"mg\"}, \"dailyTotal\": {\"value\": 300, \"unit\": \"mg\"}, \"frequency\": \"TID\"}";
    Cli.run("check", file("{" + OLDER_WOMAN_WITH_CKD + ", " + regimen(both) + "}")).badInput("regimen.items[0]");
    String neither = "{\"drug\": \"gabapentin\", \"frequency\": \"TID\"}";
    Cli.run("check", file("{" + OLDER_WOMAN_WITH_CKD + ", " + regimen(neither) + "}")).badInput("regimen.items[0]");
  }

  @Test
  void check_reports_the_egfr_for_staging_or_why_it_is_not_computed() throws IOException {
    JsonNode withCreatinine = Cli.run("check", file("{" + OLDER_WOMAN_WITH_CKD + ", " + regimen(item("pregabalin", "50", "BID")) + "}"), "--as-of", "2026-11-25", "--format", "json").json();
    assertThat(withCreatinine.at("/egfr/mlPerMinPer173m2").decimalValue()).isPositive();
    assertThat(withCreatinine.at("/egfr/usedForDosing").asBoolean()).isFalse();

    String noSex = "\"patient\": {\"age\": 45, \"creatinineClearance\": 100}";
    JsonNode given = Cli.run("check", file("{" + noSex + ", " + regimen(item("pregabalin", "50", "BID")) + "}"), "--as-of", "2026-11-25", "--format", "json").json();
    assertThat(given.get("verdict").asText()).isNotEqualTo("REJECTED");
    assertThat(given.at("/egfr/notComputed").asText()).isEqualTo("NO_SERUM_CREATININE");
    String text = Cli.run("check", file("{" + noSex + ", " + regimen(item("pregabalin", "50", "BID")) + "}"), "--as-of", "2026-11-25").answered();
    assertThat(text).contains("eGFR: not computed (no serum creatinine)");
  }

  @Test
  void a_patient_without_sex_or_clearance_is_a_schema_violation_naming_sex() throws IOException {
    Cli.run("check", file("{\"patient\": {\"age\": 45}, " + regimen(item("pregabalin", "50", "BID")) + "}")).badInput("patient.sex");
  }
}
